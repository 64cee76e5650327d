"""Every page is valid HTML, checked by the Nu Html Checker (vnu.jar from npm, run with Java)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.factories import load_seed, make_user
from tests.pages import ALL_PAGES, prepare_admin_pages, prepare_pictures, resolve

VNU = (
    Path(__file__).resolve().parent.parent
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)


@pytest.fixture
def rendered_pages(db, client, tmp_path):
    load_seed()
    prepare_pictures()
    staff = make_user(superuser=True)
    prepare_admin_pages(staff)
    files = {}
    for page in ALL_PAGES:
        client.logout()
        if page.staff:
            client.force_login(staff)
        path = resolve(page.path)
        response = client.post(path, page.post) if page.post else client.get(path)
        assert response.status_code == page.status, f"{page.name}: {response.status_code}"
        file = tmp_path / (page.name.replace(" ", "-") + ".html")
        file.write_bytes(response.content)
        files[str(file)] = page.name
    return files


def test_every_page_is_valid_html(rendered_pages):
    java = shutil.which("java")
    assert java, "Java is needed to run vnu.jar"
    assert VNU.exists(), "run `make test` (npm ci) to install vnu-jar"
    result = subprocess.run(  # noqa: S603 -- fixed arguments, files this test wrote
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *rendered_pages],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{rendered_pages.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == [], "\n".join(errors)
    assert len(rendered_pages) == len(ALL_PAGES)
