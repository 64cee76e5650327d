"""The starter content files: every one reads, and a broken one says where it is broken."""

import datetime

import pytest

from core.content import (
    CONTENT,
    ContentError,
    load_articles,
    load_rules,
    load_topics,
    read_article,
)
from education.models import Section
from tests.factories import seed_rules
from triage import engine

ARTICLE = """\
+++
title = "Night cramps"
summary = "Short."
topics = ["neurology"]
first_published = 2026-11-25

[[sources]]
number = 1
title = "Leg cramps"
+++

## What is it? {#what-is-it kind=overview}

A cramp [1].

- One.
- Two.

## When to get help {#help kind=see_doctor}

Call your doctor [1].
"""


def write(tmp_path, text: str, name: str = "night-cramps.md"):
    path = tmp_path / "articles" / "en" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_an_article_file_gives_its_front_matter_sections_and_sources(tmp_path):
    article = read_article(write(tmp_path, ARTICLE))
    assert article["slug"] == "night-cramps"  # the file name
    assert article["language"] == "en"  # the folder
    assert article["categories"] == ["neurology"]
    assert article["first_published"] == datetime.date(2026, 11, 25)
    assert article["sources"] == [{"number": 1, "title": "Leg cramps"}]
    assert article["sections"] == [
        {
            "kind": "overview",
            "heading": "What is it?",
            "anchor": "what-is-it",
            "body": "A cramp [1].\n\n- One.\n- Two.\n",
        },
        {
            "kind": "see_doctor",
            "heading": "When to get help",
            "anchor": "help",
            "body": "Call your doctor [1].\n",
        },
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## What is it? {#what-is-it kind=overview}\n\nText.\n", "front matter between two +++"),
        ('+++\ntitle = "x\n+++\n\n## A {#a kind=overview}\n', "front matter:"),
        ('+++\ntitle = "x"\n+++\n\nText before any heading.\n', "must start with a section"),
        ('+++\ntitle = "x"\n+++\n\n## A heading without its anchor\n', "must start with a section"),
    ],
)
def test_a_broken_article_file_names_itself_and_what_is_wrong(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as error:
        read_article(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_a_broken_rules_file_names_itself(tmp_path):
    (tmp_path / "checker").mkdir()
    (tmp_path / "checker" / "tiers.toml").write_text("[[tiers]\nslug = 1\n")
    with pytest.raises(ContentError, match=r"tiers\.toml"):
        load_rules(tmp_path)


def test_every_starter_article_reads_with_known_section_kinds_and_unique_anchors():
    articles = load_articles()
    assert sorted(a["slug"] for a in articles) == sorted(
        path.stem for path in (CONTENT / "articles").glob("*/*.md")
    )
    originals = {a["slug"] for a in articles if a["language"] == "en"}
    for article in articles[: len(originals)]:  # the originals come first
        assert article["language"] == "en"
    for article in articles[len(originals) :]:
        assert article["language"] == "es"
        assert article["translation_of"] in originals, article["slug"]
    topics = {t["slug"] for t in load_topics()}
    for article in articles:
        anchors = [s["anchor"] for s in article["sections"]]
        assert len(anchors) == len(set(anchors)), article["slug"]
        assert {s["kind"] for s in article["sections"]} <= set(Section.Kind.values)
        assert set(article["categories"]) <= topics
        assert article["title"] and article["summary"] and article["sources"]


def test_the_starter_rules_build_into_a_rule_set_with_every_sign_themed():
    rules = load_rules()
    built = seed_rules()  # engine.build_rules over the same files
    assert [t["slug"] for t in rules.tiers] == list(engine.TIERS)
    themes = set(engine.SIGN_THEMES)
    for sign in built.signs.values():
        assert sign.tier == "emergency" or sign.theme in themes, sign.slug
    assert {case["name"] for case in rules.safety_cases} >= {
        name for hazard in rules.hazards for name in hazard["cases"]
    }
