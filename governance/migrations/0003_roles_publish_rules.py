"""Give clinical reviewers the new permission to publish the checker's rules."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0002_roles"),
        ("triage", "0012_published_rule_sets"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
