"""Invalidate the cached rule set whenever the data it is built from changes.

Articles show the tiers and warning signs as care cards, so a change to the
rules retires the cached public pages too.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from education.caching import pages_changed
from triage.rules import rules_changed


def _changed(sender, **kwargs) -> None:
    rules_changed()
    pages_changed()


def connect() -> None:
    from education.models import Article, Section
    from triage.models import RULE_MODELS, Cause, RuleSet, WarningSign

    # A published rule set changes the public checker and the articles' care cards.
    models = (*RULE_MODELS, RuleSet, Section, Article)
    for model in models:
        post_save.connect(
            _changed, sender=model, dispatch_uid=f"triage-rules-{model.__name__}-save"
        )
        post_delete.connect(
            _changed, sender=model, dispatch_uid=f"triage-rules-{model.__name__}-delete"
        )
    throughs = (
        WarningSign.areas.through,
        WarningSign.groups.through,
        WarningSign.worse_with.through,
        Cause.areas.through,
    )
    for through in throughs:
        m2m_changed.connect(
            _changed, sender=through, dispatch_uid=f"triage-rules-{through.__name__}"
        )
