from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from reversion.admin import VersionAdmin

from core.reading_help import ReadingHelp
from education.models import Article
from governance.admin_tools import Audited, ComparedHistory, ConflictGuard
from triage.models import (
    AgeBand,
    BodyArea,
    Cause,
    Clue,
    Evidence,
    Hazard,
    RiskGroup,
    SafetyCase,
    Tier,
    WarningSign,
    urgency_conflicts,
    urgency_phrases,
)
from triage.rules import current_rules


class TickBoxAdmin(Audited, ConflictGuard, ComparedHistory, VersionAdmin):
    """The admin of every rule: audited, revisioned, safe from lost edits.

    Lists of rules (areas, groups, signs, cases) are tick boxes: each one
    labelled and usable with the keyboard, unlike a multiple select. Edits
    change the working copy of the rules; the public checker changes only
    when a clinical reviewer publishes them (see “Published rule sets”).
    """

    formfield_overrides = {models.ManyToManyField: {"widget": CheckboxSelectMultiple}}


class FixedSlugAdmin(ReadingHelp, TranslationAdmin, TickBoxAdmin):
    """Slugs are the contract with tests and integrations: set once, then read-only.

    Each text a person reads is edited in each language, English then Spanish
    (triage/translation.py); a Spanish text left empty shows the English.

    The texts a person reads (`reading_fields`) get the reading help, in each language.

    A rule that a safety case names cannot be deleted: the admin lists the
    cases as protected, so a clinician changes the cases first and no case
    silently stops checking what it was written for.
    """

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for obj in objs:
            protected += [
                format_html(_("Safety case “{}”, which names “{}”"), case, obj)
                for case in SafetyCase.naming(obj)
            ]
        return deleted, counts, perms_needed, protected

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "slug"] if obj is not None else fields


