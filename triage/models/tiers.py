"""The four urgency tiers, the admin's choices for urgency, and the rules' version stamp."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.fields import position_field, unique_slug_field
from core.models import VersionStamp
from triage import engine

#: The admin's choices for urgency, all from the engine, which owns the tiers and their order.
TIER_CHOICES = [(tier, _(meaning)) for tier, meaning in engine.TIER_MEANINGS.items()]
#: The urgencies an answer can set as a minimum (self-care is no minimum).
FLOOR_CHOICES = [choice for choice in TIER_CHOICES if choice[0] in engine.SIGN_TIERS]
#: How much care a cause needs on its own.
CAUSE_TIER_CHOICES = [(tier, _(meaning)) for tier, meaning in engine.SELF_CARE_TIERS.items()]
#: The help text of every rule's slug: tests, links and safety cases name rules by it.
FIXED_SLUG_HELP = _("Fixed name used by tests and links; do not change.")


def urgency_field(verbose_name: str, help_text: str, **options) -> models.CharField:
    """A tier chosen by an editor: a minimum urgency (the default) or `choices=TIER_CHOICES`."""
    options.setdefault("choices", FLOOR_CHOICES)
    if options["choices"] is FLOOR_CHOICES:
        options.setdefault("blank", True)
    return models.CharField(verbose_name, max_length=12, help_text=help_text, **options)


def source_field(help_text: str, **options) -> models.CharField:
    """The public clinical source a rule rests on, as editors cite it (“NHS: Leg cramps”)."""
    return models.CharField(max_length=250, help_text=help_text, **options)


def answer_label(example: str, verb: str = _("ticks"), max_length: int = 150) -> models.CharField:
    """The words a person ticks or chooses, exactly as the checker shows them."""
    return models.CharField(
        max_length=max_length,
        help_text=format_lazy(
            _("What the person {verb}, e.g. “{example}”."), verb=verb, example=example
        ),
    )


def article_phrases_field(verbose_name: str, help_text: str) -> models.TextField:
    """How articles word a rule, as an editor lists it (separated by semicolons, read back by
    consistency.phrases): the article editor warns when an article's sentence puts those
    words under another urgency than the rule's."""
    return models.TextField(verbose_name, blank=True, help_text=help_text)


def question_field(verbose_name: str, kinds: Mapping[str, str], help_text: str):
    """Which of the checker's questions offers an answer: one of `kinds` (the engine's
    GROUP_KINDS or CLUE_KINDS), the first unless set."""
    return models.CharField(
        verbose_name,
        max_length=12,
        choices=[(kind, _(name)) for kind, name in kinds.items()],
        default=next(iter(kinds)),
        help_text=help_text,
    )


class Rule(models.Model):
    """A row of the checker's rules: named by a fixed slug, listed in the editors' order."""

    slug = unique_slug_field(FIXED_SLUG_HELP)
    position = position_field()

    class Meta:
        abstract = True
        ordering = ["position", "pk"]


class Tier(models.Model):
    """What a person is told to do at one level of urgency.

    There are exactly four, fixed by the checker's safety rules; editors
    change their wording, never their order or number.
    """

    slug = models.CharField(max_length=12, choices=TIER_CHOICES, unique=True, editable=False)
    title = models.CharField(
        max_length=120,
        help_text=_("The first thing the person reads, e.g. “Call 999, 911 or 112 now”."),
    )
    action = models.TextField(
        help_text=_("Exactly what to do now, in one to three plain sentences.")
    )
    safety_net = models.TextField(
        _("get help if"),
        help_text=_("What to do if things get worse. Every result ends with this."),
    )
    article_phrases = article_phrases_field(
        _("words for this urgency in articles"),
        _(
            "Phrases that mean this urgency in article text, separated by semicolons, "
            "e.g. “999; emergency; A&E”. The article editor warns when a sentence with one "
            "of them names a warning sign the checker puts at another urgency."
        ),
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


class RulesVersion(VersionStamp):
    """The stamp that changes whenever the checker's rules change (one row).

    Every app process keeps the rule set it built in memory and rebuilds it
    when this stamp differs.
    """
