"""The article and the checker's result print cleanly: the content is there, the navigation is not."""

import io

from playwright.sync_api import Page
from pypdf import PdfReader

from tests.e2e.conftest import open_page
from tests.pages import ARTICLE_WITH_PICTURE
from tests.pages import Page as Target


def pdf_text(page: Page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(p.extract_text() for p in reader.pages)
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())


def test_the_article_prints_its_content_without_the_navigation(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/articles/muscle-spasms/")
    text = pdf_text(page)
    for expected in (
        "Muscle spasms, cramps and twitches",
        "When to see a doctor",
        "Sources",
        "Next review due",
    ):
        assert expected in text
    for navigation in (
        "Skip to main content",
        "Health topics",
        "Check your symptoms",
        "On this page",
        "Print this page",
    ):
        assert navigation not in text


def test_the_stretching_article_prints_its_pictures(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/articles/stretch-out-a-cramp/")
    page.emulate_media(media="print")
    pictures = page.locator("figure.illustration img")
    assert pictures.count() == 4
    for n in range(4):
        picture = pictures.nth(n)
        picture.scroll_into_view_if_needed()  # lazy: loaded when near the screen
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
        )
        box = picture.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 75
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Calf stretch" in " ".join(text.split())  # the captions print with them


def test_an_uploaded_picture_loads_its_rendition_and_prints(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/articles/{ARTICLE_WITH_PICTURE}/")
    page.emulate_media(media="print")
    picture = page.locator("figure.figure-photo img")
    assert picture.count() == 1
    picture.scroll_into_view_if_needed()  # lazy: loaded when near the screen
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    # The browser chose one of the renditions (WebP where it can), not the original upload.
    assert "/media/renditions/" in picture.evaluate("img => img.currentSrc")
    box = picture.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 60
    assert "Lean into the wall" in pdf_text(page)  # its caption prints with it


def test_the_result_prints_as_a_summary_to_show_a_doctor(seeded_site, page: Page):
    open_page(
        page,
        seeded_site.url,
        Target(
            "result",
            "/check/result/",
            post={"area": "calf", "signs": ["frequent"], "clues": ["at-night"]},
        ),
    )
    text = pdf_text(page)
    for expected in ("See a doctor", "Your answers", "Calf", "Get help if things change"):
        assert expected in text
    for navigation in ("Skip to main content", "Health topics", "Start again", "Print your result"):
        assert navigation not in text
