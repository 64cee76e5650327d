"""The admin of published rule sets: publish the working copy, try it, roll back.

Registered from triage/admin.py. The steps themselves are in triage/publishing.py.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from governance.admin_tools import ReadOnlyAdmin
from triage import publishing
from triage.models import RuleSet
from triage.rules import build, rules_data
from triage.rulesdiff import differences
from triage.views import TRY_WORKING_RULES


class PublishForm(forms.Form):
    note = forms.CharField(
        label=_("What changed, and why"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with the rule set and in the audit log."),
    )


def _tell(request, step, success: str) -> RuleSet | None:
    """Run a publishing step and tell the editor how it went: `success` names the new set as
    `%(label)s`; a refusal is shown as it is. Return the new rule set, or None when refused."""
    try:
        ruleset = step()
    except publishing.PublishError as error:
        messages.error(request, str(error))
        return None
    messages.success(request, success % {"label": ruleset.label})
    return ruleset


@admin.register(RuleSet)
class RuleSetAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Every published version of the checker's rules; the newest is what the public checker uses."""

    list_display = ["number", "published", "published_by", "note", "cases_passed", "rolled_back_to"]
    readonly_fields = [
        "number",
        "published",
        "published_by",
        "note",
        "cases_passed",
        "rolled_back_to",
    ]
    fields = readonly_fields
    change_list_template = "admin/triage/ruleset/change_list.html"

    def get_urls(self):
        site = self.admin_site
        return [
            path("publish/", site.admin_view(self.publish_view), name="triage_ruleset_publish"),
            path(
                "<int:number>/roll-back/",
                site.admin_view(require_POST(self.roll_back_view)),
                name="triage_ruleset_roll_back",
            ),
            path("try/", site.admin_view(require_POST(self.try_view)), name="triage_ruleset_try"),
            path(
                "stop-trying/",
                site.admin_view(self.stop_trying_view),
                name="triage_ruleset_stop_trying",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra = {
            "can_publish": request.user.has_perm("triage.publish_rules"),
            "trying": bool(request.session.get(TRY_WORKING_RULES)),
        }
        return super().changelist_view(request, {**extra, **(extra_context or {})})

    def publish_view(self, request):
        """What changed since the last publication, every safety case's result, and the button."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = PublishForm(request.POST or None)
        if form.is_valid():
            note = form.cleaned_data["note"]
            if _tell(
                request,
                lambda: publishing.publish_working_copy(request.user, note),
                _("Published %(label)s. The public checker uses it now."),
            ):
                return redirect("admin:triage_ruleset_changelist")
        current = publishing.latest()
        data = rules_data()
        try:
            checks = publishing.check_cases(build(data))
            problem = ""
        except ValueError as error:
            checks, problem = (
                [],
                _("The working copy is not complete: %(error)s") % {"error": error},
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Publish the checker’s rules"),
            "current": current,
            "changes": differences(current.data if current else None, data),
            "checks": checks,
            "failed": [check for check in checks if not check.passed],
            "problem": problem,
            "refused": publishing.refusal(request.user),
            "form": form,
        }
        return TemplateResponse(request, "admin/triage/ruleset/publish.html", context)

    def roll_back_view(self, request, number: int):
        earlier = get_object_or_404(RuleSet, number=number)
        _tell(
            request,
            lambda: publishing.roll_back(request.user, earlier),
            _("Rolled back: %%(label)s publishes rule set %(number)s again.") % {"number": number},
        )
        return redirect("admin:triage_ruleset_changelist")

    def try_view(self, request):
        """Let this staff member try the working copy in the checker (their session only)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        request.session[TRY_WORKING_RULES] = True
        return redirect("triage:start")

    def stop_trying_view(self, request):
        request.session.pop(TRY_WORKING_RULES, None)
        messages.info(request, _("You are back on the published rules."))
        return redirect("admin:triage_ruleset_changelist")
