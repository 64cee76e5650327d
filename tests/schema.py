"""Migrate the test database to a past state (the `latest_schema_after` fixture, in
tests/conftest.py, migrates it back)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def latest() -> None:
    """Migrate every app to its latest migration."""
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(targets):
    """Migrate to `targets` ([(app, migration)]); return the apps as they were there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps
