"""Matching words whatever their case and accents: "musculo" finds "Músculo".

Readers type without accents on a phone ("musculo", "calambre nocturno"),
and Spanish words carry them. `folded()` is the Python side; the
`folded_contains` lookup compares a folded column with a folded word in the
database. SQLite gets the same folding as a function registered on each
connection (core.apps); PostgreSQL uses its unaccent extension (migration
education 0014).
"""

from __future__ import annotations

import unicodedata

from django.db.models import CharField, Func, TextField
from django.db.models.lookups import Contains

#: The SQL function that folds a text on SQLite (registered by core.apps).
SQLITE_FOLD = "clearcare_fold"


def folded(text: str | None) -> str | None:
    """Return `text` in lower case without accents ("Músculo" gives "musculo"); None stays None."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Folded(Func):
    """A column's text in lower case without accents, worked out by the database."""

    function = SQLITE_FOLD

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="unaccent(lower(%(expressions)s))", **extra
        )


@CharField.register_lookup
@TextField.register_lookup
class FoldedContains(Contains):
    """`field__folded_contains=word`: the field contains the word, ignoring case and accents."""

    lookup_name = "folded_contains"

    def get_prep_lookup(self):
        return folded(super().get_prep_lookup())

    def process_lhs(self, compiler, connection, lhs=None):
        return compiler.compile(Folded(lhs or self.lhs, output_field=self.lhs.output_field))

    def get_rhs_op(self, connection, rhs):
        return connection.operators["contains"] % rhs  # LIKE, with the word's % and _ escaped
