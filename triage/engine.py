"""The symptom checker's decision engine: plain Python, no Django.

In: the person's answers and a rule set (built once from the data clinicians
edit in the admin). Out: how urgently to get help, the answers that set that
urgency, and the likely causes ranked by weighted evidence, each with the
answers that point to it.

Safety rules (each one has a test in tests/triage/test_engine.py and, over the
whole answer space, in tests/triage/test_engine_properties.py):

Urgency
- The urgency is the most urgent tier among the selected warning signs and
  the floors of the answers that carry one, and `self_care` when there is
  none. An `emergency` sign therefore wins whatever else was answered.
- A risk group or an age band can carry a floor: answering it means at least
  that urgency (a known liver, kidney, thyroid or nerve condition with new or
  changed spasms is at least `gp`; a child under 16 is at least `gp`, because
  the rules are written for adults).
- Emergency signs are asked for every body area and every person. Other signs
  can be limited to some areas and to some risk groups (a pregnancy sign is
  asked only when the person is pregnant; a sign about a medicine, such as
  muscle pain on a statin, only when they take it, take "any other
  medicine" or changed one); the flow asks the groups before the signs, so
  no sign is hidden behind an answer given later. A sign that is posted
  counts whether or not it was asked.
- When the age is not answered (the one-POST contract makes it optional), the
  result is for an adult, and says so.
- Medicines and changes to them are risk groups too: a change to a medicine
  (started, dose changed, added, stopped or missed) or long-term water
  tablets is at least `gp`; the dangerous reactions are warning signs.
- The timing (happening now, stopped today, on and off) counts as a clue: it
  never sets the urgency, and emergency signs count for the last 24 hours
  whatever it says. Who is answering (the person, or someone for them) is
  not an answer the engine sees: it changes the wording, never the advice.
- Every result carries the "get help if it gets worse" safety net of its tier
  (NHS 111 online does this for every outcome).

Causes
- A cause is never listed on the body area alone: at least one answer that is
  not the area (a sign, a risk group or a clue) must point to it. "Several
  places" or "calf" alone lists nothing, and alarms no one.
- Every cause names the body areas it can explain (none named: any area),
  and is never listed for another area, whatever else points to it:
  night-time leg cramps are never offered for a hand, nor a trapped nerve in
  the back for numbness in the face.
- No result lists a cause whose own urgency is above the result's: such a
  cause is left out, not allowed to raise the urgency (weak evidence, like
  being 65 or over, must not send a person to a doctor; the signs and floors
  that really need a doctor set the urgency themselves). So "poor blood flow,
  a doctor should check this" never appears under "look after this at home".
- Likely causes are not listed for an `emergency`: a list of harmless causes
  next to a call for an ambulance could falsely reassure. For an `urgent`
  result only the causes that the urgent signs themselves point to are
  listed (fluid loss points to dehydration; a swollen leg to no listed
  cause, so "tired muscles" is never offered beside a possible blood clot).
- When signs or risk groups set the urgency, the causes they point to are
  listed before everyday causes, whatever the other answers add up to (a
  medicine started last week that makes the result "see a doctor" lists
  the medicine first).
- A list that does not frighten: within each of those two parts, a common
  cause that needs no doctor always comes before a less common cause that
  does (a "serious" cause: its own tier is above `self_care`), whatever the
  scores. So without a ticked warning sign (or a risk group that set the
  urgency) that points to it, a rare, serious cause is never ranked above a
  common, harmless one; such an answer lifts it into the first part (pain
  in the calf when walking, to poor blood flow; a medicine started, to the
  medicine). Among equals, the higher score, then the more common cause,
  comes first.
- The wording follows the strength of the evidence: the causes are called
  "likely" only when one listed has answers other than the area worth at
  least STRONG_EVIDENCE (an answer that on its own makes a cause
  likely, such as "the spasms started after a new medicine"); otherwise they
  are "possible" causes.

Self-care
- Self-care advice is shown only when the urgency is `gp` or `self_care`:
  when a person needs help today, the result tells them to get it, not how to
  manage at home. At `gp`, it is not shown when a sign that set the urgency
  points to a cause with no safe self-care (a nerve, circulation or medicine
  problem): the doctor's visit is the advice. It is never shown when a risk
  group or the age band set the urgency: the steps are written for healthy
  adults (a child, or a person on dialysis told to drink water, needs their
  doctor's advice instead).
- Some signs are worse together: a sign can name other signs that, ticked
  with it, raise the urgency (serotonin syndrome with a high temperature is
  an emergency). The pair then appears among the reasons, with its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: Urgency tiers, most urgent first, with what each means (the admin's choices).
TIER_MEANINGS: Mapping[str, str] = MappingProxyType(
    {
        "emergency": "Emergency: call the emergency number now",
        "urgent": "Urgent: get medical help today",
        "gp": "See a doctor in the next few days",
        "self_care": "Self-care at home",
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
    {"common": "Common", "less_common": "Less common", "rare": "Rare"}
)
#: The themes the other warning signs are grouped under when the checker asks them,
#: in order: (slug, the heading the person sees). Emergency signs are asked as one list.
SIGN_THEMES: tuple[tuple[str, str], ...] = (
    ("pain", "Pain and cramps"),
    ("nerves", "Weakness, numbness, twitching or shaking"),
    ("body", "Swelling, fever, fluid loss or a wound in the last few days"),
    ("medicines", "Medicines and alcohol"),
    ("pregnancy", "Pregnancy and birth"),
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
    {"self_care": "Safe to look after at home", "gp": "A doctor should check it"}
)


def rank_of(tier: str) -> int:
    """Return the place of `tier` in TIERS: 0 for `emergency`, the most urgent."""
    return TIERS.index(tier)


class InvalidAnswers(ValueError):
    """The answers name something the rule set does not know, or miss the area."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{name}: {problem}" for name, problem in self.problems.items()))


