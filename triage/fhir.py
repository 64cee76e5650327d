"""The checker in FHIR R4 terms, for people who take their answers to a clinician.

`questionnaire()` publishes the checker's questions as a `Questionnaire`,
built from the published rules: one item per question, keyed by the answer's
field name, each answer option coded by its slug (the code system of a kind
of answer is the questionnaire's address with the kind as a fragment). Two
read-only items carry the outcome: the urgency and the causes listed.

`questionnaire_response()` turns one person's answers and result into a
`QuestionnaireResponse` that references the questionnaire by its address and
the rules' version. It is made on the fly for a download and never stored.

Both are validated with `fhir.resources` (its R4B models; R4B is the
technical correction of R4 and left these two resources unchanged), so
nothing malformed is ever served. The texts are the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.site import with_emergency_numbers
from triage import engine
from triage.wording import about_someone_else

#: The content type of a FHIR resource in JSON.
FHIR_JSON = "application/fhir+json"


@dataclass(frozen=True)
class Question:
    """One of the checker's questions: its answers' field name (the item's link id), its
    text (the printed summary's), the kind of answer (the code system's fragment) and
    the answers it offers as (slug, label) pairs."""

    link_id: str
    text: str
    kind: str
    choices: tuple[tuple[str, str], ...]
    required: bool = False
    repeats: bool = False
    read_only: bool = False


def questions(rules: engine.RuleSet) -> tuple[Question, ...]:
    """Return the checker's questions, then the outcome's two read-only items."""

    def pairs(choices) -> tuple[tuple[str, str], ...]:
        return tuple((choice.slug, choice.label) for choice in choices)

    return (
        Question(
            "who",
            _("Who"),
            "who",
            (("me", _("The person answering")), ("someone-else", _("Someone else"))),
        ),
        Question("area", _("Where"), "area", pairs(rules.areas.values()), required=True),
        Question("timing", _("When"), "timing", pairs(rules.clues_of("timing"))),
        Question("age", _("Age"), "age", pairs(rules.ages.values())),
        Question("signs", _("Warning signs"), "sign", pairs(rules.signs.values()), repeats=True),
        Question(
            "groups",
            _("About the person and their medicines"),
            "group",
            pairs(rules.groups.values()),
            repeats=True,
        ),
        Question(
            "clues", _("About the spasms"), "clue", pairs(rules.clues_of("clue")), repeats=True
        ),
        Question(
            "urgency",
            _("Result"),
            "urgency",
            tuple((tier.slug, tier.title) for tier in rules.tiers.values()),
            read_only=True,
        ),
        Question(
            "causes",
            _("What might be causing it"),
            "cause",
            tuple((cause.slug, cause.name) for cause in rules.causes),
            repeats=True,
            read_only=True,
        ),
    )


def _coding(url: str, kind: str, slug: str, label: str) -> dict[str, str]:
    return {"system": f"{url}#{kind}", "code": slug, "display": with_emergency_numbers(label)}


def questionnaire(rules: engine.RuleSet, url: str) -> dict[str, Any]:
    """Return the checker's questions as a FHIR `Questionnaire` (JSON-ready), at `url`."""
    items = []
    for question in questions(rules):
        item: dict[str, Any] = {"linkId": question.link_id, "text": question.text, "type": "choice"}
        if question.required:
            item["required"] = True
        if question.repeats:
            item["repeats"] = True
        if question.read_only:
            item["readOnly"] = True
        item["answerOption"] = [
            {"valueCoding": _coding(url, question.kind, slug, label)}
            for slug, label in question.choices
        ]
        items.append(item)
    resource = {
        "resourceType": "Questionnaire",
        "id": "clearcare-checker",
        "language": get_language(),
        "url": url,
        "version": _version(rules),
        "name": "ClearcareSymptomChecker",
        "title": _("Clearcare symptom checker: muscle spasms, cramps and twitches"),
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": "Clearcare",
        "description": _(
            "The questions Clearcare's symptom checker asks about a muscle spasm, cramp or "
            "twitch, and the advice it gives: how soon to get help and what might be causing it."
        ),
        "item": items,
    }
    return _validated("questionnaire", resource)


def questionnaire_response(
    result: engine.Result,
    rules: engine.RuleSet,
    url: str,
    who: str = "",
    *,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Return one check's answers and outcome as a FHIR `QuestionnaireResponse` (JSON-ready).

    Every answer given is an item, worded as the result page words it; a
    question left unanswered has no item (FHIR allows no item without an
    answer). Nothing here is stored.
    """
    answers = result.answers
    given = {
        "who": {who} if who else set(),
        "area": {answers.area},
        "timing": {answers.timing} if answers.timing else set(),
        "age": {answers.age} if answers.age else set(),
        "signs": answers.signs,
        "groups": answers.groups,
        "clues": answers.clues,
        "urgency": {result.urgency},
        "causes": {ranked.slug for ranked in result.causes[:5]},
    }
    # Worded as the result page words them: about "they" when answering for someone else.
    worded = (
        (lambda label: about_someone_else(label, get_language())) if who == "someone-else" else str
    )
    items = []
    for question in questions(rules):
        codings = [
            _coding(url, question.kind, slug, label if question.read_only else worded(label))
            for slug, label in question.choices
            if slug in given[question.link_id]
        ]
        if codings:
            items.append(
                {
                    "linkId": question.link_id,
                    "text": question.text,
                    "answer": [{"valueCoding": coding} for coding in codings],
                }
            )
    resource = {
        "resourceType": "QuestionnaireResponse",
        "language": get_language(),
        "questionnaire": f"{url}|{_version(rules)}",
        "status": "completed",
        "authored": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "item": items,
    }
    return _validated("response", resource)


def _version(rules: engine.RuleSet) -> str:
    """The published rule set's number; "working" for staff trying unpublished rules."""
    return str(rules.number) if rules.number else "working"


def _validated(kind: str, resource: dict[str, Any]) -> dict[str, Any]:
    """Check `resource` against the FHIR models and return it as they write it."""
    # Imported here: the models take a quarter of a second to load, and only these
    # two addresses need them.
    if kind == "questionnaire":
        from fhir.resources.R4B.questionnaire import Questionnaire as Model
    else:
        from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse as Model
    return Model.model_validate(resource).model_dump(mode="json", by_alias=True, exclude_none=True)
