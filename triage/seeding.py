"""Load the checker's starter rules (content/checker/*.toml): adds what is missing, never changes what editors made.

Each record is matched by its slug (a safety case by its name). One that
already exists is left exactly as it is, with its links and evidence, and
one the seed added before (recorded in SeedRecord) is never added again,
even if an editor deleted it. So `seed` is safe to run on every start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from core.content import StarterRules
from core.models import SeedRecord
from education.models import Section
from triage import engine
from triage import models as checker
from triage.rules import rules_changed


@dataclass
class TriageSeedReport:
    """How many records of each kind one run of the seed added."""

    added: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        if not any(self.added.values()):
            return "Symptom checker: nothing to add; all seed rules are already there."
        counts = ", ".join(f"{n} {kind}" for kind, n in self.added.items() if n)
        return f"Symptom checker: added {counts}."


def _fields(record: dict, required: tuple = (), optional: tuple = ()) -> dict:
    """A record's values for these model fields; an optional one left out is empty."""
    return {**{name: record[name] for name in required}, **{n: record.get(n, "") for n in optional}}


def _create_missing(model, records: list[dict], defaults, key: str = "slug") -> tuple[dict, list]:
    """Create the records never seeded before and not in the table; return all by key and the new.

    `defaults(record)` gives a new record's other fields; `key` names it (a slug unless said);
    lists keep the files' order (position 0, 10, 20...), so an editor can put a new one in
    between. Texts in other languages are added too (see `_translate`).
    """
    ordered = any(f.name == "position" for f in model._meta.fields)
    translated = _translated_fields(model)
    keys = [r[key] for r in records]
    kind = model._meta.label_lower
    fresh = SeedRecord.unseen(kind, keys)
    existing = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": keys})}
    created = []
    for position, record in enumerate(records):
        obj = existing.get(record[key])
        if obj is not None:
            if _translate(obj, record, translated):
                obj.save()
            continue
        if record[key] not in fresh:
            continue
        obj = model(**{key: record[key]}, **defaults(record))
        if ordered:
            obj.position = position * 10
        _translate(obj, record, translated)
        obj.save()
        existing[record[key]] = obj
        created.append((obj, record))
    SeedRecord.remember(kind, keys)
    return existing, created


