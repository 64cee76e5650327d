"""Table-driven tests of the decision engine, with no database."""

import pytest

from tests.factories import seed_rules
from triage.engine import Answers, InvalidAnswers, assess, build_rules, urgency_of

TIERS = [
    {
        "slug": slug,
        "title": f"{slug} title",
        "action": f"{slug} action",
        "safety_net": f"{slug} net",
    }
    for slug in ("emergency", "urgent", "gp", "self_care")
]
AREAS = [{"slug": s, "name": s.title()} for s in ("calf", "face", "back", "buttock")]
SIGNS = [
    {
        "slug": "stroke-signs",
        "question": "Stroke signs",
        "tier": "emergency",
        "why": "w",
        "source": "NHS",
    },
    {
        "slug": "chest-pain",
        "question": "Chest pain",
        "tier": "emergency",
        "why": "w",
        "source": "NHS",
    },
    {
        "slug": "leg-swollen",
        "question": "Swollen leg",
        "tier": "urgent",
        "why": "w",
        "source": "NHS",
        "areas": ["calf"],
    },
    {"slug": "long-cramp", "question": "Long cramp", "tier": "urgent", "why": "w", "source": "NHS"},
    {"slug": "numbness", "question": "Numbness", "tier": "gp", "why": "w", "source": "seed"},
    {"slug": "frequent", "question": "Frequent", "tier": "gp", "why": "w", "source": "seed"},
]
GROUPS = [{"slug": "older-adult", "label": "65 or over"}, {"slug": "athlete", "label": "Athlete"}]
CLUES = [
    {"slug": s, "label": s.replace("-", " ")}
    for s in ("at-night", "during-exercise", "stress", "shooting-pain")
]
CAUSES = [
    {
        "slug": "overuse",
        "name": "Overuse",
        "how_common": "common",
        "self_care": "<p>rest</p>",
        "evidence": [["clue", "during-exercise", 3], ["group", "athlete", 2], ["area", "calf", 1]],
    },
    {
        "slug": "night-cramps",
        "self_care": "<p>rest</p>",
        "name": "Night cramps",
        "how_common": "common",
        "evidence": [["clue", "at-night", 3], ["group", "older-adult", 2], ["area", "calf", 1]],
    },
    {
        "slug": "circulation",
        "self_care": "<p>rest</p>",
        "name": "Circulation",
        "how_common": "less_common",
        "evidence": [["group", "older-adult", 2], ["area", "calf", 1]],
    },
    {
        "slug": "stress",
        "self_care": "<p>rest</p>",
        "name": "Stress",
        "how_common": "common",
        "evidence": [["clue", "stress", 3], ["area", "face", 1]],
    },
    {
        "slug": "trapped-nerve",
        "name": "Trapped nerve",
        "how_common": "common",
        "evidence": [
            ["clue", "shooting-pain", 3],
            ["area", "back", 1],
            ["area", "buttock", 1],
            ["sign", "numbness", 2],
        ],
    },
    {
        "slug": "piriformis",
        "name": "Piriformis",
        "how_common": "less_common",
        "evidence": [["area", "buttock", 2], ["clue", "shooting-pain", 3]],
    },
]
RULES = build_rules(
    tiers=TIERS, areas=AREAS, signs=SIGNS, groups=GROUPS, clues=CLUES, causes=CAUSES
)


def rules_with(causes) -> object:
    """Return the test rules with these causes instead of the usual ones."""
    return build_rules(
        tiers=TIERS, areas=AREAS, signs=SIGNS, groups=GROUPS, clues=CLUES, causes=causes
    )


def answers(area="calf", signs=(), groups=(), clues=()):
    return Answers(
        area=area, signs=frozenset(signs), groups=frozenset(groups), clues=frozenset(clues)
    )


