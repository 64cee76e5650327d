"""The site's own template tags (core/templatetags/clearcare.py)."""

from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils.autoreload import file_changed
from django.utils.safestring import mark_safe

from core.templatetags import clearcare
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CARDS = Template("{% load clearcare %}{% article_cards articles heading=heading %}")


def cards(articles, heading="h3") -> str:
    return CARDS.render(Context({"articles": articles, "heading": heading}))


def test_each_article_is_a_card_with_its_heading_link_and_summary():
    first = make_article(title="Calf cramps", slug="calf-cramps", summary="They pass.")
    second = make_article(title="Eyelid twitches", slug="eyelid-twitches", summary="Common.")
    html = cards([first, second], heading="h2")
    assert html.startswith('<ul class="cards">') and html.rstrip().endswith("</ul>")
    assert html.count('<li class="card">') == 2
    assert '<h2 class="card-title"><a href="/articles/calf-cramps/">Calf cramps</a></h2>' in html
    assert "<p>They pass.</p>" in html
    assert html.index("Calf cramps") < html.index("Eyelid twitches")
    assert '<h3 class="card-title">' in cards([first])  # h3 unless given
    assert '<h3 class="card-title">' in cards([first], heading="")


def test_a_card_is_made_once_and_a_change_is_shown_at_once():
    clearcare._card.cache_clear()
    article = make_article(title="Calf cramps", summary="They pass.")
    cards([article])
    cards([article])
    assert clearcare._card.cache_info().hits == 1
    article.title = "Calf cramps at night"
    html = cards([article])
    assert "Calf cramps at night" in html  # made from its title, never a stale copy


def test_a_cards_text_is_escaped():
    article = make_article(title='<script>alert("t")</script>', summary="<b>bold</b> & more")
    html = cards([article])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html


def test_text_marked_safe_is_never_served_for_the_same_text_plain():
    article = make_article(title="<b>Bold</b>")
    article.title = mark_safe("<b>Bold</b>")
    assert "<b>Bold</b>" in cards([article])
    article.title = "<b>Bold</b>"
    assert "&lt;b&gt;Bold&lt;/b&gt;" in cards([article])


def test_a_changed_template_makes_the_cards_afresh():
    cards([make_article()])
    assert clearcare._card.cache_info().currsize
    file_changed.send(sender=None, file_path=Path("templates/education/_article_card.html"))
    assert clearcare._card.cache_info().currsize == 0
