"""The emergency numbers a site's readers call, put into the texts that say "[emergency number]"."""

import pytest
from django.utils import translation

from config.site import EMERGENCY_NUMBER_MARK, emergency_numbers_text, with_emergency_numbers


@pytest.mark.parametrize(
    ("numbers", "said"),
    [
        ([("999", "UK"), ("911", "US"), ("112", "EU")], "999 (UK), 911 (US) or 112 (EU)"),
        ([("112", "EU"), ("911", "US")], "112 (EU) or 911 (US)"),
        ([("000", "")], "000"),
    ],
)
def test_the_numbers_are_said_in_order_the_readers_own_first(settings, numbers, said):
    settings.EMERGENCY_NUMBERS = {"en": numbers}
    assert emergency_numbers_text() == said
    assert with_emergency_numbers(f"Call {EMERGENCY_NUMBER_MARK} now.") == f"Call {said} now."


def test_a_text_without_the_mark_is_left_as_it_is(settings):
    settings.EMERGENCY_NUMBERS = {"en": [("112", "EU")]}
    assert with_emergency_numbers("NHS: When to call 999") == "NHS: When to call 999"


def test_each_language_has_its_own_numbers_and_words(settings):
    settings.EMERGENCY_NUMBERS = {
        "en": [("999", "UK"), ("112", "EU")],
        "es": [("112", "España"), ("911", "México")],
    }
    with translation.override("es"):
        assert emergency_numbers_text() == "112 (España) o 911 (México)"
    with translation.override("en"):
        assert emergency_numbers_text() == "999 (UK) or 112 (EU)"


@pytest.mark.usefixtures("seeded")
def test_pages_go_out_compressed_unless_a_proxy_does_it(client, settings):
    import gzip

    page = client.get("/articles/muscle-spasms/", headers={"accept-encoding": "gzip"})
    assert page["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page["Vary"]
    html = gzip.decompress(page.content)
    assert b"<h1" in html and len(page.content) < len(html) / 2
    again = client.get("/articles/muscle-spasms/", headers={"accept-encoding": "gzip"})
    assert again["Content-Encoding"] == "gzip"  # the cached page too
    plain = client.get("/articles/muscle-spasms/")
    assert "Content-Encoding" not in plain and b"<h1" in plain.content
    settings.COMPRESS_RESPONSES = False
    behind_proxy = client.get("/articles/muscle-spasms/", headers={"accept-encoding": "gzip"})
    assert "Content-Encoding" not in behind_proxy