def _translated_fields(model) -> tuple[str, ...]:
    """The fields of `model` that have a text in each language (triage/translation.py)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def _translate(obj, record: dict, fields: tuple[str, ...]) -> bool:
    """Give `obj` the texts in other languages that its file has and it lacks; return True
    when one was added.

    A file's `es.question` is the Spanish of `question`. Only an empty text is filled, so an
    editor's translation is never replaced; the public checker shows them once a clinical
    reviewer publishes the rules.
    """
    added = False
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        for name, text in record.get(code, {}).items():
            column = f"{name}_{code}"
            if name in fields and text and not getattr(obj, column):
                setattr(obj, column, text)
                added = True
    return added


@transaction.atomic
def seed_triage(rules: StarterRules) -> TriageSeedReport:
    """Create the tiers, areas, groups, age bands, signs, clues, causes, safety cases and hazards that are missing.

    `rules` are the starter rules read from content/checker/ (core.content.starter_rules()).
    """
    report = TriageSeedReport()
    _, new = _create_missing(
        checker.Tier,
        rules.tiers,
        lambda r: _fields(r, ("title", "action", "safety_net"), ("article_phrases",)),
    )
    report.added["tiers"] = len(new)
    areas, new = _create_missing(
        checker.BodyArea,
        rules.areas,
        lambda r: _fields(r, ("name",), ("hint",)),
    )
    report.added["body areas"] = len(new)
    added = {("area", obj.slug) for obj, _ in new}  # answers new in this run
    groups, new = _create_missing(
        checker.RiskGroup,
        rules.groups,
        lambda r: {
            **_fields(r, ("label", "why"), ("tier", "source")),
            "kind": r.get("kind", next(iter(engine.GROUP_KINDS))),
        },
    )
    report.added["risk groups"] = len(new)
    added |= {("group", obj.slug) for obj, _ in new}
    ages, new = _create_missing(
        checker.AgeBand,
        rules.ages,
        lambda r: {
            **_fields(r, ("label",), ("tier", "why", "source", "advice")),
            "group": groups.get(r.get("group", "")),
        },
    )
    report.added["age bands"] = len(new)
    signs, new = _create_missing(
        checker.WarningSign,
        rules.signs,
        lambda r: _fields(
            r,
            ("question", "tier", "why", "source"),
            ("first_aid", "article_phrases", "theme", "worse_tier", "worse_why"),
        ),
    )
    for sign, record in new:
        sign.areas.set([areas[slug] for slug in record.get("areas", ()) if slug in areas])
        sign.groups.set([groups[slug] for slug in record.get("groups", ()) if slug in groups])
        sign.worse_with.set([signs[slug] for slug in record.get("worse_with", ()) if slug in signs])
    report.added["warning signs"] = len(new)
    added |= {("sign", obj.slug) for obj, _ in new}
    clues, new = _create_missing(
        checker.Clue,
        rules.clues,
        lambda r: {"label": r["label"], "kind": r.get("kind", next(iter(engine.CLUE_KINDS)))},
    )
    report.added["clues"] = len(new)
    added |= {("clue", obj.slug) for obj, _ in new}
    answers = {"area": areas, "sign": signs, "group": groups, "clue": clues}
    causes, new = _create_missing(
        checker.Cause,
        rules.causes,
        lambda r: {
            **_fields(r, ("name", "explanation", "how_common"), ("self_care", "source")),
            "tier": r.get("tier", "self_care"),
            "section": Section.objects.filter(
                article__slug=r["article"], anchor=r["anchor"]
            ).first(),
        },
    )
    for cause, record in new:
        cause.areas.set([areas[slug] for slug in record.get("areas", ()) if slug in areas])
    checker.Evidence.objects.bulk_create(
        checker.Evidence(cause=cause, weight=weight, **{kind: answers[kind][slug]})
        for cause, record in new
        for kind, slug, weight in record["evidence"]
    )
    # A cause that was already there keeps its evidence as editors left it; an answer
    # that is new in this run brings the evidence it gives to existing causes with it.
    fresh = {cause.pk for cause, _ in new}
    checker.Evidence.objects.bulk_create(
        checker.Evidence(cause=causes[record["slug"]], weight=weight, **{kind: answers[kind][slug]})
        for record in rules.causes
        if record["slug"] in causes and causes[record["slug"]].pk not in fresh
        for kind, slug, weight in record["evidence"]
        if (kind, slug) in added
    )
    report.added["causes"] = len(new)
    _, new = _create_missing(
        checker.SafetyCase,
        rules.safety_cases,
        lambda r: {
            "area": areas[r["area"]],
            "age": ages.get(r.get("age", "")),
            "timing": clues.get(r.get("timing", "")),
            "expected_tier": r["expected_tier"],
            "note": r.get("note", ""),
        },
        key="name",
    )
    for case, record in new:
        case.signs.set([signs[slug] for slug in record["signs"]])
        case.groups.set([groups[slug] for slug in record["groups"]])
        case.clues.set([clues[slug] for slug in record["clues"]])
        case.expected_causes.set([causes[slug] for slug in record["expected_top3"]])
        case.expected_absent.set([causes[slug] for slug in record.get("expected_absent", ())])
    report.added["safety cases"] = len(new)
    cases = {case.name: case for case in checker.SafetyCase.objects.all()}
    _, new = _create_missing(
        checker.Hazard,
        rules.hazards,
        lambda r: {key: value for key, value in r.items() if key not in {"reference", "cases"}},
        key="reference",
    )
    for hazard, record in new:
        hazard.safety_cases.set([cases[name] for name in record["cases"] if name in cases])
    report.added["hazards"] = len(new)
    if any(report.added.values()):
        rules_changed()  # bulk_create sends no signals
    return report
