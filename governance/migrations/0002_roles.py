"""Make the three roles as groups with their permissions (see governance/roles.py)."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("education", "0009_approval_permissions"),
        ("triage", "0011_one_slug_help_text"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
