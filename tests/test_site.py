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


def test_compressed_bytes_kept_with_a_page_are_sent_only_while_it_is_unchanged(rf):
    import gzip

    from django.http import HttpResponse

    from config.middleware import CompressionMiddleware, attach_compressed, compress_once

    middleware = CompressionMiddleware(lambda request: None)
    request = rf.get("/", headers={"accept-encoding": "gzip"})
    page = b"<p>A page kept with its compressed bytes.</p>" * 20
    kept = compress_once(page)
    response = HttpResponse(page)
    attach_compressed(response, kept)
    sent = middleware.process_response(request, response)
    assert sent.content == kept and sent["Content-Encoding"] == "gzip"
    changed = HttpResponse(page)
    attach_compressed(changed, kept)
    changed.content = page.replace(b"kept", b"made")  # something changed it after the view
    sent = middleware.process_response(request, changed)
    assert gzip.decompress(sent.content) == page.replace(b"kept", b"made")
    plain = HttpResponse(page)
    attach_compressed(plain, kept)
    sent = middleware.process_response(rf.get("/"), plain)  # a client without gzip
    assert sent.content == page and "Content-Encoding" not in sent
    assert sent["Vary"] == "Accept-Encoding"


@pytest.mark.usefixtures("seeded")
def test_the_header_and_footer_are_made_once_and_follow_what_they_show(client, settings):
    """Kept in each process (the `fragments` cache) under the language, the page, its
    language links and the emergency numbers: each change shows on the next page."""
    from django.core.cache import caches

    from tests.factories import make_article

    settings.PAGE_CACHE_SECONDS = 0
    caches["fragments"].clear()
    client.get("/glossary/")
    assert len(caches["fragments"]._cache) == 2  # this page's header and footer
    client.get("/glossary/")
    assert len(caches["fragments"]._cache) == 2  # read, not made again
    home = client.get("/").content.decode()
    assert 'href="/" aria-current="page"' in home  # the home page's own header
    assert 'aria-current="page"' not in client.get("/glossary/").content.decode()
    english = make_article(title="Only in English", slug="only-english")
    alone = client.get(english.get_absolute_url()).content.decode()
    assert 'href="/es/" hreflang="es"' in alone  # no Spanish edition: the Spanish home
    make_article(
        title="Solo en español", slug="solo-espanol", language="es", translation_of=english
    )
    both = client.get(english.get_absolute_url()).content.decode()
    assert 'href="/es/" hreflang="es"' not in both
    assert 'href="/es/articles/solo-espanol/" hreflang="es"' in both
    settings.EMERGENCY_NUMBERS = {"en": [("112", "EU")]}
    footer = client.get("/glossary/").content.decode().split('<footer class="site-footer">')[1]
    assert 'href="tel:112"' in footer and 'href="tel:999"' not in footer
    spanish = client.get("/es/glossary/").content.decode()
    assert 'lang="es"' in spanish and "Buscar" in spanish.split("</header>")[0]
