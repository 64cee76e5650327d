"""The checker's texts in each language (django-modeltranslation).

Each field named here gets one column a language (`question_en`,
`question_es`); the admin shows both. Slugs, urgencies, weights and every
other part of a rule stay language-neutral, so the engine, the safety cases
and the one-POST contract are the same in every language. A published rule
set keeps each text in every language (triage.rules.rules_data); the
checker in Spanish reads the Spanish, falling back to the English where a
text has no Spanish yet. A translation is a rule change like any other:
it is published, after the safety cases pass, by a clinical reviewer.
"""

from modeltranslation.translator import TranslationOptions, register

from triage.models import AgeBand, BodyArea, Cause, Clue, RiskGroup, Tier, WarningSign


@register(Tier)
class TierTranslation(TranslationOptions):
    fields = ("title", "action", "safety_net")


@register(BodyArea)
class BodyAreaTranslation(TranslationOptions):
    fields = ("name", "hint")


@register(WarningSign)
class WarningSignTranslation(TranslationOptions):
    fields = ("question", "why", "first_aid", "worse_why")


@register(RiskGroup)
class RiskGroupTranslation(TranslationOptions):
    fields = ("label", "why")


@register(AgeBand)
class AgeBandTranslation(TranslationOptions):
    fields = ("label", "why", "advice")


@register(Clue)
class ClueTranslation(TranslationOptions):
    fields = ("label",)


@register(Cause)
class CauseTranslation(TranslationOptions):
    fields = ("name", "explanation", "self_care", "self_care_html")
