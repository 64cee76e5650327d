"""The checker stores nothing about the person: no rows, no session, no cookie, no log."""

import logging

import pytest
from django.apps import apps
from django.urls import reverse

pytestmark = pytest.mark.usefixtures("seeded")


def every_row() -> dict[str, list[dict]]:
    """Return the content of every table, so an insert, update or delete shows."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
    }


def test_a_full_check_leaves_the_database_unchanged_and_sets_no_cookie(client, caplog):
    before = every_row()
    answers = {
        "area": "calf",
        "signs": ["frequent"],
        "groups": ["kidney-disease"],
        "clues": ["at-night"],
        "age": "65-plus",
        "no_emergency": "yes",
        "who": "someone-else",
        "timing": "comes-and-goes",
    }
    with caplog.at_level(logging.DEBUG):
        responses = [
            client.get(reverse("triage:start")),
            client.post(reverse("triage:emergency"), {**answers, "no_emergency": ""}),
            client.post(reverse("triage:about"), answers),
            client.post(reverse("triage:signs"), {**answers, "signs": []}),
            client.post(reverse("triage:clues"), answers),
            client.post(reverse("triage:result"), answers),
            client.post(reverse("triage:answers_file"), answers),
            client.post(reverse("triage:result"), {"area": "calf", "signs": ["chest-pain"]}),
            client.post(reverse("triage:result"), {"area": "nowhere", "signs": ["older-adult"]}),
        ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 200, 200, 200, 200, 400]
    assert every_row() == before
    assert not any(r.cookies for r in responses)
    assert not client.cookies
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for answer in (
        "kidney-disease",
        "65-plus",
        "someone-else",
        "comes-and-goes",
        "at-night",
        "frequent",
        "chest-pain",
        "nowhere",
    ):
        assert answer not in logged


def test_feedback_on_a_result_keeps_only_a_count(client, caplog):
    # "Was this page helpful?": the answer adds one to today's count for the page, and
    # nothing else is kept: no other row, no session, no cookie, no address in the logs.
    before = every_row()
    with caplog.at_level(logging.DEBUG):
        response = client.post(
            "/feedback/",
            {"page": "/check/result/", "helpful": "no"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_USER_AGENT="Reader's phone",
        )
    assert response.status_code == 200
    after = every_row()
    changed = {label for label in after if after[label] != before[label]}
    assert changed == {"education.PageFeedback"}
    (row,) = after["education.PageFeedback"]
    assert set(row) == {"id", "page", "day", "helpful", "not_helpful"}
    assert (row["page"], row["helpful"], row["not_helpful"]) == ("/check/result/", 0, 1)
    assert not response.cookies and not client.cookies
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "203.0.113.7" not in logged and "Reader's phone" not in logged
