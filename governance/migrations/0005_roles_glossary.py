"""Let clinical reviewers edit the glossary, and every role read it."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0004_recorded_links"),
        ("education", "0015_glossary"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
