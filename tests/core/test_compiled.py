import threading

import pytest
from django.db import connection, connections
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from core.compiled import NotCompilable, compiled_query
from education.models import Article
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


@compiled_query(str, int)
def _from_title(start: str, most: int, *, language: str = "en"):
    # A join (select_related), an annotation, deferred fields, a value used twice and a
    # keyword that changes the SQL.
    return (
        Article.objects.select_related("translation_of")
        .filter(title__gte=start, language=language)
        .exclude(pk=most)
        .filter(pk__lt=most)
        .annotate(topics=Count("categories"))
        .defer("search_vector", "summary")
        .order_by("title")
    )


@pytest.fixture
def articles():
    original = make_article(title="Cramp", slug="cramp")
    spanish = make_article(
        title="Calambre", slug="calambre", language="es", translation_of=original
    )
    topic = make_category(name="Cramps", slug="cramps")
    for n in range(3):
        make_article(title=f"Cramp {n}", slug=f"cramp-{n}", categories=[topic])
    return original, spanish


def _same(ours: list, theirs: list) -> None:
    assert ours == theirs
    for one, two in zip(ours, theirs, strict=True):
        assert one.__dict__.keys() == two.__dict__.keys()
        assert {k: v for k, v in one.__dict__.items() if k != "_state"} == {
            k: v for k, v in two.__dict__.items() if k != "_state"
        }
        assert (
            one.get_deferred_fields() == two.get_deferred_fields() == {"search_vector", "summary"}
        )
        assert one._state.fields_cache.keys() == two._state.fields_cache.keys()
        assert one._state.db == two._state.db and not one._state.adding


@pytest.mark.parametrize(("start", "most"), [("Cramp", 10**6), ("Cramp ", 10**6), ("X", 10**6)])
def test_a_compiled_query_gives_what_the_orm_gives(articles, start, most):
    theirs = list(_from_title.uncompiled(start, most))
    _same(_from_title(start, most), theirs)
    _same(_from_title(start, most), theirs)  # from the compiled query


def test_each_call_runs_with_its_own_values(articles, django_assert_num_queries):
    cramp_one = Article.objects.get(slug="cramp-1")
    _from_title("Cramp", 10**6)
    with django_assert_num_queries(1):
        found = _from_title("Cramp", cramp_one.pk)
        assert [a.title for a in found] == ["Cramp", "Cramp 0"]
    with django_assert_num_queries(0):
        assert [a.topics for a in found] == [0, 1]  # annotated
    assert _from_title("D", 10**6) == []


def test_keywords_compile_another_query(articles, django_assert_num_queries):
    _, spanish = articles
    with django_assert_num_queries(1):
        found = _from_title("Cal", 10**6, language="es")
        assert found == [spanish]
        assert found[0].translation_of.title == "Cramp"  # selected with it
    english = _from_title("Cal", 10**6)
    assert [a.title for a in english] == ["Cramp", "Cramp 0", "Cramp 1", "Cramp 2"]


def test_a_value_is_data_never_sql(articles):
    # Among them the stand-ins the query is compiled with: a value is put in by position.
    for start in (
        "'; DROP TABLE education_article; --",
        "%",
        "_",
        "Compiled %_\\ a 0",
        "Compiled %_\\ b 0",
    ):
        assert _from_title(start, 10**6) == list(_from_title.uncompiled(start, 10**6))
    assert Article.objects.count() == 5


def test_a_query_that_cannot_be_compiled_once_is_refused():
    @compiled_query(int)
    def changes_shape(most):
        return Article.objects.all()[:most]  # LIMIT is written into the SQL

    @compiled_query(str)
    def contains(word):
        return Article.objects.filter(title__contains=word)  # LIKE %word%

    @compiled_query(str)
    def lowers(word):
        return Article.objects.filter(slug=word.lower())

    @compiled_query(str)
    def escapes(word):
        return Article.objects.filter(title__iexact=word)  # escapes % and _ on SQLite

    @compiled_query(str, int)
    def ignores(word, pk):
        return Article.objects.filter(title=word)

    with pytest.raises(NotCompilable, match="SQL changes"):
        changes_shape(3)
    for query in (contains, lowers) + ((escapes,) if connection.vendor == "sqlite" else ()):
        with pytest.raises(NotCompilable, match="rewritten"):
            query("cramp")
    with pytest.raises(NotCompilable, match="not used"):
        ignores("cramp", 1)
    with pytest.raises(TypeError):
        _from_title(1, 2)
    with pytest.raises(TypeError):
        _from_title("Cramp", True)  # a bool is not an id
    with pytest.raises(TypeError):
        _from_title("Cramp")
    with pytest.raises(TypeError):
        compiled_query(float)


def test_the_page_and_its_neighbours_read_as_through_the_orm(articles):
    original, spanish = articles
    page = Article.objects.article_page("calambre")
    assert page == Article.objects.for_article_page().get(slug="calambre")
    assert page.get_deferred_fields() == {"search_vector"}
    original.read_neighbours()
    assert original.published_translations == [spanish]
    with pytest.raises(Article.DoesNotExist):
        Article.objects.article_page("no-such-article")


@pytest.mark.django_db(transaction=True)
def test_a_query_compiled_in_one_thread_runs_on_another_threads_connection():
    make_article(title="Cramp", slug="cramp")
    Article.objects.article_page("cramp")  # compiled here
    found, queries = [], []

    def other_thread():
        theirs = connections["default"]
        try:
            with CaptureQueriesContext(theirs) as captured:
                found.append(Article.objects.article_page("cramp").slug)
            queries.extend(captured.captured_queries)
        finally:
            theirs.close()

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert found == ["cramp"]
    assert len(queries) == 1  # on the other thread's own connection
