"""The pages about Clearcare: About, How we write and review, Privacy and the accessibility
statement, in both languages, linked from every page's footer and every article's byline."""

import re

import pytest

from core.content import load_about_pages
from education.models import AboutPage
from tests.factories import make_editor, opened, seed

pytestmark = pytest.mark.usefixtures("seeded")

ADDRESSES = {
    "about": "/about/",
    "how-we-write-and-review": "/about/how-we-write-and-review/",
    "privacy": "/about/privacy/",
    "accessibility": "/about/accessibility/",
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("slug", list(ADDRESSES))
def test_each_page_is_served_in_each_language_from_its_content_file(client, slug, language):
    text = load_about_pages()[slug][language]
    prefix = "/es" if language == "es" else ""
    response = client.get(prefix + ADDRESSES[slug])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'<h1 id="page-title">{text["title"]}</h1>' in html
    first_heading = re.search(r"^## (.+)$", text["body"], re.M).group(1)
    assert f"<h2>{first_heading}</h2>" in html
    assert 'lang="en"' not in html[html.index("<main") :]  # its own words, not the English


def test_the_footer_of_every_kind_of_page_links_to_all_four(client):
    for path in ["/", "/articles/muscle-spasms/", "/check/", "/glossary/", "/es/", "/about/"]:
        html = client.get(path).content.decode()
        footer = html[html.index('class="site-footer"') :]
        for address in ADDRESSES.values():
            prefix = "/es" if path.startswith("/es/") else ""
            assert f'href="{prefix}{address}"' in footer, (path, address)


def test_each_articles_byline_links_to_how_we_write_and_review(client):
    for path, prefix in [
        ("/articles/muscle-spasms/", ""),
        ("/es/articles/calambre-como-estirar/", "/es"),
    ]:
        html = client.get(path).content.decode()
        byline = html[
            html.index('class="byline"') : html.index("</p>", html.index('class="byline"'))
        ]
        assert f'href="{prefix}/about/how-we-write-and-review/"' in byline


def test_the_privacy_page_says_what_the_checker_keeps_in_plain_words(client):
    html = client.get("/about/privacy/").content.decode()
    assert "The symptom checker keeps nothing" in html
    assert "sets no cookies" in html
    assert "two minutes" in html


def test_an_unknown_page_is_not_found_and_about_has_one_address(client):
    assert client.get("/about/terms/").status_code == 404
    response = client.get("/about/about/")
    assert response.status_code == 301 and response["Location"] == "/about/"


def test_a_spanish_page_left_empty_shows_the_english_marked_as_english(client):
    AboutPage.objects.filter(slug="privacy").update(
        title_es=None, summary_es=None, body_markdown_es="", body_html_es=""
    )
    from education.caching import pages_changed

    pages_changed()
    html = client.get("/es/about/privacy/").content.decode()
    assert '<article class="article about-page" aria-labelledby="page-title" lang="en">' in html
    assert "The symptom checker keeps nothing" in html


def test_an_editors_markdown_is_sanitized_and_public_at_once(client):
    page = AboutPage.objects.get(slug="about")
    client.get("/about/")  # cached
    page.body_markdown_en = "## New heading\n\n<script>alert(1)</script> [x](javascript:alert(1))"
    page.save()
    html = client.get("/about/").content.decode()
    assert "<h2>New heading</h2>" in html
    assert "<script>alert(1)</script>" not in html and "javascript:" not in html


def test_the_seed_makes_each_page_once_and_never_overwrites_an_edit():
    assert set(AboutPage.objects.values_list("slug", flat=True)) == set(ADDRESSES)
    AboutPage.objects.filter(slug="privacy").update(title_en="Edited title")
    AboutPage.objects.filter(slug="about").delete()
    seed()
    assert AboutPage.objects.get(slug="privacy").title_en == "Edited title"
    assert not AboutPage.objects.filter(slug="about").exists()  # a deletion stays


@pytest.mark.parametrize(
    ("role", "can_change"),
    [("Writer", False), ("Clinical reviewer", True), ("Publisher", True)],
)
def test_who_may_change_the_pages_and_nobody_adds_or_deletes_one(client, role, can_change):
    client.force_login(make_editor(role))
    page = AboutPage.objects.get(slug="privacy")
    change_url = f"/admin/education/aboutpage/{page.pk}/change/"
    assert client.get("/admin/education/aboutpage/").status_code == 200  # every role reads
    assert client.get("/admin/education/aboutpage/add/").status_code == 403
    assert (
        client.post(f"/admin/education/aboutpage/{page.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    data = {
        "title_en": "Privacy, in plain words",
        "title_es": page.title_es,
        "summary_en": page.summary_en,
        "summary_es": page.summary_es,
        "body_markdown_en": page.body_markdown_en,
        "body_markdown_es": page.body_markdown_es,
        "last_reviewed": "2026-11-30",
        **opened(page),
    }
    response = client.post(change_url, data)
    page.refresh_from_db()
    if can_change:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert page.title_en == "Privacy, in plain words"
        assert "Privacy, in plain words" in client.get("/about/privacy/").content.decode()
    else:
        assert response.status_code == 403
        assert page.title_en != "Privacy, in plain words"
