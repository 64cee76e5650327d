"""Found and shared: the sitemap, robots.txt and the Atom feed list only public pages; an
article's JSON-LD describes its condition and passes a schema check."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from jsonschema import FormatChecker

from education.models import Article
from tests.factories import load_seed, make_article

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(db):
    load_seed()
    make_article(title="Unfinished draft", slug="unfinished-draft", status=Article.Status.DRAFT)


def sitemap(client) -> dict[str, ET.Element]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output; well-formed or raises
    return {url.findtext(f"{SITEMAP}loc"): url for url in root.iter(f"{SITEMAP}url")}


def test_the_sitemap_lists_every_published_page_in_both_languages_and_no_draft(client, site):
    urls = sitemap(client)
    published = Article.objects.published()
    for article in published:
        assert f"http://testserver{article.get_absolute_url()}" in urls
    assert not any("unfinished-draft" in loc for loc in urls)
    for page in ("/", "/es/", "/glossary/", "/es/glossary/", "/check/", "/es/check/"):
        assert f"http://testserver{page}" in urls
    assert "http://testserver/topics/neurology/" in urls
    assert not any("/search/" in loc or "/result" in loc for loc in urls)


def test_an_article_in_both_languages_names_its_other_edition(client, site):
    url = sitemap(client)["http://testserver/articles/muscle-spasms/"]
    alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    assert alternates == {
        "en": "http://testserver/articles/muscle-spasms/",
        "es": "http://testserver/es/articles/espasmos-musculares/",
    }
    article = Article.objects.get(slug="muscle-spasms")
    assert (
        url.findtext(f"{SITEMAP}lastmod")
        == max(article.last_reviewed, article.updated.date()).isoformat()
    )


def test_the_sitemap_uses_the_sites_own_address_when_set(client, site, settings):
    settings.SITE_URL = "https://clearcare.example"
    assert "https://clearcare.example/articles/muscle-spasms/" in sitemap(client)


def test_robots_keeps_crawlers_out_of_the_admin_and_the_checkers_answers(client, site):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    # A prefix: the result's address with or without its slash.
    assert {"Disallow: /admin/", "Disallow: /check/result", "Disallow: /es/check/result"} <= set(
        lines
    )
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public pages stay open


@pytest.mark.parametrize(("feed", "language"), [("/feed/", "en"), ("/es/feed/", "es")])
def test_the_feed_lists_the_published_articles_of_its_language(client, site, feed, language):
    response = client.get(feed)
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert root.tag == f"{ATOM}feed"
    links = [entry.find(f"{ATOM}link").get("href") for entry in root.iter(f"{ATOM}entry")]
    expected = Article.objects.published().in_language(language)
    assert sorted(links) == sorted(f"http://testserver{a.get_absolute_url()}" for a in expected)
    assert all(entry.findtext(f"{ATOM}updated") for entry in root.iter(f"{ATOM}entry"))


SCHEMA = Path(__file__).parent.parent / "schemas" / "medical-web-page.json"


@pytest.mark.parametrize(
    "url",
    [
        "/articles/muscle-spasms/",
        "/articles/night-leg-cramps/",
        "/articles/muscle-twitches/",
        "/articles/stretch-out-a-cramp/",
        "/es/articles/calambres-nocturnos-en-las-piernas/",
        "/es/articles/espasmos-musculares/",
    ],
)
def test_the_articles_json_ld_passes_the_schema_check(client, site, url):
    html = client.get(url).content.decode()
    (found,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(found)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()), format_checker=FormatChecker())
    assert data["about"]["name"] == data["name"]


def test_the_condition_is_built_from_the_articles_own_data(client, site):
    article = Article.objects.get(slug="night-leg-cramps")
    condition = article.medical_condition()
    assert condition["alternateName"] == article.other_names()
    steps = [t["name"] for t in condition["possibleTreatment"]]
    treatment = article.sections.get(kind="treatment")
    assert steps == treatment.list_items() and steps
    # The checker's causes that content/checker/causes.toml sends to this article, no other.
    assert {c["name"] for c in condition["cause"]} == {
        "Night-time leg cramps",
        "Leg cramps in pregnancy",
        "A side effect of a medicine",
        "Poor blood flow in the legs",
    }
