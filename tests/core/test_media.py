"""Where uploaded pictures are kept and who serves them (MEDIA_ROOT in settings)."""

import importlib
import json

import pytest
from django.urls import clear_url_caches

import config.urls
from tests.test_security import PRODUCTION, run_settings

READ_STORAGE = (
    "import django, json; django.setup(); "
    "from django.conf import settings; "
    "from django.core.files.storage import storages; s = storages['default']; "
    "print(json.dumps({'backend': type(s).__name__, 'bucket': getattr(s, 'bucket_name', None), "
    "'signed': getattr(s, 'querystring_auth', None), 'url': s.url('sections/a.png'), "
    "'serve': settings.SERVE_MEDIA, 'img': settings.SECURE_CSP['img-src']}))"
)


def storage_in(env: dict) -> dict:
    # Unset what the test run sets for its own servers (tests/environment.py).
    unset = {"DJANGO_SERVE_MEDIA": "", "DJANGO_MEDIA_ROOT": ""}
    result = run_settings(
        {"DJANGO_SETTINGS_MODULE": "config.settings", **unset, **env}, READ_STORAGE
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_keeps_pictures_on_disk_for_the_proxy_to_serve():
    seen = storage_in(PRODUCTION)
    assert seen["backend"] == "FileSystemStorage"
    assert seen["url"] == "/media/sections/a.png"
    assert seen["serve"] is False  # the proxy serves /media/, not Django


def test_an_s3_bucket_keeps_pictures_where_every_app_server_reads_them():
    seen = storage_in(
        {
            **PRODUCTION,
            "MEDIA_S3_BUCKET": "clearcare-media",
            "MEDIA_S3_ENDPOINT_URL": "https://objects.example.org",
            "MEDIA_S3_CUSTOM_DOMAIN": "media.clearcare.example.org",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
        }
    )
    assert seen["backend"] == "S3Storage"
    assert seen["bucket"] == "clearcare-media"
    assert seen["signed"] is False  # a public page's picture has a plain, cacheable address
    assert seen["url"] == "https://media.clearcare.example.org/media/sections/a.png"
    assert seen["serve"] is False
    # Pages may load pictures from there, and from nowhere else new.
    assert "https://media.clearcare.example.org" in seen["img"]


@pytest.fixture
def urls_with(settings):
    """Load the site's addresses again under the settings a test sets, and after it."""

    def load():
        clear_url_caches()
        importlib.reload(config.urls)

    original = settings.SERVE_MEDIA
    yield load
    settings.SERVE_MEDIA = original
    load()


@pytest.mark.django_db
def test_django_serves_pictures_only_where_told_to(client, media, settings, urls_with):
    (media / "a.png").write_bytes(b"\x89PNG picture")
    settings.SERVE_MEDIA = False  # production without debug: the proxy serves them
    urls_with()
    assert client.get("/media/a.png").status_code == 404
    settings.SERVE_MEDIA = True  # development, and the browser tests
    urls_with()
    response = client.get("/media/a.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\x89PNG picture"
