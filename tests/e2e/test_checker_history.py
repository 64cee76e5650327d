"""The checker keeps its place on a phone: Back, Forward and reload keep the step and the answers.

Nothing about the answers may be in the address, a cookie or storage: the
tab's own history (history.state) holds them, and it ends when the tab is
closed.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import answer_first_step

ANSWER_WORDS = ("calf", "none", "65", "diabetes", "frequent", "at-night", "comes-and-goes", "me")


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    yield context.new_page()
    context.close()


def step(page: Page, number: int) -> None:
    expect(page.locator(".progress")).to_have_text(f"Step {number} of 5")


def go_on(page: Page, number: int) -> None:
    page.get_by_role("button", name="Continue").click()
    step(page, number)


def assert_nothing_kept_outside_the_tab(page: Page) -> None:
    path = page.url.split("://", 1)[1].split("/", 1)[1]
    assert "?" not in page.url and "#" not in page.url
    assert not any(word in path for word in ANSWER_WORDS), page.url
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length") == 0
    assert page.context.cookies() == []
    # sessionStorage ends with the tab; htmx keeps only the page's address there.
    session = page.evaluate("Object.fromEntries(Object.entries(sessionStorage))")
    assert set(session) <= {"htmx-current-path-for-history"}
    assert not any(word in value for value in session.values() for word in ANSWER_WORDS)


def test_back_forward_and_reload_keep_the_step_and_the_answers(seeded_site, phone: Page):
    page = phone
    page.goto(f"{seeded_site.url}/check/")
    answer_first_step(page, "calf", timing="comes-and-goes")
    step(page, 2)
    assert page.url.endswith("/check/emergency")
    page.get_by_label("None of these").check()
    go_on(page, 3)
    page.get_by_role("radio", name="65 or older").check()
    page.locator("#group-diabetes").check()
    go_on(page, 4)
    page.locator("#sign-frequent").check()
    go_on(page, 5)
    assert page.url.endswith("/check/clues")
    assert_nothing_kept_outside_the_tab(page)

    # The browser's Back: step 4, then step 3, with their answers.
    page.go_back()
    step(page, 4)
    expect(page.locator("#sign-frequent")).to_be_checked()
    page.go_back()
    step(page, 3)
    expect(page.get_by_role("radio", name="65 or older")).to_be_checked()
    expect(page.locator("#group-diabetes")).to_be_checked()
    # Forward again, and a reload: still step 4, still ticked.
    page.go_forward()
    step(page, 4)
    expect(page.locator("#sign-frequent")).to_be_checked()
    page.reload()
    step(page, 4)
    expect(page.locator("#sign-frequent")).to_be_checked()
    assert page.url.endswith("/check/signs")

    # The page's own Back is the browser's Back; the answers of both steps stay.
    go_on(page, 5)
    page.locator("#clue-at-night").check()
    page.get_by_role("button", name="Back").click()
    step(page, 4)
    expect(page.locator("#sign-frequent")).to_be_checked()
    page.go_forward()
    step(page, 5)
    expect(page.locator("#clue-at-night")).to_be_checked()

    page.get_by_role("button", name="Continue").click()
    result = page.locator("[data-urgency]")
    expect(result).to_have_attribute("data-urgency", "gp")
    causes = page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)")
    assert "night-cramps" in causes
    assert page.url.endswith("/check/result")
    assert_nothing_kept_outside_the_tab(page)

    # A reload keeps the result.
    page.reload()
    expect(page.locator("[data-urgency]")).to_have_attribute("data-urgency", "gp")
    assert (
        page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)") == causes
    )

    # "Read more", then Back: the result is still there.
    page.locator(".cause a").first.click()
    expect(page.locator("h1#article-title")).to_be_visible()
    page.go_back()
    expect(page.locator("[data-urgency]")).to_have_attribute("data-urgency", "gp")
    assert (
        page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)") == causes
    )

    # And Back from the result is the last step, with its answer.
    page.go_back()
    step(page, 5)
    expect(page.locator("#clue-at-night")).to_be_checked()
    assert_nothing_kept_outside_the_tab(page)


def test_back_from_an_emergency_result_shows_the_emergency_question_again(seeded_site, phone: Page):
    page = phone
    page.goto(f"{seeded_site.url}/check/")
    answer_first_step(page, "back")
    page.locator("#sign-saddle-numbness").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator('[data-urgency="emergency"]')).to_be_visible()
    page.go_back()
    step(page, 2)
    # The sign is still ticked, and can be unticked: the step is shown, not the result again.
    expect(page.locator("#sign-saddle-numbness")).to_be_checked()
    page.locator("#sign-saddle-numbness").uncheck()
    page.get_by_label("None of these").check()
    go_on(page, 3)


def test_the_skip_link_and_a_reload_on_step_1_keep_the_place(seeded_site, phone: Page):
    page = phone
    page.goto(f"{seeded_site.url}/check/")
    page.locator("#who-me").check()
    page.locator("#area-calf").check()
    page.reload()  # step 1 keeps its answers too
    step(page, 1)
    expect(page.locator("#area-calf")).to_be_checked()
    page.locator("#timing-happening-now").check()
    go_on(page, 2)
    page.get_by_label("None of these").check()
    go_on(page, 3)
    # A keyboard user follows the skip link: an entry of its own, on the same step.
    page.locator(".skip-link").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/check/about#main")
    page.go_back()
    step(page, 3)
    page.go_back()
    step(page, 2)
    expect(page.get_by_label("None of these")).to_be_checked()
    page.go_back()
    step(page, 1)
    expect(page.locator("#area-calf")).to_be_checked()
    expect(page.locator("#timing-happening-now")).to_be_checked()
