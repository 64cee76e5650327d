from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from config.site import site_url
from core.glossary import Entry, alphabetical
from core.rendering import render_htmx
from core.throttle import over_limit
from education import glossary as glossary_terms
from education import rendering
from education.caching import cache_public_page
from education.forms import FeedbackForm, SearchForm
from education.models import CARD_FIELDS, AboutPage, Article, Category, PageFeedback


def _published_articles(limit: int | None = None) -> Prefetch:
    articles = Article.objects.published().in_language().only(*CARD_FIELDS)
    return Prefetch(
        "articles",
        queryset=articles[:limit] if limit else articles,
        to_attr="published_articles",
    )


#: The search page lists this many of the best matches.
MAX_RESULTS = 20
#: The home page shows this many articles a topic, then links to the topic page.
HOME_PER_TOPIC = 6
#: A topic page lists this many articles a page.
TOPIC_PAGE_SIZE = 30


@require_safe
@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    published = Q(articles__status=Article.Status.PUBLISHED, articles__language=get_language())
    categories = Category.objects.annotate(
        published_count=Count("articles", filter=published)
    ).prefetch_related(_published_articles(HOME_PER_TOPIC))
    # An article in several topics is shown once, under the first of them.
    shown: set[int] = set()
    for category in categories:
        category.listed = [a for a in category.published_articles if a.pk not in shown]
        shown.update(a.pk for a in category.listed)
    return render(
        request,
        "education/home.html",
        {"categories": [c for c in categories if c.published_articles]},
    )


