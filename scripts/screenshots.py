"""`make screenshots`: desktop and mobile pictures of home, an article, a checker step and a result.

Written to docs/, where the README shows them.
"""

from __future__ import annotations

from playwright.sync_api import sync_playwright
from tool_server import ROOT, serve

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}
ANSWERS = {"area": "calf", "age": "65-plus", "signs": ["frequent"], "clues": ["at-night"]}


def answer_first_step(page, base: str) -> None:
    page.goto(f"{base}/check/")
    page.locator("#who-me").check()
    page.locator("#area-calf").check()
    page.locator("#timing-comes-and-goes").check()
    page.get_by_role("button", name="Continue").click()


def show_result(page, base: str) -> None:
    answer_first_step(page, base)
    page.locator(".progress", has_text="Step 2 of 5").wait_for()
    page.locator("#no-emergency").check()
    page.get_by_role("button", name="Continue").click()
    page.locator(".progress", has_text="Step 3 of 5").wait_for()
    page.locator(f"#age-{ANSWERS['age']}").check()
    page.get_by_role("button", name="Continue").click()
    page.locator(".progress", has_text="Step 4 of 5").wait_for()
    for slug in ANSWERS["signs"]:
        page.locator(f"#sign-{slug}").check()
    page.get_by_role("button", name="Continue").click()
    page.locator(".progress", has_text="Step 5 of 5").wait_for()
    for slug in ANSWERS["clues"]:
        page.locator(f"#clue-{slug}").check()
    page.get_by_role("button", name="Continue").click()
    page.locator("[data-urgency]").wait_for()


def show_step(page, base: str) -> None:
    answer_first_step(page, base)
    page.locator(".progress", has_text="Step 2 of 5").wait_for()


def show_calf_stretch(page, base: str) -> None:
    """The stretching article at its calf stretch: the steps and their picture."""
    page.goto(f"{base}/articles/stretch-out-a-cramp/")
    heading = page.locator("#calf-cramp-heading")
    heading.scroll_into_view_if_needed()
    picture = page.locator('#calf-cramp img[src$="calf-stretch.svg"]')
    picture.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    page.evaluate(
        "top => window.scrollTo(0, top)",
        heading.bounding_box()["y"] + page.evaluate("scrollY") - 16,
    )


def main() -> None:
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    with serve() as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for device, viewport in VIEWPORTS.items():
            page = browser.new_page(
                viewport=viewport, is_mobile=device == "mobile", device_scale_factor=1
            )
            shots = {
                "home": lambda p: p.goto(f"{base}/"),
                "article": lambda p: p.goto(f"{base}/articles/muscle-spasms/"),
                "checker-step": lambda p: show_step(p, base),
                "result": lambda p: show_result(p, base),
                "article-es": lambda p: p.goto(f"{base}/es/articles/espasmos-musculares/"),
                "stretch": lambda p: show_calf_stretch(p, base),
            }
            for name, open_page in shots.items():
                open_page(page)
                if name != "stretch":
                    page.evaluate("window.scrollTo(0, 0)")
                path = out / f"{name}-{device}.png"
                page.screenshot(path=path)
                print(f"wrote {path.relative_to(ROOT)}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
