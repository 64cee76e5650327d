"""The review workflow in Chromium, as two people at two browsers would use it.

This module changes the content (saves, approvals); `seeded_site` loads it
afresh for each module, so no other browser test sees these changes.
"""

import pytest
from playwright.sync_api import Browser, Page, expect

from governance.roles import REVIEWER, WRITER

PASSWORD = "not-a-real-password"  # tests.factories.make_user


@pytest.fixture(scope="module")
def people(seeded_site):
    """Two writers and a reviewer, each with a profile (tests.factories.make_editor)."""
    from tests.factories import make_editor

    return {
        "ana": make_editor(WRITER, username="ana"),
        "ben": make_editor(WRITER, username="ben"),
        "rui": make_editor(REVIEWER, username="rui"),
    }


def signed_in(browser: Browser, base_url: str, username: str) -> Page:
    """A browser context of its own, signed in through the admin's login form."""
    page = browser.new_context().new_page()
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#dashboard-heading")).to_be_visible()
    return page


def open_article(page: Page, base_url: str, slug: str) -> None:
    from education.models import Article

    pk = Article.objects.get(slug=slug).pk
    page.goto(f"{base_url}/admin/education/article/{pk}/change/")


def save(page: Page) -> None:
    page.locator("input[name=_continue]").first.click()


def test_the_second_of_two_editors_is_refused_and_keeps_their_text(seeded_site, people, browser):
    ana = signed_in(browser, seeded_site.url, "ana")
    ben = signed_in(browser, seeded_site.url, "ben")
    open_article(ana, seeded_site.url, "night-leg-cramps")
    open_article(ben, seeded_site.url, "night-leg-cramps")
    ana.locator("#id_summary").fill("Ana's summary of night cramps.")
    ben.locator("#id_summary").fill("Ben's summary of night cramps.")
    save(ana)
    expect(ana.locator(".messagelist")).to_contain_text("Saved to the working copy")
    save(ben)
    expect(ben.locator("body")).to_contain_text("Not saved:")
    expect(ben.locator("body")).to_contain_text("Dr Ana saved this article")
    expect(ben.locator("#id_summary")).to_have_value("Ben's summary of night cramps.")
    expect(ben.locator("ins").first).to_contain_text("Ana's")
    # Nothing of Ana's was lost, and Ben can now save on purpose, having seen her change.
    save(ben)
    expect(ben.locator(".messagelist")).to_contain_text("Saved to the working copy")
    expect(ben.locator("#id_summary")).to_have_value("Ben's summary of night cramps.")
    # Both saves are in the history, each by its author; the newest pair compared word by word.
    ben.goto(ben.url.replace("/change/", "/history/"))
    expect(ben.locator("#compare")).to_contain_text("Dr Ana")
    expect(ben.locator("#compare")).to_contain_text("Dr Ben")
    expect(ben.locator("table.diff del").first).to_contain_text("Ana's")


def test_writer_drafts_reviewer_sends_back_writer_fixes_reviewer_approves(
    seeded_site, people, browser
):
    base = seeded_site.url
    public = browser.new_context().new_page()
    public.goto(f"{base}/articles/stretch-out-a-cramp/")
    before = public.locator("h1").inner_text()

    ana = signed_in(browser, base, "ana")
    open_article(ana, base, "stretch-out-a-cramp")
    ana.locator("#id_title").fill("Stretch out a cramp: a draft title")
    save(ana)
    ana.get_by_role("button", name="Send for review").click()
    expect(ana.locator(".messagelist")).to_contain_text("Sent for review")

    rui = signed_in(browser, base, "rui")
    waiting = rui.locator("section[aria-labelledby=waiting-heading]")
    expect(waiting).to_contain_text(before)  # listed by its public title
    waiting.get_by_role("link", name=before).click()
    expect(rui.locator("table.diff")).to_contain_text("a draft title")
    rui.get_by_label("What needs to change").fill("Drop the word draft from the title.")
    rui.get_by_role("button", name="Send back to the writer").click()
    expect(rui.locator(".messagelist")).to_contain_text("Sent back")

    public.reload()
    expect(public.locator("h1")).to_have_text(before)  # nothing public has changed

    open_article(ana, base, "stretch-out-a-cramp")
    expect(ana.locator(".review-comment")).to_contain_text("Drop the word draft")
    ana.locator("#id_title").fill("Stretching out a cramp, step by step")
    save(ana)
    ana.get_by_role("button", name="Send for review").click()

    open_article(rui, base, "stretch-out-a-cramp")
    rui.get_by_role("link", name="Review this change").click()
    rui.get_by_label("What changed, for readers").fill("A clearer title.")
    rui.get_by_role("button", name="Approve and publish").click()
    expect(rui.locator(".messagelist")).to_contain_text("Approved and published")

    public.reload()
    expect(public.locator("h1")).to_have_text("Stretching out a cramp, step by step")
    expect(public.locator(".byline")).to_contain_text("Dr Rui")
    public.get_by_text("Page history").click()
    expect(public.locator(".page-history")).to_contain_text("A clearer title. Approved by Dr Rui")


def test_the_reading_help_follows_the_text_as_it_is_typed(staff_browser_page: Page, seeded_site):
    from education.models import Article

    page = staff_browser_page
    article = Article.objects.get(slug="muscle-spasms")
    page.goto(f"{seeded_site.url}/admin/education/article/{article.pk}/change/")
    results = page.locator("#reading-help-results")
    expect(results).not_to_contain_text("physician")
    page.locator("#id_summary").fill("Ask a physician to administer the medicine.")
    expect(results).to_contain_text("Instead of “physician”, try “doctor”.")
    expect(results).to_contain_text("Instead of “administer”, try “give”.")


def test_without_javascript_the_reading_check_opens_in_a_new_tab(browser: Browser, seeded_site):
    from django.conf import settings
    from django.test import Client

    from education.models import Article
    from tests.factories import make_user

    client = Client()
    client.force_login(make_user(superuser=True))
    context = browser.new_context(java_script_enabled=False)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": seeded_site.url}]
    )
    page = context.new_page()
    article = Article.objects.get(slug="night-leg-cramps")
    page.goto(f"{seeded_site.url}/admin/education/article/{article.pk}/change/")
    page.locator("#id_summary").fill("Ask a physician to administer the medicine.")
    with context.expect_page() as opened:
        page.get_by_role("button", name="Check reading (opens in a new tab)").click()
    check = opened.value
    expect(check.locator(".reading-help")).to_contain_text("Instead of “physician”, try “doctor”.")
    # The form keeps what was typed, unsaved.
    expect(page.locator("#id_summary")).to_have_value("Ask a physician to administer the medicine.")
    assert "physician" not in Article.objects.get(pk=article.pk).summary
    context.close()
