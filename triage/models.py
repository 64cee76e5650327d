"""The symptom checker's rules, as data that clinicians edit in the admin.

The engine (triage/engine.py) decides; these models only hold what it decides
with. Nothing here stores anything about a person using the checker.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from education.markup import render_markdown
from education.models import Section
from triage import engine


class TierChoices(models.TextChoices):
    EMERGENCY = "emergency", "Emergency: call the emergency number now"
    URGENT = "urgent", "Urgent: get medical help today"
    GP = "gp", "See a doctor in the next few days"
    SELF_CARE = "self_care", "Self-care at home"


class Tier(models.Model):
    """What a person is told to do at one level of urgency.

    There are exactly four, fixed by the checker's safety rules; editors
    change their wording, never their order or number.
    """

    slug = models.CharField(max_length=12, choices=TierChoices.choices, unique=True, editable=False)
    title = models.CharField(
        max_length=120,
        help_text="The first thing the person reads, e.g. “Call 999, 911 or 112 now”.",
    )
    action = models.TextField(help_text="Exactly what to do now, in one to three plain sentences.")
    safety_net = models.TextField(
        "get help if",
        help_text="What to do if things get worse. Every result ends with this.",
    )

    class Meta:
        ordering = [
            models.Case(
                *(models.When(slug=slug, then=rank) for rank, slug in enumerate(engine.TIERS)),
                output_field=models.IntegerField(),
            )
        ]

    def __str__(self) -> str:
        return self.get_slug_display()


class BodyArea(models.Model):
    """A place on the body the person picks first (“Where is it?”)."""

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by links and tests; do not change."
    )
    name = models.CharField(max_length=60, help_text="What the person sees, e.g. “Calf”.")
    hint = models.CharField(
        max_length=120,
        blank=True,
        help_text="A few words to help place it, e.g. “the back of your lower leg”.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Areas are listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class WarningSign(models.Model):
    """A symptom that changes how urgently the person should get help.

    The checker asks about emergency signs first and alone; the most urgent
    sign the person ticks sets the urgency of the result.
    """

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests and links; do not change."
    )
    question = models.CharField(
        max_length=250,
        help_text="What the person is asked to tick, as a plain statement, e.g. “One leg is swollen, warm and painful”.",
    )
    tier = models.CharField(
        "urgency",
        max_length=12,
        choices=TierChoices.choices,
        help_text="How urgently someone with this sign needs help. When in doubt, choose the more urgent.",
    )
    why = models.TextField(
        "why it matters",
        help_text="Shown in the result: why this sign matters, in one or two plain sentences.",
    )
    source = models.CharField(
        max_length=250,
        help_text="The clinical source for this rule, e.g. “NHS: Deep vein thrombosis”. Every rule names one.",
    )
    areas = models.ManyToManyField(
        BodyArea,
        blank=True,
        related_name="warning_signs",
        help_text="Ask about this sign only for these areas. Leave empty to ask whatever the area "
        "(emergency signs are asked for every area, whatever is ticked here).",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Signs are listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.question

    def clean(self) -> None:
        if self.tier and self.tier not in engine.SIGN_TIERS:
            raise ValidationError(
                {"tier": "A warning sign must need help: choose emergency, urgent or see a doctor."}
            )


class RiskGroup(models.Model):
    """Something about the person that makes some causes likelier."""

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    label = models.CharField(
        max_length=150, help_text="What the person ticks, e.g. “I am pregnant”."
    )
    why = models.TextField(help_text="Why this makes some causes likelier, in one plain sentence.")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Clue(models.Model):
    """Context about the spasms that points to a cause (“it comes on at night”)."""

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    label = models.CharField(
        max_length=150, help_text="What the person ticks, e.g. “It comes on at night, in bed”."
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Listed from lowest to highest."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Cause(models.Model):
    """A likely cause the result can list, with the evidence that points to it."""

    class HowCommon(models.TextChoices):
        COMMON = "common", "Common"
        LESS_COMMON = "less_common", "Less common"
        RARE = "rare", "Rare"

    slug = models.SlugField(
        max_length=40, unique=True, help_text="Fixed name used by tests; do not change."
    )
    name = models.CharField(
        max_length=120, help_text="The cause in plain words, e.g. “Tired or overworked muscles”."
    )
    explanation = models.TextField(
        help_text="Two or three plain sentences: what it is and why it causes spasms."
    )
    how_common = models.CharField(
        max_length=12,
        choices=HowCommon.choices,
        default=HowCommon.COMMON,
        help_text="Breaks ties: when two causes have the same evidence, the commoner is listed first.",
    )
    self_care = models.TextField(
        blank=True,
        help_text="Self-care steps in Markdown (“- ” for bullets), only where safe. Leave empty when a "
        "doctor must look. Never shown when the person needs help today or sooner.",
    )
    self_care_html = models.TextField(editable=False, default="")
    section = models.ForeignKey(
        Section,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The article section that explains this cause; the result links to it while the article is published.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Breaks remaining ties: lowest first."
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.self_care_html = render_markdown(self.self_care) if self.self_care.strip() else ""
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "self_care_html"}
        super().save(*args, **kwargs)


class Evidence(models.Model):
    """One answer that points to a cause, and how strongly (its weight)."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="evidence")
    area = models.ForeignKey(
        BodyArea, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sign = models.ForeignKey(
        WarningSign, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    group = models.ForeignKey(
        RiskGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    clue = models.ForeignKey(
        Clue, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    weight = models.PositiveSmallIntegerField(
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 weak (a body area) to 5 very strong. A specific clue or sign is usually 3, a risk group 2.",
    )

    class Meta:
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        area__isnull=False, sign__isnull=True, group__isnull=True, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=False, group__isnull=True, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=True, group__isnull=False, clue__isnull=True
                    )
                    | models.Q(
                        area__isnull=True, sign__isnull=True, group__isnull=True, clue__isnull=False
                    )
                ),
                name="evidence_names_exactly_one_answer",
                violation_error_message="Choose exactly one answer: an area, a sign, a risk group or a clue.",
            ),
        ]

    def __str__(self) -> str:
        kind, answer = self.answer()
        return f"{kind} {answer} → {self.cause} ({self.weight})"

    def answer(self) -> tuple[str, models.Model | None]:
        """Return the kind of answer this evidence names, and the answer."""
        for kind in engine.EVIDENCE_KINDS:
            if getattr(self, f"{kind}_id"):
                return kind, getattr(self, kind)
        return "", None

    def clean(self) -> None:
        chosen = [kind for kind in engine.EVIDENCE_KINDS if getattr(self, f"{kind}_id")]
        if len(chosen) != 1:
            raise ValidationError(
                "Choose exactly one answer: an area, a sign, a risk group or a clue."
            )


