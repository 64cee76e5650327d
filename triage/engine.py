"""The symptom checker's decision engine: plain Python, no Django.

In: the person's answers and a rule set (built once from the data clinicians
edit in the admin). Out: how urgently to get help, the answers that set that
urgency, and the likely causes ranked by weighted evidence, each with the
answers that point to it.

Safety rules, from the clinical brief (../shared/brief/triage-seed.md):
- The urgency is the most urgent tier among the selected warning signs, and
  `self_care` when none is selected. An `emergency` sign therefore wins
  whatever else was answered.
- Every result carries the "get help if it gets worse" safety net of its tier
  (NHS 111 online does this for every outcome).
- Self-care advice for a cause is shown only when the urgency is `gp` or
  `self_care`: when a person needs help today, the result tells them to get
  it, not how to manage at home. At `gp`, it is not shown at all when a
  sign that set the urgency points to a cause with no safe self-care (a
  nerve, circulation or medicine problem): the doctor's visit is the advice.
- When signs set the urgency, the causes those signs point to are listed
  before everyday causes, whatever the other answers add up to.
- A cause that needs a doctor (it has no safe self-care) is not listed on
  the body area alone: "poor blood flow" for a calf cramp and nothing else
  would contradict a self-care result and alarm without reason.
- Likely causes are not listed for an `emergency`: a list of harmless causes
  next to a call for an ambulance could falsely reassure. For an `urgent`
  result only the causes that the urgent signs themselves point to are
  listed (fluid loss points to dehydration; a swollen leg to no listed
  cause, so "tired muscles" is never offered beside a possible blood clot).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Urgency tiers, most urgent first.
TIERS: tuple[str, ...] = ("emergency", "urgent", "gp", "self_care")
#: The tiers a warning sign can have: a sign that needs no help would never be asked.
SIGN_TIERS: tuple[str, ...] = ("emergency", "urgent", "gp")
#: How common a cause is, most common first; breaks ties between equal scores.
COMMONNESS: tuple[str, ...] = ("common", "less_common", "rare")
#: The kinds of answer that can point to a cause.
EVIDENCE_KINDS: tuple[str, ...] = ("area", "sign", "group", "clue")
#: Tiers at which self-care advice is safe to show.
SELF_CARE_TIERS = frozenset({"gp", "self_care"})
#: Tiers at which every likely cause is listed; at `urgent` only those the urgent signs point to.
CAUSE_TIERS = frozenset({"gp", "self_care"})


class InvalidAnswers(ValueError):
    """The answers name something the rule set does not know, or miss the area."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{name}: {problem}" for name, problem in self.problems.items()))


@dataclass(frozen=True)
class Choice:
    """Something a person can pick: a body area, a risk group or a clue."""

    slug: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Sign:
    """A warning sign: what the person is asked, how urgent it is, and why."""

    slug: str
    label: str
    tier: str
    why: str
    source: str
    areas: frozenset[str] = frozenset()  # empty: asked whatever the body area

    def applies_to(self, area: str) -> bool:
        """Return True when the checker should ask about this sign for `area`.

        Emergency signs are asked whatever the area, even if an editor listed areas.
        """
        return self.tier == "emergency" or not self.areas or area in self.areas


@dataclass(frozen=True)
class Evidence:
    """One answer that points to a cause, and how strongly."""

    kind: str
    slug: str
    weight: float


@dataclass(frozen=True)
class Cause:
    """A likely cause, with the evidence that points to it."""

    slug: str
    name: str
    explanation: str = ""
    how_common: str = "common"
    self_care: str = ""
    link: str = ""
    evidence: tuple[Evidence, ...] = ()
    position: int = 0


@dataclass(frozen=True)
class Tier:
    """What a person at this urgency is told to do."""

    slug: str
    title: str
    action: str
    safety_net: str


@dataclass(frozen=True)
class RuleSet:
    """Everything the engine decides with, keyed by slug."""

    tiers: Mapping[str, Tier]
    areas: Mapping[str, Choice]
    signs: Mapping[str, Sign]
    groups: Mapping[str, Choice]
    clues: Mapping[str, Choice]
    causes: tuple[Cause, ...]

    def signs_for(self, area: str, tiers: Iterable[str]) -> tuple[Sign, ...]:
        """Return the signs of the given tiers that apply to `area`, in order."""
        wanted = set(tiers)
        return tuple(s for s in self.signs.values() if s.tier in wanted and s.applies_to(area))

    def label_of(self, kind: str, slug: str) -> str:
        """Return what the person saw for an answer of this kind."""
        table = {"area": self.areas, "sign": self.signs, "group": self.groups, "clue": self.clues}[
            kind
        ]
        return table[slug].label


@dataclass(frozen=True)
class Answers:
    """One person's answers: one body area and any number of the rest."""

    area: str
    signs: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    clues: frozenset[str] = frozenset()

    def selected(self, kind: str) -> frozenset[str]:
        """Return the slugs answered for one kind of evidence."""
        return frozenset({self.area}) if kind == "area" else getattr(self, f"{kind}s")


@dataclass(frozen=True)
class Reason:
    """An answer, as the person gave it, that counts toward a cause."""

    kind: str
    slug: str
    label: str


@dataclass(frozen=True)
class RankedCause:
    """A cause in the result, with its score and the answers behind it."""

    cause: Cause
    score: float
    reasons: tuple[Reason, ...]

    @property
    def slug(self) -> str:
        return self.cause.slug


@dataclass(frozen=True)
class Result:
    """The outcome of a check: `causes` holds only the causes it is safe to list."""

    urgency: str
    tier: Tier
    deciding_signs: tuple[Sign, ...]
    causes: tuple[RankedCause, ...]
    show_self_care: bool
    answers: Answers = field(repr=False)

    @property
    def safety_net(self) -> str:
        return self.tier.safety_net


