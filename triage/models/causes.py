"""The causes a result can list, and the evidence that points to each."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link, optional_many, position_field
from core.markup import render_markdown
from education.models import Section
from triage import engine
from triage.models.answers import BodyArea, Clue, RiskGroup, WarningSign
from triage.models.tiers import CAUSE_TIER_CHOICES, Rule, source_field, urgency_field


class Cause(Rule):
    """A likely cause the result can list, with the evidence that points to it."""

    name = models.CharField(
        max_length=120, help_text=_("The cause in plain words, e.g. “Tired or overworked muscles”.")
    )
    explanation = models.TextField(
        help_text=_("Two or three plain sentences: what it is and why it causes spasms.")
    )
    how_common = models.CharField(
        max_length=12,
        choices=[(slug, _(name)) for slug, name in engine.COMMONNESS.items()],
        default="common",
        help_text=_(
            "Breaks ties: when two causes have the same evidence, the commoner is listed first."
        ),
    )
    self_care = models.TextField(
        blank=True,
        help_text=_(
            "Self-care steps in Markdown (“- ” for bullets), only where safe. Leave empty when a "
            "doctor must look. Never shown when the person needs help today or sooner."
        ),
    )
    self_care_html = models.TextField(editable=False, default="")
    section = optional_link(
        Section,
        on_delete=models.PROTECT,
        related_name="checker_causes",
        help_text=_(
            "The article section that explains this cause; the result links to it while the "
            "article is published. A section linked here cannot be deleted until the cause links "
            "elsewhere."
        ),
    )
    tier = urgency_field(
        _("care it needs"),
        _(
            "A cause that needs a doctor is never listed on a result that says the person "
            "can look after it at home."
        ),
        choices=CAUSE_TIER_CHOICES,
        default="self_care",
    )
    areas = optional_many(
        BodyArea,
        related_name="+",
        help_text=_(
            "The body areas this cause can explain. It is not listed for other areas unless "
            "a warning sign points to it. Leave empty for a cause that can affect any area."
        ),
    )
    source = source_field(
        _("The clinical source for this cause, e.g. “NHS: Leg cramps”. Shown in the result."),
        default="",
    )
    position = position_field(_("Breaks remaining ties: lowest first."))

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # The self-care steps are rendered in each language (triage/translation.py).
        rendered = set()
        for language, _name in settings.LANGUAGES:
            markdown = getattr(self, f"self_care_{language}", None) or ""
            setattr(
                self,
                f"self_care_html_{language}",
                render_markdown(markdown) if markdown.strip() else "",
            )
            rendered.add(f"self_care_html_{language}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "self_care_html", *rendered}
        super().save(*args, **kwargs)


class Evidence(models.Model):
    """One answer that points to a cause, and how strongly (its weight)."""

    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="evidence")
    area = optional_link(BodyArea, on_delete=models.CASCADE, related_name="+")
    sign = optional_link(WarningSign, on_delete=models.CASCADE, related_name="+")
    group = optional_link(RiskGroup, on_delete=models.CASCADE, related_name="+")
    clue = optional_link(Clue, on_delete=models.CASCADE, related_name="+")
    weight = models.PositiveSmallIntegerField(
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_(
            "1 weak (a body area) to 5 very strong. A specific clue or sign is usually 3, a risk group 2."
        ),
    )

    class Meta:
        verbose_name_plural = _("evidence")
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
                _("Choose exactly one answer: an area, a sign, a risk group or a clue.")
            )
