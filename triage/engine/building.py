"""Build a rule set from plain records (the database's rows, or the starter files)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from triage.engine.rules import AgeBand, Cause, Choice, Evidence, RuleSet, Sign, Tier
from triage.engine.vocabulary import CLUE_KINDS, GROUP_KINDS, SIGN_TIERS, TIERS


def _floor(record: Mapping, what: str) -> dict[str, str]:
    """The minimum urgency an answer sets, with its reason and source (all empty for none)."""
    tier = record.get("tier", "") or ""
    if tier and tier not in SIGN_TIERS:
        raise ValueError(f"{what} {record['slug']!r} has unknown tier {tier!r}")
    return {"tier": tier, "why": record.get("why", ""), "source": record.get("source", "")}


def _kind(record: Mapping, kinds: Mapping[str, str], what: str) -> str:
    """The question that offers an answer: one of `kinds`, the first when none is given."""
    kind = record.get("kind", "") or next(iter(kinds))
    if kind not in kinds:
        raise ValueError(f"{what} {record['slug']!r} is asked in unknown question {kind!r}")
    return kind


def build_rules(
    *,
    tiers: Iterable[Mapping],
    areas: Iterable[Mapping],
    signs: Iterable[Mapping],
    groups: Iterable[Mapping],
    clues: Iterable[Mapping],
    causes: Iterable[Mapping],
    ages: Iterable[Mapping] = (),
    version: str = "",
    number: int = 0,
) -> RuleSet:
    """Return a RuleSet from plain records (the seed format, or rows read from the database).

    Raises ValueError when the records contradict each other: an unknown
    tier, or evidence, an area or a group naming an answer that does not exist.
    """
    tier_map = {t["slug"]: Tier(t["slug"], t["title"], t["action"], t["safety_net"]) for t in tiers}
    if set(tier_map) != set(TIERS):
        raise ValueError(f"the rules need exactly the tiers {TIERS}, not {sorted(tier_map)}")
    area_map = {a["slug"]: Choice(a["slug"], a["name"], a.get("hint", "")) for a in areas}
    group_map = {
        g["slug"]: Choice(
            g["slug"],
            g["label"],
            **_floor(g, "risk group"),
            kind=_kind(g, GROUP_KINDS, "risk group"),
        )
        for g in groups
    }
    age_map = {}
    for a in ages:
        if a.get("group") and a["group"] not in group_map:
            raise ValueError(f"age band {a['slug']!r} counts as unknown group {a['group']!r}")
        age_map[a["slug"]] = AgeBand(
            a["slug"],
            a["label"],
            **_floor(a, "age band"),
            group=a.get("group", "") or "",
            advice=a.get("advice", ""),
        )
    sign_map = {}
    for s in signs:
        if s["tier"] not in SIGN_TIERS:
            raise ValueError(f"sign {s['slug']!r} has unknown tier {s['tier']!r}")
        _check_known(s, "areas", area_map, "sign")
        _check_known(s, "groups", group_map, "sign")
        worse_tier = s.get("worse_tier", "") or ""
        if worse_tier and worse_tier not in SIGN_TIERS:
            raise ValueError(f"sign {s['slug']!r} has unknown tier {worse_tier!r}")
        sign_map[s["slug"]] = Sign(
            s["slug"],
            s["question"],
            s["tier"],
            s.get("why", ""),
            s.get("source", ""),
            frozenset(s.get("areas", ())),
            frozenset(s.get("groups", ())),
            s.get("first_aid", ""),
            frozenset(s.get("worse_with", ())),
            worse_tier,
            s.get("worse_why", ""),
            theme=s.get("theme", "") or "",
        )
    for sign in sign_map.values():
        if sign.worse_with - sign_map.keys():
            raise ValueError(f"sign {sign.slug!r} is worse with unknown signs")
    clue_map = {
        c["slug"]: Choice(c["slug"], c["label"], kind=_kind(c, CLUE_KINDS, "clue")) for c in clues
    }
    known = {"area": area_map, "sign": sign_map, "group": group_map, "clue": clue_map}
    cause_list = []
    for position, c in enumerate(causes):
        evidence = []
        for kind, slug, weight in c.get("evidence", ()):
            if kind not in known or slug not in known[kind]:
                raise ValueError(f"cause {c['slug']!r} cites unknown {kind} {slug!r}")
            evidence.append(Evidence(kind, slug, float(weight)))
        tier = c.get("tier", "self_care")
        if tier not in TIERS:
            raise ValueError(f"cause {c['slug']!r} has unknown tier {tier!r}")
        _check_known(c, "areas", area_map, "cause")
        cause_list.append(
            Cause(
                slug=c["slug"],
                name=c["name"],
                evidence=tuple(evidence),
                tier=tier,
                how_common=c.get("how_common", "common"),
                position=c.get("position", position),
                areas=frozenset(c.get("areas", ())),
                explanation=c.get("explanation", ""),
                self_care=c.get("self_care", ""),
                link=c.get("link", ""),
                source=c.get("source", ""),
            )
        )
    return RuleSet(
        tiers=MappingProxyType(tier_map),
        areas=MappingProxyType(area_map),
        signs=MappingProxyType(sign_map),
        groups=MappingProxyType(group_map),
        clues=MappingProxyType(clue_map),
        causes=tuple(cause_list),
        ages=MappingProxyType(age_map),
        version=version,
        number=number,
    )


def _check_known(record: Mapping, key: str, known: Mapping, what: str) -> None:
    unknown = sorted(set(record.get(key, ())) - known.keys())
    if unknown:
        raise ValueError(f"{what} {record['slug']!r} names unknown {key} {unknown}")