@pytest.mark.parametrize(
    ("signs", "tier"),
    [
        ((), "self_care"),
        (("frequent",), "gp"),
        (("numbness", "frequent"), "gp"),
        (("long-cramp",), "urgent"),
        (("long-cramp", "numbness"), "urgent"),
        (("stroke-signs",), "emergency"),
        (("chest-pain", "long-cramp", "numbness"), "emergency"),
        (("stroke-signs", "chest-pain"), "emergency"),
    ],
)
def test_urgency_is_the_most_urgent_selected_sign(signs, tier):
    assert assess(answers(signs=signs), RULES).urgency == tier


@pytest.mark.parametrize(
    "other_answers",
    [
        {"clues": ["at-night", "during-exercise", "stress"]},
        {"groups": ["athlete", "older-adult"]},
        {"signs": ["leg-swollen", "long-cramp", "numbness", "frequent"]},
        {"area": "face", "clues": ["stress"]},
    ],
)
def test_an_emergency_sign_wins_whatever_else_was_answered(other_answers):
    base = {"area": "calf", "signs": [], "groups": [], "clues": []} | other_answers
    base["signs"] = [*base["signs"], "chest-pain"]
    result = assess(answers(**base), RULES)
    assert result.urgency == "emergency"
    assert [s.slug for s in result.deciding_signs] == ["chest-pain"]
    assert not result.show_self_care
    assert result.causes == ()


def test_deciding_signs_are_only_those_of_the_winning_tier_in_rule_order():
    result = assess(answers(signs=["numbness", "long-cramp", "leg-swollen"]), RULES)
    assert [s.slug for s in result.deciding_signs] == ["leg-swollen", "long-cramp"]


def test_each_tier_carries_its_advice_and_safety_net():
    for signs, tier in [
        ((), "self_care"),
        (("frequent",), "gp"),
        (("long-cramp",), "urgent"),
        (("chest-pain",), "emergency"),
    ]:
        result = assess(answers(signs=signs), RULES)
        assert result.tier.action == f"{tier} action"
        assert result.safety_net == f"{tier} net"


@pytest.mark.parametrize(
    ("tier_signs", "self_care"),
    [((), True), (("frequent",), True), (("long-cramp",), False), (("chest-pain",), False)],
)
def test_self_care_is_shown_only_when_it_is_safe(tier_signs, self_care):
    assert assess(answers(signs=tier_signs), RULES).show_self_care is self_care


@pytest.mark.parametrize(
    ("given", "expected_order"),
    [
        ({"area": "calf"}, []),  # nothing rests on the body area alone
        ({"area": "calf", "clues": ["during-exercise"]}, ["overuse"]),
        (
            {"area": "calf", "clues": ["at-night"], "groups": ["older-adult"]},
            ["night-cramps", "circulation"],
        ),
        ({"area": "face", "clues": ["stress"]}, ["stress"]),
        ({"area": "buttock", "clues": ["shooting-pain"]}, ["piriformis", "trapped-nerve"]),
        (
            {"area": "back", "clues": ["shooting-pain"], "signs": ["numbness"]},
            ["trapped-nerve", "piriformis"],
        ),
        ({"area": "face"}, []),
    ],
)
def test_causes_are_ranked_by_weighted_evidence(given, expected_order):
    result = assess(answers(**given), RULES)
    assert [c.slug for c in result.causes] == expected_order


def test_no_cause_is_listed_on_the_body_area_alone():
    assert assess(answers(area="calf"), RULES).causes == ()
    older = assess(answers(area="calf", groups=["older-adult"]), RULES)
    # An answer beyond the area points to these; overuse has only the calf behind it.
    assert [c.slug for c in older.causes] == ["night-cramps", "circulation"]


def test_ties_break_on_how_common_then_rule_order():
    # The same clue gives each cause a score of 1: the less common cause goes
    # last, and the two common ones keep the order of the rules.
    tied = [
        {**c, "evidence": [["clue", "stress", 1]]}
        for c in CAUSES
        if c["slug"] in {"overuse", "night-cramps", "circulation"}
    ]
    ranked = assess(answers(area="calf", clues=["stress"]), rules_with(tied)).causes
    assert [c.score for c in ranked] == [1, 1, 1]
    assert [c.slug for c in ranked] == ["overuse", "night-cramps", "circulation"]
    reordered = rules_with([tied[2], tied[1], tied[0]])
    assert [c.slug for c in assess(answers(area="calf", clues=["stress"]), reordered).causes] == [
        "night-cramps",
        "overuse",
        "circulation",
    ]


