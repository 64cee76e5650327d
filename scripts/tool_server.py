"""Serve Clearcare on loopback for the audit and screenshot scripts (not for tests).

A throwaway SQLite database with the seed content, collected static files,
debug off: the pages as production serves them.
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
        }
        env.pop("REDIS_URL", None)
        for command in (
            ("migrate", "--noinput", "-v0"),
            ("seed",),
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
