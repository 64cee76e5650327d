"""How the public site and the API find articles: published ones, one language, search."""

from __future__ import annotations

import datetime

from django.db import connections, models
from django.db.models import Case, F, Prefetch, Q, When
from django.utils import timezone, translation

from core.compiled import compiled_query
from education.models.parts import Section
from education.models.topics import Category

#: The full-text search configuration of each language (PostgreSQL). `spanish_unaccent`
#: is Spanish with accents ignored, made by migration education 0014.
SEARCH_CONFIGS = {"en": "english", "es": "spanish_unaccent"}


#: What a list of articles shows of each (a card: title, summary, link): all it reads.
CARD_FIELDS = ("title", "slug", "summary", "language")


def search_words(query: str) -> str:
    """Return what is searched for of `query`: its words, single-spaced, at most 200
    characters, no NUL (PostgreSQL refuses one in a string)."""
    return " ".join(query.replace("\x00", " ").split())[:200]


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        """Return the articles the public may read."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def in_language(self, language: str | None = None) -> ArticleQuerySet:
        """Return the articles written in `language` (the page's own language by default)."""
        return self.filter(language=language or translation.get_language())

    def needing_update(self) -> ArticleQuerySet:
        """Return the translations whose original was approved again after they last were.

        A translation never approved since its original was is counted too.
        """
        original_newer = Q(translation_of__approved_at__isnull=False) & (
            Q(approved_at__isnull=True) | Q(translation_of__approved_at__gt=F("approved_at"))
        )
        return self.filter(original_newer)

    def review_overdue(self, today: datetime.date | None = None) -> ArticleQuerySet:
        """Return the articles whose next review date has passed."""
        return self.filter(next_review_due__lt=today or timezone.localdate())

    def for_article_page(self) -> ArticleQuerySet:
        """Return articles with their original selected: the article page then reads its
        related articles and other editions in one more query (Article.read_neighbours), and
        its own parts (topics, sections, sources...) only to render them
        (education.rendering). Their search documents are left in the database."""
        return self.select_related("translation_of").defer(
            "search_vector", "translation_of__search_vector"
        )

    def for_api(self) -> ArticleQuerySet:
        """Return articles with everything the content API tells of one, in five queries."""
        return self.prefetch_related(
            "sections",
            "sources",
            Prefetch("categories", queryset=Category.objects.only("slug")),
            Prefetch(
                "translations",
                queryset=self.model.objects.published().only(
                    "slug", "language", "status", "translation_of"
                ),
                to_attr="published_translations",
            ),
        ).select_related("translation_of")

    def search(self, query: str, language: str | None = None) -> ArticleQuerySet:
        """Return the articles in `language` (the page's own by default) matching the words
        of `query`, best match first.

        PostgreSQL ranks with full-text search in the language's
        configuration (SEARCH_CONFIGS: Spanish stems "calambres" to
        "calambre" and ignores accents), title and other names weighing most,
        then the summary, then the sections. Other databases match every word
        anywhere in the article, ignoring case and accents, and rank title
        matches first.
        """
        query = search_words(query)
        if not query:
            return self.none()
        language = language or translation.get_language()
        articles = self.in_language(language)
        if connections[self.db].vendor == "postgresql":
            return articles._search_postgres(query, language)
        return articles._search_fallback(query)

    def _search_postgres(self, query: str, language: str) -> ArticleQuerySet:
        from django.contrib.postgres.search import SearchQuery, SearchRank

        search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIGS[language])
        return (
            self.filter(search_vector=search_query)
            .annotate(rank=SearchRank(F("search_vector"), search_query))
            .order_by("-rank", "title")
        )

    def update_search_vectors(self) -> None:
        """Store each article's full-text search document (PostgreSQL only; a no-op elsewhere).

        Each article is indexed in its own language's configuration. Title and
        other names weigh most, then the summary, then the sections. Kept up to
        date by education/signals.py, after bulk loads and by every seed.
        """
        from django.contrib.postgres.search import SearchVector
        from django.db import connections
        from django.db.models import OuterRef, StringAgg, Subquery, TextField, Value
        from django.db.models.functions import Coalesce

        if connections[self.db].vendor != "postgresql":
            return
        section_text = Subquery(
            Section.objects.filter(article=OuterRef("pk"))
            .values("article")
            .annotate(text=StringAgg("body_text", delimiter=Value(" ")))
            .values("text")
        )
        for language, config in SEARCH_CONFIGS.items():
            self.filter(language=language).update(
                search_vector=(
                    SearchVector("title", weight="A", config=config)
                    + SearchVector("also_known_as", weight="A", config=config)
                    + SearchVector("summary", weight="B", config=config)
                    + SearchVector(
                        Coalesce(section_text, Value(""), output_field=TextField()),
                        weight="C",
                        config=config,
                    )
                )
            )

    #: The fallback matches at most this many words (the query is already cut to 200 characters).
    FALLBACK_WORDS = 10

    def _search_fallback(self, query: str) -> ArticleQuerySet:
        from django.db.models import Exists, IntegerField, OuterRef, Value

        matches = self
        title_hits = Q()
        for word in query.split()[: self.FALLBACK_WORDS]:
            # One EXISTS per word, never a join per word: a join per word multiplies
            # the rows by the number of sections for every word (10 words took 10 s).
            in_sections = Exists(
                Section.objects.filter(article=OuterRef("pk")).filter(
                    Q(body_text__folded_contains=word) | Q(heading__folded_contains=word)
                )
            )
            matches = matches.filter(
                Q(title__folded_contains=word)
                | Q(also_known_as__folded_contains=word)
                | Q(summary__folded_contains=word)
                | in_sections
            )
            title_hits |= Q(title__folded_contains=word) | Q(also_known_as__folded_contains=word)
        ids = matches.values("pk")
        return (
            self.filter(pk__in=ids)
            .annotate(
                rank=Case(
                    When(title_hits, then=Value(1)), default=Value(0), output_field=IntegerField()
                )
            )
            .order_by("-rank", "title")
        )


