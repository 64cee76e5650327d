"""`make backup` and `make restore`: a copy of the database the site uses (DATABASE_URL).

    python scripts/backup.py backup [FILE]     # default: backups/clearcare-<time>.<dump|sqlite3>
    python scripts/backup.py restore FILE      # replaces everything in the database with FILE

PostgreSQL is copied with pg_dump (custom format) and restored with
pg_restore --clean; SQLite with its own online backup, which is safe while
the site runs. A restore replaces the database's contents: take a backup
first. Backups hold editors' accounts, so keep them as private as the
database itself.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = f"sqlite:///{ROOT / 'db.sqlite3'}"


def _config() -> dict:
    return dj_database_url.parse(os.environ.get("DATABASE_URL") or DEFAULT_URL)


def _pg_env(config: dict) -> tuple[list[str], dict]:
    args = ["--dbname", config["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if config.get(key):
            args += [flag, str(config[key])]
    env = dict(os.environ)
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = config["PASSWORD"]
    return args, env


def backup(target: Path | None = None) -> Path:
    """Write a copy of the database to `target` (or a timestamped file in backups/); return it."""
    config = _config()
    postgres = "postgresql" in config["ENGINE"]
    if target is None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = ROOT / "backups" / f"clearcare-{stamp}.{'dump' if postgres else 'sqlite3'}"
    target.parent.mkdir(parents=True, exist_ok=True)
    if postgres:
        args, env = _pg_env(config)
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *args],
            env=env,
            check=True,
        )
    else:
        with sqlite3.connect(config["NAME"]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    return target


def restore(source: Path) -> None:
    """Replace the database's contents with the backup in `source`."""
    if not source.is_file():
        raise SystemExit(f"No backup at {source}")
    config = _config()
    if "postgresql" in config["ENGINE"]:
        args, env = _pg_env(config)
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--exit-on-error",
                *args,
                str(source),
            ],
            env=env,
            check=True,
        )
    else:
        with sqlite3.connect(source) as backup_db, sqlite3.connect(config["NAME"]) as live:
            backup_db.backup(live)


def main(argv: list[str]) -> None:
    if len(argv) >= 1 and argv[0] == "backup":
        print(f"Backed up to {backup(Path(argv[1]) if len(argv) > 1 else None)}")
    elif len(argv) == 2 and argv[0] == "restore":
        restore(Path(argv[1]))
        print(f"Restored {argv[1]}")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