def validate(answers: Answers, rules: RuleSet) -> None:
    """Raise InvalidAnswers when the answers name anything the rules do not know."""
    problems = {}
    if not answers.area:
        problems["area"] = "choose one body area"
    elif answers.area not in rules.areas:
        problems["area"] = f"unknown body area {answers.area!r}"
    for kind, known in (("signs", rules.signs), ("groups", rules.groups), ("clues", rules.clues)):
        unknown = sorted(getattr(answers, kind) - known.keys())
        if unknown:
            problems[kind] = "unknown " + ", ".join(repr(slug) for slug in unknown)
    if problems:
        raise InvalidAnswers(problems)


def urgency_of(signs: Iterable[Sign]) -> str:
    """Return the most urgent tier among `signs`, or `self_care` for none."""
    return min((s.tier for s in signs), key=TIERS.index, default="self_care")


def rank_causes(answers: Answers, rules: RuleSet) -> tuple[RankedCause, ...]:
    """Return the causes with any matching evidence, best supported first."""
    ranked = []
    for cause in rules.causes:
        matched = [e for e in cause.evidence if e.slug in answers.selected(e.kind)]
        if not matched:
            continue
        reasons = tuple(Reason(e.kind, e.slug, rules.label_of(e.kind, e.slug)) for e in matched)
        ranked.append(RankedCause(cause, sum(e.weight for e in matched), reasons))
    ranked.sort(key=lambda r: (-r.score, _commonness(r.cause), r.cause.position, r.cause.slug))
    return tuple(ranked)


def assess(answers: Answers, rules: RuleSet) -> Result:
    """Return the urgency, its reasons and the ranked causes for one person's answers."""
    validate(answers, rules)
    selected_signs = [rules.signs[slug] for slug in answers.signs]
    urgency = urgency_of(selected_signs)
    deciding = tuple(
        s for s in rules.signs.values() if s.slug in answers.signs and s.tier == urgency
    )
    deciding_slugs = {s.slug for s in deciding}

    def from_deciding_sign(ranked: RankedCause) -> bool:
        return any(r.kind == "sign" and r.slug in deciding_slugs for r in ranked.reasons)

    ranked = tuple(
        r
        for r in rank_causes(answers, rules)
        if r.cause.self_care or any(reason.kind != "area" for reason in r.reasons)
    )
    signalled = tuple(r for r in ranked if from_deciding_sign(r))
    everyday = tuple(r for r in ranked if not from_deciding_sign(r))
    causes = signalled + everyday if urgency in CAUSE_TIERS else signalled
    show_self_care = urgency in SELF_CARE_TIERS and all(r.cause.self_care for r in signalled)
    return Result(
        urgency=urgency,
        tier=rules.tiers[urgency],
        deciding_signs=deciding,
        causes=causes,
        show_self_care=show_self_care,
        answers=answers,
    )


def _commonness(cause: Cause) -> int:
    return COMMONNESS.index(cause.how_common) if cause.how_common in COMMONNESS else len(COMMONNESS)


def build_rules(
    *,
    tiers: Iterable[Mapping],
    areas: Iterable[Mapping],
    signs: Iterable[Mapping],
    groups: Iterable[Mapping],
    clues: Iterable[Mapping],
    causes: Iterable[Mapping],
) -> RuleSet:
    """Return a RuleSet from plain records (the seed format, or rows read from the database).

    Raises ValueError when the records contradict each other: an unknown
    tier, or evidence naming an answer that does not exist.
    """
    tier_map = {t["slug"]: Tier(t["slug"], t["title"], t["action"], t["safety_net"]) for t in tiers}
    if set(tier_map) != set(TIERS):
        raise ValueError(f"the rules need exactly the tiers {TIERS}, not {sorted(tier_map)}")
    area_map = {a["slug"]: Choice(a["slug"], a["name"], a.get("hint", "")) for a in areas}
    sign_map = {}
    for s in signs:
        if s["tier"] not in SIGN_TIERS:
            raise ValueError(f"sign {s['slug']!r} has unknown tier {s['tier']!r}")
        sign_map[s["slug"]] = Sign(
            s["slug"],
            s["question"],
            s["tier"],
            s.get("why", ""),
            s.get("source", ""),
            frozenset(s.get("areas", ())),
        )
    group_map = {g["slug"]: Choice(g["slug"], g["label"]) for g in groups}
    clue_map = {c["slug"]: Choice(c["slug"], c["label"]) for c in clues}
    known = {"area": area_map, "sign": sign_map, "group": group_map, "clue": clue_map}
    cause_list = []
    for position, c in enumerate(causes):
        evidence = []
        for kind, slug, weight in c.get("evidence", ()):
            if kind not in known or slug not in known[kind]:
                raise ValueError(f"cause {c['slug']!r} cites unknown {kind} {slug!r}")
            evidence.append(Evidence(kind, slug, float(weight)))
        cause_list.append(
            Cause(
                slug=c["slug"],
                name=c["name"],
                explanation=c.get("explanation", ""),
                how_common=c.get("how_common", "common"),
                self_care=c.get("self_care", ""),
                link=c.get("link", ""),
                evidence=tuple(evidence),
                position=c.get("position", position),
            )
        )
    return RuleSet(
        tiers=MappingProxyType(tier_map),
        areas=MappingProxyType(area_map),
        signs=MappingProxyType(sign_map),
        groups=MappingProxyType(group_map),
        clues=MappingProxyType(clue_map),
        causes=tuple(cause_list),
    )
