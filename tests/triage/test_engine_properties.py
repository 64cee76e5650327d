"""The engine's safety rules over the whole answer space of the seeded rules (hypothesis).

The rule set is built from the seed data with the engine alone, so these run
without a database; tests/triage/test_rules.py checks that the database gives
the same rule set.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from config.site import with_emergency_numbers
from tests.factories import seed_rules
from triage import engine

RULES = seed_rules()
LEG_AREAS = {"calf", "shin", "thigh", "foot", "buttock", "both-legs"}
EMERGENCY_SIGNS = {s.slug for s in RULES.signs.values() if s.tier == "emergency"}
PREGNANCY_SIGNS = {s.slug for s in RULES.signs.values() if s.groups & {"pregnant", "postpartum"}}
#: Causes that can explain only the legs (or several places, which may include them).
LEG_ONLY_CAUSES = {c.slug for c in RULES.causes if c.areas and c.areas <= LEG_AREAS | {"many"}}
#: Signs that say the legs are involved, whatever area was picked first.
LEG_SIGNS = {"leg-swollen", "walking-pain"}
CHILDREN = {"under-5", "under-16"}
CLUE_SLUGS = sorted(c.slug for c in RULES.clues_of("clue"))
TIMINGS = sorted(c.slug for c in RULES.clues_of("timing"))


def subsets(slugs):
    return st.frozensets(st.sampled_from(sorted(slugs)), max_size=5)


answers = st.builds(
    engine.Answers,
    area=st.sampled_from(sorted(RULES.areas)),
    signs=subsets(RULES.signs),
    groups=subsets(RULES.groups),
    clues=st.frozensets(st.sampled_from(CLUE_SLUGS), max_size=5),
    age=st.sampled_from(["", *sorted(RULES.ages)]),
    timing=st.sampled_from(["", *TIMINGS]),
)
EXAMPLES = settings(max_examples=600, deadline=None)


def test_the_seeded_rules_have_what_the_properties_talk_about():
    assert len(EMERGENCY_SIGNS) >= 15
    assert {"pregnancy-belly-pain", "pregnancy-bleeding", "pre-eclampsia"} == PREGNANCY_SIGNS
    assert {"night-cramps", "pregnancy", "circulation"} <= LEG_ONLY_CAUSES


@EXAMPLES
@given(answers)
def test_any_emergency_sign_gives_emergency_with_nothing_else_listed(given_answers):
    result = engine.assess(given_answers, RULES)
    if given_answers.signs & EMERGENCY_SIGNS:
        assert result.urgency == "emergency"
        # The title tells them to call: the site puts the configured numbers in its mark.
        assert "999" in with_emergency_numbers(result.tier.title)
        assert result.causes == ()
        assert not result.show_self_care
    elif result.urgency == "emergency":
        # Without an emergency sign, only two signs that are worse together can call for one.
        assert any(
            RULES.signs[slug].worse_tier == "emergency"
            and RULES.signs[slug].worse_with & given_answers.signs
            for slug in given_answers.signs
        )


@EXAMPLES
@given(answers)
def test_no_result_lists_a_cause_above_its_own_urgency(given_answers):
    result = engine.assess(given_answers, RULES)
    for ranked in result.causes:
        assert engine.rank_of(ranked.cause.tier) >= engine.rank_of(result.urgency), ranked.slug


@EXAMPLES
@given(answers)
def test_no_self_care_for_a_child_or_with_a_pregnancy_warning_sign(given_answers):
    result = engine.assess(given_answers, RULES)
    if given_answers.age in CHILDREN:
        assert result.urgency != "self_care"
        assert not result.show_self_care
    if given_answers.signs & PREGNANCY_SIGNS:
        assert result.urgency in {"emergency", "urgent"}
        assert not result.show_self_care


@EXAMPLES
@given(answers)
def test_no_leg_only_cause_for_another_area_without_a_leg_answer(given_answers):
    result = engine.assess(given_answers, RULES)
    if given_answers.area not in LEG_AREAS | {"many"} and not given_answers.signs & LEG_SIGNS:
        assert not {c.slug for c in result.causes} & LEG_ONLY_CAUSES


@EXAMPLES
@given(answers)
def test_every_listed_cause_rests_on_more_than_the_area_and_fits_it(given_answers):
    result = engine.assess(given_answers, RULES)
    for ranked in result.causes:
        assert any(reason.kind != "area" for reason in ranked.reasons)
        assert ranked.cause.explains(given_answers.area)
        assert ranked.cause.source


@EXAMPLES
@given(answers)
def test_every_result_has_the_safety_net_and_sourced_reasons(given_answers):
    result = engine.assess(given_answers, RULES)
    net = result.safety_net.lower()
    assert "confused" in net
    if result.urgency != "emergency":
        for danger in ("high temperature", "dark brown pee", "swelling"):
            assert danger in net, (result.urgency, danger)
    for reason in result.deciding:
        assert reason.why and reason.source


@EXAMPLES
@given(answers)
def test_the_urgency_is_the_most_urgent_sign_or_floor(given_answers):
    result = engine.assess(given_answers, RULES)
    groups = RULES.groups_of(given_answers)
    tiers = [RULES.signs[slug].tier for slug in given_answers.signs]
    tiers += [
        RULES.signs[slug].worse_tier
        for slug in given_answers.signs
        if RULES.signs[slug].worse_with & given_answers.signs
    ]
    tiers += [RULES.groups[slug].tier for slug in groups if RULES.groups[slug].tier]
    age = RULES.ages.get(given_answers.age)
    if age and age.tier:
        tiers.append(age.tier)
    assert result.urgency == min(tiers, key=engine.rank_of, default="self_care")
    # More answers never lower the urgency.
    fewer = engine.Answers(area=given_answers.area, age=given_answers.age)
    assert engine.rank_of(result.urgency) <= engine.rank_of(engine.assess(fewer, RULES).urgency)


@EXAMPLES
@given(answers, st.sampled_from(sorted(EMERGENCY_SIGNS)))
def test_an_emergency_sign_that_has_passed_still_gives_emergency(given_answers, sign):
    passed = engine.Answers(
        area=given_answers.area,
        signs=given_answers.signs | {sign},
        groups=given_answers.groups,
        clues=given_answers.clues,
        age=given_answers.age,
        timing="stopped-today",
    )
    assert engine.assess(passed, RULES).urgency == "emergency"


@EXAMPLES
@given(answers)
def test_the_timing_alone_never_changes_the_urgency_or_lists_a_cause(given_answers):
    untimed = engine.Answers(
        area=given_answers.area,
        signs=given_answers.signs,
        groups=given_answers.groups,
        clues=given_answers.clues,
        age=given_answers.age,
    )
    timed, plain = engine.assess(given_answers, RULES), engine.assess(untimed, RULES)
    assert timed.urgency == plain.urgency
    assert [c.slug for c in timed.causes] == [c.slug for c in plain.causes]


@EXAMPLES
@given(answers)
def test_a_rare_serious_cause_never_comes_first_without_a_sign_or_deciding_group(
    given_answers,
):
    result = engine.assess(given_answers, RULES)
    deciding_groups = {d.slug for d in result.deciding if d.slug in RULES.groups}
    causes = result.causes
    for i, later in enumerate(causes):
        harmless = later.cause.tier == "self_care" and later.cause.how_common == "common"
        if not harmless:
            continue
        for earlier in causes[:i]:
            pointed_by_sign = any(
                (r.kind == "sign" and r.slug in given_answers.signs)
                or (r.kind == "group" and r.slug in deciding_groups)
                for r in earlier.reasons
            )
            assert not (earlier.alarming and not pointed_by_sign), (
                f"{earlier.slug} (serious, {earlier.cause.how_common}) before {later.slug}"
            )


@EXAMPLES
@given(answers)
def test_causes_are_called_likely_only_on_strong_evidence(given_answers):
    result = engine.assess(given_answers, RULES)
    strongest = max((r.support for r in result.causes), default=0.0)
    assert result.causes_are_likely == (strongest >= engine.STRONG_EVIDENCE)


@EXAMPLES
@given(answers, st.sampled_from(CLUE_SLUGS))
def test_a_clue_the_checker_does_not_ask_for_the_area_changes_nothing(given_answers, clue):
    if any(c.slug == clue for c in RULES.clues_for(given_answers.area)):
        return
    with_clue = engine.assess(
        engine.Answers(**{**given_answers.__dict__, "clues": given_answers.clues | {clue}}), RULES
    )
    without = engine.assess(given_answers, RULES)
    assert with_clue.urgency == without.urgency
    assert [(r.slug, r.score) for r in with_clue.causes] == [
        (r.slug, r.score) for r in without.causes
    ]
