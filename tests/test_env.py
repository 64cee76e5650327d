import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import (
    env_bool,
    env_database,
    env_list,
    env_origins,
    env_phone_numbers,
    env_redis_url,
    env_str,
)


def test_env_str_strips_and_falls_back_to_default(monkeypatch):
    monkeypatch.setenv("X_STR", "  value  ")
    monkeypatch.setenv("X_EMPTY", "   ")
    assert env_str("X_STR") == "value"
    assert env_str("X_EMPTY", "default") == "default"
    assert env_str("X_UNSET_FOR_TEST", "default") == "default"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("true", True),
        ("1", True),
        ("YES", True),
        ("on", True),
        ("false", False),
        ("0", False),
        ("no", False),
        ("Off", False),
    ],
)
def test_env_bool_reads_yes_and_no(monkeypatch, raw, expected):
    monkeypatch.setenv("X_BOOL", raw)
    assert env_bool("X_BOOL") is expected


def test_env_bool_uses_default_when_unset(monkeypatch):
    monkeypatch.delenv("X_BOOL", raising=False)
    assert env_bool("X_BOOL", default=True) is True


@pytest.mark.parametrize("raw", ["ture", "2", "enabled"])
def test_env_bool_rejects_anything_else(monkeypatch, raw):
    monkeypatch.setenv("X_BOOL", raw)
    with pytest.raises(ImproperlyConfigured, match="X_BOOL"):
        env_bool("X_BOOL")


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("X_LIST", "a.org, b.org,,")
    assert env_list("X_LIST") == ["a.org", "b.org"]


def test_env_origins_rejects_a_bare_host(monkeypatch):
    monkeypatch.setenv("X_ORIGINS", "https://ok.org,example.org")
    with pytest.raises(ImproperlyConfigured, match="X_ORIGINS"):
        env_origins("X_ORIGINS")


def test_env_origins_accepts_origins(monkeypatch):
    monkeypatch.setenv("X_ORIGINS", "https://ok.org,http://127.0.0.1:8000")
    assert env_origins("X_ORIGINS") == ["https://ok.org", "http://127.0.0.1:8000"]


def test_env_database_parses_postgres_and_sqlite(monkeypatch):
    monkeypatch.setenv("X_DB", "postgres://postgres@127.0.0.1:5432/test")
    assert env_database("X_DB", "")["ENGINE"] == "django.db.backends.postgresql"
    monkeypatch.delenv("X_DB")
    assert (
        env_database("X_DB", "sqlite:////tmp/x.sqlite3")["ENGINE"] == "django.db.backends.sqlite3"
    )


def test_env_database_rejects_an_unknown_scheme(monkeypatch):
    monkeypatch.setenv("X_DB", "nosuchdb://host/name")
    with pytest.raises(ImproperlyConfigured, match="X_DB"):
        env_database("X_DB", "")


def test_env_redis_url_rejects_other_schemes(monkeypatch):
    monkeypatch.setenv("X_REDIS", "http://127.0.0.1:6379")
    with pytest.raises(ImproperlyConfigured, match="X_REDIS"):
        env_redis_url("X_REDIS")
    monkeypatch.setenv("X_REDIS", "redis://127.0.0.1:6379/1")
    assert env_redis_url("X_REDIS") == "redis://127.0.0.1:6379/1"


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env["DJANGO_DEBUG"] = "false"
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        env=env,
        capture_output=True,
        text=True,
        cwd=os.getcwd(),
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_env_phone_numbers_reads_number_and_place_in_order(monkeypatch):
    monkeypatch.setenv("X_PHONES", "911 US and Canada, 112 EU,000")
    assert env_phone_numbers("X_PHONES", []) == [
        ("911", "US and Canada"),
        ("112", "EU"),
        ("000", ""),
    ]
    monkeypatch.delenv("X_PHONES")
    assert env_phone_numbers("X_PHONES", ["999 UK"]) == [("999", "UK")]


@pytest.mark.parametrize("raw", ["UK 999", "call 999", "99999 nowhere", "+44 UK", ",", " , "])
def test_env_phone_numbers_rejects_what_is_not_a_number_and_a_place(monkeypatch, raw):
    monkeypatch.setenv("X_PHONES", raw)
    with pytest.raises(ImproperlyConfigured, match="X_PHONES"):
        env_phone_numbers("X_PHONES", [])
