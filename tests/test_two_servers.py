"""Two app servers, one PostgreSQL, one Redis: what an editor does through one server, the
other shows on its next requests (within the second each process may keep a version)."""

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import dj_database_url
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = secrets.token_urlsafe(16)
ANSWERS = {"area": "calf", "signs": "frequent", "clues": "at-night"}

pytestmark = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""), reason="runs on the PostgreSQL run of CI"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def database():
    """A fresh PostgreSQL database, migrated and seeded, with a superuser; dropped after."""
    import psycopg
    from psycopg import sql

    base = dj_database_url.parse(os.environ["DATABASE_URL"])
    params = {"host": base["HOST"], "port": base["PORT"], "user": base["USER"]}
    params = {k: v for k, v in params.items() if v}
    name = f"clearcare_two_servers_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(dbname="postgres", autocommit=True, **params)
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": f"{os.environ['DATABASE_URL'].rsplit('/', 1)[0]}/{name}",
        "REDIS_URL": "redis://127.0.0.1:6379/7",
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "CHECKER_RATE_LIMIT": "0",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": "",
    }
    try:
        for command in (
            ("migrate", "--noinput"),
            ("seed",),
            ("createsuperuser", "--noinput", "--username", "lead", "--email", "l@example.org"),
        ):
            subprocess.run(  # noqa: S603 - our own manage.py
                [sys.executable, "manage.py", *command],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )
        yield env
    finally:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        admin.close()


class Server:
    """One gunicorn app server (its own processes) and a browser-like client for it."""

    def __init__(self, env: dict):
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(  # noqa: S603 - our own app server
            [
                os.path.join(ROOT, ".venv", "bin", "gunicorn"),
                "config.wsgi",
                "-c",
                "config/gunicorn.py",
            ],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        for _ in range(150):
            try:
                self.get("/healthz")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the app server did not start")

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path: str) -> tuple[int, str]:
        return self.request(path)

    def post_form(self, path: str, data: dict, page: str = "") -> tuple[int, str]:
        """POST a form of the admin, with the CSRF token the page that shows it gives."""
        _status, page = self.get(page or path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture
def servers(database):
    started = [Server(database), Server(database)]
    yield started
    for server in started:
        server.stop()


def seen_within(seconds: float, check) -> float:
    """Return how long `check()` took to become true (fails after `seconds`)."""
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < seconds, "the other server never saw the change"
        time.sleep(0.1)
    return time.monotonic() - start


def test_a_publish_through_one_server_is_served_by_the_other(servers):
    editor, reader = servers
    article = "/articles/muscle-spasms/"
    assert reader.get(article)[0] == reader.get(article)[0] == 200  # made, then cached
    status, page = editor.post_form(
        "/admin/login/", {"username": "lead", "password": PASSWORD, "next": "/admin/"}
    )
    assert status == 200 and "Log out" in page
    _status, changelist = editor.get("/admin/education/article/?q=muscle-spasms")
    pk = re.search(r'href="/admin/education/article/(\d+)/change/', changelist).group(1)
    publication = f"/admin/education/article/{pk}/publication/"

    change = f"/admin/education/article/{pk}/change/"
    editor.post_form(publication, {"publish": "no", "reason": "Being rewritten"}, page=change)
    assert seen_within(3, lambda: reader.get(article)[0] == 404) < 3
    editor.post_form(publication, {"publish": "yes"}, page=change)
    assert seen_within(3, lambda: reader.get(article)[0] == 200) < 3


def test_a_rule_set_published_through_one_server_is_used_by_the_other(servers):
    editor, reader = servers
    _status, result = reader.request("/check/result/", ANSWERS)
    assert "rules version 1," in result
    editor.post_form("/admin/login/", {"username": "lead", "password": PASSWORD, "next": "/admin/"})
    editor.post_form("/admin/triage/ruleset/publish/", {"note": "Checked by two servers."})
    assert (
        seen_within(3, lambda: "rules version 2," in reader.request("/check/result/", ANSWERS)[1])
        < 3
    )
