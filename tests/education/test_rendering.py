"""Render once, serve many (education.rendering): an article's own parts are kept, and every
change to what they are made from shows on the very next request.

The whole-page cache is off here, so each request reaches the view and only the kept
parts could be stale.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from education.models import Article, Category, ChangeNote, Section, Source
from tests.factories import make_article, make_category, make_section, make_source

pytestmark = pytest.mark.usefixtures("seeded", "no_page_cache")


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def article():
    """A published article with a topic, a section, a source and an emergency warning sign."""
    from triage.models import WarningSign

    found = make_article(title="Kept article", categories=[make_category(name="Kept topic")])
    make_section(found, heading="What it is", anchor="what", body_markdown="Warm baths help.")
    make_source(found, number=1, title="A kept source")
    found.warning_signs.set(WarningSign.objects.filter(slug="cannot-move"))
    return found


def page(client, article: Article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def queries(client, article: Article) -> int:
    with CaptureQueriesContext(connection) as captured:
        page(client, article)
    return len(captured)


def emergency_box(html: str) -> str:
    start = html.index('class="emergency-box"')
    return html[start : html.index("</aside>", start)]


def test_the_parts_are_rendered_once_and_then_read_from_the_cache(client, article):
    first = page(client, article)
    assert queries(client, article) == 2  # the article, then its related articles and editions
    assert page(client, article) == first  # the same page, made from the kept parts


def test_nothing_is_kept_when_it_is_off(client, article, settings):
    settings.PARTS_CACHE_SECONDS = 0
    page(client, article)
    assert queries(client, article) > 2


def test_an_edited_section_shows_at_once(client, article):
    assert "Warm baths help." in page(client, article)
    section = article.sections.get()
    section.body_markdown = "Warm baths help a lot."
    section.save()
    assert "Warm baths help a lot." in page(client, article)


def test_an_added_or_deleted_section_shows_at_once(client, article):
    page(client, article)
    make_section(article, heading="How to ease it", anchor="ease", body_markdown="Stretch.")
    html = page(client, article)
    assert "How to ease it" in html and 'href="#ease"' in html  # the section and its jump link
    Section.objects.get(anchor="ease").delete()
    assert "How to ease it" not in page(client, article)


def test_an_edited_or_deleted_source_shows_at_once(client, article):
    page(client, article)
    Source.objects.filter(article=article).update(title="unchanged by update()")  # no signal
    source = article.sources.get()
    source.title = "A corrected source"
    source.save()
    assert "A corrected source" in page(client, article)
    source.delete()
    assert "A corrected source" not in page(client, article)


def test_a_new_page_history_note_shows_at_once(client, article):
    page(client, article)
    ChangeNote.objects.create(
        article=article, date=datetime.date(2026, 11, 30), note="Added a stretch.", reviewer="Dr A"
    )
    assert "Added a stretch." in page(client, article)


def test_a_warning_sign_linked_or_unlinked_from_either_end_changes_the_emergency_box(
    client, article
):
    from triage.models import WarningSign

    sign = WarningSign.objects.get(slug="cannot-move")
    other = WarningSign.objects.filter(tier="emergency").exclude(pk=sign.pk).first()
    assert other is not None
    assert other.question not in emergency_box(page(client, article))
    article.warning_signs.add(other)  # from the article
    assert other.question in emergency_box(page(client, article))
    other.articles.remove(article)  # from the sign
    assert other.question not in emergency_box(page(client, article))
    other.articles.add(article)
    assert other.question in emergency_box(page(client, article))
    other.articles.clear()  # cleared from the sign: every article is made afresh
    assert other.question not in emergency_box(page(client, article))
    article.warning_signs.clear()
    assert 'class="emergency-box"' not in page(client, article)


def test_a_published_change_to_the_rules_shows_in_the_care_cards_at_once(client, article):
    from tests.factories import publish_unchecked
    from triage.models import WarningSign

    sign = WarningSign.objects.get(slug="cannot-move")
    assert sign.question in emergency_box(page(client, article))
    sign.question = "You suddenly cannot move a part of your body at all"
    sign.save()
    # The page says what the public checker says: the published rules, not the working copy.
    assert sign.question not in page(client, article)
    publish_unchecked()
    assert sign.question in emergency_box(page(client, article))


def test_a_new_glossary_term_is_explained_at_once(client, article):
    from education.models import Term

    assert 'popovertarget="define-baths' not in page(client, article)
    Term.objects.create(slug="baths", term_en="Baths", definition_en="Sitting in warm water.")
    assert 'popovertarget="define-baths"' in page(client, article)


def test_a_renamed_topic_or_a_new_one_shows_at_once(client, article):
    page(client, article)
    topic = article.categories.get()
    topic.name = "Renamed topic"
    topic.save()
    assert "Renamed topic" in page(client, article)
    other = make_category(name="Another topic")
    other.articles.add(article)  # from the topic's end
    assert "Another topic" in page(client, article)
    Category.objects.filter(pk=other.pk).delete()
    assert "Another topic" not in page(client, article)


def test_an_edited_article_shows_at_once(client, article):
    page(client, article)
    article.also_known_as = "Charley horse"
    article.save()
    html = page(client, article)
    assert '"alternateName": ["Charley horse"]' in html  # the structured data, a kept part


def test_other_emergency_numbers_show_at_once(client, article, settings):
    page(client, article)
    settings.EMERGENCY_NUMBERS = {"en": [("112", "EU")]}
    box = emergency_box(page(client, article))
    assert "Call 112 now if:" in box and 'href="tel:999"' not in box


def test_a_new_deployment_makes_the_parts_afresh(client, article, settings):
    from core.deploy import code_version

    page(client, article)
    before = code_version()
    settings.DEPLOY_VERSION = "a-new-release"
    code_version.cache_clear()
    try:
        assert code_version() != before
        assert queries(client, article) > 2
    finally:
        code_version.cache_clear()


def test_parts_are_kept_apart_for_each_host(client, article, settings):
    settings.ALLOWED_HOSTS = ["one.example.org", "two.example.org"]
    client.get(article.get_absolute_url(), HTTP_HOST="one.example.org")
    html = client.get(article.get_absolute_url(), HTTP_HOST="two.example.org").content.decode()
    assert "one.example.org" not in html  # the structured data names the page's own address


def test_nothing_is_kept_without_published_rules(client, article):
    """Without them the care cards would lack the emergency signs: nothing is kept."""
    from triage.models import RuleSet
    from triage.rules import forget

    RuleSet.objects.all().delete()
    forget()
    page(client, article)
    assert queries(client, article) > 2


def test_a_preview_is_never_kept_nor_served_from_what_is_kept(client, article, admin_client):
    page(client, article)  # the public parts are kept
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    section = article.sections.get()
    Section.objects.filter(pk=section.pk).update(body_html="<p>A draft sentence.</p>")
    # update() sends no signal and leaves the stamp: only a preview, made afresh, shows it
    assert "A draft sentence." in admin_client.get(article.get_absolute_url()).content.decode()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED)
    assert "A draft sentence." not in page(client, article)  # the preview was not kept


def test_related_articles_and_editions_stay_live(client, article):
    """They depend on other articles, so they are read on every request, never kept."""
    related = make_article(title="A related article")
    article.related_articles.add(related)
    spanish = make_article(title="Artículo guardado", language="es", translation_of=article)
    html = page(client, article)
    assert "A related article" in html and spanish.get_absolute_url() in html
    Article.objects.filter(pk__in=[related.pk, spanish.pk]).update(status=Article.Status.DRAFT)
    html = page(client, article)  # update() sends no signal: nothing else could tell the page
    assert "A related article" not in html and spanish.get_absolute_url() not in html


def test_a_deleted_warning_sign_leaves_the_emergency_box_at_once(client, article):
    from tests.factories import publish_unchecked
    from triage.models import WarningSign

    sign = WarningSign.objects.create(
        slug="kept-test-sign",
        question="A sign only this test asks about",
        tier="emergency",
        why="For the test.",
        source="A test",
    )
    publish_unchecked()
    article.warning_signs.add(sign)
    assert sign.question in emergency_box(page(client, article))
    sign.delete()  # its links go by cascade, which sends no m2m signal
    assert sign.question not in page(client, article)


def test_the_rules_digest_is_the_same_in_every_process():
    """Sets print in an order that changes with each process's hash seed: the digest sorts
    them, so every worker and server shares the kept parts."""
    import os
    import subprocess
    import sys

    script = (
        "import django; django.setup()\n"
        "from education.rendering import _rules_stamp\n"
        "from tests.factories import seed_rules\n"
        "print(_rules_stamp(seed_rules()))\n"
    )
    stamps = {
        subprocess.run(  # noqa: S603 - this interpreter and a fixed script
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed, "DJANGO_SETTINGS_MODULE": "config.settings"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[-1]
        for seed in ("1", "2", "3")
    }
    assert len(stamps) == 1


def test_a_new_content_version_makes_the_rules_be_read_again(client, article):
    """Another process published: this one sees the pages' version move on and must not render
    a page with the rules from before the publish for the rest of its second."""
    from education import caching
    from education.models import PageVersion
    from triage import rules

    page(client, article)  # the rules and the version are read
    assert any(kept["checked_at"] for kept in rules._built.values())
    caching._seen["checked_at"] = 0.0  # its second is up
    PageVersion.objects.update(stamp="published-elsewhere")
    caching.content_version()
    assert all(kept["checked_at"] == 0.0 for kept in rules._built.values())


def test_the_whole_page_is_kept_and_served_without_rendering(client, article):
    first = client.get(article.get_absolute_url())
    assert first.templates  # made from the templates (and the kept parts)
    kept = client.get(article.get_absolute_url())
    assert kept.status_code == 200 and kept.templates == []  # served as it was kept
    assert kept.content == first.content
    assert kept["Content-Type"] == first["Content-Type"]


def test_a_kept_page_goes_out_compressed_once(client, article, settings):
    import gzip

    from django.utils import text

    url = article.get_absolute_url()
    made = client.get(url, headers={"accept-encoding": "gzip"})
    compressions = []
    original = text.compress_string

    def counted(*args, **kwargs):
        compressions.append(1)
        return original(*args, **kwargs)

    import django.middleware.gzip

    django.middleware.gzip.compress_string = counted
    try:
        kept = [client.get(url, headers={"accept-encoding": "gzip"}) for _ in range(2)]
    finally:
        django.middleware.gzip.compress_string = original
    assert compressions == []  # sent as it was compressed when kept
    assert kept[0].templates == [] and kept[0].content == kept[1].content == made.content
    assert kept[0]["Content-Encoding"] == "gzip" and "Accept-Encoding" in kept[0]["Vary"]
    assert kept[0]["Content-Length"] == str(len(kept[0].content))
    html = gzip.decompress(kept[0].content)
    assert html == client.get(url).content  # a reader without gzip gets the same page
    settings.COMPRESS_RESPONSES = False
    assert "Content-Encoding" not in client.get(url, headers={"accept-encoding": "gzip"})


def test_a_renamed_related_article_shows_at_once(client, article):
    related = make_article(title="A related article", summary="Its first summary.")
    article.related_articles.add(related)
    page(client, article)
    Article.objects.filter(pk=related.pk).update(title="Renamed related", summary="New words.")
    html = page(client, article)  # update() sends no signal: the page reads it live
    assert "Renamed related" in html and "New words." in html


def test_a_newer_original_shows_on_its_translation_at_once(client, article):
    from django.utils import timezone

    approved = timezone.now() - datetime.timedelta(days=2)
    Article.objects.filter(pk=article.pk).update(approved_at=approved)
    spanish = make_article(title="Artículo guardado", language="es", translation_of=article)
    Article.objects.filter(pk=spanish.pk).update(approved_at=approved)
    assert 'class="translation-note"' not in page(client, spanish)
    Article.objects.filter(pk=article.pk).update(approved_at=timezone.now())  # no signal
    assert 'class="translation-note"' in page(client, spanish)


def test_a_page_that_used_a_nonce_or_set_a_cookie_is_not_kept(rf, article):
    from django.core.cache import cache
    from django.http import HttpResponse
    from django.middleware.csp import get_nonce
    from django.utils.csp import LazyNonce

    from education import rendering

    request = rf.get(article.get_absolute_url())
    request._csp_nonce = LazyNonce()
    rendering.keep_page("article-page:test", request, HttpResponse("kept"))
    assert cache.get("article-page:test")["html"] == b"kept"
    str(get_nonce(request))  # the page put this response's nonce in a script
    rendering.keep_page("article-page:nonce", request, HttpResponse("with a nonce"))
    cookie = HttpResponse("with a cookie")
    cookie.set_cookie("a", "b")
    rendering.keep_page("article-page:cookie", rf.get("/"), cookie)
    assert cache.get("article-page:nonce") is None and cache.get("article-page:cookie") is None


def test_a_new_stylesheet_is_a_new_deployment(tmp_path, settings):
    """A kept page names the stylesheet by its digest: new styles must make it afresh."""
    from core.deploy import code_version

    (tmp_path / "static").mkdir()
    sheet = tmp_path / "static" / "site.css"
    sheet.write_text("body { color: black; }")
    settings.BASE_DIR = tmp_path
    code_version.cache_clear()
    try:
        before = code_version()
        sheet.write_text("body { color: navy; }")
        code_version.cache_clear()
        assert code_version() != before
    finally:
        code_version.cache_clear()
