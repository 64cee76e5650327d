"""The read-only content API (/api/v1/): every endpoint answers as its OpenAPI schema says,
drafts never appear, answers are cacheable with ETags, any site may GET them, and each
client is rate limited."""

import pytest
from django.test import override_settings
from jsonschema import Draft202012Validator

from education.caching import pages_changed
from education.models import Article, Term
from tests.factories import make_article, make_category, make_section, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    """Two topics, an English article with its Spanish edition, another article and a draft."""
    muscles = make_category(slug="muscles", name="Muscles", name_es="Músculos", position=1)
    sport = make_category(slug="sport", name="Sport", position=2)
    cramps = make_article(
        title="Leg cramps",
        slug="leg-cramps",
        categories=[muscles],
        medical_reviewer="Dr Rivera",
        also_known_as="charley horse",
    )
    make_section(cramps, heading="What they are", anchor="what", body_markdown="A *cramp* [1].")
    make_source(
        cramps, number=1, title="Leg cramps", publisher="NHS", year="", url="https://www.nhs.uk/"
    )
    spanish = make_article(
        title="Calambres",
        slug="calambres",
        language="es",
        translation_of=cramps,
        categories=[muscles],
    )
    make_article(title="Twitches", slug="twitches", categories=[sport])
    make_article(
        title="Secret draft", slug="secret-draft", status=Article.Status.DRAFT, categories=[muscles]
    )
    Term.objects.create(
        slug="cramp",
        term_en="Cramp",
        definition_en="A muscle that tightens.",
        term_es="Calambre",
        definition_es="Un músculo que se tensa.",
    )
    return {"cramps": cramps, "spanish": spanish}


def schema(client) -> dict:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def assert_matches(document: dict, path: str, data) -> None:
    """Check `data` against the 200 answer the OpenAPI schema documents for `path`."""
    answer = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    validator = Draft202012Validator({**answer["schema"], "components": document["components"]})
    errors = [error.message for error in validator.iter_errors(data)]
    assert not errors, errors


CALLS = [
    ("/api/v1/articles", "/api/v1/articles"),
    ("/api/v1/articles", "/api/v1/articles?language=es"),
    ("/api/v1/articles", "/api/v1/articles?topic=muscles&page=1"),
    ("/api/v1/articles/{slug}", "/api/v1/articles/leg-cramps"),
    ("/api/v1/articles/{slug}", "/api/v1/articles/calambres"),
    ("/api/v1/topics", "/api/v1/topics"),
    ("/api/v1/topics", "/api/v1/topics?language=es"),
    ("/api/v1/glossary", "/api/v1/glossary"),
    ("/api/v1/glossary", "/api/v1/glossary?language=es"),
]


@pytest.mark.usefixtures("content")
def test_every_endpoint_answers_as_its_schema_says(client):
    document = schema(client)
    assert set(document["paths"]) == {path for path, _url in CALLS}
    for path, url in CALLS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json")
        assert_matches(document, path, response.json())


def test_the_list_holds_published_articles_only_filtered_and_paged(client, content):
    listed = client.get("/api/v1/articles").json()
    assert [a["slug"] for a in listed["items"]] == ["calambres", "leg-cramps", "twitches"]
    assert listed["count"] == 3
    spanish = client.get("/api/v1/articles?language=es").json()["items"]
    assert [(a["slug"], a["url"]) for a in spanish] == [
        ("calambres", "http://testserver/es/articles/calambres/")
    ]
    on_topic = client.get("/api/v1/articles?topic=muscles").json()["items"]
    assert [a["slug"] for a in on_topic] == ["calambres", "leg-cramps"]
    assert client.get("/api/v1/articles?topic=nothing").json() == {"items": [], "count": 0}
    second = client.get("/api/v1/articles?page=2&page_size=2").json()
    assert [a["slug"] for a in second["items"]] == ["twitches"]


def test_an_article_has_its_sections_sources_review_translations_and_licence(client, content):
    data = client.get("/api/v1/articles/leg-cramps").json()
    assert data["title"] == "Leg cramps"
    assert data["other_names"] == ["charley horse"]
    [section] = data["sections"]
    assert section["heading"] == "What they are"
    assert "<em>cramp</em>" in section["html"]
    assert "cramp" in section["text"] and "<" not in section["text"]
    assert data["sources"] == [
        {
            "number": 1,
            "authors": "NHS",
            "year": "",
            "title": "Leg cramps",
            "publisher": "NHS",
            "url": "https://www.nhs.uk/",
        }
    ]
    assert data["last_reviewed"] == "2026-11-01"
    assert data["next_review_due"] == "2027-11-01"
    assert data["medical_reviewer"] == "Dr Rivera"
    assert data["topics"] == ["muscles"]
    assert data["translations"] == [
        {
            "language": "es",
            "slug": "calambres",
            "url": "http://testserver/es/articles/calambres/",
            "api_url": "http://testserver/api/v1/articles/calambres",
        }
    ]
    assert "CC BY-NC-SA 4.0" in data["licence"]
    assert data["licence_url"].startswith("https://creativecommons.org/")
    assert "Leg cramps" in data["attribution"] and "Dr Rivera" in data["attribution"]
    assert "http://testserver/articles/leg-cramps/" in data["attribution"]
    # The Spanish edition points back at the original.
    spanish = client.get("/api/v1/articles/calambres").json()
    assert [t["slug"] for t in spanish["translations"]] == ["leg-cramps"]