@dataclass(frozen=True)
class Choice:
    """Something a person can pick: a body area, a risk group, a clue or an age band.

    `tier`, when set, is a floor: picking this means at least that urgency,
    for the reason in `why`, from `source`.
    """

    slug: str
    label: str
    hint: str = ""
    tier: str = ""
    why: str = ""
    source: str = ""
    #: Which question offers it: for groups "about", "medicine" or "change"; for clues
    #: "clue" or "timing" (timing is one answer, posted as `timing`).
    kind: str = ""


@dataclass(frozen=True)
class AgeBand(Choice):
    """How old the person with the symptoms is.

    `group` names the risk group this band counts as (65 or over counts as
    `older-adult`); `advice` is shown at the top of the result for this band.
    """

    group: str = ""
    advice: str = ""


@dataclass(frozen=True)
class Sign:
    """A warning sign: what the person is asked, how urgent it is, and why."""

    slug: str
    label: str
    tier: str
    why: str
    source: str
    areas: frozenset[str] = frozenset()  # empty: asked whatever the body area
    groups: frozenset[str] = frozenset()  # empty: asked whoever the person is
    first_aid: str = ""
    #: Ticked with any of `worse_with`, this sign needs `worse_tier`, for `worse_why`.
    worse_with: frozenset[str] = frozenset()
    worse_tier: str = ""
    worse_why: str = ""
    #: Which heading the checker asks it under (one of SIGN_THEMES; "" for the last group).
    theme: str = ""

    def worse_together(self, ticked: Iterable[Sign]) -> Choice | None:
        """Return the combined reason when another ticked sign makes this one worse."""
        others = [s for s in ticked if s.slug in self.worse_with]
        if not (self.worse_tier and others):
            return None
        return Choice(
            f"{self.slug}+{'+'.join(s.slug for s in others)}",
            " and ".join([self.label, *(s.label for s in others)]),
            tier=self.worse_tier,
            why=self.worse_why,
            source=self.source,
        )

    def applies_to(self, area: str, groups: Iterable[str] | None = None) -> bool:
        """Return True when the checker should ask about this sign for `area` and `groups`.

        Emergency signs are asked whatever the area and whoever the person,
        even if an editor listed areas or groups. `groups=None` skips the
        group condition (the groups are not known yet).
        """
        if self.tier == "emergency":
            return True
        if self.areas and area not in self.areas:
            return False
        return groups is None or not self.groups or bool(self.groups & set(groups))


