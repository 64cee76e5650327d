"""A small hand-written test factory: just enough to build the objects tests need."""

from __future__ import annotations

import datetime
import hashlib
import io
from collections import Counter, OrderedDict
from itertools import count

from django.contrib.auth import get_user_model
from django.core.management import call_command

from education.models import Article, Category, Section, Source

_serial = count(1)


def seed_rules():
    """Return the checker's rule set built from content/checker/ by the engine alone (no database)."""
    from core.content import starter_rules
    from triage import engine

    starter = starter_rules()
    return engine.build_rules(
        tiers=starter.tiers,
        areas=starter.areas,
        signs=starter.signs,
        groups=starter.groups,
        clues=starter.clues,
        causes=starter.causes,
        ages=starter.ages,
    )


def seed() -> str:
    """Run `manage.py seed` (articles and checker rules); return what it printed."""
    out = io.StringIO()
    call_command("seed", stdout=out)
    return out.getvalue()


def load_seed() -> str:
    """Give this test the database `manage.py seed` makes; return what the seed printed.

    For tests that need the seeded content, not the seed itself (those call seed()).
    The seed takes seconds and hundreds of tests need its content, so the first
    call in a process runs it and records the rows it added to each table. A
    later call whose database starts exactly as that one did (every row of every
    table, SQLite's key counters, and the same settings) inserts those rows again,
    on the same primary keys, in a fraction of the time; any other start runs the
    seed and is recorded too (the last few starts are kept). A seed that changed or
    deleted a row it found is never replayed.

    Rows added again keep the times they were first made (this test process's
    first seed) and send no signals, so the process then forgets what it kept from
    the database (and the cache's other entries), as the seed's signals make it.
    """
    from django.db import connection

    snapshots = _seed_snapshots.setdefault(
        (connection.alias, connection.settings_dict["NAME"]), OrderedDict()
    )
    tables = _SeedTables(connection)
    start = tables.read()
    key = (_settings_digest(), _digest(start))
    snapshot = snapshots.get(key)
    if snapshot is not None:
        snapshots.move_to_end(key)
        tables.add(snapshot["added"])
        forget_process_state()
        return snapshot["printed"]
    printed = seed()
    after = tables.read()
    added = {}
    for table, rows in after.items():
        if table == _KEY_COUNTERS:
            continue  # SQLite moves them past the keys it is given, the replay's too
        before = Counter(start.get(table, ()))
        now = Counter(rows)
        if before - now:  # the seed changed or deleted a row it found
            added = None
            break
        if new := list((now - before).elements()):
            added[table] = new
    if added is not None:
        snapshots[key] = {"added": added, "printed": printed}
        while len(snapshots) > 8:  # a start seen once (a test's own user, its own media
            snapshots.popitem(last=False)  # folder) never crowds out the common one
    return printed


#: load_seed's records, for each database: the seed's added rows, by how the database began.
_seed_snapshots: dict = {}


class _SeedTables:
    """Every table's rows, read and added as plain data (PostgreSQL: COPY's text lines)."""

    def __init__(self, connection):
        self.connection = connection
        self.postgresql = connection.vendor == "postgresql"

    def read(self) -> dict[str, list]:
        rows = {}
        with self.connection.cursor() as cursor:
            for table in self.connection.introspection.table_names(cursor):
                name = self.connection.ops.quote_name(table)
                if self.postgresql:
                    with cursor.cursor.copy(f"COPY {name} TO STDOUT") as copy:
                        data = b"".join(bytes(chunk) for chunk in copy)
                    rows[table] = data.splitlines(keepends=True)
                else:
                    cursor.execute(f"SELECT * FROM {name}")  # noqa: S608 - the database's own table names
                    rows[table] = cursor.fetchall()
            if not self.postgresql:
                # The keys AUTOINCREMENT has handed out: a start that made and deleted a
                # row is another start (the seed would not reuse its key; a replay would).
                cursor.execute("SELECT name, seq FROM sqlite_sequence")
                rows[_KEY_COUNTERS] = cursor.fetchall()
        return rows

    def add(self, added: dict[str, list]) -> None:
        from django.apps import apps
        from django.db import transaction
        from django.db.models import AutoField

        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            for table, rows in added.items():
                name = self.connection.ops.quote_name(table)
                if self.postgresql:
                    with cursor.cursor.copy(f"COPY {name} FROM STDIN") as copy:
                        copy.write(b"".join(rows))
                else:
                    marks = ", ".join(["%s"] * len(rows[0]))
                    cursor.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)  # noqa: S608 - as above
            if self.postgresql:
                # The rows came with their keys: each table's next key follows the highest
                # (a sequence only ever moves forward).
                for model in apps.get_models(include_auto_created=True):
                    if model._meta.db_table in added and isinstance(model._meta.pk, AutoField):
                        key = self.connection.ops.quote_name(model._meta.pk.column)
                        name = self.connection.ops.quote_name(model._meta.db_table)
                        cursor.execute(
                            f"SELECT setval(seq, GREATEST((SELECT max({key}) FROM {name}),"  # noqa: S608 - as above
                            " pg_sequence_last_value(seq), 1)) FROM"
                            " (SELECT pg_get_serial_sequence(%s, %s)::regclass AS seq) AS s",
                            [model._meta.db_table, model._meta.pk.column],
                        )


#: load_seed's name for SQLite's own table of key counters (sqlite_sequence), read with the
#: tables' rows.
_KEY_COUNTERS = "sqlite_sequence"


