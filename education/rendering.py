"""Render once, serve many: the parts of an article page that change only when it does.

An article page is mostly its own content: its topics, the emergency box, the jump
links, the sections with their glossary definitions, the care cards, the
sources, the page history and the structured data. Those parts are rendered
on the first request after a change and kept in the shared cache under a key
made of everything they are made from:

- the article's own stamp, `Article.updated`, which a save of the article, or
  of one of its sections, sources or page-history notes, a change to its
  warning signs or topics, or a renamed topic moves on in the editor's own
  transaction (education.signals);
- a digest of the glossary terms of its language and of the published
  checker rules it shows (care cards, emergency signs, causes), so a term or
  a published rule change is seen at once without any signal;
- the emergency numbers, the site's address (structured data names it) and
  the deployed code and templates (core.deploy.code_version).

A request then reads the article, its related articles and other editions (the parts that depend on other articles stay live) and takes the
rest from the cache. A key never names stale content, so nothing needs
deleting: a new stamp is a new key, and old entries expire.

The whole page is kept as well, under a key made of the parts' key and of
everything else it shows: the article's row and its original's, the related
articles and other editions the request has just read (their titles,
addresses and summaries), its address and its language. A request then
costs the two short queries and one read of the cache; when a related
article or an edition changes, the page is made again from the kept parts.

Nothing is kept when the published rules cannot be read (the care cards
would be missing the emergency signs), nor for previews, which show a draft
or a working copy to staff and are rendered afresh every time, nor a page
that used a CSP nonce (it must be new on every response).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import fields, is_dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from config.middleware import attach_compressed, compress_once
from config.site import emergency_numbers, site_url
from core.deploy import code_version
from core.templatetags.clearcare import json_ld
from education import glossary
from education.models import Article

#: The template whose partials are the kept parts (`topics`, `body` and `history`).
PARTS_TEMPLATE = "education/_article_parts.html"
#: What the parts are made from besides the article's row: read only to render them.
PARTS_PREFETCH = ("categories", "sections", "sources", "change_notes", "warning_signs")


def parts_key(request: HttpRequest, article: Article) -> str | None:
    """Return the key the article's own parts are kept under, or None when they may not be
    kept (no published rules)."""
    rules = article.published_rules
    return _key(request, article, rules) if rules is not None else None


def article_parts(request: HttpRequest, article: Article, key: str | None) -> dict[str, SafeString]:
    """Return the article page's own parts: `data` (JSON-LD), `topics`, `body` and `history`
    (HTML).

    With a `key` (parts_key), they come from the cache when they were made
    from the same content, and are put there when they are made; without it
    (previews), they are made afresh and not kept.
    """
    if key is not None:
        kept = cache.get(key)
        if kept is not None:
            return {name: mark_safe(html) for name, html in kept.items()}  # noqa: S308 - made below
    parts = _render(request, article)
    if key is not None:
        cache.set(
            key, {name: str(html) for name, html in parts.items()}, settings.PARTS_CACHE_SECONDS
        )
    return parts


def page_key(request: HttpRequest, article: Article, parts: str) -> str:
    """Return the key the whole page is kept under: the parts' key (`parts`) and the rest of
    what the page shows (see above). `article.read_neighbours()` must have run."""
    made_from = (
        parts,
        request.path,
        translation.get_language(),
        _row(article),
        _row(article.translation_of) if article.translation_of_id else None,
        [
            (a.pk, a.title, a.slug, a.summary, a.language, a.translation_of_id, a.is_related)
            for a in (*article.published_related, *article.published_translations)
        ],
    )
    return "article-page:" + hashlib.sha256(repr(made_from).encode()).hexdigest()


def kept_page(key: str) -> HttpResponse | None:
    """Return the page kept under `key` (page_key), or None."""
    kept = cache.get(key)
    if kept is None:
        return None
    response = HttpResponse(kept["html"])
    attach_compressed(response, kept["gzip"])
    return response


def keep_page(key: str, request: HttpRequest, response: HttpResponse) -> None:
    """Keep a page just made under `key` (page_key), with its bytes compressed once, unless it
    could not be the same for every reader: not a 200, or it carries a cookie or a CSP nonce."""
    if response.status_code == 200 and not response.cookies and not get_nonce(request):
        kept = {"html": response.content, "gzip": compress_once(response.content)}
        cache.set(key, kept, settings.PARTS_CACHE_SECONDS)
        attach_compressed(response, kept["gzip"])


def _row(instance) -> tuple:
    """Every value of `instance` read from its row (what was deferred is not read)."""
    deferred = instance.get_deferred_fields()
    return tuple(
        getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.attname not in deferred
    )


def _render(request: HttpRequest, article: Article) -> dict[str, SafeString]:
    prefetch_related_objects([article], *PARTS_PREFETCH)
    canonical_url = site_url(request) + article.get_absolute_url()
    context = {"article": article}
    parts = {"data": json_ld(article.structured_data(canonical_url))}
    for name in ("topics", "body", "history"):
        parts[name] = mark_safe(render_to_string(f"{PARTS_TEMPLATE}#{name}", context, request))  # noqa: S308
    return parts


def _key(request: HttpRequest, article: Article, rules) -> str:
    from triage.rules import derived

    made_from = (
        article.pk,
        article.updated.isoformat() if article.updated else "",
        article.language,
        glossary.stamp(article.language),
        derived("article-parts", rules, _rules_stamp),
        emergency_numbers(),
        site_url(request),
        code_version(),
    )
    return "article-parts:" + hashlib.sha256(repr(made_from).encode()).hexdigest()


def _rules_stamp(rules) -> str:
    """A digest of what the article pages show of the published rules, the same in every
    process (sets are sorted: their order changes with each process's hash seed)."""
    shown = (rules.number, rules.tiers, rules.signs, rules.causes)
    return hashlib.sha256(repr(_canonical(shown)).encode()).hexdigest()


def _canonical(value):
    """`value` with every set sorted and every dataclass and mapping as sorted pairs."""
    if is_dataclass(value):
        return (type(value).__name__, *(_canonical(getattr(value, f.name)) for f in fields(value)))
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _canonical(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(_canonical(v)) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_canonical(v) for v in value)
    return str(value)
