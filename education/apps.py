from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("Health articles")

    def ready(self) -> None:
        import reversion

        from education import signals
        from education.models import Article, Section, Source

        signals.connect()
        # An article's revision holds its sections and sources: one unit to compare and restore.
        for model in (Section, Source):
            if not reversion.is_registered(model):
                reversion.register(model)
        if not reversion.is_registered(Article):
            reversion.register(Article, follow=("sections", "sources"))
