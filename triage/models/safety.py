"""Clinical safety: the safety cases the rules must pass, and the hazard log."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link, optional_many
from triage import engine
from triage.models.answers import AgeBand, BodyArea, Clue, RiskGroup, WarningSign
from triage.models.causes import Cause
from triage.models.tiers import TIER_CHOICES


class SafetyCase(models.Model):
    """A test case clinicians keep: these answers must give this urgency and these causes.

    The admin runs every case against the current rules, so an edit that
    breaks a case shows at once.
    """

    name = models.CharField(
        max_length=150, unique=True, help_text=_("What the case checks, in a few words.")
    )
    area = models.ForeignKey(
        BodyArea, on_delete=models.PROTECT, help_text=_("The body area answered.")
    )
    age = optional_link(
        AgeBand,
        on_delete=models.PROTECT,
        help_text=_("The age band answered. Leave empty for an adult who was not asked."),
    )
    timing = optional_link(
        Clue,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": "timing"},
        help_text=_("When it happens, as answered on the first step. Leave empty if not asked."),
    )
    signs = optional_many(WarningSign, help_text=_("The warning signs ticked."))
    groups = optional_many(RiskGroup, help_text=_("The risk groups ticked."))
    clues = optional_many(Clue, help_text=_("The clues ticked."))
    expected_tier = models.CharField(
        max_length=12, choices=TIER_CHOICES, help_text=_("The urgency these answers must give.")
    )
    expected_causes = optional_many(
        Cause,
        related_name="+",
        help_text=_("Causes that must be among the first three listed."),
    )
    expected_absent = optional_many(
        Cause,
        related_name="+",
        verbose_name=_("causes that must not be listed"),
        help_text=_(
            "Causes that must not appear anywhere in the result, e.g. a leg cause for the hand."
        ),
    )
    note = models.TextField(
        blank=True, help_text=_("The clinical source or reasoning behind the case.")
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def naming(cls, obj: models.Model) -> models.QuerySet:
        """Return the cases that name `obj` (a sign, risk group, clue or cause) in their answers or expectations.

        Deleting such an object would silently change what the case checks,
        so the admin refuses until the cases are changed.
        """
        fields = {
            WarningSign: ["signs"],
            RiskGroup: ["groups"],
            Clue: ["clues", "timing"],
            Cause: ["expected_causes", "expected_absent"],
        }.get(type(obj), [])
        query = models.Q(pk__in=[])
        for name in fields:
            query |= models.Q(**{name: obj})
        return cls.objects.filter(query).distinct()

    def answers(self) -> engine.Answers:
        """Return this case's answers in the engine's terms."""
        return engine.Answers(
            area=self.area.slug,
            signs=frozenset(s.slug for s in self.signs.all()),
            groups=frozenset(g.slug for g in self.groups.all()),
            clues=frozenset(c.slug for c in self.clues.all()),
            age=self.age.slug if self.age_id else "",
            timing=self.timing.slug if self.timing_id else "",
        )

    def explain(self, outcome: CaseOutcome) -> str:
        """Say, in a line, what the rules answered and what was wrong with it."""
        problems = []
        if not outcome.tier_ok:
            problems.append(f"gave {outcome.tier}, expected {self.expected_tier}")
        if outcome.missing_causes:
            problems.append(
                f"top three were {', '.join(outcome.top_three) or 'empty'}; "
                f"missing {', '.join(outcome.missing_causes)}"
            )
        if outcome.unwanted_causes:
            problems.append(
                f"listed {', '.join(outcome.unwanted_causes)}, which must not be listed"
            )
        return (
            "; ".join(problems)
            or f"gave {outcome.tier}; top three: {', '.join(outcome.top_three) or 'none'}"
        )

    def run(self, rules: engine.RuleSet) -> CaseOutcome:
        """Return how the current rules answer this case, and whether that is what was expected."""
        result = engine.assess(self.answers(), rules)
        top_three = [ranked.slug for ranked in result.causes[:3]]
        missing = sorted({c.slug for c in self.expected_causes.all()} - set(top_three))
        listed = {ranked.slug for ranked in result.causes}
        unwanted = sorted({c.slug for c in self.expected_absent.all()} & listed)
        return CaseOutcome(
            tier=result.urgency,
            top_three=top_three,
            tier_ok=result.urgency == self.expected_tier,
            missing_causes=missing,
            unwanted_causes=unwanted,
        )


@dataclass(frozen=True)
class CaseOutcome:
    """How the current rules answered one safety case."""

    tier: str
    top_three: list[str]
    tier_ok: bool
    missing_causes: list[str]
    unwanted_causes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Return True when the tier and the expected causes are as the case says."""
        return self.tier_ok and not self.missing_causes and not self.unwanted_causes