# Keyed by the model and the database alias, never by a manager: db_manager() makes a new
# manager each call, and every key is kept for the life of the process.
@compiled_query(str)
def _search_matches(
    words: str, *, model: type[models.Model], alias: str, language: str, limit: int
) -> ArticleQuerySet:
    matches = model._default_manager.db_manager(alias).published().search(words, language)
    return matches.only(*CARD_FIELDS)[:limit]


@compiled_query(str)
def _page_article(slug: str, *, model: type[models.Model], alias: str) -> ArticleQuerySet:
    return model._default_manager.db_manager(alias).for_article_page().filter(slug=slug)


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def published_matches(self, query: str, limit: int, language: str | None = None) -> list:
        """Return the first `limit` published articles matching `query` in `language` (the
        page's own by default), best first, with only their CARD_FIELDS read: the search
        page's results, exactly as `published().search(query, language)` ranks them.

        On PostgreSQL the query is compiled once per language and limit (core.compiled)
        and run with each search's words: building and compiling it through the ORM cost
        more of the app server's time than running it (about 2 ms against 0.4 ms a search).
        SQLite's search grows with the number of words, so it is built each time.
        """
        language = language or translation.get_language()
        if connections[self.db].vendor != "postgresql":
            matches = self.published().search(query, language).only(*CARD_FIELDS)
            return list(matches[:limit])
        words = search_words(query)
        if not words:
            return []
        return _search_matches(
            words, model=self.model, alias=self.db, language=language, limit=limit
        )

    def article_page(self, slug: str):
        """Return the article at `slug`, as its page reads it (for_article_page), or raise
        DoesNotExist. Compiled once (core.compiled): an article page that is not in the page
        cache spent more of its time building this query than running it."""
        found = _page_article(slug, model=self.model, alias=self.db)
        if not found:
            raise self.model.DoesNotExist(f"No article at {slug!r}.")
        return found[0]