def test_each_cause_says_which_answers_point_to_it():
    result = assess(answers(area="calf", clues=["at-night"], groups=["older-adult"]), RULES)
    night = result.causes[0]
    assert night.slug == "night-cramps"
    assert night.score == 6
    assert [(r.kind, r.label) for r in night.reasons] == [
        ("clue", "at night"),
        ("group", "65 or over"),
        ("area", "Calf"),
    ]


def test_an_area_with_no_evidence_lists_no_causes():
    rules = build_rules(
        tiers=TIERS,
        areas=[*AREAS, {"slug": "many", "name": "Many"}],
        signs=SIGNS,
        groups=GROUPS,
        clues=CLUES,
        causes=CAUSES,
    )
    result = assess(answers(area="many"), rules)
    assert result.causes == ()
    assert result.urgency == "self_care"


def test_an_urgent_result_lists_only_causes_the_urgent_signs_point_to():
    rules = rules_with(
        [
            *CAUSES,
            {"slug": "cramp-cause", "name": "C", "evidence": [["sign", "long-cramp", 3]]},
        ]
    )
    given = answers(area="calf", clues=["during-exercise"])
    assert [c.slug for c in assess(given, rules).causes][:1] == ["overuse"]
    swollen = assess(answers(area="calf", signs=["leg-swollen"], clues=["during-exercise"]), rules)
    assert swollen.urgency == "urgent"
    assert swollen.causes == ()  # never "tired muscles" beside a possible blood clot
    long = assess(answers(area="calf", signs=["long-cramp"], clues=["during-exercise"]), rules)
    assert [c.slug for c in long.causes] == ["cramp-cause"]


def test_causes_of_the_deciding_signs_come_before_everyday_causes():
    rules = rules_with(
        [
            *CAUSES,
            {
                "slug": "nerve",
                "name": "Nerve",
                "how_common": "less_common",
                "evidence": [["sign", "frequent", 1]],
            },
        ]
    )
    result = assess(
        answers(area="calf", signs=["frequent"], clues=["during-exercise"], groups=["athlete"]),
        rules,
    )
    assert result.urgency == "gp"
    assert [c.slug for c in result.causes][:2] == ["nerve", "overuse"]  # 1 point beats 6


def test_no_self_care_when_a_deciding_sign_points_to_a_cause_that_needs_a_doctor():
    rules = rules_with(
        [
            *CAUSES,
            {
                "slug": "nerve",
                "name": "Nerve",
                "self_care": "",
                "evidence": [["sign", "frequent", 3]],
            },
        ]
    )
    result = assess(answers(area="calf", signs=["frequent"], clues=["during-exercise"]), rules)
    assert result.urgency == "gp"
    assert not result.show_self_care
    # A gp sign that points to no cause at all leaves safe self-care on show ...
    frequent = answers(area="calf", signs=["frequent"], clues=["during-exercise"])
    assert assess(frequent, RULES).show_self_care is True
    # ... but not one that points to a cause without self-care (a trapped nerve here).
    numbness = answers(area="calf", signs=["numbness"], clues=["during-exercise"])
    assert assess(numbness, RULES).show_self_care is False
    assert assess(answers(area="calf", signs=["long-cramp"]), RULES).show_self_care is False


