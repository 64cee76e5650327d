"""Everything beside the articles in the admin: topics, the glossary, the pages about
Clearcare and readers' feedback."""

import datetime

from django.contrib import admin
from django.db import models
from django.forms import Textarea
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from reversion.admin import VersionAdmin

from education.models import AboutPage, Category, PageFeedback, Term
from governance.admin_tools import Audited, ComparedHistory, ConflictGuard, ReadOnlyAdmin


@admin.register(Category)
class CategoryAdmin(TranslationAdmin):
    """Topics, with their name and description in each language (English, then Spanish)."""

    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Term)
class TermAdmin(TranslationAdmin, Audited, ConflictGuard, ComparedHistory, VersionAdmin):
    """The glossary, in each language: public as soon as a clinical reviewer saves a term.

    Each language has its own word, forms and definition; a term with no
    Spanish word is not explained on Spanish pages. Every change is kept in
    the term's history.
    """

    list_display = ["term", "definition", "slug", "on_glossary_page"]
    search_fields = ["term", "forms", "definition", "slug"]
    prepopulated_fields = {"slug": ["term_en"]}
    fields = ["term", "slug", "forms", "definition", "source"]

    @admin.display(description=_("on the glossary page"))
    def on_glossary_page(self, term: Term) -> str:
        url = reverse("education:glossary") + f"#{term.slug}"
        return format_html('<a href="{}">{}</a>', url, _("View"))


@admin.register(AboutPage)
class AboutPageAdmin(TranslationAdmin, Audited, ConflictGuard, ComparedHistory, VersionAdmin):
    """The four pages about Clearcare (About, How we write and review, Privacy, Accessibility
    statement), in each language: public as soon as they are saved.

    They always exist and are linked from every page's footer, so editors change their
    words but never add or delete one. Every change is kept in the page's history.
    """

    list_display = ["title", "slug", "last_reviewed", "on_the_site"]
    fields = ["title", "summary", "body_markdown", "last_reviewed"]
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 24})}}

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("on the site"))
    def on_the_site(self, page: AboutPage) -> str:
        return format_html('<a href="{}">{}</a>', page.get_absolute_url(), _("View"))


@admin.register(PageFeedback)
class PageFeedbackAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Readers' answers to “Was this page helpful?”: counts a page a day, written by the site.

    The list opens with each page's totals over the last 90 days, the largest
    share of No first: the pages to read again. Nothing about the readers is kept.
    """

    list_display = ["page", "day", "helpful", "not_helpful"]
    list_filter = ["day"]
    search_fields = ["page"]
    change_list_template = "admin/education/pagefeedback/change_list.html"
    #: The totals at the top of the list cover this many days.
    REPORT_DAYS = 90

    def changelist_view(self, request, extra_context=None):
        since = timezone.localdate() - datetime.timedelta(days=self.REPORT_DAYS)
        extra_context = {
            **(extra_context or {}),
            "by_page": PageFeedback.by_page(since),
            "report_days": self.REPORT_DAYS,
        }
        return super().changelist_view(request, extra_context)
