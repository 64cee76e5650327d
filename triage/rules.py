"""Build the engine's rule set from the database, once, and rebuild it after edits.

Building takes a handful of queries, so each process keeps the rule set in
memory. A one-row version stamp in the database (RulesVersion) says when an
editor has changed the rules; the signals in triage/signals.py bump it in the
same transaction as any save or delete. Each process reads the stamp at most
once a second (one indexed query), so every process, on any number of
machines, sees a committed edit within a second; the process that made the
edit sees it at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.db import DatabaseError

from triage import engine

logger = logging.getLogger(__name__)

_lock = threading.Lock()


class RulesUnavailable(Exception):
    """The rules in the database cannot make a rule set (not seeded, or inconsistent)."""


#: How often, at most, a process asks the database whether the rules changed.
#: Edits made in this process apply at once; other processes see them within this time.
RECHECK_SECONDS = 1.0

_built: dict[str, object] = {"version": None, "rules": None, "checked_at": 0.0}
#: What is made from a rule set (e.g. the checker form's fields), by name: (rules, value).
_derived: dict[str, tuple[engine.RuleSet, object]] = {}


def forget() -> None:
    """Drop this process's rule set, so the next request builds it afresh."""
    _built.update(version=None, rules=None, checked_at=0.0)
    _derived.clear()


def derived[T](name: str, rules: engine.RuleSet, make: Callable[[engine.RuleSet], T]) -> T:
    """Return `make(rules)`, made once for each rule set and kept in this one cache.

    For what is built from the rules (the checker form's choices): it is made
    again when the rules are rebuilt after an edit, never for every request.
    """
    kept = _derived.get(name)
    if kept is None or kept[0] is not rules:
        kept = (rules, make(rules))
        _derived[name] = kept
    return kept[1]  # type: ignore[return-value]


def load_rules() -> engine.RuleSet:
    """Return a rule set read from the database now."""
    from triage import models  # which import this module

    evidence_by_cause: dict[int, list] = {}
    for e in models.Evidence.objects.select_related("area", "sign", "group", "clue").order_by("pk"):
        kind, answer = e.answer()
        evidence_by_cause.setdefault(e.cause_id, []).append((kind, answer.slug, e.weight))
    causes = []
    for cause in models.Cause.objects.select_related("section__article").prefetch_related("areas"):
        section = cause.section
        link = ""
        if section is not None and section.article.is_published:
            link = f"{section.article.get_absolute_url()}#{section.anchor}"
        causes.append(
            {
                "slug": cause.slug,
                "name": cause.name,
                "explanation": cause.explanation,
                "how_common": cause.how_common,
                "self_care": cause.self_care_html,
                "link": link,
                "evidence": evidence_by_cause.get(cause.pk, []),
                "position": cause.position,
                "tier": cause.tier,
                "areas": [a.slug for a in cause.areas.all()],
                "source": cause.source,
            }
        )
    return engine.build_rules(
        tiers=models.Tier.objects.values("slug", "title", "action", "safety_net"),
        areas=models.BodyArea.objects.values("slug", "name", "hint"),
        signs=[
            {
                "slug": s.slug,
                "question": s.question,
                "tier": s.tier,
                "why": s.why,
                "source": s.source,
                "first_aid": s.first_aid,
                "areas": [a.slug for a in s.areas.all()],
                "groups": [g.slug for g in s.groups.all()],
                "worse_with": [w.slug for w in s.worse_with.all()],
                "worse_tier": s.worse_tier,
                "worse_why": s.worse_why,
                "theme": s.theme,
            }
            for s in models.WarningSign.objects.prefetch_related("areas", "groups", "worse_with")
        ],
        groups=models.RiskGroup.objects.values("slug", "label", "tier", "why", "source", "kind"),
        clues=models.Clue.objects.values("slug", "label", "kind"),
        causes=causes,
        ages=[
            {
                "slug": a.slug,
                "label": a.label,
                "tier": a.tier,
                "why": a.why,
                "source": a.source,
                "advice": a.advice,
                "group": a.group.slug if a.group else "",
            }
            for a in models.AgeBand.objects.select_related("group")
        ],
    )


def current_rules() -> engine.RuleSet:
    """Return the rule set, rebuilt only when the data has changed since it was built."""
    from triage.models import RulesVersion

    now = time.monotonic()
    if _built["rules"] is not None and now - _built["checked_at"] < RECHECK_SECONDS:
        return _built["rules"]
    try:
        version = RulesVersion.current()
    except DatabaseError:
        if _built["rules"] is None:
            raise
        # The database is down, but the rules it last gave are still in memory: a
        # person checking symptoms is better served by them than by an error page.
        logger.warning("Rules version unreadable; the checker goes on with the rules it has")
        _built["checked_at"] = now
        return _built["rules"]
    with _lock:
        _built["checked_at"] = now
        if _built["version"] != version or _built["rules"] is None:
            try:
                _built["rules"] = load_rules()
            except ValueError as exc:
                raise RulesUnavailable(str(exc)) from exc
            _built["version"] = version
        return _built["rules"]


def rules_changed() -> None:
    """Mark the rule set as out of date in every process (part of the caller's transaction)."""
    from triage.models import RulesVersion

    RulesVersion.bump()
    _built["checked_at"] = 0.0  # this process looks again on its next request
