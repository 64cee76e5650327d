import pytest
from django.db import connection
from django.utils import translation

from education.models import Article, ArticleQuerySet
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    in_title = make_article(title="Night cramps in the leg", slug="night")
    in_body = make_article(title="Sore muscles", slug="sore")
    make_section(in_body, body_markdown="After exercise a cramp can leave the muscle sore.")
    make_article(title="Eyelid twitching", slug="eyelid")
    make_article(title="Cramp draft", slug="draft", status=Article.Status.DRAFT)
    return in_title, in_body


def search(query):
    return list(Article.objects.published().search(query))


def test_search_finds_words_in_titles_and_sections_and_ranks_titles_first(articles):
    in_title, in_body = articles
    assert search("cramp") == [in_title, in_body]


def test_search_ignores_drafts_and_non_matching_articles(articles):
    assert all(a.status == Article.Status.PUBLISHED for a in search("cramp"))
    assert [a.slug for a in search("eyelid")] == ["eyelid"]


def test_search_finds_other_names(articles):
    aka = make_article(title="Muscle spasms", also_known_as="charley horse", slug="spasms")
    assert search("charley horse") == [aka]


def test_search_requires_every_word(articles):
    assert search("eyelid cramp") == []


@pytest.mark.parametrize("query", ["", "   ", "\x00", "%%%", "'; DROP TABLE x; --", "é" * 500])
def test_search_copes_with_odd_input(articles, query):
    # Nothing matches, nothing fails, and the words are data, never SQL.
    assert search(query) == []
    assert Article.objects.count() == 4
    assert search("cramp") == list(articles)


def test_search_uses_full_text_ranking_on_postgresql(articles):
    queryset = Article.objects.published().search("cramps")
    if connection.vendor == "postgresql":
        # Stemming: "cramps" finds "cramp" in a section.
        assert [a.slug for a in queryset] == ["night", "sore"]
        assert "ts_rank" in str(queryset.query)
    else:
        assert [a.slug for a in queryset] == ["night"]


def test_search_follows_an_editors_change_to_a_section(articles):
    _, in_body = articles
    section = in_body.sections.get()
    section.body_markdown = "Now this section talks about magnesium."
    section.save()
    assert search("magnesium") == [in_body]
    section.delete()
    assert search("magnesium") == []


def test_a_long_query_costs_one_query_and_no_join_per_word(articles, django_assert_num_queries):
    in_title, in_body = articles
    for article in (in_title, in_body):
        for n in range(6):
            make_section(article, body_markdown=f"Filler section {n} about a cramp and a leg.")
    words = " ".join(["leg"] * 50)  # 199 characters: under the 200 the search keeps
    qs = Article.objects.published().search(words)
    if connection.vendor != "postgresql":
        sql = str(qs.query).upper()
        assert "JOIN" not in sql  # each word is one EXISTS on the sections, never a join
        assert sql.count("EXISTS") == ArticleQuerySet.FALLBACK_WORDS
    with django_assert_num_queries(1):
        assert list(qs) == [in_title, in_body]


@pytest.mark.parametrize(
    "query",
    [
        *("cramp", "cramps", "CRAMP leg", "cramp or eyelid", '"night cramps"', "-eyelid cramp"),
        *("", "\x00", "'; DROP TABLE x; --", "é" * 500, "Compiled %_\\ a 0"),
    ],
)
def test_the_search_pages_results_are_the_searchs_best_first(articles, query):
    # published_matches runs search() compiled once: the same articles in the same order,
    # cut to the limit, whatever the words (the words are data, never SQL).
    for n in range(4):
        make_article(title=f"Cramp {n}", slug=f"cramp-{n}")
    best = list(Article.objects.published().search(query)[:3])
    assert Article.objects.published_matches(query, 3) == best
    assert Article.objects.published_matches(query, 3) == best  # again, from the compiled query
    assert Article.objects.count() == 8


def test_the_search_pages_results_read_one_query_and_only_what_a_card_shows(
    articles, django_assert_num_queries
):
    with django_assert_num_queries(1):
        found = Article.objects.published_matches("cramp", 20)
        assert [a.get_absolute_url() for a in found] == ["/articles/night/", "/articles/sore/"]
        assert [a.title for a in found] == ["Night cramps in the leg", "Sore muscles"]
    assert found[0].get_deferred_fields() >= {"status", "author", "search_vector"}