def _digest(rows_by_table: dict[str, list]) -> str:
    digest = hashlib.sha256()
    for table in sorted(rows_by_table):
        digest.update(table.encode())
        for row in sorted(map(repr, rows_by_table[table])):
            digest.update(row.encode())
    return digest.hexdigest()


def _settings_digest() -> str:
    from django.conf import settings
    from django.utils.functional import LazyObject, empty

    values = {}
    for name in dir(settings):
        if name.isupper():
            value = getattr(settings, name)
            if isinstance(value, LazyObject):  # its text changes once it is worked out
                if value._wrapped is empty:
                    value._setup()
                value = value._wrapped
            values[name] = value
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()


def forget_process_state() -> None:
    """Forget what this process keeps from the database (caches, the checker's rules, the
    content version, the glossary's terms), so the next request reads it afresh."""
    from django.core.cache import cache, caches

    from education import caching, glossary
    from triage import rules

    cache.clear()
    caches["fragments"].clear()  # each process's header and footer
    rules.forget()
    caching.forget()
    glossary.forget()


def make_category(**fields) -> Category:
    n = next(_serial)
    fields.setdefault("name", f"Topic {n}")
    fields.setdefault("slug", f"topic-{n}")
    return Category.objects.create(**fields)


def make_article(*, sections: int = 0, sources: int = 0, categories=(), **fields) -> Article:
    n = next(_serial)
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("slug", f"article-{n}")
    fields.setdefault("summary", f"A short summary of article {n}.")
    fields.setdefault("author", "Ada Writer")
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("last_reviewed", datetime.date(2026, 11, 1))
    fields.setdefault("next_review_due", datetime.date(2027, 11, 1))
    article = Article.objects.create(**fields)
    article.categories.set(categories)
    for i in range(1, sections + 1):
        make_section(article, position=i)
    for i in range(1, sources + 1):
        make_source(article, number=i)
    return article


def make_section(article: Article, **fields) -> Section:
    n = next(_serial)
    fields.setdefault("heading", f"Heading {n}")
    fields.setdefault("anchor", f"section-{n}")
    fields.setdefault("body_markdown", f"Some plain text for section {n} [1].")
    return Section.objects.create(article=article, **fields)


def picture(
    width: int = 900, height: int = 600, fmt: str = "PNG", name: str = "stretch.png", mode="RGB"
):
    """An uploaded picture made on the spot (Pillow), as an editor's browser sends it."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, (width, height), "#2a6f97").save(out, fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type=f"image/{fmt.lower()}")


def with_picture(section: Section, **upload) -> Section:
    """Give `section` an uploaded picture, with what it shows and a caption, and save it."""
    section.image = picture(**upload)
    section.image_alt = "A person leans on a wall, one leg stretched back."
    section.image_caption = "Lean into the wall until you feel the stretch."
    section.save()
    return section


def make_source(article: Article, **fields) -> Source:
    n = next(_serial)
    fields.setdefault("number", n)
    fields.setdefault("title", f"Source title {n}")
    fields.setdefault("authors", "NHS")
    fields.setdefault("year", "2024")
    fields.setdefault("url", f"https://example.org/source-{n}")
    return Source.objects.create(article=article, **fields)


def make_user(*, staff: bool = False, superuser: bool = False, **fields):
    n = next(_serial)
    fields.setdefault("username", f"user{n}")
    user = get_user_model().objects.create_user(password="not-a-real-password", **fields)
    user.is_staff = staff or superuser
    user.is_superuser = superuser
    user.save()
    return user


def make_editor(*roles: str, credentials: str = "MB ChB, general practitioner", **fields):
    """A staff member in the given roles (governance.roles), with a profile."""
    from django.contrib.auth.models import Group

    from governance.models import Profile

    user = make_user(staff=True, **fields)
    user.groups.set(Group.objects.filter(name__in=roles))
    Profile.objects.create(
        user=user, display_name=f"Dr {user.username.title()}", credentials=credentials
    )
    return user


def opened(obj) -> dict:
    """The hidden field a change form carries: the revision the editor opened."""
    from governance.revisions import latest_revision_id

    return {"opened_revision": str(latest_revision_id(obj) or "")}


def publish_rules(note: str = "Published by a test."):
    """Publish the checker's working copy, as a clinical reviewer would (the safety cases decide)."""
    from triage.publishing import publish

    return publish(None, note)


def publish_unchecked(note: str = "Published by a test, without the safety cases."):
    """Publish the working copy without running the safety cases.

    For tests of what a published change does downstream (the checker, the
    articles' care cards) with a change that some safety case would refuse;
    the safety gate itself is tested in tests/triage/test_publishing.py.
    """
    from triage.models import RuleSet
    from triage.rules import rules_data

    last = RuleSet.objects.order_by("-number").values_list("number", flat=True).first() or 0
    RuleSet.objects.create(number=last + 1, note=note, data=rules_data(), cases_passed=0)


def per_language(model, data: dict, obj=None) -> dict:
    """Admin form data for a rule whose texts are edited in each language (triage/translation.py).

    A text given as `question` goes in the English field (`question_en`); the other
    languages keep what `obj` has, as the change form would post them back.
    """
    from django.conf import settings
    from modeltranslation.translator import translator

    fields = translator.get_options_for_model(model).fields
    form = {f"{k}_{settings.LANGUAGE_CODE}" if k in fields else k: v for k, v in data.items()}
    for code, _name in settings.LANGUAGES:
        for field in fields:
            if obj is not None and code != settings.LANGUAGE_CODE:
                form.setdefault(f"{field}_{code}", getattr(obj, f"{field}_{code}") or "")
    return form
