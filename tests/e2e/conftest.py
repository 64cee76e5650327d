"""Browser tests: Playwright driving Debian's Chromium against a live server.

Never run `playwright install`: it downloads a browser, which fails here.
`make test` installs Debian's chromium package instead.
"""

import os

import pytest

from tests.factories import seed

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def _app_serves_static(application):
    # Let whitenoise, inside the app, serve the collected and hashed static
    # files as it does in production (Django's test handler would refuse them
    # with debug off).
    return application


@pytest.fixture(scope="session")
def live_server(request, collected_static):
    """A live server whose static files come from whitenoise, as in production."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer(os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"), start=False)
    server.thread.static_handler = _app_serves_static
    server.start()
    yield server
    server.stop()


@pytest.fixture
def seeded_site(live_server, transactional_db):
    """The live server with the seed content loaded."""
    seed()
    return live_server


def open_page(page, base_url: str, target) -> None:
    """Open a tests.pages.Page in the browser: a GET, or a real form POST for checker pages."""
    from tests.pages import resolve

    path = resolve(target.path)
    if not target.post:
        page.goto(base_url + path)
        return
    page.goto(base_url + "/check/")
    with page.expect_navigation():
        page.evaluate(
            """([action, fields]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = action;
                for (const [name, values] of Object.entries(fields)) {
                    for (const value of [].concat(values)) {
                        const input = document.createElement("input");
                        input.type = "hidden"; input.name = name; input.value = value;
                        form.append(input);
                    }
                }
                document.body.append(form);
                form.submit();
            }""",
            [path, target.post],
        )


@pytest.fixture
def staff_browser_page(seeded_site, browser):
    """A browser page signed in as a clinician editor (CSP bypassed, for the axe audit)."""
    from django.conf import settings
    from django.test import Client

    from tests.factories import make_user

    client = Client()
    client.force_login(make_user(superuser=True))
    context = browser.new_context(bypass_csp=True)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": seeded_site.url,
            }
        ]
    )
    yield context.new_page()
    context.close()


def answer_first_step(page, area: str = "calf", *, who: str = "me", timing: str = "happening-now"):
    """Answer step 1 (who, where, when) with the mouse and go on to step 2."""
    page.locator(f"#who-{who}").check()
    page.locator(f"#area-{area}").check()
    page.locator(f"#timing-{timing}").check()
    page.get_by_role("button", name="Continue").click()
