"""The checker's vocabulary: the tiers and their order, how common a cause is, the themes,
the questions that offer an answer."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def gettext_noop(text: str) -> str:
    """Mark `text` for the site's translators and return it unchanged.

    The labels below are English; the admin shows them in the editor's language
    through the translation catalogue (`make messages` collects every text marked
    so). The engine itself stays free of Django.
    """
    return text


#: Urgency tiers, most urgent first, with what each means (the admin's choices).
TIER_MEANINGS: Mapping[str, str] = MappingProxyType(
    {
        "emergency": gettext_noop("Emergency: call the emergency number now"),
        "urgent": gettext_noop("Urgent: get medical help today"),
        "gp": gettext_noop("See a doctor in the next few days"),
        "self_care": gettext_noop("Self-care at home"),
    }
)
#: Urgency tiers, most urgent first.
TIERS: tuple[str, ...] = tuple(TIER_MEANINGS)
#: The tiers that send a person for help: a warning sign has one (a sign that needs no
#: help would never be asked), and so has a floor (self-care is no minimum).
SIGN_TIERS: tuple[str, ...] = ("emergency", "urgent", "gp")
#: How common a cause is, most common first (breaks ties between equal scores), with
#: what each is called in the admin.
COMMONNESS: Mapping[str, str] = MappingProxyType(
    {
        "common": gettext_noop("Common"),
        "less_common": gettext_noop("Less common"),
        "rare": gettext_noop("Rare"),
    }
)
#: The themes the other warning signs are grouped under when the checker asks them, in
#: order. Emergency signs are asked as one list. The headings a person reads are the
#: site's, in each language (triage.models.SIGN_THEME_HEADINGS).
SIGN_THEMES: tuple[str, ...] = ("pain", "nerves", "body", "medicines", "pregnancy")
#: The questions that offer a risk group, in the order they are asked, with what each
#: is called in the admin.
GROUP_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "about": gettext_noop("About the person"),
        "medicine": gettext_noop("A medicine they take"),
        "change": gettext_noop("A change to a medicine"),
    }
)
#: How a clue is asked, with what each is called in the admin: ticked on the last step,
#: or chosen on the first as the one timing (posted as `timing`).
CLUE_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "clue": gettext_noop("A clue to tick"),
        "timing": gettext_noop("When it happens (one is chosen)"),
    }
)
#: The kinds of answer that can point to a cause.
EVIDENCE_KINDS: tuple[str, ...] = ("area", "sign", "group", "clue")
#: The weight of evidence, besides the body area, at which a cause is called likely
#: rather than possible: one answer weighted 4 ("started after a new medicine"), or two
#: weaker ones together.
STRONG_EVIDENCE = 4.0
#: Tiers at which a person is not sent for help today, least urgent first, with what
#: each means for a cause: self-care advice may be shown, and every likely cause
#: listed (at `urgent` only those the urgent signs point to, at `emergency` none).
#: They are also the tiers a cause can have on its own.
SELF_CARE_TIERS: Mapping[str, str] = MappingProxyType(
    {
        "self_care": gettext_noop("Safe to look after at home"),
        "gp": gettext_noop("A doctor should check it"),
    }
)


def rank_of(tier: str) -> int:
    """Return the place of `tier` in TIERS: 0 for `emergency`, the most urgent."""
    return TIERS.index(tier)
