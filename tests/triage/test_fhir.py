"""The checker in FHIR R4: the Questionnaire built from the published rules, and the
QuestionnaireResponse a person downloads from a result, both checked with fhir.resources."""

import json

import pytest
from django.urls import reverse
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from core.content import starter_rules
from triage.fhir import FHIR_JSON
from triage.rules import current_rules

pytestmark = pytest.mark.usefixtures("seeded")

STARTER = starter_rules()


def first_case_of_each_tier() -> list[dict]:
    """One clinicians' safety case for each urgency tier (the first in the file)."""
    cases = {}
    for case in STARTER.safety_cases:
        cases.setdefault(case["expected_tier"], case)
    return list(cases.values())


def posted(case: dict, who: str = "me") -> dict:
    return {
        "area": case["area"],
        "signs": case["signs"],
        "groups": case["groups"],
        "clues": case["clues"],
        "age": case.get("age", ""),
        "timing": case.get("timing", ""),
        "who": who,
    }


def answered(resource: dict) -> dict[str, list[str]]:
    return {
        item["linkId"]: [a["valueCoding"]["code"] for a in item["answer"]]
        for item in resource["item"]
    }


def test_the_questionnaire_is_valid_fhir_and_offers_every_published_answer(client):
    response = client.get(reverse("triage:questionnaire"))
    assert response.status_code == 200
    assert response["Content-Type"] == FHIR_JSON
    assert "public" in response["Cache-Control"]
    data = response.json()
    questionnaire = Questionnaire.model_validate(data)
    assert questionnaire.status == "active"
    assert data["url"] == "http://testserver/check/questionnaire.json"
    rules = current_rules()
    assert data["version"] == str(rules.number) != "0"
    options = {
        item["linkId"]: {o["valueCoding"]["code"] for o in item["answerOption"]}
        for item in data["item"]
    }
    assert options["area"] == set(rules.areas)
    assert options["signs"] == set(rules.signs)
    assert options["groups"] == set(rules.groups)
    assert options["clues"] == {c.slug for c in rules.clues_of("clue")}
    assert options["timing"] == {c.slug for c in rules.clues_of("timing")}
    assert options["age"] == set(rules.ages)
    assert options["urgency"] == set(rules.tiers)
    assert options["causes"] == {cause.slug for cause in rules.causes}
    read_only = {item["linkId"] for item in data["item"] if item.get("readOnly")}
    assert read_only == {"urgency", "causes"}
    # Each kind of answer has its own code system, named under the questionnaire's address.
    systems = {o["valueCoding"]["system"] for item in data["item"] for o in item["answerOption"]}
    assert all(system.startswith(data["url"] + "#") for system in systems)


def test_the_spanish_questionnaire_is_in_spanish_at_its_own_address(client):
    data = client.get("/es/check/questionnaire.json").json()
    Questionnaire.model_validate(data)
    assert data["language"] == "es"
    assert data["url"] == "http://testserver/es/check/questionnaire.json"
    english = client.get("/check/questionnaire.json").json()
    assert data["title"] != english["title"]
    assert [i["linkId"] for i in data["item"]] == [i["linkId"] for i in english["item"]]


@pytest.mark.parametrize("case", first_case_of_each_tier(), ids=lambda case: case["expected_tier"])
def test_a_response_for_each_tier_references_the_questionnaire_and_carries_every_answer(
    client, case
):
    response = client.post(reverse("triage:answers_file"), posted(case, who="someone-else"))
    assert response.status_code == 200
    assert response["Content-Type"] == FHIR_JSON
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    QuestionnaireResponse.model_validate(data)
    questionnaire = client.get(reverse("triage:questionnaire")).json()
    assert data["questionnaire"] == f"{questionnaire['url']}|{questionnaire['version']}"
    assert data["status"] == "completed"
    got = answered(data)
    assert got["who"] == ["someone-else"]
    assert got["area"] == [case["area"]]
    assert set(got.get("signs", [])) == set(case["signs"])
    assert set(got.get("groups", [])) == set(case["groups"])
    assert set(got.get("clues", [])) == set(case["clues"])
    for name in ("age", "timing"):
        assert got.get(name, []) == ([case[name]] if case.get(name) else [])
    # The outcome is the result page's: the same urgency and the causes it lists.
    assert got["urgency"] == [case["expected_tier"]]
    assert set(case["expected_top3"]) <= set(got.get("causes", []))
    # Every answer is one the questionnaire offers for that item.
    offered = {
        item["linkId"]: {o["valueCoding"]["code"] for o in item["answerOption"]}
        for item in questionnaire["item"]
    }
    for link_id, codes in got.items():
        assert set(codes) <= offered[link_id]


def test_the_result_page_offers_the_file_with_the_answers_and_says_nothing_is_kept(client):
    case = first_case_of_each_tier()[0]
    page = client.post(reverse("triage:result"), posted(case)).content.decode()
    assert f'action="{reverse("triage:answers_file")}"' in page
    assert "keep no copy" in page
    assert f'<input type="hidden" name="area" value="{case["area"]}">' in page
    for clue in case["clues"]:
        assert f'<input type="hidden" name="clues" value="{clue}">' in page


def test_bad_answers_get_the_checkers_400_not_a_file(client):
    response = client.post(reverse("triage:answers_file"), {"area": "nowhere"})
    assert response.status_code == 400
    assert "attachment" not in response.get("Content-Disposition", "")
    assert b"We could not read those answers" in response.content


def test_the_file_is_only_posted_and_the_questionnaire_only_read(client):
    assert client.get(reverse("triage:answers_file")).status_code == 405
    assert client.post(reverse("triage:questionnaire")).status_code == 405