def test_drafts_never_appear(client, content):
    assert client.get("/api/v1/articles/secret-draft").status_code == 404
    assert client.get("/api/v1/articles/no-such-article").status_code == 404
    for url in ("/api/v1/articles", "/api/v1/articles?topic=muscles&page_size=100"):
        assert "secret-draft" not in client.get(url).content.decode()
    # An unpublished translation is not offered either.
    content["spanish"].status = Article.Status.DRAFT
    content["spanish"].save()
    pages_changed()
    assert client.get("/api/v1/articles/leg-cramps").json()["translations"] == []


def test_topics_and_glossary_speak_the_language_asked_for(client, content):
    topics = client.get("/api/v1/topics?language=es").json()
    assert [(t["slug"], t["name"]) for t in topics] == [("muscles", "Músculos"), ("sport", "Sport")]
    assert topics[0]["url"] == "http://testserver/es/topics/muscles/"
    [term] = client.get("/api/v1/glossary?language=es").json()
    assert (term["term"], term["definition"]) == ("Calambre", "Un músculo que se tensa.")


@pytest.mark.usefixtures("content")
@pytest.mark.parametrize(
    "url", ["/api/v1/articles?language=fr", "/api/v1/topics?language=de", "/api/v1/articles?page=0"]
)
def test_bad_parameters_get_a_422_that_says_what_is_wrong_and_is_not_cached(client, url):
    response = client.get(url)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"
    assert "ETag" not in response and "public" not in response.get("Cache-Control", "")


@pytest.mark.usefixtures("content")
@pytest.mark.parametrize(
    "url", ["/api/v1/articles", "/api/v1/articles/leg-cramps", "/api/v1/topics", "/api/v1/glossary"]
)
def test_a_matching_etag_gets_a_304_until_an_editor_changes_something(client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=300" in first["Cache-Control"]
    etag = first["ETag"]
    again = client.get(url, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    pages_changed()  # what every editor's save does
    changed = client.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


@pytest.mark.usefixtures("content")
def test_last_modified_is_the_articles_last_change_and_answers_304(client):
    response = client.get("/api/v1/articles/leg-cramps")
    assert response["Last-Modified"]
    since = client.get(
        "/api/v1/articles/leg-cramps", headers={"if-modified-since": response["Last-Modified"]}
    )
    assert since.status_code == 304


@pytest.mark.usefixtures("content")
def test_any_site_may_read_it_from_a_browser_but_only_get(client):
    response = client.get("/api/v1/articles", headers={"origin": "https://clinic.example"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    preflight = client.options(
        "/api/v1/articles",
        headers={"origin": "https://clinic.example", "access-control-request-method": "GET"},
    )
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert client.post("/api/v1/articles").status_code == 405
    assert client.delete("/api/v1/articles/leg-cramps").status_code == 405
    # The rest of the site stays closed to other sites' scripts.
    page = client.get("/", headers={"origin": "https://clinic.example"})
    assert "Access-Control-Allow-Origin" not in page


@pytest.mark.usefixtures("content")
@override_settings(API_RATE_LIMIT=3)
def test_each_client_is_rate_limited_with_a_retry_after(client):
    codes = [client.get("/api/v1/topics").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = client.get("/api/v1/glossary")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    other = client.get("/api/v1/topics", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


@pytest.mark.usefixtures("content")
def test_the_docs_page_lists_every_endpoint_from_the_schema(client):
    document = schema(client)
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    for path in document["paths"]:
        assert f"GET {path}</code>" in html
    for name in ("ArticleOut", "SectionOut", "TopicOut", "TermOut"):
        assert f'id="shape-{name}"' in html
    assert 'href="/api/v1/openapi.json"' in html


@pytest.mark.usefixtures("content")
def test_a_304_for_a_matching_etag_runs_no_query(client, django_assert_num_queries):
    etag = client.get("/api/v1/articles/leg-cramps")["ETag"]
    with django_assert_num_queries(0):
        assert (
            client.get("/api/v1/articles/leg-cramps", headers={"if-none-match": etag}).status_code
            == 304
        )
