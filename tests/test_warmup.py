"""config.warmup: the gunicorn master makes every worker start warm, without a connection."""

import gc
import runpy

import pytest
from django.template import engines

from config import warmup


@pytest.fixture
def unfreeze():
    yield
    gc.unfreeze()


def test_site_templates_are_the_projects_own_without_the_admins():
    names = warmup.site_templates()
    assert {"base.html", "education/article.html", "triage/result.html"} <= set(names)
    assert not [name for name in names if name.startswith("admin/")]


def test_warm_compiles_every_site_template_without_touching_the_database(unfreeze):
    # No `db` fixture: a query, or a connection opened, would fail this test.
    engine = engines["django"].engine
    engine.template_loaders[0].reset()  # the cached loader forgets what it compiled
    warmup.warm()
    compiled = engine.template_loaders[0].get_template_cache
    assert set(warmup.site_templates()) <= set(compiled)
    assert gc.get_freeze_count() > 0  # what the master made is out of the collector's sight


def test_gunicorn_warms_the_master_before_it_forks(monkeypatch):
    calls = []
    monkeypatch.setattr(warmup, "warm", lambda: calls.append("warm"))
    config = runpy.run_path("config/gunicorn.py")
    assert config["preload_app"] is True
    config["when_ready"](server=None)
    assert calls == ["warm"]
