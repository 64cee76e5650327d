"""The checker completed in a real browser: with the mouse and htmx, and with JavaScript off."""

import pytest
from playwright.sync_api import Page, expect


def outcome(page: Page) -> tuple[str, list[str]]:
    urgency = page.locator("[data-urgency]").get_attribute("data-urgency")
    causes = page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)")
    return urgency, causes


def go_on(page: Page, progress: str) -> None:
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".progress")).to_have_text(progress)


def choose_area(page: Page, base_url: str, area: str, name: str) -> None:
    page.goto(f"{base_url}/check/")
    expect(page.locator(".progress")).to_have_text("Step 1 of 5")
    page.get_by_role("radio", name=name).check()
    go_on(page, "Step 2 of 5")


def complete_checker(page: Page, base_url: str) -> tuple[tuple[str, list[str]], bool]:
    """Answer every step (going back once); return the outcome and whether no page load happened."""
    page.goto(f"{base_url}/check/")
    expect(page.locator(".progress")).to_have_text("Step 1 of 5")
    page.evaluate("window.__sameDocument = true")
    page.locator('.body-map [data-area="calf"] rect').first.click()
    if not page.locator("#area-calf").is_checked():
        # Without JavaScript the picture only jumps to the matching choice.
        expect(page.locator("#area-calf")).to_be_in_viewport()
        page.get_by_role("radio", name="Calf").check()
    expect(page.locator("#area-calf")).to_be_checked()
    go_on(page, "Step 2 of 5")

    # The emergency question needs an answer: Continue alone asks again.
    go_on(page, "Step 2 of 5")
    expect(page.locator("#signs-error")).to_contain_text("None of these")
    page.get_by_label("None of these").check()
    go_on(page, "Step 3 of 5")

    page.get_by_role("radio", name="65 or older").check()
    go_on(page, "Step 4 of 5")
    page.locator("#sign-frequent").check()
    go_on(page, "Step 5 of 5")

    page.get_by_role("button", name="Back").click()
    expect(page.locator(".progress")).to_have_text("Step 4 of 5")
    expect(page.locator("#sign-frequent")).to_be_checked()  # going back keeps the answer
    go_on(page, "Step 5 of 5")

    page.locator("#clue-at-night").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    return outcome(page), page.evaluate("window.__sameDocument === true")


def pregnancy_path(page: Page, base_url: str) -> tuple[str, list[str]]:
    """A pregnant woman with a calf cramp at night who also has a bad headache and flashing lights."""
    choose_area(page, base_url, "calf", "Calf")
    page.get_by_label("None of these").check()
    go_on(page, "Step 3 of 5")
    page.get_by_role("radio", name="16 to 64").check()
    page.get_by_label("I am pregnant").check()
    go_on(page, "Step 4 of 5")
    # Asked only because the flow knows she is pregnant.
    expect(page.locator("#sign-pregnancy-belly-pain")).to_be_visible()
    page.locator("#sign-pre-eclampsia").check()
    go_on(page, "Step 5 of 5")
    page.locator("#clue-at-night").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    expect(page.locator(".urgency")).to_contain_text(
        "Call your midwife, maternity unit or 111 now."
    )
    return outcome(page)


def child_path(page: Page, base_url: str) -> tuple[str, list[str]]:
    """A child with a calf cramp after football: emergency signs first, then a doctor."""
    choose_area(page, base_url, "calf", "Calf")
    expect(page.locator("#sign-meningitis-signs")).to_be_visible()  # asked first, at any age
    page.get_by_label("None of these").check()
    go_on(page, "Step 3 of 5")
    # Without an age the flow does not go on.
    go_on(page, "Step 3 of 5")
    expect(page.locator("#age-error")).to_be_visible()
    page.get_by_role("radio", name="Under 16").check()
    go_on(page, "Step 4 of 5")
    go_on(page, "Step 5 of 5")
    page.locator("#clue-during-exercise").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    expect(page.locator(".urgency")).to_contain_text("For a child under 16")
    expect(page.get_by_text("What you can do yourself")).to_have_count(0)
    return outcome(page)


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


def test_the_pregnancy_path_with_javascript_on_and_off(seeded_site, page: Page, no_js_page: Page):
    with_js = pregnancy_path(page, seeded_site.url)
    without_js = pregnancy_path(no_js_page, seeded_site.url)
    assert with_js == without_js
    urgency, causes = with_js
    assert urgency == "urgent"
    assert "night-cramps" not in causes and "pregnancy" not in causes


def test_the_under_16_path_with_javascript_on_and_off(seeded_site, page: Page, no_js_page: Page):
    with_js = child_path(page, seeded_site.url)
    without_js = child_path(no_js_page, seeded_site.url)
    assert with_js == without_js
    urgency, _ = with_js
    assert urgency == "gp"


def test_choosing_an_emergency_sign_goes_straight_to_the_emergency_result(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    page.locator("#area-back").check()
    page.get_by_role("button", name="Continue").click()
    page.locator("#sign-saddle-numbness").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator('[data-urgency="emergency"]')).to_be_visible()
    heading = page.locator("main h1").first
    expect(heading).to_contain_text("999")