@dataclass(frozen=True)
class Evidence:
    """One answer that points to a cause, and how strongly."""

    kind: str
    slug: str
    weight: float


@dataclass(frozen=True)
class Cause:
    """A likely cause, with the evidence that points to it.

    `tier` is the cause's own urgency: `self_care` when a person can safely
    look after it at home, `gp` when a doctor should check it. `areas` are the
    body areas it can explain (empty: any).
    """

    slug: str
    name: str
    explanation: str = ""
    how_common: str = "common"
    self_care: str = ""
    link: str = ""
    evidence: tuple[Evidence, ...] = ()
    position: int = 0
    tier: str = "self_care"
    areas: frozenset[str] = frozenset()
    source: str = ""

    def explains(self, area: str) -> bool:
        """Return True when this cause can explain spasms in `area`."""
        return not self.areas or area in self.areas


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
    ages: Mapping[str, AgeBand] = field(default_factory=lambda: MappingProxyType({}))

    def signs_for(
        self, area: str, tiers: Iterable[str], groups: Iterable[str] | None = None
    ) -> tuple[Sign, ...]:
        """Return the signs of the given tiers to ask for `area` and `groups`, in order."""
        wanted = set(tiers)
        groups = None if groups is None else frozenset(groups)
        return tuple(
            s for s in self.signs.values() if s.tier in wanted and s.applies_to(area, groups)
        )

    def by_theme(self, signs: Iterable[Sign]) -> list[tuple[str, list[Sign]]]:
        """Return (heading, signs) for each theme that has any of `signs`, in SIGN_THEMES order;
        signs with no known theme come last, under "Other signs"."""
        headings = dict(SIGN_THEMES)
        groups: dict[str, list[Sign]] = {slug: [] for slug in headings}
        other: list[Sign] = []
        for sign in signs:
            groups.get(sign.theme, other).append(sign)
        themed = [(headings[slug], found) for slug, found in groups.items() if found]
        return themed + ([("Other signs", other)] if other else [])

    def clues_for(self, area: str) -> tuple[Choice, ...]:
        """Return the clues worth asking for `area`: those that point to a cause that can
        explain it (a clue only ever points to causes, so the others could change nothing)."""
        useful = {
            e.slug
            for cause in self.causes
            if cause.explains(area)
            for e in cause.evidence
            if e.kind == "clue"
        }
        return tuple(c for c in self.clues_of("clue") if c.slug in useful)

    def clues_of(self, kind: str) -> tuple[Choice, ...]:
        """Return the clues asked as `kind` ("clue" or "timing"), in order."""
        return tuple(c for c in self.clues.values() if c.kind == kind)

    def label_of(self, kind: str, slug: str) -> str:
        """Return what the person saw for an answer of this kind."""
        table = {"area": self.areas, "sign": self.signs, "group": self.groups, "clue": self.clues}[
            kind
        ]
        return table[slug].label

    def groups_of(self, answers: Answers) -> frozenset[str]:
        """Return the risk groups answered, with the one the age band counts as."""
        age = self.ages.get(answers.age)
        if age is not None and age.group in self.groups:
            return answers.groups | {age.group}
        return answers.groups