def test_the_same_answers_always_give_the_same_result_whatever_their_order():
    # The same answers, posted and listed in different orders, and rules whose
    # maps were filled in a different order, give one and the same result.
    clues, groups = ["at-night", "during-exercise", "stress"], ["older-adult", "athlete"]
    first = assess(answers(area="calf", clues=clues, groups=groups), RULES)
    reversed_rules = build_rules(
        tiers=TIERS[::-1],
        areas=AREAS[::-1],
        signs=SIGNS,
        groups=GROUPS[::-1],
        clues=CLUES[::-1],
        causes=CAUSES,
    )
    for rules in (RULES, reversed_rules):
        again = assess(answers(area="calf", clues=clues[::-1], groups=groups[::-1]), rules)
        assert again.urgency == first.urgency
        assert [(c.slug, c.score, c.reasons) for c in again.causes] == [
            (c.slug, c.score, c.reasons) for c in first.causes
        ]


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"area": "elbow"}, "area"),
        ({"area": ""}, "area"),
        ({"signs": ["no-such-sign"]}, "signs"),
        ({"groups": ["astronaut"]}, "groups"),
        ({"clues": ["full-moon"]}, "clues"),
    ],
)
def test_unknown_answers_are_an_error(given, field):
    with pytest.raises(InvalidAnswers) as error:
        assess(answers(**given), RULES)
    assert field in error.value.problems


def test_rules_refuse_evidence_for_an_answer_that_does_not_exist():
    with pytest.raises(ValueError, match="unknown clue"):
        rules_with([{"slug": "x", "name": "X", "evidence": [["clue", "nope", 1]]}])


def test_rules_need_all_four_tiers():
    with pytest.raises(ValueError, match="tiers"):
        build_rules(
            tiers=TIERS[:3], areas=AREAS, signs=SIGNS, groups=GROUPS, clues=CLUES, causes=[]
        )


def test_signs_for_an_area_skip_signs_meant_for_other_areas():
    assert "leg-swollen" in [s.slug for s in RULES.signs_for("calf", ["urgent"])]
    assert "leg-swollen" not in [s.slug for s in RULES.signs_for("face", ["urgent"])]
    assert [s.slug for s in RULES.signs_for("face", ["emergency"])] == [
        "stroke-signs",
        "chest-pain",
    ]


def test_urgency_of_no_signs_is_self_care():
    assert urgency_of([]) == "self_care"


def test_engine_imports_nothing_from_django():
    import ast
    import pathlib

    import triage.engine

    package = pathlib.Path(triage.engine.__file__).parent
    files = sorted(package.glob("*.py"))
    assert {f.name for f in files} >= {"__init__.py", "rules.py", "building.py", "vocabulary.py"}
    for path in files:
        tree = ast.parse(path.read_text())
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not [m for m in modules if m.startswith("django")], path.name
        # Only the standard library and the engine itself.
        assert all(
            m.split(".")[0]
            in {"__future__", "collections", "dataclasses", "types", "triage", "typing"}
            for m in modules
        ), path.name


# --- The clinical safety review: floors, age bands, sign groups, cause areas and tiers ---

REVIEW_GROUPS = [
    *GROUPS,
    {"slug": "pregnant", "label": "Pregnant"},
    {
        "slug": "kidney-disease",
        "label": "Kidney disease",
        "tier": "gp",
        "why": "k",
        "source": "Merck",
    },
]
REVIEW_AGES = [
    {
        "slug": "under-16",
        "label": "Under 16",
        "tier": "gp",
        "why": "child",
        "source": "NHS",
        "advice": "Call 111.",
    },
    {"slug": "16-64", "label": "16 to 64"},
    {"slug": "65-plus", "label": "65 or older", "group": "older-adult"},
]
REVIEW_SIGNS = [
    *SIGNS,
    {
        "slug": "pregnancy-belly-pain",
        "question": "Belly pain in pregnancy",
        "tier": "urgent",
        "why": "w",
        "source": "NHS",
        "groups": ["pregnant"],
    },
]
REVIEW_CAUSES = [
    {**c, "areas": ["calf"]} if c["slug"] in {"night-cramps", "circulation"} else c for c in CAUSES
]
REVIEW_CAUSES = [
    {**c, "tier": "gp", "self_care": ""} if c["slug"] == "circulation" else c for c in REVIEW_CAUSES
] + [
    {
        "slug": "kidney",
        "name": "Kidney",
        "tier": "gp",
        "evidence": [["group", "kidney-disease", 3]],
    },
    {
        "slug": "clot-cause",
        "name": "Clot",
        "tier": "gp",
        "areas": ["calf"],
        "evidence": [["sign", "frequent", 1]],
    },
]
REVIEW = build_rules(
    tiers=TIERS,
    areas=AREAS,
    signs=REVIEW_SIGNS,
    groups=REVIEW_GROUPS,
    clues=CLUES,
    causes=REVIEW_CAUSES,
    ages=REVIEW_AGES,
)


