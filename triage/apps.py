from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = _("Symptom checker")

    def ready(self) -> None:
        import reversion

        from education.caching import on_new_version
        from triage import rules, signals
        from triage.models import RULE_MODELS, Cause, Hazard, SafetyCase

        signals.connect()
        # A page made after a publish (a new content version) reads the rules afresh.
        on_new_version(rules.recheck)
        # Every rule has revisions; a cause's revision holds its evidence.
        for model in (*RULE_MODELS, SafetyCase, Hazard):
            if not reversion.is_registered(model):
                reversion.register(model, follow=("evidence",) if model is Cause else ())
