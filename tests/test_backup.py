"""make backup and make restore: a restored backup holds every article and every checker rule."""

import os
import subprocess
import sys
import uuid

import dj_database_url
import pytest

from core.content import load_articles, starter_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTS = {
    "education_article": len(load_articles()),
    "triage_warningsign": len(starter_rules().signs),
    "triage_cause": len(starter_rules().causes),
    "triage_safetycase": len(starter_rules().safety_cases),
    "triage_hazard": len(starter_rules().hazards),
}


def run(database_url: str, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DATABASE_URL=database_url, DJANGO_DEBUG="true", DJANGO_SECRET_KEY="backup-test")
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603


def seeded_database(url: str) -> None:
    run(url, "manage.py", "migrate", "--noinput")
    run(url, "manage.py", "seed")


def test_a_sqlite_backup_restores_into_a_fresh_database(tmp_path):
    import sqlite3

    source, backup, fresh = (
        tmp_path / "live.sqlite3",
        tmp_path / "b.sqlite3",
        tmp_path / "new.sqlite3",
    )
    seeded_database(f"sqlite:///{source}")
    run(f"sqlite:///{source}", "scripts/backup.py", "backup", str(backup))
    run(f"sqlite:///{fresh}", "scripts/backup.py", "restore", str(backup))
    with sqlite3.connect(fresh) as db:
        found = {
            table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 -- fixed names
            for table in COUNTS
        }
    assert found == COUNTS


@pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""), reason="runs on the PostgreSQL run of CI"
)
def test_a_postgresql_backup_restores_into_a_fresh_database(tmp_path):
    import psycopg
    from psycopg import sql

    base = dj_database_url.parse(os.environ["DATABASE_URL"])
    names = [f"clearcare_backup_{uuid.uuid4().hex[:8]}_{side}" for side in ("live", "new")]
    params = {"host": base["HOST"] or None, "port": base["PORT"] or None, "user": base["USER"]}
    params = {k: v for k, v in params.items() if v}
    admin = psycopg.connect(dbname="postgres", autocommit=True, **params)
    try:
        for name in names:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        live, new = (f"{server}/{name}" for name in names)
        seeded_database(live)
        backup = tmp_path / "b.dump"
        run(live, "scripts/backup.py", "backup", str(backup))
        run(new, "scripts/backup.py", "restore", str(backup))
        with psycopg.connect(dbname=names[1], **params) as db:
            found = {
                table: db.execute(
                    sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(table))
                ).fetchone()[0]
                for table in COUNTS
            }
        assert found == COUNTS
    finally:
        for name in names:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        admin.close()
