"""Random and malformed input to every checker step and to search: never a 500, never a stored row."""

import pytest
from django.apps import apps
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.factories import load_seed

pytestmark = pytest.mark.django_db

CHECKER_URLS = [
    "/check/",
    "/check/emergency/",
    "/check/signs/",
    "/check/about/",
    "/check/clues/",
    "/check/result/",
    "/check/result",
]
KNOWN = [
    "calf",
    "back",
    "face",
    "many",
    "chest-pain",
    "frequent",
    "older-adult",
    "at-night",
    "stress",
    "under-16",
    "65-plus",
    "yes",
    "pregnant",
    "pregnancy-belly-pain",
    "someone-else",
    "stopped-today",
    "shin",
]
FIELDS = [
    "area",
    "signs",
    "groups",
    "clues",
    "age",
    "no_emergency",
    "who",
    "timing",
    "csrfmiddlewaretoken",
    "q",
    "area[]",
    "",
]

text = st.one_of(
    st.sampled_from(KNOWN),
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    st.just("x" * 20_000),
    st.just("\x00"),
    st.just("\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace")),
    st.sampled_from(
        ["' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "🦵" * 50]
    ),
)
form = st.lists(st.tuples(st.sampled_from(FIELDS), text), max_size=12)
SETTINGS = hypothesis_settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def site(db, settings):
    settings.CHECKER_RATE_LIMIT = 0  # reach the views every time (the limit has its own test)
    load_seed()
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def as_querydict(pairs):
    data: dict[str, list[str]] = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


def assert_nothing_stored(before):
    after = {model._meta.label: model.objects.count() for model in apps.get_models()}
    assert after == before


@SETTINGS
@given(url=st.sampled_from(CHECKER_URLS), pairs=form, htmx=st.booleans())
def test_checker_posts_never_fail_or_store(site, url, pairs, htmx):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = client.post(url, as_querydict(pairs), **headers)
    assert response.status_code < 500, response.content[:500]
    assert_nothing_stored(site)


@SETTINGS
@given(
    url=st.sampled_from(CHECKER_URLS),
    method=st.sampled_from(["get", "put", "patch", "delete", "options", "head"]),
    pairs=form,
)
def test_checker_answers_other_methods_without_failing(site, url, method, pairs):
    client = Client(raise_request_exception=False)
    response = getattr(client, method)(url, as_querydict(pairs) if method == "get" else None)
    assert response.status_code < 500
    assert_nothing_stored(site)


@SETTINGS
@given(
    body=st.binary(max_size=2000),
    content_type=st.sampled_from(
        [
            "application/json",
            "multipart/form-data; boundary=xyz",
            "application/x-www-form-urlencoded",
            "text/plain",
        ]
    ),
)
def test_checker_copes_with_raw_bodies(site, body, content_type):
    client = Client(raise_request_exception=False)
    response = client.generic("POST", "/check/result/", body, content_type=content_type)
    assert response.status_code < 500
    assert_nothing_stored(site)


@SETTINGS
@given(pairs=form)
def test_search_never_fails(site, pairs):
    client = Client(raise_request_exception=False)
    response = client.get("/search/", as_querydict(pairs))
    assert response.status_code < 500
    assert_nothing_stored(site)