class Hazard(models.Model):
    """One entry in the clinical hazard log, in the form NHS DCB0129 uses.

    Clinical safety officers keep the log: what could harm a person using the
    checker, why, how badly and how likely, the controls that reduce the
    risk, and the safety cases that prove each control works today. The
    admin's “Clinical safety report” lists every hazard with its risk and
    whether each of its safety cases passes against the current rules.
    """

    #: DCB0129's two scales, one row a level from 1 to 5: (severity, likelihood).
    SCALES = (
        (
            _("Minor: minimal injury or inconvenience"),
            _("Very low: negligible or nearly impossible"),
        ),
        (_("Significant: minor injury, short-term"), _("Low: could happen, but rarely")),
        (
            _("Considerable: severe injury, or minor injury to many"),
            _("Medium: might happen or recur occasionally"),
        ),
        (
            _("Major: death or lasting disability"),
            _("High: will probably happen, but not persistently"),
        ),
        (
            _("Catastrophic: death or lasting disability to many"),
            _("Very high: certain or almost certain"),
        ),
    )
    SEVERITY_CHOICES = [
        (level, format_lazy("{} {}", level, row[0])) for level, row in enumerate(SCALES, 1)
    ]
    LIKELIHOOD_CHOICES = [
        (level, format_lazy("{} {}", level, row[1])) for level, row in enumerate(SCALES, 1)
    ]

    class Status(models.TextChoices):
        OPEN = "open", _("Open: controls not yet in place or not yet proven")
        CONTROLLED = "controlled", _("Controlled: controls in place and proven by safety cases")
        CLOSED = "closed", _("Closed: the hazard no longer applies")

    #: The DCB0129 risk matrix: RISK_MATRIX[likelihood - 1][severity - 1] is the risk, 1 to 5.
    RISK_MATRIX: tuple[tuple[int, ...], ...] = (
        (1, 1, 2, 2, 3),  # very low
        (1, 2, 2, 3, 4),  # low
        (2, 2, 3, 3, 4),  # medium
        (2, 3, 3, 4, 5),  # high
        (3, 4, 4, 5, 5),  # very high
    )
    RISK_NAMES = {
        1: _("Very low"),
        2: _("Low"),
        3: _("Moderate"),
        4: _("High"),
        5: _("Very high"),
    }

    reference = models.CharField(
        max_length=12, unique=True, help_text=_("A short fixed reference, e.g. “H01”.")
    )
    title = models.CharField(max_length=150, help_text=_("The hazard in a few words."))
    hazard = models.TextField(help_text=_("What could go wrong for the person using the checker."))
    cause = models.TextField(help_text=_("What could make it happen."))
    effect = models.TextField(help_text=_("What it would mean for the person: the possible harm."))
    severity = models.PositiveSmallIntegerField(
        choices=SEVERITY_CHOICES, help_text=_("How bad the harm could be (DCB0129 scale).")
    )
    initial_likelihood = models.PositiveSmallIntegerField(
        _("likelihood before controls"),
        choices=LIKELIHOOD_CHOICES,
        help_text=_("How likely the harm is without the controls below."),
    )
    controls = models.TextField(help_text=_("What the checker does to prevent it. One per line."))
    residual_likelihood = models.PositiveSmallIntegerField(
        _("likelihood with controls"),
        choices=LIKELIHOOD_CHOICES,
        help_text=_("How likely the harm is with the controls in place."),
    )
    safety_cases = optional_many(
        SafetyCase,
        related_name="hazards",
        help_text=_("The safety cases that prove the controls work. The report runs them."),
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.OPEN, help_text=_("Where it stands.")
    )

    class Meta:
        ordering = ["reference"]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @classmethod
    def risk(cls, severity: int, likelihood: int) -> int:
        """Return the DCB0129 risk rating (1 very low to 5 very high)."""
        return cls.RISK_MATRIX[likelihood - 1][severity - 1]

    @property
    def initial_risk(self) -> int:
        return self.risk(self.severity, self.initial_likelihood)

    @property
    def residual_risk(self) -> int:
        return self.risk(self.severity, self.residual_likelihood)

    def risk_name(self, rating: int) -> str:
        """Return the matrix's name for a rating, e.g. “Moderate”."""
        return self.RISK_NAMES[rating]
