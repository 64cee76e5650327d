import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.factories import forget_process_state, load_seed, make_user


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """Build the hashed static files once, as production does, so templates can link them.

    Before any test, and before pytest-xdist starts its workers: they share the
    files, so only the main process writes them.
    """
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker: the main process has built them
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(autouse=True, scope="session")
def fast_password_hashing():
    """Hash the test users' passwords with a fast hasher, as Django's testing docs advise:
    production's (PBKDF2, 1.5 million rounds) takes about a second a user on a slow
    machine, and the tests make hundreds. Servers started as their own processes
    (tests/test_two_servers.py) keep production's."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture
def staff_client(client, db):
    """A client signed in as a clinician editor with full admin rights."""
    client.force_login(make_user(superuser=True))
    return client


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded pictures and their renditions go to a folder of this test's own."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path, "base_url": "/media/"},
        },
    }
    return tmp_path


@pytest.fixture
def public_user_client(client, db):
    """A client signed in as an ordinary, non-staff user."""
    client.force_login(make_user())
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache: the database rolls back between tests, the cache
    does not (nor what the process keeps: the rule set, the content version, the glossary)."""
    forget_process_state()
    yield
    forget_process_state()


@pytest.fixture
def seeded(db):
    """The articles and the checker's rules as `manage.py seed` loads them (load_seed)."""
    load_seed()


@pytest.fixture
def latest_schema_after():
    """Leave the database fully migrated, whatever a test migrated back to (other apps too:
    migrating one app back also unapplies the apps that depend on it)."""
    from tests.schema import latest

    yield
    latest()
