"""The article list's filters: where an article is in its sign-off, review dates, translations."""

import datetime

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from education.models import WorkingCopy


class WorkflowFilter(admin.SimpleListFilter):
    """Lets reviewers find the changes waiting for them, and writers those sent back."""

    title = _("review")
    parameter_name = "review_state"

    def lookups(self, request, model_admin):
        return [(state.value, state.label) for state in WorkingCopy.State]

    def queryset(self, request, queryset):
        if self.value() in WorkingCopy.State.values:
            return queryset.filter(working_copy__state=self.value())
        return queryset


class ReviewDueFilter(admin.SimpleListFilter):
    """Lets editors find articles whose review is overdue or coming up."""

    title = _("review due")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("Review overdue")),
            ("soon", _("Due in the next 30 days")),
            ("none", _("No review date set")),
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


class TranslationFilter(admin.SimpleListFilter):
    """Lets editors find the translations whose original changed after they were last approved."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [("needs_update", _("Needs update (the original changed)"))]

    def queryset(self, request, queryset):
        if self.value() == "needs_update":
            return queryset.needing_update()
        return queryset
