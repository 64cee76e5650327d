"""What this deployment is: a digest that changes with any code, template or library."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from functools import cache
from pathlib import Path

from django.conf import settings

#: What makes up a page: the code, the templates, the compiled translations, and the static
#: files, whose names (with a digest of their content) a kept page carries.
_MADE_OF = (".py", ".html", ".mo", ".css", ".js", ".svg")
#: Folders of the project that are not the site's own code.
_NOT_OURS = {".venv", "node_modules", "staticfiles", "tests", ".git", "docs", "scripts", "media"}


@cache
def code_version() -> str:
    """Return a digest of the site's code, templates, translations, static files and
    installed libraries (with their versions), and DEPLOY_VERSION when set (e.g. a commit
    id); read once a process.

    Anything rendered once and kept across requests (education.rendering) is
    kept under it, so a deploy that changes how a page looks never serves a
    part made by the code before it.
    """
    digest = hashlib.sha256(settings.DEPLOY_VERSION.encode())
    # The libraries too: a new Django or markdown can render the same template differently.
    for name, version in sorted(
        (d.metadata["Name"] or "", d.version) for d in importlib.metadata.distributions()
    ):
        digest.update(f"{name}=={version}\n".encode())
    root = Path(settings.BASE_DIR)
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name not in _NOT_OURS)
        for name in sorted(files):
            if name.endswith(_MADE_OF):
                path = Path(folder, name)
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
