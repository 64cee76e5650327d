from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def _register_sqlite_functions(sender, connection, **kwargs) -> None:
    """Give each SQLite connection the text folding that search uses (core.search)."""
    if connection.vendor == "sqlite":
        from core.search import SQLITE_FOLD, folded

        connection.connection.create_function(SQLITE_FOLD, 1, folded, deterministic=True)


class CoreConfig(AppConfig):
    """What both apps use: the starter content files and the seed."""

    name = "core"
    verbose_name = _("Clearcare core")

    def ready(self) -> None:
        import core.search  # noqa: F401  registers the folded_contains lookup

        connection_created.connect(_register_sqlite_functions, dispatch_uid="core-sqlite-fold")
