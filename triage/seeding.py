"""Load the checker's starter rules (content/checker/*.toml): adds what is missing, never changes what editors made.

Each record is matched by its slug (a safety case by its name). One that
already exists is left exactly as it is, with its links and evidence, and
one the seed added before (recorded in SeedRecord) is never added again,
even if an editor deleted it. So `seed` is safe to run on every start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from core.content import StarterRules
from core.models import SeedRecord
from education.models import Section
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
)
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


def _create_missing(model, key: str, records: list[dict], defaults) -> tuple[dict, list]:
    """Create the records never seeded before and not in the table; return all by key and the new."""
    keys = [r[key] for r in records]
    kind = model._meta.label_lower
    fresh = SeedRecord.unseen(kind, keys)
    existing = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": keys})}
    created = []
    for position, record in enumerate(records):
        if record[key] in existing or record[key] not in fresh:
            continue
        obj = model(**{key: record[key]}, **defaults(record, position))
        obj.save()
        existing[record[key]] = obj
        created.append((obj, record))
    SeedRecord.remember(kind, keys)
    return existing, created


@transaction.atomic
def seed_triage(rules: StarterRules) -> TriageSeedReport:
    """Create the tiers, areas, groups, age bands, signs, clues, causes, safety cases and hazards that are missing.

    `rules` are the starter rules read from content/checker/ (core.content.starter_rules()).
    """
    report = TriageSeedReport()
    _, new = _create_missing(
        Tier,
        "slug",
        rules.tiers,
        lambda r, _: {
            "title": r["title"],
            "action": r["action"],
            "safety_net": r["safety_net"],
            "article_phrases": r.get("article_phrases", ""),
        },
    )
    report.added["tiers"] = len(new)
    areas, new = _create_missing(
        BodyArea,
        "slug",
        rules.areas,
        lambda r, i: {"name": r["name"], "hint": r.get("hint", ""), "position": i * 10},
    )
    report.added["body areas"] = len(new)
    added = {("area", obj.slug) for obj, _ in new}  # answers new in this run
    groups, new = _create_missing(
        RiskGroup,
        "slug",
        rules.groups,
        lambda r, i: {
            "label": r["label"],
            "why": r["why"],
            "tier": r.get("tier", ""),
            "source": r.get("source", ""),
            "kind": r.get("kind", RiskGroup.Kind.ABOUT),
            "position": i * 10,
        },
    )
    report.added["risk groups"] = len(new)
    added |= {("group", obj.slug) for obj, _ in new}
    ages, new = _create_missing(
        AgeBand,
        "slug",
        rules.ages,
        lambda r, i: {
            "label": r["label"],
            "tier": r.get("tier", ""),
            "why": r.get("why", ""),
            "source": r.get("source", ""),
            "advice": r.get("advice", ""),
            "group": groups.get(r.get("group", "")),
            "position": i * 10,
        },
    )
    report.added["age bands"] = len(new)
    signs, new = _create_missing(
        WarningSign,
        "slug",
        rules.signs,
        lambda r, i: {
            "question": r["question"],
            "tier": r["tier"],
            "why": r["why"],
            "source": r["source"],
            "first_aid": r.get("first_aid", ""),
            "article_phrases": r.get("article_phrases", ""),
            "theme": r.get("theme", ""),
            "worse_tier": r.get("worse_tier", ""),
            "worse_why": r.get("worse_why", ""),
            "position": i * 10,
        },
    )
    for sign, record in new:
        sign.areas.set([areas[slug] for slug in record.get("areas", ()) if slug in areas])
        sign.groups.set([groups[slug] for slug in record.get("groups", ()) if slug in groups])
        sign.worse_with.set([signs[slug] for slug in record.get("worse_with", ()) if slug in signs])
    report.added["warning signs"] = len(new)
    added |= {("sign", obj.slug) for obj, _ in new}
    clues, new = _create_missing(
        Clue,
        "slug",
        rules.clues,
        lambda r, i: {
            "label": r["label"],
            "kind": r.get("kind", Clue.Kind.CLUE),
            "position": i * 10,
        },
    )
    report.added["clues"] = len(new)
    added |= {("clue", obj.slug) for obj, _ in new}
    answers = {"area": areas, "sign": signs, "group": groups, "clue": clues}
    causes, new = _create_missing(
        Cause,
        "slug",
        rules.causes,
        lambda r, i: {
            "name": r["name"],
            "explanation": r["explanation"],
            "how_common": r["how_common"],
            "self_care": r.get("self_care", ""),
            "tier": r.get("tier", "self_care"),
            "source": r.get("source", ""),
            "position": i * 10,
            "section": Section.objects.filter(
                article__slug=r["article"], anchor=r["anchor"]
            ).first(),
        },
    )
    for cause, record in new:
        cause.areas.set([areas[slug] for slug in record.get("areas", ()) if slug in areas])
    Evidence.objects.bulk_create(
        Evidence(cause=cause, weight=weight, **{kind: answers[kind][slug]})
        for cause, record in new
        for kind, slug, weight in record["evidence"]
    )
    # A cause that was already there keeps its evidence as editors left it; an answer
    # that is new in this run brings the evidence it gives to existing causes with it.
    fresh = {cause.pk for cause, _ in new}
    Evidence.objects.bulk_create(
        Evidence(cause=causes[record["slug"]], weight=weight, **{kind: answers[kind][slug]})
        for record in rules.causes
        if record["slug"] in causes and causes[record["slug"]].pk not in fresh
        for kind, slug, weight in record["evidence"]
        if (kind, slug) in added
    )
    report.added["causes"] = len(new)
    _, new = _create_missing(
        SafetyCase,
        "name",
        rules.safety_cases,
        lambda r, _: {
            "area": areas[r["area"]],
            "age": ages.get(r.get("age", "")),
            "timing": clues.get(r.get("timing", "")),
            "expected_tier": r["expected_tier"],
            "note": r.get("note", ""),
        },
    )
    for case, record in new:
        case.signs.set([signs[slug] for slug in record["signs"]])
        case.groups.set([groups[slug] for slug in record["groups"]])
        case.clues.set([clues[slug] for slug in record["clues"]])
        case.expected_causes.set([causes[slug] for slug in record["expected_top3"]])
        case.expected_absent.set([causes[slug] for slug in record.get("expected_absent", ())])
    report.added["safety cases"] = len(new)
    cases = {case.name: case for case in SafetyCase.objects.all()}
    _, new = _create_missing(
        Hazard,
        "reference",
        rules.hazards,
        lambda r, _: {key: value for key, value in r.items() if key not in {"reference", "cases"}},
    )
    for hazard, record in new:
        hazard.safety_cases.set([cases[name] for name in record["cases"] if name in cases])
    report.added["hazards"] = len(new)
    if any(report.added.values()):
        rules_changed()  # bulk_create sends no signals
    return report
