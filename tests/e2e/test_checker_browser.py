"""The checker completed in a real browser: with the mouse and htmx, and with JavaScript off."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import answer_first_step


def outcome(page: Page) -> tuple[str, list[str]]:
    urgency = page.locator("[data-urgency]").get_attribute("data-urgency")
    causes = page.locator("[data-cause]").evaluate_all("els => els.map(e => e.dataset.cause)")
    return urgency, causes


#: What the checker's buttons and progress say in each language, and where it lives.
WORDS = {
    "en": {
        "at": "",
        "step": "Step {} of 5",
        "continue": "Continue",
        "back": "Back",
        "none": "None of these",
    },
    "es": {
        "at": "/es",
        "step": "Paso {} de 5",
        "continue": "Seguir",
        "back": "Atrás",
        "none": "Ninguna de estas",
    },
}


def go_on(page: Page, progress: str, language: str = "en") -> None:
    page.get_by_role("button", name=WORDS[language]["continue"]).click()
    expect(page.locator(".progress")).to_have_text(progress)


def start_for(page: Page, base_url: str, *, who: str) -> None:
    """Answer step 1 for a calf cramp that is happening now, for `who`."""
    page.goto(f"{base_url}/check/")
    expect(page.locator(".progress")).to_have_text("Step 1 of 5")
    answer_first_step(page, "calf", who=who)
    expect(page.locator(".progress")).to_have_text("Step 2 of 5")


def complete_checker(
    page: Page, base_url: str, language: str = "en"
) -> tuple[tuple[str, list[str]], bool]:
    """Answer every step (going back once) in `language`; return the outcome and whether no
    page load happened."""
    words = WORDS[language]

    def step(n: int) -> str:
        return words["step"].format(n)

    page.goto(f"{base_url}{words['at']}/check/")
    expect(page.locator(".progress")).to_have_text(step(1))
    page.evaluate("window.__sameDocument = true")
    page.locator("#who-me").check()
    page.locator('.body-map [data-area="calf"] rect').first.click()
    if not page.locator("#area-calf").is_checked():
        # Without JavaScript the picture only jumps to the matching choice.
        expect(page.locator("#area-calf")).to_be_in_viewport()
        page.locator("#area-calf").check()
    expect(page.locator("#area-calf")).to_be_checked()
    # Without when it happens, step 1 is asked again.
    go_on(page, step(1), language)
    expect(page.locator("#timing-error")).to_be_visible()
    page.locator("#timing-comes-and-goes").check()
    go_on(page, step(2), language)

    # The emergency question needs an answer: Continue alone asks again.
    go_on(page, step(2), language)
    expect(page.locator("#signs-error")).to_contain_text(words["none"])
    page.locator("#no-emergency").check()
    go_on(page, step(3), language)

    page.locator("#age-65-plus").check()
    go_on(page, step(4), language)
    page.locator("#sign-frequent").check()
    go_on(page, step(5), language)

    page.get_by_role("button", name=words["back"]).click()
    expect(page.locator(".progress")).to_have_text(step(4))
    expect(page.locator("#sign-frequent")).to_be_checked()  # going back keeps the answer
    go_on(page, step(5), language)

    page.locator("#clue-at-night").check()
    page.get_by_role("button", name=words["continue"]).click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    return outcome(page), page.evaluate("window.__sameDocument === true")


def pregnancy_path(page: Page, base_url: str) -> tuple[str, list[str]]:
    """A pregnant woman with a calf cramp at night who also has a bad headache and flashing lights."""
    start_for(page, base_url, who="me")
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
    """A parent answering for a child with a calf cramp after football: emergencies first, then a doctor."""
    start_for(page, base_url, who="someone-else")
    expect(page.locator("#step-heading")).to_have_text(
        "Have they had any of these, now or in the last 24 hours?"
    )
    expect(page.locator("#sign-meningitis-signs")).to_be_visible()  # asked first, at any age
    page.get_by_label("None of these").check()
    go_on(page, "Step 3 of 5")
    # Without an age the flow does not go on.
    go_on(page, "Step 3 of 5")
    expect(page.locator("#age-error")).to_be_visible()
    expect(page.get_by_text("How old are they?")).to_be_visible()
    page.get_by_role("radio", name="5 to 15").check()
    go_on(page, "Step 4 of 5")
    go_on(page, "Step 5 of 5")
    page.locator("#clue-during-exercise").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
    expect(page.locator(".urgency")).to_contain_text("For a child under 16")
    expect(page.get_by_text("What you can do yourself")).to_have_count(0)
    expect(page.locator(".for-someone-else")).to_be_visible()
    return outcome(page)


def adult_relative_path(page: Page, base_url: str) -> tuple[str, list[str]]:
    """A daughter answering for her father, 65 or older, on water tablets, with night cramps."""
    start_for(page, base_url, who="someone-else")
    page.get_by_label("None of these").check()
    go_on(page, "Step 3 of 5")
    page.get_by_role("radio", name="65 or older").check()
    # The medicine questions open after "Yes" (CSS alone: with JavaScript off too).
    medicines = page.get_by_text("Do they take any of these medicines?")
    expect(medicines).to_be_hidden()
    page.get_by_role("radio", name="Yes").check()
    expect(medicines).to_be_visible()
    page.locator("#group-water-tablets").check()
    go_on(page, "Step 4 of 5")
    expect(page.locator("#step-heading")).to_have_text("What else have they noticed?")
    go_on(page, "Step 5 of 5")
    page.get_by_label("It comes on at night, when they are in bed").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-urgency]")).to_be_visible()
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


def test_the_checker_in_spanish_with_javascript_on_and_off_reaches_the_english_result(
    seeded_site, page: Page, no_js_page: Page
):
    in_english, _ = complete_checker(page, seeded_site.url)
    with_js, swapped_with_js = complete_checker(page, seeded_site.url, "es")
    without_js, swapped_without_js = complete_checker(no_js_page, seeded_site.url, "es")
    assert with_js == without_js == in_english
    assert swapped_with_js and not swapped_without_js
    for shown in (page, no_js_page):
        assert shown.locator("html").get_attribute("lang") == "es"
        expect(shown.locator("#step-heading")).to_have_text("Vaya al médico en los próximos días")
        expect(shown.locator("#answers-heading")).to_have_text("Sus respuestas")


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


def test_answering_for_an_adult_relative_with_javascript_on_and_off(
    seeded_site, page: Page, no_js_page: Page
):
    with_js = adult_relative_path(page, seeded_site.url)
    without_js = adult_relative_path(no_js_page, seeded_site.url)
    assert with_js == without_js
    urgency, causes = with_js
    assert urgency == "gp"  # long-term water tablets: a doctor checks the salts
    assert "medicine" in causes[:3]


def test_choosing_an_emergency_sign_goes_straight_to_the_emergency_result(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    answer_first_step(page, "back")
    page.locator("#sign-saddle-numbness").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator('[data-urgency="emergency"]')).to_be_visible()
    heading = page.locator("main h1").first
    expect(heading).to_contain_text("999")


def _feedback_counts(page_path: str) -> tuple[int, int]:
    from education.models import PageFeedback

    rows = PageFeedback.objects.filter(page=page_path)
    return sum(r.helpful for r in rows), sum(r.not_helpful for r in rows)


def test_was_this_helpful_is_counted_with_javascript_on_and_off(
    seeded_site, page: Page, no_js_page: Page
):
    before = _feedback_counts("/articles/night-leg-cramps/")
    # With htmx: the thanks replace the question, on the same page.
    page.goto(f"{seeded_site.url}/articles/night-leg-cramps/")
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()  # sharing, enhanced
    page.locator("form.feedback").get_by_role("button", name="No").click()
    expect(page.locator(".feedback-answer")).to_contain_text("Thank you.")
    assert page.url.endswith("/articles/night-leg-cramps/")
    # Without JavaScript: a plain form post, a page of thanks with the way back.
    no_js_page.goto(f"{seeded_site.url}/articles/night-leg-cramps/")
    # Sharing needs no script: the address waits in a field to copy.
    expect(no_js_page.get_by_label("Or copy its address")).to_have_value(
        f"{seeded_site.url}/articles/night-leg-cramps/"
    )
    expect(no_js_page.locator("[data-copy]")).to_be_hidden()
    no_js_page.locator("form.feedback").get_by_role("button", name="Yes").click()
    expect(no_js_page.locator(".feedback-answer")).to_contain_text("Thank you.")
    expect(no_js_page.get_by_role("link", name="Back to the page")).to_be_visible()
    assert _feedback_counts("/articles/night-leg-cramps/") == (before[0] + 1, before[1] + 1)
    assert not page.context.cookies() and not no_js_page.context.cookies()


def test_a_result_asks_was_this_helpful_without_leaving_the_checker(seeded_site, page: Page):
    complete_checker(page, seeded_site.url)
    steps = page.evaluate("history.length")
    page.locator("form.feedback").get_by_role("button", name="Yes").click()
    expect(page.locator(".feedback-answer")).to_contain_text("Thank you.")
    expect(page.locator("[data-urgency]")).to_be_visible()  # the result stays on screen
    assert page.evaluate("history.length") == steps  # no new entry in the checker's history


def _downloaded_answers(page: Page) -> dict:
    with page.expect_download() as download:
        page.get_by_role("button", name="Download your answers (FHIR file)").click()
    assert download.value.suggested_filename == "clearcare-answers.fhir.json"
    return json.loads(Path(download.value.path()).read_text())


def test_the_answers_download_as_a_fhir_file_with_javascript_on_and_off(
    seeded_site, page: Page, no_js_page: Page
):
    for shown in (page, no_js_page):
        (urgency, causes), _ = complete_checker(shown, seeded_site.url)
        resource = _downloaded_answers(shown)
        assert resource["resourceType"] == "QuestionnaireResponse"
        assert resource["questionnaire"].startswith(f"{seeded_site.url}/check/questionnaire.json|")
        answers = {
            item["linkId"]: [answer["valueCoding"]["code"] for answer in item["answer"]]
            for item in resource["item"]
        }
        assert answers["area"] == ["calf"]
        assert answers["signs"] == ["frequent"]
        assert answers["clues"] == ["at-night"]
        assert answers["age"] == ["65-plus"]
        assert answers["urgency"] == [urgency]
        assert answers["causes"] == causes[: len(answers["causes"])]
        # The result page stays as it was: the download is not a new page.
        expect(shown.locator("[data-urgency]")).to_be_visible()
