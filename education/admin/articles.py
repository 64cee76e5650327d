"""Articles in the admin: written, reviewed and published through the sign-off workflow."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models
from django.forms import CheckboxSelectMultiple, Textarea
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from core.images import UploadedImageField
from core.reading_help import ReadingHelp, Text, as_read
from education import review, workflow
from education.admin.filters import ReviewDueFilter, TranslationFilter, WorkflowFilter
from education.models import Article, Section, Source
from governance.admin_tools import Audited, ConflictGuard
from governance.revisions import latest_revision_id


class LabelledFileWidget(AdminFileWidget):
    """The admin's file box, labelled by its own <label>. Django's groups it in a fieldset
    whose legend names the group, which leaves the file box itself unlabelled for a screen
    reader (axe: "Form elements must have labels")."""

    use_fieldset = False


def _section_label(heading: str) -> str:
    return _("Section “%(heading)s”") % {"heading": heading}


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = [
        "position",
        "kind",
        "heading",
        "anchor",
        "body_markdown",
        "reading_grade_display",
        "image",
        "image_alt",
        "image_caption",
    ]
    readonly_fields = ["reading_grade_display"]
    prepopulated_fields = {"anchor": ["heading"]}
    ordering = ["position", "pk"]
    formfield_overrides = {
        models.TextField: {"widget": Textarea(attrs={"rows": 12, "cols": 90})},
        UploadedImageField: {"widget": LabelledFileWidget},
    }

    @admin.display(description=_("readability"))
    def reading_grade_display(self, section: Section) -> str:
        if not section.pk:
            return _("Shown after saving.")
        target, score = section.reading_score(section.article.language)
        if score is None:
            return _("No text yet.")
        if not target.met(score):
            return format_html(
                _(
                    "<strong>⚠ {} {}: too hard.</strong> Aim for {}: shorter sentences, shorter words."
                ),
                target.scale,
                score,
                target.aim,
            )
        return format_html(_("{} {}: fine (aim for {})."), target.scale, score, target.aim)


class SourceInline(admin.StackedInline):
    # Stacked, not tabular: every field gets its own label for screen readers.
    model = Source
    extra = 0
    fields = ["number", "authors", "year", "title", "publisher", "url"]
    ordering = ["number"]


@admin.register(Article)
class ArticleAdmin(ReadingHelp, Audited, ConflictGuard, VersionAdmin):
    """Articles, edited through the review workflow (education/workflow.py).

    Once an article has been approved, saving it saves its working copy: the
    form shows and edits the copy, and the public page keeps the approved
    content until a clinical reviewer approves the change.
    """

    list_display = [
        "title",
        "workflow",
        "language",
        "last_reviewed",
        "next_review_due",
        "review_overdue",
        "translation_state",
        "updated",
    ]
    list_filter = [
        "status",
        WorkflowFilter,
        "categories",
        ReviewDueFilter,
        "language",
        TranslationFilter,
    ]
    search_fields = ["title", "summary", "also_known_as", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    # Checkboxes: plainer than Django's two-box picker, and fully labelled.
    formfield_overrides = {models.ManyToManyField: {"widget": CheckboxSelectMultiple}}
    date_hierarchy = None
    save_on_top = True
    inlines = [SectionInline, SourceInline]
    # Stamped by the workflow, never typed: who approved it, when, and whether it is public.
    readonly_fields = [
        "preview_link",
        "urgency_check",
        "status",
        "medical_reviewer",
        "reviewer_credentials",
        "first_published",
        "last_reviewed",
        "next_review_due",
        "created",
        "updated",
    ]
    fieldsets = [
        (None, {"fields": ["preview_link", "title", "slug", "summary", "also_known_as", "status"]}),
        (
            _("When to get help"),
            {
                "fields": ["warning_signs", "urgency_check"],
                "description": _(
                    "Tick the checker’s warning signs this article lists. The page "
                    "shows them in boxes by urgency, with the checker’s own advice on where to go."
                ),
            },
        ),
        (
            _("Topics and links"),
            {"fields": ["categories", "related_articles", "language", "translation_of"]},
        ),
        (
            _("Authorship and review"),
            {
                "fields": [
                    "author",
                    "medical_reviewer",
                    "reviewer_credentials",
                    "first_published",
                    "last_reviewed",
                    "next_review_due",
                ],
                "description": _(
                    "The reviewer, their credentials and the review dates are set "
                    "when a clinical reviewer approves a change, from the reviewer’s profile."
                ),
            },
        ),
        (_("History"), {"fields": ["created", "updated"], "classes": ["collapse"]}),
    ]
    change_form_template = "admin/education/article/change_form.html"
    reading_fields = ("title", "summary")

    # Reading help: the title, the summary and every section, in the article's language.

    def text_language(self, obj=None, data=None) -> str:
        language = data.get("language") if data is not None else getattr(obj, "language", None)
        return language or super().text_language()

    def reading_queryset(self, request):
        return super().reading_queryset(request).prefetch_related("sections")

    def texts_of(self, obj: Article) -> list[Text]:
        texts = super().texts_of(obj)
        url = texts[0].url if texts else ""
        return texts + [
            Text(_section_label(section.heading), obj.language, section.body_text, url, str(obj))
            for section in obj.sections.all()
            if section.body_text.strip()
        ]

    def texts_posted(self, data) -> list[Text]:
        language = self.text_language(data=data)
        texts = super().texts_posted(data)
        for i in range(int(data.get("sections-TOTAL_FORMS") or 0)):
            body = data.get(f"sections-{i}-body_markdown", "")
            if body.strip() and not data.get(f"sections-{i}-DELETE"):
                heading = data.get(f"sections-{i}-heading", "")
                texts.append(
                    Text(_section_label(heading), language, as_read("body_markdown", body))
                )
        return texts

    def get_queryset(self, request):
        # The translation column reads the original: no query a row.
        return super().get_queryset(request).select_related("working_copy", "translation_of")

    def get_urls(self):
        return [*review.urls(self), *super().get_urls()]

    # Saving: a draft is saved as it is; an approved article's change goes to its working copy.

    def lock_token(self, obj: Article) -> int | None:
        copy = workflow.working_copy(obj)
        if copy is not None:
            return copy.revision_id
        if workflow.in_copy_mode(obj):
            return obj.approved_revision_id
        return latest_revision_id(obj)

    def add_view(self, request, form_url="", extra_context=None):
        return admin.ModelAdmin.add_view(self, request, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None:
            extra_context = {**(extra_context or {}), "panel": review.panel(request, article)}
        if article is None or not workflow.in_copy_mode(article):
            return admin.ModelAdmin.change_view(self, request, object_id, form_url, extra_context)
        workflow.baseline(article, request.user)
        copy = workflow.working_copy(article)
        result = {}

        def show_or_save() -> str | None:
            response = admin.ModelAdmin.change_view(
                self, request, object_id, form_url, extra_context
            )
            if hasattr(response, "render"):
                response.render()  # now, while the working copy is in the database
            result["response"] = response
            if request.method == "POST" and response.status_code == 302:
                return getattr(request, "_change_message", "Saved.")
            return None

        try:
            return self._show_or_save_copy(request, article, copy, show_or_save, result)
        except workflow.WorkflowError as error:
            # The copy cannot be put in place (say, it removes a section the checker now
            # links to): say why, and show its history, where it can be compared or replaced.
            messages.error(request, str(error))
            return redirect("admin:education_article_history", article.pk)

    def _show_or_save_copy(self, request, article, copy, show_or_save, result):
        if request.method == "POST":
            saved = workflow.edit_working_copy(article, request.user, show_or_save)
            if saved is not None:
                messages.info(
                    request,
                    _(
                        "Saved to the working copy. The public page stays as it is until a "
                        "clinical reviewer approves the change: choose “Send for review”."
                    ),
                )
        else:
            with workflow.applied(copy.revision if copy else None):
                show_or_save()
        return result["response"]

    def log_addition(self, request, obj, message):
        entry = admin.ModelAdmin.log_addition(self, request, obj, message)
        workflow.record_draft_save(obj, request.user, "Added the article.", added=True)
        return entry

    def log_change(self, request, obj, message):
        entry = admin.ModelAdmin.log_change(self, request, obj, message)
        request._change_message = entry.get_change_message() or "Saved with no changes."
        if not workflow.in_copy_mode(obj):
            workflow.record_draft_save(obj, request.user, request._change_message, added=False)
        return entry

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        conflicts = form.instance.urgency_conflicts()
        if conflicts:
            messages.warning(
                request,
                ngettext(
                    "%(count)d sentence gives a warning sign another urgency than the checker. "
                    "See “urgency check” under “When to get help”.",
                    "%(count)d sentences give a warning sign another urgency than the checker. "
                    "See “urgency check” under “When to get help”.",
                    len(conflicts),
                )
                % {"count": len(conflicts)},
            )

    def history_view(self, request, object_id, extra_context=None):
        return review.history(self, request, object_id)

    def recover_view(self, request, version_id, extra_context=None):
        return review.recover(self, request, version_id)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # django-reversion's own "revert" page writes straight onto the public rows;
        # here an earlier revision is restored as a working copy, from the history page.
        return redirect("admin:education_article_history", unquote(object_id))

    @admin.display(description=_("where it is"))
    def workflow(self, article: Article) -> str:
        return workflow.label(article)

    @admin.display(description=_("urgency check"))
    def urgency_check(self, article: Article) -> str:
        if not article.pk:
            return _("Checked after saving.")
        conflicts = article.urgency_conflicts()
        if not conflicts:
            return _("No sentence gives a warning sign another urgency than the checker.")
        return format_html(
            _(
                "<strong>⚠ These sentences give a warning sign another urgency than the checker."
                "</strong> Change the sentence, or the sign’s urgency in the checker, so they agree:"
                "<ul>{}</ul>"
            ),
            format_html_join("", "<li>{}</li>", ((str(c),) for c in conflicts)),
        )

    @admin.display(boolean=True, description=_("review overdue"))
    def review_overdue(self, article: Article) -> bool:
        return article.is_review_overdue()

    @admin.display(description=_("translation"))
    def translation_state(self, article: Article) -> str:
        if article.translation_of_id is None:
            return ""
        changed = article.original_changed
        if changed is None:
            return _("Up to date")
        return format_html(
            _("<strong>Needs update:</strong> the original changed on {}"),
            date_format(timezone.localtime(changed), "j M Y"),
        )

    @admin.display(description=_("preview"))
    def preview_link(self, article: Article) -> str:
        if not article.pk:
            return _("Save the article to preview it.")
        if workflow.working_copy(article) is not None and workflow.in_copy_mode(article):
            return format_html(
                _(
                    '<a href="{}">Preview the working copy as the public will see it</a> · '
                    '<a href="{}">View the published page</a>'
                ),
                reverse("admin:education_article_preview", args=[article.pk]),
                article.get_absolute_url(),
            )
        label = (
            _("View on the site")
            if article.is_published
            else _("Preview this draft as the public will see it")
        )
        return format_html('<a href="{}">{}</a>', article.get_absolute_url(), label)