def test_the_search_pages_results_are_in_the_language_asked(spanish):
    cramps, _ = spanish
    assert Article.objects.published_matches("calambre", 20, "es") == [cramps]
    assert Article.objects.published_matches("calambre", 20, "en") == []
    with translation.override("es"):
        assert Article.objects.published_matches("calambre", 20) == [cramps]


@pytest.fixture
def spanish():
    """Spanish articles with plurals and accents, and an English one that must not show."""
    cramps = make_article(title="Calambres en las piernas", slug="calambres", language="es")
    make_section(cramps, body_markdown="Un calambre es cuando un músculo se pone duro.")
    spasms = make_article(title="Espasmos musculares", slug="espasmos", language="es")
    make_section(spasms, body_markdown="Los espasmos pueden dar en cualquier músculo.")
    make_article(title="Muscle cramps", slug="english-cramps")
    return cramps, spasms


def search_spanish(query):
    return [a.slug for a in Article.objects.published().search(query, "es")]


# On both databases: PostgreSQL with the Spanish configuration that ignores accents,
# SQLite through the folded match.
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("calambre", ["calambres"]),  # the singular finds the plural
        ("espasmo", ["espasmos"]),
        ("musculo", ["calambres", "espasmos"]),  # without its accent
        ("MÚSCULO", ["calambres", "espasmos"]),
        ("piernas", ["calambres"]),
        ("cramps", []),  # an English word finds no Spanish article, nor the English one
    ],
)
def test_spanish_search_ignores_accents_and_finds_plurals(spanish, query, found):
    assert sorted(search_spanish(query)) == found


def test_the_spanish_search_page_lists_spanish_articles_only(client, spanish):
    html = client.get("/es/search/", {"q": "musculo"}).content.decode()
    assert "Calambres en las piernas" in html and "Espasmos musculares" in html
    assert "Muscle cramps" not in html
    assert "2 resultados para «musculo»" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_postgresql_stems_spanish_so_a_plural_finds_a_singular(spanish):
    only_singular = make_article(title="Tirón", slug="tiron", language="es")
    make_section(only_singular, body_markdown="Un calambre fuerte.")
    assert "tiron" in search_spanish("calambres")


def test_each_query_is_answered_from_the_cache_and_only_with_its_own_results(
    client, articles, django_assert_num_queries
):
    first = client.get("/search/?q=cramp").content.decode()
    assert "Night cramps in the leg" in first and "Eyelid twitching" not in first
    assert client.get("/search/?q=cramp").content.decode() == first  # asked again: kept
    with django_assert_num_queries(0):  # the same question: the kept page
        assert client.get("/search/?q=cramp").content.decode() == first
        assert client.get("/search/?q=cramp&cb=123").content.decode() == first
    other = client.get("/search/?q=eyelid").content.decode()
    assert "Eyelid twitching" in other and "Night cramps in the leg" not in other
    # An empty question is refused (400) even after the unasked search page is kept.
    assert client.get("/search/").status_code == 200
    assert client.get("/search/?q=").status_code == 400
    assert client.get("/search/?q=%20%20").status_code == 400


def test_a_question_asked_once_leaves_no_page_in_the_cache(client, articles):
    from django.core.cache import cache

    from education import caching

    pages = []
    for n in range(20):  # a flood of questions never asked again
        response = client.get("/search/", {"q": f"cramp w{n}"})
        assert response.status_code == 200 and "No results for" in response.text
        assert "s-maxage" in response["Cache-Control"]  # a CDN may still keep it
        pages.append(caching._key(response.wsgi_request))
    assert [cache.get(key) for key in pages] == [None] * 20
    caching.near_pages.clear()
    again = client.get("/search/", {"q": "cramp w3"})  # one of them, asked again
    assert cache.get(caching._key(again.wsgi_request))["content"] == again.content


def test_a_kept_search_page_is_retired_by_a_publish_and_an_unpublish(client, articles):
    in_title, _in_body = articles
    assert "Night cramps in the leg" in client.get("/search/?q=cramp").content.decode()
    draft = Article.objects.get(slug="draft")
    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert "Cramp draft" in client.get("/search/?q=cramp").content.decode()
    in_title.status = Article.Status.DRAFT
    in_title.save()
    assert "Night cramps in the leg" not in client.get("/search/?q=cramp").content.decode()


def test_an_editor_never_gets_nor_leaves_a_kept_search_page(admin_client, client, articles):
    assert "Cramp draft" not in client.get("/search/?q=cramp").content.decode()
    response = admin_client.get("/search/?q=cramp")
    assert "private" in response["Cache-Control"]
