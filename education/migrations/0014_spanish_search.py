"""Spanish full-text search that ignores accents (PostgreSQL; nothing to do on SQLite).

`spanish_unaccent` is PostgreSQL's Spanish configuration with the unaccent
dictionary in front of the Spanish stemmer, so "musculo" and "músculo", and
"calambre" and "calambres", match each other. Search vectors are rebuilt in
each article's language by the next `manage.py seed`.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CREATE = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'spanish_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION spanish_unaccent (COPY = spanish);
        ALTER TEXT SEARCH CONFIGURATION spanish_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
END $$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS spanish_unaccent;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("education", "0013_approval_time")]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create, drop),
    ]
