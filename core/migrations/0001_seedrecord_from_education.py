"""SeedRecord moves from education to core, keeping its table and every row.

Only Django's idea of where the model lives changes here (the table is the
one education made); education's next migration lets go of it, and the one
after this renames the table to core_seedrecord.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("education", "0007_one_voice_on_urgency"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SeedRecord",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("kind", models.CharField(max_length=60)),
                        ("key", models.CharField(max_length=200)),
                        ("created", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        "db_table": "education_seedrecord",
                        "constraints": [
                            models.UniqueConstraint(fields=("kind", "key"), name="unique_seed_record")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
