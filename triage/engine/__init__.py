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

from collections.abc import Iterable

from triage.engine.building import build_rules
from triage.engine.rules import (
    AgeBand,
    Answers,
    Cause,
    Choice,
    Evidence,
    InvalidAnswers,
    RankedCause,
    Reason,
    Result,
    RuleSet,
    Sign,
    Tier,
)
from triage.engine.vocabulary import (
    CLUE_KINDS,
    COMMONNESS,
    EVIDENCE_KINDS,
    GROUP_KINDS,
    SELF_CARE_TIERS,
    SIGN_THEMES,
    SIGN_TIERS,
    STRONG_EVIDENCE,
    TIER_MEANINGS,
    TIERS,
    rank_of,
)

__all__ = [
    "CLUE_KINDS",
    "COMMONNESS",
    "EVIDENCE_KINDS",
    "GROUP_KINDS",
    "SELF_CARE_TIERS",
    "SIGN_THEMES",
    "SIGN_TIERS",
    "STRONG_EVIDENCE",
    "TIERS",
    "TIER_MEANINGS",
    "AgeBand",
    "Answers",
    "Cause",
    "Choice",
    "Evidence",
    "InvalidAnswers",
    "RankedCause",
    "Reason",
    "Result",
    "RuleSet",
    "Sign",
    "Tier",
    "assess",
    "build_rules",
    "rank_causes",
    "rank_of",
    "urgency_of",
    "validate",
]


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
