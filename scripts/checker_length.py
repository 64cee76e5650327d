"""`make checker-length`: how long the checker is on a phone, step by step.

Walks the checker on a 390 by 844 px phone as an adult with no warning signs
who takes no medicine (for the calf, and for the face), and prints for each step the choices it
shows and how many screens a person scrolls to reach Continue. Targets
(issue 11): at most 3 screens a step; the number of choices is reported
against the aim of 30 in all. Writes docs/checker-length.json. Not a test.
"""

from __future__ import annotations

import json

from playwright.sync_api import sync_playwright
from screenshots import CHROMIUM_ARGS
from tool_server import ROOT, serve

OUT = ROOT / "docs" / "checker-length.json"
PHONE = {"width": 390, "height": 844}
MAX_SCREENS = 3.0
AIM_CHOICES = 30


def measure(page) -> dict:
    """Return the choices a person sees and the screens scrolled to reach Continue."""
    return page.evaluate(
        """() => {
            const choices = [...document.querySelectorAll(
                "#checker input[type=checkbox], #checker input[type=radio]")]
                .filter((input) => input.checkVisibility()).length;  // not the closed ones
            const button = document.querySelector("#checker .step-buttons button");
            const top = document.querySelector("#step-heading").getBoundingClientRect().top;
            const bottom = button.getBoundingClientRect().bottom;
            return {choices, screens: Math.round((bottom - top) / window.innerHeight * 10) / 10};
        }"""
    )


def walk(page, base: str, area: str) -> list[dict]:
    steps = []

    def go_on(number: int) -> None:
        page.get_by_role("button", name="Continue").click()
        page.locator(".progress", has_text=f"Step {number} of 5").wait_for()

    page.goto(f"{base}/check/")
    steps.append(measure(page))
    page.locator("#who-me").check()
    page.locator(f"#area-{area}").check()
    page.locator("#timing-comes-and-goes").check()
    go_on(2)
    steps.append(measure(page))
    page.locator("#no-emergency").check()
    go_on(3)
    steps.append(measure(page))
    page.locator("#age-16-64").check()
    page.locator("#medicines-no").check()
    go_on(4)
    steps.append(measure(page))
    go_on(5)
    steps.append(measure(page))
    return steps


def main() -> int:
    results = {}
    with serve() as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
        for area in ("calf", "face"):
            results[area] = walk(page, base, area)
        browser.close()
    OUT.write_text(json.dumps(results, indent=2) + "\n")
    worst = 0.0
    for area, steps in results.items():
        total = sum(s["choices"] for s in steps)
        print(f"{area}: {total} choices in all (aim: {AIM_CHOICES})")
        for number, s in enumerate(steps, start=1):
            print(
                f"  step {number}: {s['choices']:>3} choices, {s['screens']:>4} screens to Continue"
            )
            worst = max(worst, s["screens"])
    print(f"\nWritten to {OUT.relative_to(ROOT)}")
    if worst > MAX_SCREENS:
        print(f"Longest step: {worst} screens, over the target of {MAX_SCREENS}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
