"""What the checker asks: body areas, warning signs, risk groups, age bands and clues."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link, optional_many, position_field
from triage import consistency, engine
from triage.models.tiers import (
    TIER_CHOICES,
    Rule,
    Tier,
    answer_label,
    article_phrases_field,
    question_field,
    source_field,
    urgency_field,
)

#: The heading a person reads above each theme of warning signs (engine.SIGN_THEMES), and
#: above the signs with none.
SIGN_THEME_HEADINGS = {
    "pain": _("Pain and cramps"),
    "nerves": _("Weakness, numbness, twitching or shaking"),
    "body": _("Swelling, fever, fluid loss or a wound in the last few days"),
    "medicines": _("Medicines and alcohol"),
    "pregnancy": _("Pregnancy and birth"),
    "": _("Other signs"),
}


class BodyArea(Rule):
    """A place on the body the person picks first (“Where is it?”)."""

    name = answer_label(_("Calf"), _("sees"), max_length=60)
    hint = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("A few words to help place it, e.g. “the back of your lower leg”."),
    )
    position = position_field(_("Areas are listed from lowest to highest."))

    class Meta(Rule.Meta):
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class WarningSign(Rule):
    """A symptom that changes how urgently the person should get help.

    The checker asks about emergency signs first and alone; the most urgent
    sign the person ticks sets the urgency of the result.
    """

    question = models.CharField(
        max_length=250,
        help_text=_(
            "What the person is asked to tick, as a plain statement, e.g. “One leg is swollen, warm and painful”."
        ),
    )
    tier = urgency_field(
        _("urgency"),
        _("How urgently someone with this sign needs help. When in doubt, choose the more urgent."),
        choices=TIER_CHOICES,
    )
    why = models.TextField(
        _("why it matters"),
        help_text=_("Shown in the result: why this sign matters, in one or two plain sentences."),
    )
    source = source_field(
        _(
            "The clinical source for this rule, e.g. “NHS: Deep vein thrombosis”. Every rule names one."
        ),
    )
    theme = models.CharField(
        max_length=12,
        choices=[(slug, SIGN_THEME_HEADINGS[slug]) for slug in engine.SIGN_THEMES],
        blank=True,
        help_text=_(
            "The heading the checker asks this sign under, with signs like it. "
            "Emergency signs are asked as one list on their own."
        ),
    )
    article_phrases = article_phrases_field(
        _("words for this sign in articles"),
        _(
            "How articles name this sign, separated by semicolons, e.g. “numb; pins and needles”. "
            "The article editor warns when a sentence puts these words under another urgency."
        ),
    )
    areas = optional_many(
        BodyArea,
        related_name="warning_signs",
        help_text=_(
            "Ask about this sign only for these areas. Leave empty to ask whatever the area "
            "(emergency signs are asked for every area, whatever is ticked here)."
        ),
    )
    groups = optional_many(
        "RiskGroup",
        related_name="warning_signs",
        help_text=_(
            "Ask about this sign only for people in one of these groups (e.g. pregnant). "
            "Leave empty to ask everyone. The checker asks the groups before these signs."
        ),
    )
    worse_with = optional_many(
        "self",
        symmetrical=False,
        related_name="+",
        verbose_name=_("worse together with"),
        help_text=_(
            "Signs that, ticked with this one, need more urgent care (e.g. jerky muscles "
            "after a new medicine, with a high temperature). Set the urgency and reason below."
        ),
    )
    worse_tier = urgency_field(
        _("urgency together"),
        _("The urgency when this sign and one of the signs above are both ticked."),
    )
    worse_why = models.TextField(
        _("why worse together"),
        blank=True,
        help_text=_("Shown in the result when the two are ticked together."),
    )
    first_aid = models.TextField(
        _("what to do now"),
        blank=True,
        help_text=_(
            "First aid or where to go, when a public source gives it, e.g. “Move them "
            "somewhere cool”. Shown in the result under the urgency."
        ),
    )
    position = position_field(_("Signs are listed from lowest to highest."))

    def __str__(self) -> str:
        return self.question

    def clean(self) -> None:
        if self.tier and self.tier not in engine.SIGN_TIERS:
            raise ValidationError(
                {"tier": "A warning sign must need help: choose emergency, urgent or see a doctor."}
            )
        if self.worse_tier and not self.worse_why.strip():
            raise ValidationError({"worse_why": "Say why the two signs together need this care."})


class RiskGroup(Rule):
    """Something about the person that makes some causes likelier, or needs more care.

    The checker asks groups in three questions, set by `kind`: things about
    the person (“I am pregnant”), the medicines they take (“Statins, for
    cholesterol”), and what changed with a medicine lately (“A medicine was
    stopped suddenly”). All three count the same way: as evidence for causes,
    as a minimum urgency, and to decide which warning signs are asked.
    """

    label = answer_label(_("I am pregnant"))
    kind = question_field(
        _("asked in"),
        engine.GROUP_KINDS,
        _(
            "The question that offers it: about the person, their medicines, or a change to a "
            "medicine."
        ),
    )
    why = models.TextField(
        help_text=_(
            "Why this matters, in one plain sentence. Shown in the result when this group "
            "sets the urgency."
        )
    )
    tier = urgency_field(
        _("at least this urgency"),
        _(
            "Leave empty for most groups. Set it when anyone in this group with new or "
            "changed spasms needs at least this much care (for example a known liver or kidney "
            "condition: see a doctor)."
        ),
    )
    source = source_field(
        _(
            "The clinical source for this group's urgency, e.g. “NICE CKS: Leg cramps”. "
            "Needed when you set an urgency."
        ),
        blank=True,
    )

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.tier and not self.source.strip():
            raise ValidationError({"source": "Name the clinical source for this urgency."})


class AgeBand(Rule):
    """How old the person with the symptoms is (“Under 16”, “16 to 64”, “65 or older”).

    The step-by-step checker always asks it. A band can set a minimum urgency
    (the rules are written for adults, so a child is sent to a doctor) and
    can count as a risk group (65 or older counts as “older adult”).
    """

    label = answer_label(_("Under 16"), _("chooses"), max_length=60)
    tier = urgency_field(
        _("at least this urgency"),
        _("Leave empty unless everyone in this band needs at least this much care."),
    )
    why = models.TextField(
        blank=True, help_text=_("Shown in the result when this band sets the urgency.")
    )
    source = source_field(
        _("The clinical source for this band's urgency. Needed when you set an urgency."),
        blank=True,
    )
    advice = models.TextField(
        blank=True,
        help_text=_(
            "Shown at the top of every result for this band, e.g. who to call for a child."
        ),
    )
    group = optional_link(
        "RiskGroup",
        _("The risk group this band counts as, so its causes count (e.g. 65 or older)."),
        related_name="+",
    )

    class Meta(Rule.Meta):
        verbose_name = _("age band")

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.tier and not (self.source.strip() and self.why.strip()):
            raise ValidationError(_("Say why this band needs this urgency, and name the source."))


class Clue(Rule):
    """Context about the spasms that points to a cause (“it comes on at night”).

    Timing clues (“It happened today and has stopped”) are asked as one
    required choice on the first step; the others are ticked on the last.
    """

    label = answer_label(_("It comes on at night, in bed"))
    kind = question_field(
        _("asked as"),
        engine.CLUE_KINDS,
        _("A clue is ticked on the last step; a timing is chosen on the first."),
    )

    def __str__(self) -> str:
        return self.label


def urgency_phrases() -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str, tuple[str, ...]]]]:
    """Return the phrases editors gave each tier and each warning sign, for the urgency check."""
    tiers = {
        t.slug: consistency.phrases(t.article_phrases)
        for t in Tier.objects.only("slug", "article_phrases")
    }
    signs = [
        (s.slug, s.tier, consistency.phrases(s.article_phrases))
        for s in WarningSign.objects.only("slug", "tier", "article_phrases")
    ]
    return tiers, signs


def urgency_conflicts(texts: Iterable[str], phrases=None) -> list[consistency.Conflict]:
    """Return the sentences in `texts` (Markdown) that name another urgency for a sign than
    the checker does (see triage/consistency.py); `phrases` from urgency_phrases(), or read now."""
    tiers, signs = phrases or urgency_phrases()
    return [
        conflict for text in texts for conflict in consistency.urgency_conflicts(text, tiers, signs)
    ]