def review_answers(area="calf", signs=(), groups=(), clues=(), age=""):
    return Answers(
        area=area,
        signs=frozenset(signs),
        groups=frozenset(groups),
        clues=frozenset(clues),
        age=age,
    )


def test_a_risk_group_with_a_floor_sets_at_least_that_urgency_and_says_why():
    result = assess(review_answers(groups=["kidney-disease"]), REVIEW)
    assert result.urgency == "gp"
    assert [d.slug for d in result.deciding] == ["kidney-disease"]
    assert result.deciding[0].source == "Merck"
    assert [c.slug for c in result.causes] == ["kidney"]
    # A more urgent sign still wins over the floor, and only the sign decides.
    urgent = assess(review_answers(groups=["kidney-disease"], signs=["long-cramp"]), REVIEW)
    assert urgent.urgency == "urgent"
    assert [d.slug for d in urgent.deciding] == ["long-cramp"]


def test_a_child_is_sent_to_a_doctor_without_self_care_steps():
    result = assess(review_answers(clues=["during-exercise"], age="under-16"), REVIEW)
    assert result.urgency == "gp"
    assert [d.slug for d in result.deciding] == ["under-16"]
    assert result.age.advice == "Call 111."
    assert not result.show_self_care
    assert not result.age_assumed
    # Emergency signs apply to a child as to anyone.
    emergency = assess(review_answers(signs=["stroke-signs"], age="under-16"), REVIEW)
    assert emergency.urgency == "emergency"


def test_without_an_age_the_result_is_for_an_adult_and_says_so():
    result = assess(review_answers(clues=["during-exercise"]), REVIEW)
    assert result.urgency == "self_care"
    assert result.age is None and result.age_assumed
    assert result.show_self_care


def test_an_age_band_counts_as_its_risk_group():
    by_age = assess(review_answers(clues=["at-night"], age="65-plus"), REVIEW)
    by_group = assess(review_answers(clues=["at-night"], groups=["older-adult"]), REVIEW)
    assert [c.slug for c in by_age.causes] == [c.slug for c in by_group.causes]
    assert ("group", "older-adult") in [(r.kind, r.slug) for r in by_age.causes[0].reasons]


def test_a_pregnancy_sign_is_asked_only_when_pregnant_and_emergencies_always():
    asked = [s.slug for s in REVIEW.signs_for("face", ["urgent"], groups=["pregnant"])]
    assert "pregnancy-belly-pain" in asked
    assert "pregnancy-belly-pain" not in [
        s.slug for s in REVIEW.signs_for("face", ["urgent"], groups=[])
    ]
    assert [s.slug for s in REVIEW.signs_for("face", ["emergency"], groups=[])] == [
        "stroke-signs",
        "chest-pain",
    ]


def test_a_cause_is_not_listed_for_an_area_it_cannot_explain():
    hand = assess(review_answers(area="face", clues=["at-night"], groups=["older-adult"]), REVIEW)
    assert "night-cramps" not in [c.slug for c in hand.causes]
    calf = assess(review_answers(area="calf", clues=["at-night"]), REVIEW)
    assert [c.slug for c in calf.causes] == ["night-cramps"]


def test_a_cause_is_never_listed_for_an_area_it_cannot_explain_even_for_a_sign():
    face = assess(review_answers(area="face", signs=["frequent"]), REVIEW)
    assert face.urgency == "gp"
    assert face.causes == ()  # the sign points to a calf cause, and this is the face
    calf = assess(review_answers(area="calf", signs=["frequent"]), REVIEW)
    assert [c.slug for c in calf.causes] == ["clot-cause"]


