from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What both apps use: the starter content files and the seed."""

    name = "core"
    verbose_name = "Clearcare core"
