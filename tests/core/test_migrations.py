"""The seed's memory moves from education to core with every row kept."""

import pytest
from django.db import connection

from tests.schema import migrate

pytestmark = pytest.mark.usefixtures("latest_schema_after")


@pytest.mark.django_db(transaction=True)
def test_seed_records_move_to_core_and_keep_every_row():
    old = migrate([("education", "0007_one_voice_on_urgency")])
    old.get_model("education", "SeedRecord").objects.create(kind="article", key="muscle-spasms")

    new = migrate([("core", "0002_seedrecord_table")])
    moved = new.get_model("core", "SeedRecord")
    assert list(moved.objects.values_list("kind", "key")) == [("article", "muscle-spasms")]
    assert moved._meta.db_table == "core_seedrecord"
    assert "education_seedrecord" not in connection.introspection.table_names()
