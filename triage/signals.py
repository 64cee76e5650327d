"""Invalidate the cached rule set whenever the data it is built from changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from triage.rules import rules_changed


def _changed(sender, **kwargs) -> None:
    rules_changed()


def connect() -> None:
    from education.models import Article, Section
    from triage.models import BodyArea, Cause, Clue, Evidence, RiskGroup, Tier, WarningSign

    for model in (Tier, BodyArea, WarningSign, RiskGroup, Clue, Cause, Evidence, Section, Article):
        post_save.connect(
            _changed, sender=model, dispatch_uid=f"triage-rules-{model.__name__}-save"
        )
        post_delete.connect(
            _changed, sender=model, dispatch_uid=f"triage-rules-{model.__name__}-delete"
        )
    m2m_changed.connect(
        _changed, sender=WarningSign.areas.through, dispatch_uid="triage-rules-sign-areas"
    )
