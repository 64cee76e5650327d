import json
from functools import lru_cache

from django import template
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.autoreload import file_changed
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from config.site import emergency_numbers, with_emergency_numbers
from core.languages import page_languages as languages_of

register = template.Library()

# The characters that could end a <script> element or open an HTML comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> SafeString:
    """Return `data` as JSON that is safe inside a <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))  # noqa: S308


@register.filter
def emergency_numbers_in(text: str) -> str:
    """Put the configured emergency numbers where a text says "[emergency number]"."""
    return with_emergency_numbers(str(text))


@register.simple_tag
def article_cards(articles, heading: str = "") -> SafeString:
    """A list of articles as cards, each card's heading at `heading` ("h3" unless given):
    `{% article_cards results %}`, `{% article_cards articles heading="h2" %}`.

    A card is made from its heading level, address, title and summary alone (and whether
    each is plain text or marked safe), so each is made once (education/_article_card.html)
    and kept for as long as those are the same: the search page lists 20 a request, and
    they were a fifth of its template's time.
    """
    cards = [
        _card(heading or "h3", article.get_absolute_url(), article.title, article.summary)
        for article in articles
    ]
    return render_to_string("education/_article_cards.html", {"cards": cards})


# typed: a title marked safe and a plain one with the same text are escaped differently.
@lru_cache(maxsize=4096, typed=True)
def _card(heading: str, url: str, title: str, summary: str) -> SafeString:
    context = {"heading": heading, "url": url, "title": title, "summary": summary}
    return mark_safe(render_to_string("education/_article_card.html", context))  # noqa: S308 - escaped by the template


@receiver(file_changed, dispatch_uid="clearcare-forget-cards")
def _forget_cards(sender, file_path, **kwargs) -> None:
    """runserver reloads a changed template without a restart: make the cards afresh."""
    if file_path.suffix == ".html":
        _card.cache_clear()


@register.simple_tag(takes_context=True)
def page_languages(context, editions=None) -> list:
    """This page in each of the site's languages (core.languages), for the switcher and
    hreflang links. `editions` is an article's {language: address}; other pages pass nothing."""
    return languages_of(context["request"], editions if isinstance(editions, dict) else None)


@register.simple_tag
def emergency_numbers_html() -> SafeString:
    """The page language's emergency numbers as call links ("999 (UK), 911 (US) or 112 (EU)"),
    to put in a translated sentence: `{% emergency_numbers_html as numbers %}`."""
    html = render_to_string("_emergency_numbers.html", {"emergency_numbers": emergency_numbers()})
    return mark_safe(html.strip())  # noqa: S308 - our own template, numbers checked in settings


@register.filter
def explained(text, glossary) -> SafeString:
    """Explain the glossary terms this page has not explained yet (core.glossary):
    `{{ section.body_html|safe|explained:glossary }}`. Text marked safe is HTML; other
    text is escaped first. Without a glossary, the text is only escaped."""
    if not glossary:
        return conditional_escape(text)
    return glossary.explain(text)