@admin.register(Tier)
class TierAdmin(
    ReadingHelp, TranslationAdmin, Audited, ConflictGuard, ComparedHistory, VersionAdmin
):
    """The four urgency tiers are fixed; editors change only their wording, in each language."""

    list_display = ["__str__", "title"]
    reading_fields = ("title", "action", "safety_net")
    fields = ["slug", "title", "action", "safety_net", "article_phrases"]
    readonly_fields = ["slug"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(BodyArea)
class BodyAreaAdmin(FixedSlugAdmin):
    list_display = ["name", "slug", "hint", "position"]
    reading_fields = ("name", "hint")
    list_editable = ["position"]
    search_fields = ["name", "slug"]


@admin.register(WarningSign)
class WarningSignAdmin(FixedSlugAdmin):
    list_display = ["question", "tier", "areas_list", "groups_list", "source", "slug"]
    reading_fields = ("question", "why", "first_aid", "worse_why")
    list_filter = ["tier", "theme", "areas", "groups"]
    search_fields = ["question", "slug", "why", "source"]
    fields = [
        "question",
        "slug",
        "tier",
        "why",
        "first_aid",
        "source",
        "theme",
        "article_phrases",
        "areas",
        "groups",
        "worse_with",
        "worse_tier",
        "worse_why",
        "position",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("areas", "groups")

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if {"tier", "article_phrases"} & set(form.changed_data):
            # Articles list signs from the rules; their own sentences may now disagree.
            phrases = urgency_phrases()
            articles = [
                article.title
                for article in Article.objects.prefetch_related("sections")
                if urgency_conflicts((s.body_markdown for s in article.sections.all()), phrases)
            ]
            if articles:
                messages.warning(
                    request,
                    _(
                        "Some sentences in these articles now give a warning sign another "
                        "urgency than the checker: %(articles)s. Their “urgency check” shows which."
                    )
                    % {"articles": "; ".join(articles)},
                )

    @admin.display(description=_("asked for"))
    def areas_list(self, sign: WarningSign) -> str:
        names = [area.name for area in sign.areas.all()]
        return ", ".join(names) if names else _("Every area")

    @admin.display(description=_("asked of"))
    def groups_list(self, sign: WarningSign) -> str:
        labels = [group.label for group in sign.groups.all()]
        return "; ".join(labels) if labels else _("Everyone")


@admin.register(RiskGroup)
class RiskGroupAdmin(FixedSlugAdmin):
    list_display = ["label", "kind", "tier", "source", "slug", "position"]
    reading_fields = ("label", "why")
    list_filter = ["kind", "tier"]
    search_fields = ["label", "slug"]
    fields = ["label", "slug", "kind", "why", "tier", "source", "position"]


@admin.register(AgeBand)
class AgeBandAdmin(FixedSlugAdmin):
    list_display = ["label", "tier", "group", "slug", "position"]
    reading_fields = ("label", "why", "advice")
    fields = ["label", "slug", "tier", "why", "source", "advice", "group", "position"]


@admin.register(Clue)
class ClueAdmin(FixedSlugAdmin):
    list_display = ["label", "kind", "slug", "position"]
    reading_fields = ("label",)
    list_filter = ["kind"]
    search_fields = ["label", "slug"]
    fields = ["label", "slug", "kind", "position"]


class EvidenceInline(admin.StackedInline):
    # Stacked, not tabular: every field gets its own label for screen readers.
    model = Evidence
    extra = 1
    fields = ["area", "sign", "group", "clue", "weight"]
    verbose_name = _("answer that points to this cause")

    def get_queryset(self, request):
        # Each row's title (str(evidence)) names its cause and answer.
        return (
            super().get_queryset(request).select_related("cause", "area", "sign", "group", "clue")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Every row offers the same four lists: read each from the database once per request.
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        choices = request.__dict__.setdefault("_evidence_choices", {})
        if db_field.name not in choices:
            choices[db_field.name] = list(field.choices)
        field.choices = choices[db_field.name]
        return field

    verbose_name_plural = _(
        "answers that point to this cause (choose one per row: an area, a sign, a group or a clue)"
    )


@admin.register(Cause)
class CauseAdmin(FixedSlugAdmin):
    list_display = ["name", "tier", "how_common", "evidence_summary", "section", "slug"]
    reading_fields = ("name", "explanation", "self_care")
    list_filter = ["tier", "how_common"]
    search_fields = ["name", "slug", "explanation", "source"]
    fields = [
        "name",
        "slug",
        "explanation",
        "tier",
        "areas",
        "source",
        "how_common",
        "self_care",
        "section",
        "position",
    ]
    inlines = [EvidenceInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("section__article")
            .prefetch_related(
                "areas", "evidence__area", "evidence__sign", "evidence__group", "evidence__clue"
            )
        )

    @admin.display(description=_("pointed to by"))
    def evidence_summary(self, cause: Cause) -> str:
        parts = []
        for evidence in cause.evidence.all():
            kind, answer = evidence.answer()
            parts.append(f"{kind} {getattr(answer, 'slug', '?')} ({evidence.weight})")
        return ", ".join(parts)


@admin.register(SafetyCase)
class SafetyCaseAdmin(TickBoxAdmin):
    """Clinicians' test cases, run against the working copy of the rules on every list view."""

    list_display = ["name", "area", "age", "expected_tier", "outcome"]
    list_filter = ["expected_tier", "area", "age"]
    search_fields = ["name", "note"]
    fields = [
        "name",
        "area",
        "age",
        "timing",
        "signs",
        "groups",
        "clues",
        "expected_tier",
        "expected_causes",
        "expected_absent",
        "note",
    ]
    change_list_template = "admin/triage/safetycase/change_list.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("area", "age", "timing")
            .prefetch_related("signs", "groups", "clues", "expected_causes", "expected_absent")
        )

    def get_urls(self):
        return [
            path("run/", self.admin_site.admin_view(self.run_view), name="triage_safetycase_run"),
            *super().get_urls(),
        ]

    @admin.display(description=_("result with the working copy of the rules"))
    def outcome(self, case: SafetyCase) -> str:
        outcome = case.run(current_rules(working=True))
        if outcome.passed:
            return format_html(_('<span class="safety-pass">✔ Pass</span>: {}'), outcome.tier)
        return format_html(
            _('<strong class="safety-fail">✘ Fail</strong>: {}'), case.explain(outcome)
        )

    def run_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        rules = current_rules(working=True)
        rows = [(case, case.run(rules)) for case in self.get_queryset(request)]
        failed = [row for row in rows if not row[1].passed]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Run every safety case"),
            "opts": self.model._meta,
            "rows": [(case, outcome, case.explain(outcome)) for case, outcome in rows],
            "failed": len(failed),
            "total": len(rows),
        }
        return TemplateResponse(request, "admin/triage/safetycase/run.html", context)


@admin.register(Hazard)
class HazardAdmin(TickBoxAdmin):
    """The clinical hazard log (NHS DCB0129), with a report that runs each hazard's safety cases."""

    list_display = ["reference", "title", "initial_risk_name", "residual_risk_name", "status"]
    list_filter = ["status", "severity"]
    search_fields = ["reference", "title", "hazard", "cause", "controls"]
    fields = [
        "reference",
        "title",
        "hazard",
        "cause",
        "effect",
        "severity",
        "initial_likelihood",
        "controls",
        "residual_likelihood",
        "safety_cases",
        "status",
    ]
    change_list_template = "admin/triage/hazard/change_list.html"

    @admin.display(description=_("risk before controls"))
    def initial_risk_name(self, hazard: Hazard) -> str:
        return f"{hazard.initial_risk} {hazard.risk_name(hazard.initial_risk)}"

    @admin.display(description=_("risk with controls"))
    def residual_risk_name(self, hazard: Hazard) -> str:
        return f"{hazard.residual_risk} {hazard.risk_name(hazard.residual_risk)}"

    def get_urls(self):
        return [
            path(
                "report/",
                self.admin_site.admin_view(self.report_view),
                name="triage_hazard_report",
            ),
            *super().get_urls(),
        ]

    def report_view(self, request):
        """Clinical safety report: every hazard, its risk, and whether each of its cases passes today."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        rules = current_rules(working=True)
        hazards = Hazard.objects.prefetch_related(
            "safety_cases__signs",
            "safety_cases__groups",
            "safety_cases__clues",
            "safety_cases__expected_causes",
            "safety_cases__expected_absent",
            "safety_cases__area",
            "safety_cases__age",
            "safety_cases__timing",
        )
        rows = []
        for hazard in hazards:
            cases = [
                (case, outcome, case.explain(outcome))
                for case in hazard.safety_cases.all()
                for outcome in [case.run(rules)]
            ]
            rows.append(
                {
                    "hazard": hazard,
                    "initial": self.initial_risk_name(hazard),
                    "residual": self.residual_risk_name(hazard),
                    "cases": cases,
                    "proven": bool(cases) and all(outcome.passed for _, outcome, _ in cases),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Clinical safety report"),
            "opts": self.model._meta,
            "rows": rows,
            "unproven": sum(1 for row in rows if not row["proven"]),
        }
        return TemplateResponse(request, "admin/triage/hazard/report.html", context)


# The published rule sets, and the pages to publish, try and roll back the rules.
from triage import ruleset_admin  # noqa: E402, F401