@require_safe
@cache_public_page
def article(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        article = Article.objects.article_page(slug)
    except Article.DoesNotExist:
        raise Http404("No article at this address.") from None
    is_preview = not article.is_published
    if is_preview and not (
        request.user.is_staff and request.user.has_perm("education.view_article")
    ):
        # Drafts are for editors who may read them in the admin, not for all staff.
        raise Http404("No published article at this address.")
    if article.language != get_language():
        # /es/articles/<an English slug>/: the article lives at its own language's address.
        return redirect(article.get_absolute_url(), permanent=not is_preview)
    return render_article(request, article, is_preview=is_preview)


def render_article(
    request: HttpRequest, article: Article, *, is_preview: bool, copy_preview: bool = False
) -> HttpResponse:
    """Render an article page from its kept parts and the live rest, or serve the page kept
    from the same content (education.rendering); a preview (a draft, or a working copy) is
    rendered afresh and never cached."""
    article.read_neighbours()
    parts = None if is_preview else rendering.parts_key(request, article)
    page = rendering.page_key(request, article, parts) if parts else None
    if page and (kept := rendering.kept_page(page)) is not None:
        return kept
    response = render(
        request,
        "education/article.html",
        {
            "article": article,
            "is_preview": is_preview,
            "copy_preview": copy_preview,
            "canonical_url": site_url(request) + article.get_absolute_url(),
            "editions": article.editions,
            "parts": rendering.article_parts(request, article, parts),
        },
    )
    if is_preview:
        add_never_cache_headers(response)
    elif page:
        rendering.keep_page(page, request, response)
    return response


@require_safe
@cache_public_page
def category(request: HttpRequest, slug: str, page: int = 1) -> HttpResponse:
    """A topic and its published articles, TOPIC_PAGE_SIZE a page (/topics/<slug>/page/<n>/)."""
    if page < 1:
        raise Http404("No such page of this topic.")
    category = get_object_or_404(Category, slug=slug)
    start = (page - 1) * TOPIC_PAGE_SIZE
    # One row more than a page says whether there is a next page, without counting.
    articles = list(
        category.articles.published()
        .in_language()
        .only(*CARD_FIELDS)[start : start + TOPIC_PAGE_SIZE + 1]
    )
    if page > 1 and not articles:
        raise Http404("No such page of this topic.")
    context = {
        "category": category,
        "articles": articles[:TOPIC_PAGE_SIZE],
        "page": page,
        "has_next": len(articles) > TOPIC_PAGE_SIZE,
    }
    return render(request, "education/category.html", context)


@require_safe
@cache_public_page
def search(request: HttpRequest) -> HttpResponse:
    """Published articles of the page's language and glossary terms matching `q`, best first.

    The page for each query is cached like any public page (keyed by the query exactly
    as asked, education.caching): people ask the same few questions, so most searches are
    answered without a query to the database; a new query is searched and kept.
    """
    form = SearchForm(request.GET if "q" in request.GET else None)
    results = None
    terms: list[Entry] = []
    status = 200
    if form.is_valid():
        query = form.cleaned_data["q"]
        results = Article.objects.published_matches(query, MAX_RESULTS)
        terms = _terms_matching(query)
    elif form.is_bound:
        status = 400
    return render(
        request,
        "education/search.html",
        {
            "form": form,
            "results": results,
            "limited": results is not None and len(results) == MAX_RESULTS,
            "terms": terms,
        },
        status=status,
    )


def _terms_matching(query: str) -> list[Entry]:
    """The glossary terms one of whose words contains every word of `query` (accents and
    capitals ignored): “musculo” finds “Músculo”, “thrombosis” finds “Deep vein thrombosis”."""
    words = alphabetical(query).split()
    return [
        entry
        for entry in glossary_terms.entries(get_language())
        if all(any(word in form for form in entry.folded_forms) for word in words)
    ]


@require_safe
@cache_public_page
def glossary(request: HttpRequest) -> HttpResponse:
    """Every glossary term of the page's language, A to Z, under its first letter."""
    letters: dict[str, list[Entry]] = {}
    for entry in glossary_terms.entries(get_language()):
        letters.setdefault(alphabetical(entry.term)[:1].upper(), []).append(entry)
    return render(request, "education/glossary.html", {"letters": letters})


@require_safe
@cache_public_page
def about(request: HttpRequest, slug: str = AboutPage.Slug.ABOUT) -> HttpResponse:
    """One of the pages about Clearcare (About at /about/, the others at /about/<slug>/)."""
    page = get_object_or_404(AboutPage, slug=slug)
    if request.path != page.get_absolute_url():
        return redirect(page.get_absolute_url(), permanent=True)  # /about/about/
    return render(
        request,
        "education/about_page.html",
        {"page": page, "own_text": page.written_in(get_language())},
    )


@csrf_exempt  # no cookie and no session: an answer only adds one to a count
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    """Count a reader's Yes or No for an article or a checker result, and thank them.

    Nothing about the reader is kept: the answer adds one to today's count for
    the page (education.PageFeedback). A plain form post gets a page; htmx
    gets the thanks in place of the question.
    """
    if over_limit(request, "feedback", settings.FEEDBACK_RATE_LIMIT):
        response = render_htmx(
            request, "education/feedback.html", "answer", {"outcome": "limited"}, status=429
        )
        response["Retry-After"] = "60"
        return response
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render_htmx(
            request, "education/feedback.html", "answer", {"outcome": "refused"}, status=400
        )
    page = form.cleaned_data["page"]
    PageFeedback.count(page, helpful=form.cleaned_data["helpful"] == "yes")
    context = {"outcome": "thanks", "page": page, "is_article": "/articles/" in page}
    response = render_htmx(request, "education/feedback.html", "answer", context)
    add_never_cache_headers(response)
    return response


def _type_of(schema: dict) -> str:
    """Say an OpenAPI schema's type in a few words ("list of SectionOut", "date or null")."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_type_of(option) for option in schema["anyOf"])
    if "enum" in schema:
        return "one of " + ", ".join(str(value) for value in schema["enum"])
    if schema.get("type") == "array":
        return "list of " + _type_of(schema.get("items", {}))
    if schema.get("format") in ("date", "date-time"):
        return schema["format"]
    return schema.get("type", "any")


@require_safe
def api_docs(request: HttpRequest) -> HttpResponse:
    """The content API's reference page, made from its OpenAPI schema (so it cannot drift)."""
    from education.api import api

    prefix = reverse("api:openapi-json").removesuffix("/openapi.json")
    schema = api.get_openapi_schema(path_prefix=prefix)
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            # The schema as served (JSON), where status codes are strings.
            ok = {str(code): r for code, r in operation["responses"].items()}["200"]
            answer = ok["content"]["application/json"]["schema"]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "id": operation["operationId"],
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": _type_of(parameter["schema"]),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "answer": _type_of(answer),
                    "answer_shape": _type_of(answer.get("items", answer)),
                }
            )
    shapes = {
        name: [
            (field, _type_of(details), field in shape.get("required", ()))
            for field, details in shape.get("properties", {}).items()
        ]
        for name, shape in schema["components"]["schemas"].items()
        if name.endswith("Out") or name == "Problem"
    }
    context = {
        "endpoints": endpoints,
        "shapes": shapes,
        "api_url": site_url(request) + prefix + "/",
        "openapi_url": reverse("api:openapi-json"),
        "rate_limit": settings.API_RATE_LIMIT,
        "cache_seconds": settings.API_CACHE_SECONDS,
        "licence": settings.CONTENT_LICENCE,
        "licence_url": settings.CONTENT_LICENCE_URL,
    }
    return render(request, "education/api_docs.html", context)
