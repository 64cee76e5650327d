"""load_seed, which the `seeded` fixture uses: the seed's rows again, without the seed's time."""

import datetime
import re
from contextlib import contextmanager

import pytest
from django.db import connection, transaction

from core.models import PlainWord
from education.models import Article
from tests import factories
from tests.factories import load_seed, make_article, make_user, seed


@pytest.fixture(autouse=True)
def own_records(monkeypatch):
    """Each test starts with no recorded seed, and counts the seeds that really run."""
    monkeypatch.setattr(factories, "_seed_snapshots", {})
    runs = []

    def counted_seed():
        runs.append(1)
        return seed()

    monkeypatch.setattr(factories, "seed", counted_seed)
    return runs


class _Undo(Exception):
    pass


@contextmanager
def rolled_back():
    """Run the block in a transaction that is then rolled back."""
    try:
        with transaction.atomic():
            yield
            raise _Undo
    except _Undo:
        pass


def every_row() -> dict[str, list]:
    return factories._SeedTables(connection).read()


def in_any_order(rows_by_table: dict[str, list]) -> dict[str, list]:
    return {table: sorted(map(repr, rows)) for table, rows in rows_by_table.items()}


#: What differs from one run of the seed to the next: the times rows were made and the
#: random stamps of the content and rules versions.
TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?")
STAMP = re.compile(r"\b[0-9a-f]{32}\b")


def timeless(rows_by_table: dict[str, list]) -> dict[str, list]:
    def plain(value):
        if isinstance(value, datetime.datetime):
            return "a time"
        if isinstance(value, str):
            return STAMP.sub("a stamp", TIME.sub("a time", value))
        return value

    return {
        table: [tuple(plain(value) for value in row) for row in rows]
        for table, rows in rows_by_table.items()
    }


@pytest.mark.django_db
def test_the_second_load_adds_the_rows_the_seed_added_and_says_what_it_said(own_records):
    with rolled_back():
        printed = seed()
        seeded = every_row()
    with rolled_back():
        assert load_seed() == printed  # runs the seed and records its rows
        recorded = every_row()
    with rolled_back():
        assert load_seed() == printed  # adds the recorded rows
        replayed = every_row()
        assert Article.objects.filter(slug="muscle-spasms").exists()
    assert len(own_records) == 1
    # The very rows, keys, times and all (PostgreSQL: COPY's text of every row)...
    assert in_any_order(replayed) == in_any_order(recorded)
    # ...which are the seed's own but for its times, its random stamps and, where the
    # keys do not roll back with the test (PostgreSQL's sequences), its keys.
    assert {table: len(rows) for table, rows in replayed.items()} == {
        table: len(rows) for table, rows in seeded.items()
    }
    if connection.vendor == "sqlite":
        assert in_any_order(timeless(replayed)) == in_any_order(timeless(seeded))


@pytest.mark.django_db
def test_after_a_load_new_rows_get_keys_past_the_loaded_ones(own_records):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite moves its key counters past any key it is given")
    with rolled_back():
        load_seed()
    # A sequence behind the recorded keys (as after a flush that resets them) is not part
    # of the start: the rows are added again, and the sequence must move past them.
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval(pg_get_serial_sequence('education_article', 'id'), 1)")
    load_seed()
    assert len(own_records) == 1
    highest = max(Article.objects.values_list("pk", flat=True))
    assert make_article().pk > highest


@pytest.mark.django_db
def test_a_key_made_and_deleted_before_the_load_is_never_given_again(own_records):
    with rolled_back():
        load_seed()
    # A plain word sends no signal: the rows are as they were, only a key has been used.
    word = PlainWord.objects.create(language="en", word="utilise", plainer="use")
    used = word.pk
    word.delete()
    load_seed()
    if connection.vendor == "sqlite":
        assert len(own_records) == 2  # another start, by SQLite's key counter
    else:
        assert len(own_records) == 1  # a sequence never goes back: the recorded keys are older
    assert used not in set(PlainWord.objects.values_list("pk", flat=True))
    assert (
        PlainWord.objects.create(
            language="en", word="a word no list has", plainer="a plainer one"
        ).pk
        > used
    )


@pytest.mark.django_db
def test_the_last_eight_starts_are_kept(own_records, monkeypatch, settings, tmp_path):
    def one_word_seed():
        own_records.append(1)
        PlainWord.objects.create(language="en", word="commence", plainer="start")
        return "one word"

    monkeypatch.setattr(factories, "seed", one_word_seed)
    common = settings.MEDIA_ROOT
    for n in range(8):  # starts seen once (a test's own media folder)
        settings.MEDIA_ROOT = tmp_path / str(n)
        with rolled_back():
            load_seed()
    settings.MEDIA_ROOT = common
    for _ in range(3):  # the common start, seen after them, is recorded and used
        with rolled_back():
            load_seed()
    assert len(own_records) == 9


@pytest.mark.django_db
def test_another_start_or_other_settings_run_the_seed(own_records, settings):
    with rolled_back():
        load_seed()
    with rolled_back():
        make_user()  # a row the recorded start did not have
        load_seed()
    assert len(own_records) == 2
    settings.CHECKER_EMERGENCY_NUMBER_NAME = "a setting the recorded start did not have"
    with rolled_back():
        load_seed()
    assert len(own_records) == 3
    with rolled_back():
        load_seed()  # that start is recorded too
    assert len(own_records) == 3


@pytest.mark.django_db
def test_a_seed_that_changes_a_row_it_found_is_never_replayed(own_records, monkeypatch):
    user = make_user()

    def renaming_seed():
        own_records.append(1)
        type(user).objects.filter(pk=user.pk).update(first_name="Renamed")
        return "renamed"

    monkeypatch.setattr(factories, "seed", renaming_seed)
    for _ in range(2):
        with rolled_back():
            assert load_seed() == "renamed"
    assert len(own_records) == 2
