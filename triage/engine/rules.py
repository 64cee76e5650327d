"""The rule set the engine decides with, the answers it decides on, and what it returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from triage.engine.vocabulary import SIGN_THEMES, STRONG_EVIDENCE


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
    #: Which question offers it: one of GROUP_KINDS for a group, of CLUE_KINDS
    #: for a clue.
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
class AnswerRef:
    """One answer, named by its kind (area, sign, group, clue) and its slug."""

    kind: str
    slug: str


@dataclass(frozen=True)
class Evidence(AnswerRef):
    """One answer that points to a cause, and how strongly."""

    weight: float


@dataclass(frozen=True)
class Cause:
    """A likely cause, with the evidence that points to it.

    The first fields decide whether and where a result lists it;
    the rest are what the person reads.
    """

    slug: str
    name: str
    evidence: tuple[Evidence, ...] = ()
    #: The cause's own urgency: `self_care` when a person can safely look after it at
    #: home, `gp` when a doctor should check it.
    tier: str = "self_care"
    #: One of COMMONNESS: breaks ties between causes with the same evidence.
    how_common: str = "common"
    #: The editors' order, the last tie-breaker.
    position: int = 0
    #: The body areas it can explain (empty: any).
    areas: frozenset[str] = frozenset()
    #: What it is and why it fits, in plain words.
    explanation: str = ""
    #: Self-care steps as HTML, shown only when the result's urgency allows self-care.
    self_care: str = ""
    #: The address of the article section that explains it (empty while unpublished).
    link: str = ""
    #: The public clinical source for the cause and its urgency.
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
    #: Which published rule set this is, as the result's printed summary names it.
    version: str = ""
    #: The published rule set's number (0 for the working copy): the version machines read.
    number: int = 0

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
        """Return (theme, signs) for each theme that has any of `signs`, in SIGN_THEMES order;
        signs with no known theme come last, under the theme ""."""
        groups: dict[str, list[Sign]] = {slug: [] for slug in SIGN_THEMES}
        other: list[Sign] = []
        for sign in signs:
            groups.get(sign.theme, other).append(sign)
        themed = [(slug, found) for slug, found in groups.items() if found]
        return themed + ([("", other)] if other else [])

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
class Reason(AnswerRef):
    """An answer, as the person gave it, that counts toward a cause."""

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
