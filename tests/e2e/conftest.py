"""Browser tests: Playwright driving Debian's Chromium against a live server.

Never run `playwright install`: it downloads a browser, which fails here.
`make test` installs Debian's chromium package instead.
"""

import os

import pytest

from tests.factories import seed
from tests.pages import prepare_pictures

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
def test_database(request, django_db_setup, django_db_blocker):
    """The test database, also when only browser tests run.

    pytest-django creates it only when a test in the run asks for `db` (the
    browser tests do not: see `seeded_site`); otherwise it is created here.
    """
    from django.test.utils import setup_databases, teardown_databases

    def uses_db(item) -> bool:
        names = set(getattr(item, "fixturenames", ()))
        return bool(item.get_closest_marker("django_db") or names & {"db", "transactional_db"})

    if any(uses_db(item) for item in request.session.items):
        yield
        return
    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def site_server(test_database, django_db_blocker):
    """One live server for every browser test; its static files come from whitenoise, as in production.

    Not pytest-django's `live_server`, which empties the database after each test:
    the browser tests only read the site, so `seeded_site` loads it once a module.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer(os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"), start=False)
        server.thread.static_handler = _app_serves_static
        server.start()
    server._live_server_modified_settings.enable()  # the server's host is allowed
    yield server
    server._live_server_modified_settings.disable()
    server.stop()
    with django_db_blocker.unblock():
        _close_other_connections()


def _close_other_connections() -> None:
    """Close the test database's other connections, so that it can be dropped.

    The server's request threads, and code run inside Playwright's greenlets
    (each has its own Django connections), leave connections open that this
    thread cannot close; on PostgreSQL they are ended here, after the server
    has stopped.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    connection.close()


@pytest.fixture(scope="module")
def seeded_site(site_server, django_db_blocker):
    """The live server with the seed content, loaded once for each test module.

    The browser tests read the site and sign in; none changes the content, so
    one load serves a module. The tables are emptied after it, as Django's
    transactional tests do. pytest-django runs these tests after every test
    that uses the database (they ask for no `db` fixture), so none sees the data.
    """
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
        seed()
        prepare_pictures()
        yield site_server
        call_command("flush", interactive=False, verbosity=0)


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
    from tests.pages import prepare_admin_pages

    staff = make_user(superuser=True)
    prepare_admin_pages(staff)
    client = Client()
    client.force_login(staff)
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
