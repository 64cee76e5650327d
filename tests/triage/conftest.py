import io

import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The articles and the checker's rules as `manage.py seed` loads them."""
    call_command("seed", stdout=io.StringIO())
