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

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from django.utils.translation import gettext

from triage import engine

logger = logging.getLogger(__name__)

_lock = threading.Lock()


class RulesUnavailable(Exception):
    """The rules in the database cannot make a rule set (not seeded, or inconsistent)."""


#: How often, at most, a process asks the database whether the rules changed.
#: Edits made in this process apply at once; other processes see them within this time.
RECHECK_SECONDS = 1.0

PUBLISHED, WORKING = "published", "working"
#: The rule sets this process has built, by (published or working, language): the
#: published one, and the working copy for staff, in each language asked for.
_built: dict[tuple[str, str], dict] = {}
#: What is made from a rule set (e.g. the checker form's fields), by (name, the rule set's
#: id): (rules, value). Holding the rules keeps the id theirs; cleared when it grows.
_derived: dict[tuple[str, int], tuple[engine.RuleSet, object]] = {}
_DERIVED_MOST = 16


def forget() -> None:
    """Drop this process's rule sets, so the next request builds them afresh."""
    _built.clear()
    _derived.clear()


def derived[T](name: str, rules: engine.RuleSet, make: Callable[[engine.RuleSet], T]) -> T:
    """Return `make(rules)`, made once for each rule set and kept in this one cache.

    For what is built from the rules (the checker form's choices): it is made
    again when the rules are rebuilt after an edit, never for every request.
    """
    key = (name, id(rules))
    kept = _derived.get(key)
    if kept is None or kept[0] is not rules:
        if len(_derived) >= _DERIVED_MOST:
            _derived.clear()  # rule sets replaced since: let them go
        kept = (rules, make(rules))
        _derived[key] = kept
    return kept[1]  # type: ignore[return-value]


def rules_data() -> dict:
    """Return the rules as they are in the database now (the working copy), as plain data.

    This is what a published rule set stores (triage.models.RuleSet.data).
    A cause's article link is kept as the article and anchor, and made into
    a link when the rules are built, only while that article is published.
    Texts are in the site's default language, each beside its translations
    (`question` and `question_es`: triage/translation.py).
    """
    from triage import models  # which import this module

    with translation.override(settings.LANGUAGE_CODE):
        data = _rules_data()
    for kind, model in TRANSLATED_KINDS.items():
        texts = _translations(getattr(models, model))
        for record in data[kind]:
            record.update(texts.get(record["slug"], {}))
    return data


#: The kinds of rule with texts in each language, and their models.
TRANSLATED_KINDS = {
    "tiers": "Tier",
    "areas": "BodyArea",
    "signs": "WarningSign",
    "groups": "RiskGroup",
    "ages": "AgeBand",
    "clues": "Clue",
    "causes": "Cause",
}


def _translations(model) -> dict[str, dict[str, str]]:
    """Return, by slug, each rule's texts in the other languages ({"question_es": "..."}).

    A cause's self-care is published as HTML, so its key takes the rendered text.
    """
    from modeltranslation.translator import translator

    fields = {name: name for name in translator.get_options_for_model(model).fields}
    if "self_care_html" in fields:
        fields["self_care"] = fields.pop("self_care_html")
    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    columns = {
        f"{key}_{code}": f"{field}_{code}" for key, field in fields.items() for code in others
    }
    found = {}
    for row in model.objects.values("slug", *columns.values()):
        texts = {key: row[column] for key, column in columns.items() if row[column]}
        if texts:
            found[row["slug"]] = texts
    return found


def in_language(data: dict, language: str) -> dict:
    """Return rules data with each text in `language` where it has one (else as it is), and
    without the other languages' texts: what the engine reads."""
    codes = {code for code, _name in settings.LANGUAGES}

    def translated(record: dict) -> dict:
        plain, texts = {}, {}
        for key, value in record.items():
            base, _sep, code = key.rpartition("_")
            if code in codes and base in record:  # "question_es" beside "question"
                if code == language and value:
                    texts[base] = value
            else:
                plain[key] = value
        return {**plain, **texts}

    return {
        kind: [translated(r) for r in records] if isinstance(records, list) else records
        for kind, records in data.items()
    }


def _rules_data() -> dict:
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


def build(
    data: dict, version: str = "", language: str | None = None, number: int = 0
) -> engine.RuleSet:
    """Return the engine's rule set from plain rules data, its texts in `language` (the site's
    default unless said), linking causes to published articles.

    A cause links to its article's section; in another language, to the article's
    published edition in that language where there is one (its sections differ).
    """
    from education.models import Article

    language = language or settings.LANGUAGE_CODE
    data = in_language(data, language)
    slugs = {c["article"] for c in data["causes"] if c.get("article")}
    links = {
        article.slug: f"{article.get_absolute_url()}#"  # the anchor follows
        for article in Article.objects.published().filter(slug__in=slugs).only("slug", "language")
    }
    for edition in (
        Article.objects.published()
        .filter(language=language, translation_of__slug__in=slugs)
        .exclude(language=settings.LANGUAGE_CODE)
        .select_related("translation_of")
        .only("slug", "language", "translation_of__slug")
    ):
        links[edition.translation_of.slug] = edition.get_absolute_url()
    causes = []
    for cause in data["causes"]:
        cause = dict(cause)
        article, anchor = cause.pop("article", ""), cause.pop("anchor", "")
        link = links.get(article, "")
        cause["link"] = f"{link}{anchor}" if link.endswith("#") else link
        causes.append(cause)
    return engine.build_rules(**{**data, "causes": causes}, version=version, number=number)


def load_rules(working: bool = False, language: str | None = None) -> engine.RuleSet:
    """Return the published rule set (or, for staff trying changes, the working copy) now,
    with its texts in `language` (the site's default language unless said)."""
    from triage.models import RuleSet

    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        if working:
            version = gettext("the working copy (not published)")
            return build(rules_data(), version=version, language=language)
        published = RuleSet.objects.order_by("-number").first()
        if published is None:
            raise ValueError("no rule set has been published yet")
        return build(
            published.data, version=published.label, language=language, number=published.number
        )


def current_rules(working: bool = False, language: str | None = None) -> engine.RuleSet:
    """Return the public checker's rule set (the last published), rebuilt only after a change,
    with its texts in `language` (the page's language unless said).

    `working=True` gives the rules as editors have them now, for staff trying
    a change before it is published; the public checker never uses them.
    """
    from triage.models import RulesVersion

    language = language or translation.get_language() or settings.LANGUAGE_CODE
    kept = _built.setdefault(
        (WORKING if working else PUBLISHED, language),
        {"version": None, "rules": None, "checked_at": 0.0},
    )
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
                kept["rules"] = load_rules(working, language)
            except ValueError as exc:
                raise RulesUnavailable(str(exc)) from exc
            kept["version"] = version
        return kept["rules"]


def rules_changed() -> None:
    """Mark the rule set as out of date in every process (part of the caller's transaction)."""
    from triage.models import RulesVersion

    RulesVersion.bump()
    recheck()


def recheck() -> None:
    """Make this process read the rules' version stamp on its next request, not up to a
    second later (called too when the public pages' version moves on: a page made after
    a publish must show the rules of that publish)."""
    for kept in _built.values():
        kept["checked_at"] = 0.0
