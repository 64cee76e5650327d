"""Make a process ready to serve before it forks its workers (gunicorn's `when_ready`).

With `preload_app`, gunicorn loads Django once in its master and forks the
workers from it, and forks a fresh one each time a worker is recycled
(`max_requests`). Whatever a first request would otherwise do once per
process, and slowly, is done here once, in the master, so every worker
starts warm: the modules loaded on first use (the cache client, the
full-text search, Markdown), every template of the site compiled, each
language's translations read and the URL patterns of each language built.
Then the objects made so far are frozen out of the garbage collector's
sight, so its full collections stay short and the workers share those
pages of memory with the master instead of copying them.

Nothing here opens a connection to the database or the cache: a socket
opened before a fork would be shared by every worker.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

from django.conf import settings
from django.template import engines
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

#: Modules the site imports only when first needed, which a first request would load.
LAZY_MODULES = (
    "django.contrib.postgres.search",
    "markdown",
    "nh3",
    "triage.rules",
)


def warm() -> None:
    """Import, compile and build what every worker needs, then freeze it (see above)."""
    for module in LAZY_MODULES:
        importlib.import_module(module)
    for cache in settings.CACHES.values():
        import_string(cache["BACKEND"])
    engine = engines["django"]
    for name in site_templates():
        engine.get_template(name)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            reverse("education:home")
            translation.gettext("Search")
    gc.freeze()


def site_templates() -> list[str]:
    """The names of the site's own templates (the project's `templates/` folder)."""
    root = Path(settings.BASE_DIR) / "templates"
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.html")
        if path.relative_to(root).parts[0] != "admin"
    )
