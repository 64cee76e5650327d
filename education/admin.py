import datetime

from django.contrib import admin, messages
from django.db import models
from django.forms import CheckboxSelectMultiple, Textarea
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from education.models import TARGET_READING_GRADE, Article, Category, Section, Source


class ReviewDueFilter(admin.SimpleListFilter):
    """Lets editors find articles whose review is overdue or coming up."""

    title = "review due"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", "Review overdue"),
            ("soon", "Due in the next 30 days"),
            ("none", "No review date set"),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "overdue":
                return queryset.review_overdue(today)
            case "soon":
                return queryset.filter(
                    next_review_due__gte=today,
                    next_review_due__lte=today + datetime.timedelta(days=30),
                )
            case "none":
                return queryset.filter(next_review_due__isnull=True)
        return queryset


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = ["position", "kind", "heading", "anchor", "body_markdown", "reading_grade_display"]
    readonly_fields = ["reading_grade_display"]
    prepopulated_fields = {"anchor": ["heading"]}
    ordering = ["position", "pk"]
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 12, "cols": 90})}}

    @admin.display(description="reading grade")
    def reading_grade_display(self, section: Section) -> str:
        if not section.pk:
            return "Shown after saving."
        grade = section.reading_grade()
        if grade is None:
            return "No text yet."
        if grade > TARGET_READING_GRADE:
            return format_html(
                "<strong>⚠ Grade {}: too hard.</strong> "
                "Aim for grade {} or lower: shorter sentences, shorter words.",
                grade,
                TARGET_READING_GRADE,
            )
        return format_html("Grade {}: fine (aim for {} or lower).", grade, TARGET_READING_GRADE)


class SourceInline(admin.StackedInline):
    # Stacked, not tabular: every field gets its own label for screen readers.
    model = Source
    extra = 0
    fields = ["number", "authors", "year", "title", "publisher", "url"]
    ordering = ["number"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "language",
        "last_reviewed",
        "next_review_due",
        "review_overdue",
        "updated",
    ]
    list_filter = ["status", "categories", ReviewDueFilter, "language"]
    search_fields = ["title", "summary", "also_known_as", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    # Checkboxes: plainer than Django's two-box picker, and fully labelled.
    formfield_overrides = {models.ManyToManyField: {"widget": CheckboxSelectMultiple}}
    date_hierarchy = None
    save_on_top = True
    inlines = [SectionInline, SourceInline]
    readonly_fields = ["preview_link", "urgency_check", "created", "updated"]
    fieldsets = [
        (None, {"fields": ["preview_link", "title", "slug", "summary", "also_known_as", "status"]}),
        (
            "When to get help",
            {
                "fields": ["warning_signs", "urgency_check"],
                "description": "Tick the checker’s warning signs this article lists. The page "
                "shows them in boxes by urgency, with the checker’s own advice on where to go.",
            },
        ),
        (
            "Topics and links",
            {"fields": ["categories", "related_articles", "language", "translation_of"]},
        ),
        (
            "Authorship and review",
            {
                "fields": [
                    "author",
                    "medical_reviewer",
                    "reviewer_credentials",
                    "first_published",
                    "last_reviewed",
                    "next_review_due",
                ]
            },
        ),
        ("History", {"fields": ["created", "updated"], "classes": ["collapse"]}),
    ]

    @admin.display(description="urgency check")
    def urgency_check(self, article: Article) -> str:
        if not article.pk:
            return "Checked after saving."
        conflicts = article.urgency_conflicts()
        if not conflicts:
            return "No sentence gives a warning sign another urgency than the checker."
        return format_html(
            "<strong>⚠ These sentences give a warning sign another urgency than the checker."
            "</strong> Change the sentence, or the sign’s urgency in the checker, so they agree:"
            "<ul>{}</ul>",
            format_html_join("", "<li>{}</li>", ((str(c),) for c in conflicts)),
        )

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        conflicts = form.instance.urgency_conflicts()
        if conflicts:
            messages.warning(
                request,
                f"{len(conflicts)} sentence(s) give a warning sign another urgency than the "
                "checker. See “urgency check” under “When to get help”.",
            )

    @admin.display(boolean=True, description="review overdue")
    def review_overdue(self, article: Article) -> bool:
        return article.is_review_overdue()

    @admin.display(description="preview")
    def preview_link(self, article: Article) -> str:
        if not article.pk:
            return "Save the article to preview it."
        label = (
            "View on the site"
            if article.is_published
            else "Preview this draft as the public will see it"
        )
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', article.get_absolute_url(), label
        )


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