def test_two_signs_that_are_worse_together_raise_the_urgency_and_say_why():
    signs = [
        *SIGNS,
        {"slug": "fever", "question": "A fever", "tier": "urgent", "why": "w", "source": "NHS"},
        {
            "slug": "jerks",
            "question": "Jerks after a new medicine",
            "tier": "urgent",
            "why": "w",
            "source": "NHS: Sertraline",
            "worse_with": ["fever"],
            "worse_tier": "emergency",
            "worse_why": "Together: serotonin syndrome.",
        },
    ]
    rules = build_rules(
        tiers=TIERS, areas=AREAS, signs=signs, groups=GROUPS, clues=CLUES, causes=CAUSES
    )
    alone = assess(answers(signs=["jerks"]), rules)
    assert alone.urgency == "urgent"
    together = assess(answers(signs=["jerks", "fever"]), rules)
    assert together.urgency == "emergency"
    [reason] = together.deciding
    assert reason.label == "Jerks after a new medicine and A fever"
    assert (reason.why, reason.source) == ("Together: serotonin syndrome.", "NHS: Sertraline")
    with pytest.raises(ValueError, match="worse with unknown signs"):
        build_rules(
            tiers=TIERS,
            areas=AREAS,
            signs=[*SIGNS, {**signs[-1], "worse_with": ["nothing"]}],
            groups=GROUPS,
            clues=CLUES,
            causes=CAUSES,
        )


def test_no_self_care_steps_when_a_risk_group_set_the_urgency():
    # A person on dialysis may be on a fluid limit: "drink some water" is not theirs to follow.
    result = assess(review_answers(clues=["during-exercise"], groups=["kidney-disease"]), REVIEW)
    assert result.urgency == "gp"
    assert not result.show_self_care
    assert assess(review_answers(clues=["during-exercise"]), REVIEW).show_self_care


def test_no_result_lists_a_cause_above_its_own_urgency():
    at_home = assess(review_answers(clues=["at-night"], groups=["older-adult"]), REVIEW)
    assert at_home.urgency == "self_care"
    assert "circulation" not in [c.slug for c in at_home.causes]  # it needs a doctor
    with_doctor = assess(
        review_answers(clues=["at-night"], groups=["older-adult"], signs=["frequent"]), REVIEW
    )
    assert with_doctor.urgency == "gp"
    assert "circulation" in [c.slug for c in with_doctor.causes]


def test_an_unknown_age_band_is_an_error():
    with pytest.raises(InvalidAnswers) as error:
        assess(review_answers(age="ancient"), REVIEW)
    assert set(error.value.problems) == {"age"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"signs": [*SIGNS, {"slug": "x", "question": "x", "tier": "gp", "areas": ["moon"]}]},
            "unknown areas",
        ),
        (
            {"signs": [*SIGNS, {"slug": "x", "question": "x", "tier": "gp", "groups": ["nobody"]}]},
            "unknown groups",
        ),
        ({"ages": [{"slug": "a", "label": "A", "group": "nobody"}]}, "unknown group"),
        ({"ages": [{"slug": "a", "label": "A", "tier": "soon"}]}, "unknown tier"),
        ({"causes": [{"slug": "c", "name": "C", "tier": "later"}]}, "unknown tier"),
        ({"causes": [{"slug": "c", "name": "C", "areas": ["moon"]}]}, "unknown areas"),
        ({"groups": [{"slug": "g", "label": "G", "kind": "diet"}]}, "unknown question"),
        ({"clues": [{"slug": "c", "label": "C", "kind": "later"}]}, "unknown question"),
    ],
)
def test_rules_refuse_conditions_that_name_nothing_known(changes, message):
    records = {
        "tiers": TIERS,
        "areas": AREAS,
        "signs": SIGNS,
        "groups": GROUPS,
        "clues": CLUES,
        "causes": CAUSES,
    } | changes
    with pytest.raises(ValueError, match=message):
        build_rules(**records)


