"""Every public page runs a fixed number of SQL queries, however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import load_seed, make_article, make_category
from tests.pages import FIRST_STEP

pytestmark = pytest.mark.django_db

PAGES = [
    ("GET", "/", {}),
    ("GET", "/articles/muscle-spasms/", {}),
    ("GET", "/topics/neurology/", {}),
    ("GET", "/search/?q=cramp", {}),
    ("GET", "/search/", {}),
    ("GET", "/glossary/", {}),
    ("GET", "/about/privacy/", {}),
    ("GET", "/feed/", {}),
    ("GET", "/sitemap.xml", {}),
    ("GET", "/robots.txt", {}),
    ("GET", "/check/", {}),
    ("POST", "/check/emergency/", FIRST_STEP),
    ("POST", "/check/about/", {**FIRST_STEP, "no_emergency": "yes"}),
    ("POST", "/check/signs/", {**FIRST_STEP, "no_emergency": "yes", "age": "65-plus"}),
    ("POST", "/check/clues/", {**FIRST_STEP, "no_emergency": "yes", "age": "65-plus"}),
    ("POST", "/check/result/", {"area": "calf", "signs": ["frequent"], "clues": ["at-night"]}),
    ("GET", "/check/questionnaire.json", {}),
    ("POST", "/check/answers.json", {"area": "calf", "signs": ["frequent"], "clues": ["at-night"]}),
    ("GET", "/api/v1/articles", {}),
    ("GET", "/api/v1/articles/muscle-spasms", {}),
    ("GET", "/api/v1/topics", {}),
    ("GET", "/api/v1/glossary", {}),
    ("GET", "/api/v1/docs/", {}),
]
# The number of queries each page may run, whatever the content.
EXPECTED = {
    "/": 2,  # categories, their published articles
    # article, its related articles and editions; then, to render its own parts (measured: the
    # cache is emptied; once kept they cost none, tests/education/test_rendering.py):
    # topics, sections, sources, page history, warning signs (its care cards come from the
    # published rules, kept in memory), and the glossary's terms: one query for them all,
    # cached until the content changes
    "/articles/muscle-spasms/": 8,
    "/topics/neurology/": 2,  # category, its published articles
    "/search/?q=cramp": 2,  # the articles, the glossary's terms
    "/search/": 0,
    "/glossary/": 1,
    "/about/privacy/": 1,  # the page
    "/feed/": 1,  # the language's newest articles
    # the published articles (counted, then read), their published translations, the topics
    "/sitemap.xml": 4,
    "/robots.txt": 0,
    # The checker's rules are built once per process; their version stamp is
    # read at most once a second, so a request normally runs no query at all.
    "/check/": 0,
    "/check/emergency/": 0,
    "/check/signs/": 0,
    "/check/about/": 0,
    "/check/clues/": 0,
    "/check/result/": 1,  # the glossary's terms (cached: none while the content is unchanged)
    # The checker in FHIR: from the rules in memory.
    "/check/questionnaire.json": 0,
    "/check/answers.json": 0,
    # The content API: when the articles last changed (for Last-Modified), then the
    # articles counted, a page of them and their topics.
    "/api/v1/articles": 4,
    # when it last changed, the article, its sections, sources, topics and published
    # translations
    "/api/v1/articles/muscle-spasms": 6,
    "/api/v1/topics": 1,
    "/api/v1/glossary": 1,  # the terms, cached until the content changes
    "/api/v1/docs/": 0,
}


def count_queries(client, method: str, path: str, data: dict) -> int:
    from django.core.cache import cache

    from education import glossary
    from education.caching import near_pages

    cache.clear()  # measure the uncached page: neither the shared cache
    near_pages.clear()  # nor this process's copies have it
    glossary.forget()
    with CaptureQueriesContext(connection) as captured:
        response = client.post(path, data) if method == "POST" else client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def add_lots_of_content():
    from education.models import Term

    Term.objects.bulk_create(
        Term(slug=f"term-{i}", term_en=f"Term {i}", definition_en=f"What term {i} means.")
        for i in range(40)
    )
    topic = make_category(slug="more")
    for i in range(15):
        article = make_article(
            title=f"Cramp article {i}",
            sections=6,
            sources=4,
            categories=[topic],
            summary="About a cramp.",
        )
        article.related_articles.add(*list(article.__class__.objects.all()[:5]))


@pytest.mark.parametrize(("method", "path", "data"), PAGES, ids=[p[1] for p in PAGES])
def test_page_runs_a_fixed_number_of_queries(client, method, path, data):
    load_seed()
    count_queries(client, method, path, data)  # warm the checker's rule set
    assert count_queries(client, method, path, data) == EXPECTED[path]
    add_lots_of_content()
    count_queries(client, method, path, data)
    assert count_queries(client, method, path, data) == EXPECTED[path]


def test_an_article_with_pictures_runs_as_many_queries(client, media):
    """A section's picture is read with the section: it costs no query of its own."""
    from education.models import Article
    from tests.factories import with_picture

    load_seed()
    path = "/articles/muscle-spasms/"
    for section in Article.objects.get(slug="muscle-spasms").sections.all():
        with_picture(section)
    count_queries(client, "GET", path, {})
    assert count_queries(client, "GET", path, {}) == EXPECTED[path]
    assert client.get(path).content.decode().count("figure-photo") >= 3
