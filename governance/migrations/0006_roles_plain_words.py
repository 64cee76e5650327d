"""Let writers and clinical reviewers keep the plain words list, and publishers read it."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0005_roles_glossary"),
        ("core", "0003_plain_words"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
