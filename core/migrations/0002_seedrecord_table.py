"""The seed's memory gets its own app's table name: education_seedrecord becomes core_seedrecord."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_seedrecord_from_education"),
        ("education", "0008_seedrecord_moves_to_core"),
    ]

    operations = [
        migrations.AlterModelTable(name="seedrecord", table=None),
    ]
