"""The checker with the keyboard alone: every step reachable, focus visible, changes announced."""

from playwright.sync_api import Page, expect

from tests.e2e.conftest import answer_first_step

FOCUS_IS_VISIBLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== "none";
}"""


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until `selector` has focus, checking that focus is visible at every stop."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_IS_VISIBLE), page.evaluate(
            "document.activeElement.outerHTML.slice(0, 120)"
        )
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def continue_and_expect(page: Page, progress: str) -> None:
    tab_to(page, "button[type=submit]:not([formaction])")
    page.keyboard.press("Enter")
    expect(page.locator(".progress")).to_have_text(progress)
    # After the swap, focus is on the new step's heading and the change is announced.
    expect(page.locator("#step-heading")).to_be_focused()
    expect(page.locator("#live-status")).to_contain_text(progress)


def test_the_checker_can_be_completed_with_the_keyboard_alone(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    tab_to(page, "#who-me")
    page.keyboard.press("Space")
    expect(page.locator("#who-me")).to_be_checked()
    # The body picture's parts are reachable and work from the keyboard.
    tab_to(page, '.body-map a[data-area="calf"]')
    page.keyboard.press("Enter")
    expect(page.locator("#area-calf")).to_be_checked()
    tab_to(page, "#timing-happening-now")
    page.keyboard.press("Space")
    expect(page.locator("#timing-happening-now")).to_be_checked()
    continue_and_expect(page, "Step 2 of 5")

    tab_to(page, "#no-emergency")
    page.keyboard.press("Space")
    continue_and_expect(page, "Step 3 of 5")

    # A radio group is one Tab stop; the arrow keys choose within it.
    tab_to(page, "#age-under-5")
    for _ in range(3):  # under 5, 5 to 15, 16 to 64, 65 or older
        page.keyboard.press("ArrowDown")
    expect(page.locator("#age-65-plus")).to_be_checked()
    continue_and_expect(page, "Step 4 of 5")

    tab_to(page, "#sign-frequent")
    page.keyboard.press("Space")
    continue_and_expect(page, "Step 5 of 5")

    tab_to(page, "#clue-at-night")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]:not([formaction])")
    page.keyboard.press("Enter")

    expect(page.locator('[data-urgency="gp"]')).to_be_visible()
    expect(page.locator("#step-heading")).to_be_focused()
    expect(page.locator("#live-status")).to_contain_text("See a doctor")
    assert page.title().startswith("See a doctor")
    assert page.locator("[data-cause]").first.get_attribute("data-cause") == "night-cramps"


def test_the_back_button_works_from_the_keyboard(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    answer_first_step(page, "foot")
    expect(page.locator(".progress")).to_have_text("Step 2 of 5")
    tab_to(page, "button[formaction]")
    page.keyboard.press("Enter")
    expect(page.locator(".progress")).to_have_text("Step 1 of 5")
    expect(page.locator("#area-foot")).to_be_checked()
    expect(page.locator("#step-heading")).to_be_focused()


def test_the_body_picture_has_a_text_alternative(seeded_site, page: Page):
    page.goto(f"{seeded_site.url}/check/")
    svg = page.locator(".body-map svg")
    assert svg.get_attribute("aria-labelledby") == "body-map-title"
    assert "Body picture" in page.locator("#body-map-title").text_content()
    labels = page.locator(".body-map a[data-area]").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    assert all(labels) and "Calf, the back of your lower leg" in labels


def test_a_term_opens_its_definition_with_the_keyboard_and_closes_again(seeded_site, page: Page):
    # Works without JavaScript too: the definition is an HTML popover.
    page.goto(f"{seeded_site.url}/articles/muscle-spasms/")
    term = page.locator("button.term").first
    definition = page.locator(f"#{term.get_attribute('popovertarget')}")
    expect(definition).to_be_hidden()  # not read until asked for
    tab_to(page, "button.term")
    page.keyboard.press("Enter")
    expect(definition).to_be_visible()
    expect(definition).to_contain_text("When a muscle tightens on its own")
    page.keyboard.press("Escape")
    expect(definition).to_be_hidden()
    expect(term).to_be_focused()  # back where the reader was
    # Its own Close button works from the keyboard too.
    page.keyboard.press("Enter")
    tab_to(page, f"#{term.get_attribute('popovertarget')} .term-close")
    page.keyboard.press("Enter")
    expect(definition).to_be_hidden()


def test_a_term_opens_its_definition_without_javascript(seeded_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{seeded_site.url}/es/articles/calambres-nocturnos-en-las-piernas/")
    term = page.locator("button.term").first
    definition = page.locator(f"#{term.get_attribute('popovertarget')}")
    term.click()
    expect(definition).to_be_visible()
    expect(definition).to_contain_text("Calambre")
    definition.locator(".term-close").click()
    expect(definition).to_be_hidden()
    context.close()