@dataclass(frozen=True)
class Answers:
    """One person's answers: one body area, an age band and a timing (or none), any number of the rest."""

    area: str
    signs: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    clues: frozenset[str] = frozenset()
    age: str = ""
    timing: str = ""

    def selected(self, kind: str) -> frozenset[str]:
        """Return the slugs answered for one kind of evidence (the timing counts as a clue)."""
        if kind == "area":
            return frozenset({self.area})
        if kind == "clue" and self.timing:
            return self.clues | {self.timing}
        return getattr(self, f"{kind}s")


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

    @property
    def support(self) -> float:
        """Return the weight of the answers other than the body area that point to it."""
        weights = {(e.kind, e.slug): e.weight for e in self.cause.evidence}
        return sum(weights[r.kind, r.slug] for r in self.reasons if r.kind != "area")

    @property
    def alarming(self) -> bool:
        """Return True for a cause that needs a doctor and is less common than most."""
        return self.cause.tier != "self_care" and self.cause.how_common != "common"


@dataclass(frozen=True)
class Result:
    """The outcome of a check: `causes` holds only the causes it is safe to list.

    `deciding` holds the answers that set the urgency: warning signs, and risk
    groups or the age band when their floor did.
    """

    urgency: str
    tier: Tier
    deciding: tuple[Sign | Choice, ...]
    causes: tuple[RankedCause, ...]
    show_self_care: bool
    answers: Answers = field(repr=False)
    age: AgeBand | None = None

    @property
    def safety_net(self) -> str:
        return self.tier.safety_net

    @property
    def deciding_signs(self) -> tuple[Sign, ...]:
        """Return the warning signs among the answers that set the urgency."""
        return tuple(d for d in self.deciding if isinstance(d, Sign))

    @property
    def age_assumed(self) -> bool:
        """Return True when no age was answered, so the result is for an adult."""
        return self.age is None

    @property
    def causes_are_likely(self) -> bool:
        """Return True when the evidence for a cause listed is strong enough to call the
        causes likely; otherwise the result calls them possible causes."""
        return any(r.support >= STRONG_EVIDENCE for r in self.causes)

    @property
    def first_aid(self) -> tuple[Sign, ...]:
        """Return the deciding signs that come with first aid, in order."""
        return tuple(s for s in self.deciding_signs if s.first_aid)


def validate(answers: Answers, rules: RuleSet) -> None:
    """Raise InvalidAnswers when the answers name anything the rules do not know."""
    problems = {}
    if not answers.area:
        problems["area"] = "choose one body area"
    elif answers.area not in rules.areas:
        problems["area"] = f"unknown body area {answers.area!r}"
    clue_slugs = {c.slug for c in rules.clues_of("clue")}
    for kind, known in (("signs", rules.signs), ("groups", rules.groups), ("clues", clue_slugs)):
        unknown = sorted(getattr(answers, kind) - set(known))
        if unknown:
            problems[kind] = "unknown " + ", ".join(repr(slug) for slug in unknown)
    if answers.age and answers.age not in rules.ages:
        problems["age"] = f"unknown age band {answers.age!r}"
    if answers.timing and answers.timing not in {c.slug for c in rules.clues_of("timing")}:
        problems["timing"] = f"unknown timing {answers.timing!r}"
    if problems:
        raise InvalidAnswers(problems)


def urgency_of(signs: Iterable[Sign | Choice]) -> str:
    """Return the most urgent tier among `signs` (and floors), or `self_care` for none."""
    return min((s.tier for s in signs if s.tier), key=rank_of, default="self_care")


def rank_causes(answers: Answers, rules: RuleSet) -> tuple[RankedCause, ...]:
    """Return the causes the answers point to, best supported first.

    A cause needs evidence besides the body area, and must explain the area.
    """
    selected = {kind: answers.selected(kind) for kind in EVIDENCE_KINDS}
    selected["group"] = rules.groups_of(answers)
    ranked = []
    for cause in rules.causes:
        matched = [e for e in cause.evidence if e.slug in selected[e.kind]]
        if all(e.kind == "area" for e in matched) or not cause.explains(answers.area):
            continue  # nothing, the area alone, or an area it cannot explain
        reasons = tuple(Reason(e.kind, e.slug, rules.label_of(e.kind, e.slug)) for e in matched)
        ranked.append(RankedCause(cause, sum(e.weight for e in matched), reasons))
    ranked.sort(key=_rank_key)
    return tuple(ranked)


