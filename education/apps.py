from django.apps import AppConfig


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = "Health articles"

    def ready(self) -> None:
        from education import signals

        signals.connect()