def test_face_twitching_for_weeks_lists_the_everyday_cause_first_as_a_possibility():
    rules = seed_rules()
    result = assess(Answers(area="face", signs=frozenset({"long-twitching"})), rules)
    assert result.urgency == "gp"
    assert [r.slug for r in result.causes][:2] == ["stress", "nerve-disorder"]
    assert not result.causes_are_likely  # one sign, worth 2 or 3: "possible causes"


def test_a_sign_that_points_to_a_serious_cause_still_lists_it_first():
    rules = seed_rules()
    answers = Answers(area="calf", signs=frozenset({"walking-pain"}), clues=frozenset({"at-night"}))
    result = assess(answers, rules)
    assert [r.slug for r in result.causes][:2] == ["circulation", "night-cramps"]
    assert result.causes_are_likely  # pain on walking is strong evidence (weight 4)


def test_without_a_sign_a_common_harmless_cause_comes_before_a_serious_one():
    rules = seed_rules()
    # Three medicines with no floor point to "a medicine" (6); night-time cramps score 4.
    # The sign that set the urgency points to neither, so the common cause leads.
    answers = Answers(
        area="calf",
        signs=frozenset({"frequent"}),
        groups=frozenset({"statin", "inhaler", "antipsychotic"}),
        clues=frozenset({"at-night"}),
    )
    ranked = assess(answers, rules).causes
    slugs = [r.slug for r in ranked]
    assert slugs.index("night-cramps") < slugs.index("medicine")
    assert next(r.score for r in ranked if r.slug == "medicine") > ranked[0].score


def test_the_clues_asked_are_those_that_can_point_to_a_cause_for_the_area():
    rules = seed_rules()
    face = {c.slug for c in rules.clues_for("face")}
    assert face == {"not-drinking", "hot-weather", "stress", "caffeine", "tired"}
    assert {c.slug for c in rules.clues_for("calf")} == {c.slug for c in rules.clues_of("clue")}


def test_the_other_signs_are_asked_under_their_themes_in_order():
    rules = seed_rules()
    groups = rules.by_theme(rules.signs_for("calf", ["urgent", "gp"], frozenset({"pregnant"})))
    themes = [theme for theme, _ in groups]
    assert themes[0] == "pain" and themes[-1] == "pregnancy"
    assert sum(len(signs) for _, signs in groups) == len(
        rules.signs_for("calf", ["urgent", "gp"], frozenset({"pregnant"}))
    )


def test_a_medicine_change_that_set_the_urgency_lists_the_medicine_first():
    rules = seed_rules()
    answers = Answers(
        area="calf", groups=frozenset({"medicine-started"}), clues=frozenset({"tired"})
    )
    result = assess(answers, rules)
    assert result.urgency == "gp"
    assert [r.slug for r in result.causes][:2] == ["medicine", "stress"]
    assert result.causes_are_likely  # a medicine started: weight 4


MEDICINE_SIGNS = {"statin-pain", "steroid-stopped", "serotonin-signs", "new-medicine"}


def test_a_sign_about_a_medicine_is_asked_only_after_that_medicine_or_an_unnamed_one():
    rules = seed_rules()

    def asked(*groups: str) -> set[str]:
        return {s.slug for s in rules.signs_for("calf", ["urgent", "gp"], frozenset(groups))}

    assert not asked() & MEDICINE_SIGNS  # no medicine, no change: none of them
    assert asked("statin") & MEDICINE_SIGNS == {"statin-pain", "new-medicine"}
    assert asked("medicine-stopped") & MEDICINE_SIGNS == {"steroid-stopped", "new-medicine"}
    # Not sure what the tablets are called: "any other medicine" asks them all.
    assert asked("other-medicine") >= MEDICINE_SIGNS
    # Signs about alcohol or a twist after a medicine stay asked of everyone.
    assert {"alcohol-withdrawal", "dystonia"} <= asked()


def test_a_medicine_sign_posted_without_its_medicine_still_counts():
    # The one-POST contract: a sign that is posted counts, asked or not.
    result = assess(Answers(area="calf", signs=frozenset({"statin-pain"})), seed_rules())
    assert result.urgency == "urgent"
    assert [s.slug for s in result.deciding] == ["statin-pain"]
