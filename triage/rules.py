"""Build the engine's rule set from the database, once, and rebuild it after edits.

The public checker uses the last published rule set (triage.models.RuleSet):
editors change the rules in the admin (the working copy), and a clinical
reviewer publishes them once every safety case passes (triage/publishing.py).
Staff can try the working copy before it is published.

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

PUBLISHED, WORKING = "published", "working"
#: The rule sets this process has built: the published one, and the working copy for staff.
_built: dict[str, dict] = {
    PUBLISHED: {"version": None, "rules": None, "checked_at": 0.0},
    WORKING: {"version": None, "rules": None, "checked_at": 0.0},
}
#: What is made from a rule set (e.g. the checker form's fields), by name: (rules, value).
_derived: dict[str, tuple[engine.RuleSet, object]] = {}


def forget() -> None:
    """Drop this process's rule set, so the next request builds it afresh."""
    for kept in _built.values():
        kept.update(version=None, rules=None, checked_at=0.0)
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


def rules_data() -> dict:
    """Return the rules as they are in the database now (the working copy), as plain data.

    This is what a published rule set stores (triage.models.RuleSet.data).
    A cause's article link is kept as the article and anchor, and made into
    a link when the rules are built, only while that article is published.
    """
    from triage import models  # which import this module

    evidence_by_cause: dict[int, list] = {}
    for e in models.Evidence.objects.select_related("area", "sign", "group", "clue").order_by("pk"):
        kind, answer = e.answer()
        evidence_by_cause.setdefault(e.cause_id, []).append([kind, answer.slug, e.weight])
    causes = [
        {
            "slug": cause.slug,
            "name": cause.name,
            "explanation": cause.explanation,
            "how_common": cause.how_common,
            "self_care": cause.self_care_html,
            "article": cause.section.article.slug if cause.section else "",
            "anchor": cause.section.anchor if cause.section else "",
            "evidence": evidence_by_cause.get(cause.pk, []),
            "position": cause.position,
            "tier": cause.tier,
            "areas": [a.slug for a in cause.areas.all()],
            "source": cause.source,
        }
        for cause in models.Cause.objects.select_related("section__article").prefetch_related(
            "areas"
        )
    ]
    return {
        "tiers": list(models.Tier.objects.values("slug", "title", "action", "safety_net")),
        "areas": list(models.BodyArea.objects.values("slug", "name", "hint")),
        "signs": [
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
        "groups": list(
            models.RiskGroup.objects.values("slug", "label", "tier", "why", "source", "kind")
        ),
        "clues": list(models.Clue.objects.values("slug", "label", "kind")),
        "causes": causes,
        "ages": [
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
    }


def build(data: dict, version: str = "") -> engine.RuleSet:
    """Return the engine's rule set from plain rules data, linking causes to published articles."""
    from education.models import Article

    published = {
        article.slug: article.get_absolute_url()  # in the article's own language, whatever the page's
        for article in Article.objects.published()
        .filter(slug__in={c["article"] for c in data["causes"] if c.get("article")})
        .only("slug", "language")
    }
    causes = []
    for cause in data["causes"]:
        cause = dict(cause)
        article, anchor = cause.pop("article", ""), cause.pop("anchor", "")
        cause["link"] = f"{published[article]}#{anchor}" if article in published else ""
        causes.append(cause)
    return engine.build_rules(**{**data, "causes": causes}, version=version)


def load_rules(working: bool = False) -> engine.RuleSet:
    """Return the published rule set (or, for staff trying changes, the working copy) now."""
    from triage.models import RuleSet

    if working:
        return build(rules_data(), version="the working copy (not published)")
    published = RuleSet.objects.order_by("-number").first()
    if published is None:
        raise ValueError("no rule set has been published yet")
    return build(published.data, version=published.label)


def current_rules(working: bool = False) -> engine.RuleSet:
    """Return the public checker's rule set (the last published), rebuilt only after a change.

    `working=True` gives the rules as editors have them now, for staff trying
    a change before it is published; the public checker never uses them.
    """
    from triage.models import RulesVersion

    kept = _built[WORKING if working else PUBLISHED]
    now = time.monotonic()
    if kept["rules"] is not None and now - kept["checked_at"] < RECHECK_SECONDS:
        return kept["rules"]
    try:
        version = RulesVersion.current()
    except DatabaseError:
        if kept["rules"] is None:
            raise
        # The database is down, but the rules it last gave are still in memory: a
        # person checking symptoms is better served by them than by an error page.
        logger.warning("Rules version unreadable; the checker goes on with the rules it has")
        kept["checked_at"] = now
        return kept["rules"]
    with _lock:
        kept["checked_at"] = now
        if kept["version"] != version or kept["rules"] is None:
            try:
                kept["rules"] = load_rules(working)
            except ValueError as exc:
                raise RulesUnavailable(str(exc)) from exc
            kept["version"] = version
        return kept["rules"]


def rules_changed() -> None:
    """Mark the rule set as out of date in every process (part of the caller's transaction)."""
    from triage.models import RulesVersion

    RulesVersion.bump()
    for kept in _built.values():
        kept["checked_at"] = 0.0  # this process looks again on its next request
