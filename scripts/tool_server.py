"""Serve Clearcare on loopback for the audit and screenshot scripts (not for tests).

A throwaway SQLite database with the seed content (and one uploaded picture, served
by Django from a throwaway folder), collected static files, debug off: the pages as
production serves them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("CLEARCARE_TOOL_PORT", "8765"))


#: A picture as an editor would upload it, on the second section of one article, so the
#: audit measures a page with uploaded pictures (renditions, srcset, lazy loading).
ADD_PICTURE = """
import io
from PIL import Image, ImageDraw
from django.core.files.uploadedfile import SimpleUploadedFile
from education.models import Article
picture = Image.new("RGB", (1600, 1000), "#dbeafe")
draw = ImageDraw.Draw(picture)
for x in range(-1000, 1600, 60):
    draw.line([(x, 0), (x + 1000, 1000)], fill="#60a5fa", width=14)
out = io.BytesIO()
picture.save(out, "JPEG", quality=85)
section = Article.objects.get(slug="night-leg-cramps").sections.all()[1]
section.image = SimpleUploadedFile("uploaded-picture.jpg", out.getvalue())
section.image_alt = "Blue diagonal stripes on a pale blue background."
section.image_caption = "A picture uploaded in the admin, for the audit."
section.save()
"""


def _manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """Run the site on 127.0.0.1 and yield its base URL; stop it afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DJANGO_DEBUG": "false",
            "DJANGO_HTTPS": "false",  # plain HTTP on loopback
            "CHECKER_RATE_LIMIT": "0",  # the tools are one client making many checks
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
            "DATABASE_URL": f"sqlite:///{tmp}/tools.sqlite3",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_MEDIA_ROOT": f"{tmp}/media",
            "DJANGO_SERVE_MEDIA": "true",
        }
        env.pop("REDIS_URL", None)
        for command in (
            ("migrate", "--noinput", "-v0"),
            ("seed",),
            ("shell", "-c", ADD_PICTURE),
            ("collectstatic", "--noinput", "-v0"),
        ):
            _manage(env, *command)
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{PORT}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            else:
                raise RuntimeError("the site did not start")
            yield base
        finally:
            server.terminate()
            server.wait(timeout=10)