def _rank_key(ranked: RankedCause) -> tuple:
    # A common, harmless cause before a less common, serious one; then by score.
    cause = ranked.cause
    return (ranked.alarming, -ranked.score, _commonness(cause), cause.position, cause.slug)


def assess(answers: Answers, rules: RuleSet) -> Result:
    """Return the urgency, its reasons and the ranked causes for one person's answers."""
    validate(answers, rules)
    age = rules.ages.get(answers.age)
    groups = rules.groups_of(answers)
    floors = [g for g in rules.groups.values() if g.slug in groups and g.tier]
    if age is not None and age.tier:
        floors.append(age)
    selected_signs = [s for s in rules.signs.values() if s.slug in answers.signs]
    floors += filter(None, (s.worse_together(selected_signs) for s in selected_signs))
    urgency = urgency_of([*selected_signs, *floors])
    deciding = tuple(s for s in [*selected_signs, *floors] if s.tier == urgency)
    # The answers that set the urgency: signs, and risk groups whose floor did.
    deciding_answers = {("sign", s.slug) for s in deciding if isinstance(s, Sign)} | {
        ("group", d.slug) for d in deciding if not isinstance(d, Sign) and d.slug in rules.groups
    }

    def from_deciding_answer(ranked: RankedCause) -> bool:
        return any((r.kind, r.slug) in deciding_answers for r in ranked.reasons)

    ranked = tuple(
        r for r in rank_causes(answers, rules) if rank_of(r.cause.tier) >= rank_of(urgency)
    )
    signalled = tuple(r for r in ranked if from_deciding_answer(r))
    everyday = tuple(r for r in ranked if not from_deciding_answer(r))
    causes = signalled + everyday if urgency in SELF_CARE_TIERS else signalled
    if urgency == "emergency":
        causes = ()
    show_self_care = (
        urgency in SELF_CARE_TIERS
        and all(r.cause.self_care for r in signalled)
        and not any(d.tier == urgency for d in floors)
    )
    return Result(
        urgency=urgency,
        tier=rules.tiers[urgency],
        deciding=deciding,
        causes=causes,
        show_self_care=show_self_care,
        answers=answers,
        age=age,
    )


def _commonness(cause: Cause) -> int:
    order = list(COMMONNESS)
    return order.index(cause.how_common) if cause.how_common in order else len(order)


def _floor(record: Mapping, what: str) -> str:
    tier = record.get("tier", "") or ""
    if tier and tier not in SIGN_TIERS:
        raise ValueError(f"{what} {record['slug']!r} has unknown tier {tier!r}")
    return tier


def build_rules(
    *,
    tiers: Iterable[Mapping],
    areas: Iterable[Mapping],
    signs: Iterable[Mapping],
    groups: Iterable[Mapping],
    clues: Iterable[Mapping],
    causes: Iterable[Mapping],
    ages: Iterable[Mapping] = (),
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
            tier=_floor(g, "risk group"),
            why=g.get("why", ""),
            source=g.get("source", ""),
            kind=g.get("kind", "") or "about",
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
            tier=_floor(a, "age band"),
            why=a.get("why", ""),
            source=a.get("source", ""),
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
        c["slug"]: Choice(c["slug"], c["label"], kind=c.get("kind", "") or "clue") for c in clues
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
                explanation=c.get("explanation", ""),
                how_common=c.get("how_common", "common"),
                self_care=c.get("self_care", ""),
                link=c.get("link", ""),
                evidence=tuple(evidence),
                position=c.get("position", position),
                tier=tier,
                areas=frozenset(c.get("areas", ())),
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
    )


def _check_known(record: Mapping, key: str, known: Mapping, what: str) -> None:
    unknown = sorted(set(record.get(key, ())) - known.keys())
    if unknown:
        raise ValueError(f"{what} {record['slug']!r} names unknown {key} {unknown}")
