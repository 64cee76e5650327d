"""With the strict Content Security Policy enforced, nothing on the site is blocked."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import answer_first_step, open_page
from tests.pages import ADMIN_PAGES, PUBLIC_PAGES


def record_violations(page: Page) -> list[str]:
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


@pytest.mark.parametrize(
    "target",
    [
        p
        for p in PUBLIC_PAGES
        if p.name
        in {"home", "article muscle-spasms", "checker step 1", "result gp", "result emergency"}
    ],
    ids=lambda p: p.name,
)
def test_public_pages_run_under_the_policy_without_violations(seeded_site, page: Page, target):
    violations = record_violations(page)
    open_page(page, seeded_site.url, target)
    page.wait_for_load_state("networkidle")
    assert violations == []


def test_the_htmx_checker_works_under_the_policy(seeded_site, page: Page):
    violations = record_violations(page)
    page.goto(f"{seeded_site.url}/check/")
    answer_first_step(page)
    expect(page.locator(".progress")).to_have_text("Step 2 of 5")
    assert page.evaluate("typeof htmx") == "object"
    assert violations == []


@pytest.mark.parametrize("target", ADMIN_PAGES, ids=lambda p: p.name)
def test_admin_pages_run_under_the_policy_without_violations(seeded_site, browser, target):
    from django.conf import settings
    from django.test import Client

    from tests.factories import make_user

    client = Client()
    client.force_login(make_user(superuser=True))
    context = browser.new_context()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": seeded_site.url,
            }
        ]
    )
    page = context.new_page()
    violations = record_violations(page)
    open_page(page, seeded_site.url, target)
    page.wait_for_load_state("networkidle")
    context.close()
    assert violations == []
