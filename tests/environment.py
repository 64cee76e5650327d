"""Environment for the test run, loaded as a pytest plugin before Django starts.

pytest-django reads the settings before any conftest.py runs, so the
variables the settings require are set here instead.
"""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "insecure-key-for-the-test-run-only")
os.environ.setdefault("DJANGO_DEBUG", "False")
# The test servers speak plain HTTP; tests of the HTTPS settings set this themselves.
os.environ.setdefault("DJANGO_HTTPS", "False")
# Pictures uploaded by tests go to a folder of the run's own, and the test servers serve
# them as `make run` does, so the browser tests load them.
os.environ.setdefault("DJANGO_MEDIA_ROOT", tempfile.mkdtemp(prefix="clearcare-media-"))
os.environ.setdefault("DJANGO_SERVE_MEDIA", "true")
