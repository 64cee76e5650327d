"""SeedRecord now lives in core (core's first migration); its table and rows stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0007_one_voice_on_urgency"),
        ("core", "0001_seedrecord_from_education"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SeedRecord")],
            database_operations=[],
        ),
    ]
