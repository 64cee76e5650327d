"""Let clinical reviewers and publishers change the pages about Clearcare; writers read them."""

from django.db import migrations

from governance import roles


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0007_roles_page_feedback"),
        ("education", "0017_about_pages"),
    ]

    operations = [migrations.RunPython(roles.sync, migrations.RunPython.noop)]
