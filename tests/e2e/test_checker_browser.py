"""The checker completed in a real browser: with the mouse and htmx, and with JavaScript off."""

import pytest
from playwright.sync_api import Page, expect

ANSWERS = {"area": "calf", "signs": ["frequent"], "groups": ["older-adult"], "clues": ["at-night"]}


def outcome(page: Page) -> tuple[str, list[str]]:
    urgency = page.locator("[data-urgency]").get_attribute("data-urgency")
    causes = page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)")
    return urgency, causes


def complete_checker(page: Page, base_url: str) -> tuple[tuple[str, list[str]], bool]:
    """Answer every step (going back once); return the outcome and whether no page load happened."""
    page.goto(f"{base_url}/check/")
    expect(page.locator(".progress")).to_have_text("Step 1 of 4")
    page.evaluate("window.__sameDocument = true")
    page.locator('.body-map [data-area="calf"] rect').first.click()
    if not page.locator("#area-calf").is_checked():
        # Without JavaScript the picture only jumps to the matching choice.
        expect(page.locator("#area-calf")).to_be_in_viewport()
        page.get_by_role("radio", name="Calf").check()
    expect(page.locator("#area-calf")).to_be_checked()
    page.get_by_role("button", name="Continue").click()

    expect(page.locator(".progress")).to_have_text("Step 2 of 4")
    page.get_by_role("button", name="Continue").click()

    expect(page.locator(".progress")).to_have_text("Step 3 of 4")
    page.locator("#sign-frequent").check()
    page.get_by_role("button", name="Continue").click()

    expect(page.locator(".progress")).to_have_text("Step 4 of 4")
    page.get_by_role("button", name="Back").click()
    expect(page.locator(".progress")).to_have_text("Step 3 of 4")
    expect(page.locator("#sign-frequent")).to_be_checked()  # going back keeps the answer
    page.get_by_role("button", name="Continue").click()

    expect(page.locator(".progress")).to_have_text("Step 4 of 4")
    page.locator("#group-older-adult").check()
    page.locator("#clue-at-night").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    return outcome(page), page.evaluate("window.__sameDocument === true")


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_checker_with_the_mouse_and_htmx(seeded_site, page: Page):
    (urgency, causes), same_document = complete_checker(page, seeded_site.url)
    assert urgency == "gp"
    assert causes[0] == "night-cramps"
    # htmx swapped every step into the same document: no full page load happened.
    assert same_document
    # Focus moved to the new heading after the last swap.
    assert page.evaluate("document.activeElement.id") == "step-heading"


def test_checker_with_javascript_off_reaches_the_same_result(
    seeded_site, page: Page, no_js_page: Page
):
    with_js, swapped_with_js = complete_checker(page, seeded_site.url)
    without_js, swapped_without_js = complete_checker(no_js_page, seeded_site.url)
    assert without_js == with_js
    assert swapped_with_js and not swapped_without_js  # the second run really was plain form posts


def test_choosing_an_emergency_sign_goes_straight_to_the_emergency_result(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    page.locator("#area-back").check()
    page.get_by_role("button", name="Continue").click()
    page.locator("#sign-saddle-numbness").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator('[data-urgency="emergency"]')).to_be_visible()
    heading = page.locator("main h1").first
    expect(heading).to_contain_text("999")
