"""The read-only content API at /api/v1/: published articles, topics and the glossary.

Built with django-ninja: the response schemas below are the OpenAPI schema
(/api/v1/openapi.json), so what is documented is what is served. Only
published articles ever appear; a draft's address answers 404 as for one
that does not exist.

Every answer carries an ETag made from the content version (any editor's
save changes it) and the address, `Last-Modified` where one article or list
has a last change, and `Cache-Control: public`; a client that sends the ETag
back gets a 304. Any site may read it from a browser (CORS, GET only, set in
settings). Each client may send API_RATE_LIMIT requests a minute.
"""

import datetime
import hashlib
import time
from functools import wraps
from typing import Literal

from django.conf import settings
from django.db.models import Max, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition
from ninja import NinjaAPI, Query, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate
from ninja.throttling import BaseThrottle

from config.site import site_url, with_emergency_numbers
from core.throttle import over_limit
from education import glossary
from education.caching import content_version
from education.models import Article, Category, Source

#: How many articles a page of the list holds.
API_PAGE_SIZE = 20
#: The languages the site is written in, as a type: any other value is refused with a 422.
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class PerClientLimit(BaseThrottle):
    """API_RATE_LIMIT requests a minute from one client, counted as the checker's POSTs are."""

    def allow_request(self, request: HttpRequest) -> bool:
        return not over_limit(request, "api", settings.API_RATE_LIMIT)

    def wait(self) -> float:
        return 60 - time.time() % 60


api = NinjaAPI(
    title="Clearcare content API",
    version="1",
    description=(
        "Clearcare's published health articles, topics and glossary, read-only. "
        "Drafts never appear. Reuse follows the licence and attribution each article states."
    ),
    urls_namespace="api",
    docs_url=None,  # the docs page is the site's own (education.views.api_docs)
    throttle=[PerClientLimit()],
)


# ---- Conditional GET: one ETag for every answer, from the content version and the address.


def _etag(request: HttpRequest, *args, **kwargs) -> str | None:
    version = content_version()
    if version == "uncached":
        return None
    return hashlib.sha256(f"{version}:{request.get_full_path()}".encode()).hexdigest()[:32]


def _unless_etag_sent(last_modified):
    """A client that sends an ETag is answered by the ETag alone (If-None-Match wins over
    If-Modified-Since), so its 304 costs no query."""

    @wraps(last_modified)
    def wrapper(request: HttpRequest, *args, **kwargs) -> datetime.datetime | None:
        if "If-None-Match" in request.headers:
            return None
        return last_modified(request, *args, **kwargs)

    return wrapper


@_unless_etag_sent
def _article_changed(request: HttpRequest, slug: str, **kwargs) -> datetime.datetime | None:
    return Article.objects.published().filter(slug=slug).values_list("updated", flat=True).first()


@_unless_etag_sent
def _articles_changed(request: HttpRequest, *args, **kwargs) -> datetime.datetime | None:
    return Article.objects.published().aggregate(last=Max("updated"))["last"]


def _shareable(view):
    """Let other sites read every answer; let caches keep only the successful ones."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        if response.status_code in (200, 304):
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        else:
            for header in ("ETag", "Last-Modified"):
                del response[header]
        return response

    return wrapper


def endpoint(path: str, response, name: str, summary: str, last_modified=None):
    """Declare a GET endpoint at `path` (named `api:<name>`, `summary` in the OpenAPI schema),
    with the ETag (and Last-Modified) that give 304s, and public caching."""
    cached = decorate_view(condition(etag_func=_etag, last_modified_func=last_modified), _shareable)
    declared = api.get(path, response=response, url_name=name, summary=summary)
    return lambda view: declared(cached(view))


# ---- Schemas: what each endpoint answers.


class SectionOut(Schema):
    heading: str
    anchor: str
    kind: str
    html: str
    text: str


class SourceOut(Schema):
    number: int
    authors: str
    year: str
    title: str
    publisher: str
    url: str


class EditionOut(Schema):
    language: str
    slug: str
    url: str
    api_url: str


class ArticleFields(Schema):
    """What the list and the detail both say of an article."""

    slug: str
    language: str
    title: str
    summary: str
    url: str
    api_url: str
    topics: list[str]
    last_reviewed: datetime.date | None
    next_review_due: datetime.date | None
    updated: datetime.datetime


class ArticleSummaryOut(ArticleFields):
    @staticmethod
    def resolve_url(article: Article, context) -> str:
        return _addresses(context["request"], article)["url"]

    @staticmethod
    def resolve_api_url(article: Article, context) -> str:
        return _addresses(context["request"], article)["api_url"]

    @staticmethod
    def resolve_topics(article: Article) -> list[str]:
        return [category.slug for category in article.categories.all()]


class ArticleOut(ArticleFields):
    other_names: list[str]
    sections: list[SectionOut]
    sources: list[SourceOut]
    author: str
    medical_reviewer: str
    reviewer_credentials: str
    first_published: datetime.date | None
    translations: list[EditionOut]
    licence: str
    licence_url: str
    attribution: str


class TopicOut(Schema):
    slug: str
    name: str
    description: str
    url: str


class TermOut(Schema):
    slug: str
    term: str
    forms: list[str]
    definition: str
    source: str


class ArticleFilters(Schema):
    language: Language | None = None
    topic: str | None = None


class Problem(Schema):
    detail: str


# ---- Building the answers.


def _addresses(request: HttpRequest, article: Article) -> dict[str, str]:
    """An article's public page and its API address (the list and the detail say both)."""
    base = site_url(request)
    return {
        "url": base + article.get_absolute_url(),
        "api_url": base + reverse("api:article", args=[article.slug]),
    }