class RulesVersion(models.Model):
    """A stamp that changes whenever the checker's rules change (one row).

    Every app process keeps the rule set it built in memory and rebuilds it
    when this stamp differs. Written in the same transaction as the edit, so
    other processes see the new stamp and the new rules together.
    """

    stamp = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.stamp

    @classmethod
    def current(cls) -> str:
        """Return the current stamp ("" before the first change)."""
        return cls.objects.filter(pk=1).values_list("stamp", flat=True).first() or ""

    @classmethod
    def bump(cls) -> None:
        """Mark the rules as changed for every process."""
        cls.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})


class SafetyCase(models.Model):
    """A test case clinicians keep: these answers must give this urgency and these causes.

    The admin runs every case against the current rules, so an edit that
    breaks a case shows at once.
    """

    name = models.CharField(
        max_length=150, unique=True, help_text="What the case checks, in a few words."
    )
    area = models.ForeignKey(
        BodyArea, on_delete=models.PROTECT, help_text="The body area answered."
    )
    signs = models.ManyToManyField(WarningSign, blank=True, help_text="The warning signs ticked.")
    groups = models.ManyToManyField(RiskGroup, blank=True, help_text="The risk groups ticked.")
    clues = models.ManyToManyField(Clue, blank=True, help_text="The clues ticked.")
    expected_tier = models.CharField(
        max_length=12, choices=TierChoices.choices, help_text="The urgency these answers must give."
    )
    expected_causes = models.ManyToManyField(
        Cause,
        blank=True,
        related_name="+",
        help_text="Causes that must be among the first three listed.",
    )
    note = models.TextField(
        blank=True, help_text="The clinical source or reasoning behind the case."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def answers(self) -> engine.Answers:
        """Return this case's answers in the engine's terms."""
        return engine.Answers(
            area=self.area.slug,
            signs=frozenset(s.slug for s in self.signs.all()),
            groups=frozenset(g.slug for g in self.groups.all()),
            clues=frozenset(c.slug for c in self.clues.all()),
        )

    def run(self, rules: engine.RuleSet) -> CaseOutcome:
        """Return how the current rules answer this case, and whether that is what was expected."""
        result = engine.assess(self.answers(), rules)
        top_three = [ranked.slug for ranked in result.causes[:3]]
        missing = sorted({c.slug for c in self.expected_causes.all()} - set(top_three))
        return CaseOutcome(
            tier=result.urgency,
            top_three=top_three,
            tier_ok=result.urgency == self.expected_tier,
            missing_causes=missing,
        )


@dataclass(frozen=True)
class CaseOutcome:
    """How the current rules answered one safety case."""

    tier: str
    top_three: list[str]
    tier_ok: bool
    missing_causes: list[str]

    @property
    def passed(self) -> bool:
        """Return True when the tier and the expected causes are as the case says."""
        return self.tier_ok and not self.missing_causes
