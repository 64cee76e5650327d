"""Let every role read readers' answers to “Was this page helpful?”."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0006_roles_plain_words"),
        ("education", "0016_page_feedback"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