def attribution(request: HttpRequest, article: Article) -> str:
    """The words a site reusing `article` shows with it."""
    reviewed = (
        f", reviewed by {article.medical_reviewer} on {article.last_reviewed.isoformat()}"
        if article.medical_reviewer and article.last_reviewed
        else ""
    )
    return (
        f"“{article.title}” from Clearcare{reviewed}. "
        f"{_addresses(request, article)['url']} — {settings.CONTENT_LICENCE}."
    )


def _source(source: Source) -> dict:
    return {
        "number": source.number,
        "authors": source.authors,
        "year": source.year,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
    }


def _detail(request: HttpRequest, article: Article) -> dict:
    with translation.override(article.language):
        sections = [
            {
                "heading": section.heading,
                "anchor": section.anchor,
                "kind": section.kind,
                "html": with_emergency_numbers(section.body_html),
                "text": with_emergency_numbers(section.body_text),
            }
            for section in article.sections.all()
        ]
    editions = [
        edition
        for edition in [article.translation_of, *article.published_translations]
        if edition is not None and edition.is_published and edition.pk != article.pk
    ]
    return {
        "slug": article.slug,
        "language": article.language,
        "title": article.title,
        "summary": article.summary,
        **_addresses(request, article),
        "topics": [category.slug for category in article.categories.all()],
        "last_reviewed": article.last_reviewed,
        "next_review_due": article.next_review_due,
        "updated": article.updated,
        "other_names": article.other_names(),
        "sections": sections,
        "sources": [_source(source) for source in article.sources.all()],
        "author": article.author,
        "medical_reviewer": article.medical_reviewer,
        "reviewer_credentials": article.reviewer_credentials,
        "first_published": article.first_published,
        "translations": [
            {"language": e.language, "slug": e.slug, **_addresses(request, e)} for e in editions
        ],
        "licence": settings.CONTENT_LICENCE,
        "licence_url": settings.CONTENT_LICENCE_URL,
        "attribution": attribution(request, article),
    }


# ---- Endpoints.


@endpoint(
    "/articles",
    list[ArticleSummaryOut],
    "articles",
    "Published articles, by title",
    _articles_changed,
)
@paginate(PageNumberPagination, page_size=API_PAGE_SIZE)
def articles(request: HttpRequest, filters: Query[ArticleFilters]):
    """Every published article, A to Z by title, 20 a page (`?page=2`); filter by
    `language` (en, es) and `topic` (a topic's slug)."""
    found = (
        Article.objects.published()
        .prefetch_related(Prefetch("categories", queryset=Category.objects.only("slug")))
        .order_by("title", "pk")
    )
    if filters.language:
        found = found.filter(language=filters.language)
    if filters.topic:
        found = found.filter(categories__slug=filters.topic)
    return found


@endpoint(
    "/articles/{slug}",
    {200: ArticleOut, 404: Problem},
    "article",
    "One published article, whole",
    _article_changed,
)
def article(request: HttpRequest, slug: str):
    """One published article with its sections (as HTML and as plain text), sources, review
    dates and reviewer, its editions in other languages, and its licence and attribution."""
    found = get_object_or_404(Article.objects.published().for_api(), slug=slug)
    return _detail(request, found)


@endpoint("/topics", list[TopicOut], "topics", "Topics")
def topics(request: HttpRequest, language: Language = settings.LANGUAGE_CODE):
    """Every topic, in editors' order, named in `language` (en, es)."""
    with translation.override(language):
        return [
            {
                "slug": topic.slug,
                "name": topic.name,
                "description": topic.description,
                "url": site_url(request) + topic.get_absolute_url(),
            }
            for topic in Category.objects.all()
        ]


@endpoint("/glossary", list[TermOut], "glossary", "Glossary")
def glossary_terms(request: HttpRequest, language: Language = settings.LANGUAGE_CODE):
    """Every glossary term explained in `language` (en, es), A to Z."""
    return [
        {
            "slug": entry.slug,
            "term": entry.term,
            "forms": list(entry.forms),
            "definition": entry.definition,
            "source": entry.source,
        }
        for entry in glossary.entries(language)
    ]
