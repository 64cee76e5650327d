from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = "Symptom checker"

    def ready(self) -> None:
        from triage import signals

        signals.connect()
