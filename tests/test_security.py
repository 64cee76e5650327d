"""Security headers, deployment checks, admin lockout and the checker's rate limit."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

from tests.factories import load_seed, make_user

pytestmark = pytest.mark.django_db


def environment(**overrides) -> dict:
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; production never does.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**env, **overrides}


def run_settings(env: dict, code: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 -- the test's own interpreter and code
        [sys.executable, "-c", code],
        env=environment(**env),
        capture_output=True,
        text=True,
        check=False,
    )


PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_HTTPS": "true",
    "DJANGO_SECRET_KEY": "k" + "x7Q!p2#Zr9@Lm4$Vb8^Nc1&Hd6*Jf3(Ts5)Wy0_Ge+Ua" * 2,
    "DJANGO_ALLOWED_HOSTS": "clearcare.example.org",
}


def test_check_deploy_under_production_settings_prints_no_warning():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment(**PRODUCTION),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the HSTS preload warning is silenced: preloading is opt-in (hard to undo).
    assert "System check identified no issues (1 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_hsts_preload_is_opt_in():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; django.setup();"
        "from django.conf import settings as s; print(s.SECURE_HSTS_PRELOAD)"
    )
    assert run_settings(PRODUCTION, code).stdout.strip() == "False"
    opted_in = run_settings({**PRODUCTION, "DJANGO_HSTS_PRELOAD": "true"}, code)
    assert opted_in.stdout.strip() == "True"


def test_responses_may_not_be_embedded_by_other_sites(client):
    assert client.get("/").headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_production_settings_turn_on_hsts_and_secure_cookies():
    result = run_settings(
        PRODUCTION,
        (
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; django.setup();"
            "from django.conf import settings as s;"
            "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
            " s.SECURE_SSL_REDIRECT)"
        ),
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True", "True"], result.stderr


def test_the_admin_address_is_configurable():
    result = run_settings(
        {**PRODUCTION, "DJANGO_ADMIN_URL": "/editors/"},
        (
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; django.setup();"
            "from django.urls import reverse; print(reverse('admin:index'))"
        ),
    )
    assert result.stdout.strip() == "/editors/", result.stderr


@pytest.mark.parametrize(
    "path", ["/", "/articles/muscle-spasms/", "/check/", "/search/?q=cramp", "/admin/login/"]
)
def test_every_page_carries_the_security_headers(client, path):
    load_seed()
    response = client.get(path)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_checker_page_uses_a_nonce_for_htmx(client):
    load_seed()
    response = client.get("/check/")
    html = response.content.decode()
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in html


def test_guessing_the_admin_password_locks_the_guesser_out(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = make_user(superuser=True, username="editor")
    user.set_password("the-right-password-123")
    user.save()
    login = reverse("admin:login")
    statuses = [
        client.post(login, {"username": "editor", "password": "wrong-guess"}).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]  # the form again with an error, then locked out
    locked = client.post(login, {"username": "editor", "password": "the-right-password-123"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_a_guesser_never_locks_an_editor_out(client, settings):
    """Every request comes from the proxy; the client is in X-Forwarded-For."""
    settings.AXES_FAILURE_LIMIT = 3
    settings.NUM_PROXIES = 1
    user = make_user(superuser=True, username="editor3")
    user.set_password("the-right-password-123")
    user.save()
    login = reverse("admin:login")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    guesser = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    editor = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    statuses = [
        client.post(login, {"username": "editor3", "password": "wrong"}, **guesser).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 429, 429]  # the guesser is locked out...
    response = client.post(
        login, {"username": "editor3", "password": "the-right-password-123"}, **editor
    )
    assert response.status_code == 302  # ...and the editor, elsewhere, is not
    assert not settings.AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT  # the hour does not restart
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.9"}


def test_a_correct_password_still_signs_in_before_the_limit(client):
    user = make_user(superuser=True, username="editor2")
    user.set_password("the-right-password-123")
    user.save()
    client.post(reverse("admin:login"), {"username": "editor2", "password": "wrong"})
    response = client.post(
        reverse("admin:login") + "?next=/admin/",
        {"username": "editor2", "password": "the-right-password-123"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_checker_posts_are_rate_limited_per_client(client, settings):
    load_seed()
    settings.CHECKER_RATE_LIMIT = 3
    statuses = [client.post("/check/result/", {"area": "calf"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    limited = client.post("/check/result/", {"area": "calf", "signs": ["chest-pain"]})
    assert b"call your emergency number" in limited.content
    assert limited["Retry-After"] == "60"
    other = client.post("/check/result/", {"area": "calf"}, REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 200


def test_the_access_log_keeps_no_client_address_and_no_response_size():
    import datetime
    import runpy
    from types import SimpleNamespace

    from gunicorn.glogging import Logger

    fmt = runpy.run_path("config/gunicorn.py")["access_log_format"]
    # Render a line the way gunicorn does, for a checker POST from a known address.
    logger = Logger.__new__(Logger)  # atoms() needs no configuration
    response = SimpleNamespace(status="200 OK", sent=7321, headers=[], response_length=7321)
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/check/result/",
        "QUERY_STRING": "",
        "RAW_URI": "/check/result/",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.7",
    }
    request = SimpleNamespace(headers=[])
    line = fmt % logger.atoms(response, request, environ, datetime.timedelta(seconds=0.01))
    assert "203.0.113.7" not in line and "7321" not in line
    assert '"POST /check/result/" 200' in line
