import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from education.models import Article
from tests.factories import load_seed, make_article, make_category, make_section, make_source

pytestmark = pytest.mark.django_db


def test_home_lists_published_articles_by_category(client):
    topic = make_category(name="Sports medicine", slug="sports")
    live = make_article(title="Calf cramps", categories=[topic])
    make_article(title="Secret draft", status=Article.Status.DRAFT, categories=[topic])
    response = client.get(reverse("education:home"))
    assert response.status_code == 200
    assert b"Sports medicine" in response.content
    assert live.get_absolute_url().encode() in response.content
    assert b"Secret draft" not in response.content


def test_home_hides_categories_without_published_articles(client):
    make_category(name="Empty topic")
    response = client.get(reverse("education:home"))
    assert b"Empty topic" not in response.content


def test_page_shell_has_language_skip_link_navigation_and_emergency_footer(client):
    content = client.get(reverse("education:home")).content.decode()
    assert '<html lang="en">' in content
    assert '<a class="skip-link" href="#main">' in content
    assert '<main id="main"' in content
    assert 'aria-label="Main"' in content
    assert "call your local emergency number" in content
    assert "does not replace advice from a doctor" in content


@pytest.fixture
def full_article():
    topic = make_category(name="Neurology", slug="neurology")
    related = make_article(title="Muscle twitches", slug="muscle-twitches")
    hidden_related = make_article(title="Unpublished related", status=Article.Status.DRAFT)
    article = make_article(
        title="Muscle spasms",
        slug="muscle-spasms",
        summary="What spasms are.",
        also_known_as="cramp, charley horse",
        categories=[topic],
        medical_reviewer="Dr Jo Smith",
        reviewer_credentials="MD",
    )
    make_section(
        article,
        heading="Causes",
        anchor="causes",
        kind="causes",
        position=1,
        body_markdown="Tired muscles [1].",
    )
    make_section(
        article,
        heading="When to see a doctor",
        anchor="seeing-a-doctor",
        kind="see_doctor",
        position=2,
        body_markdown="See a doctor if it keeps coming back.",
    )
    make_source(
        article,
        number=1,
        title="Muscle cramps",
        authors="Alai MJ, et al.",
        year="2022",
        publisher="OrthoInfo",
        url="https://orthoinfo.aaos.org/",
    )
    article.related_articles.add(related, hidden_related)
    return article


def test_article_page_shows_everything_a_reader_needs(client, full_article):
    response = client.get(full_article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="article-title">Muscle spasms</h1>' in html
    assert "What spasms are." in html
    assert "Medically reviewed by Dr Jo Smith, MD" in html
    assert 'href="#causes"' in html and 'href="#seeing-a-doctor"' in html
    assert 'id="causes"' in html
    assert "section section-doctor" in html
    assert 'id="source-1"' in html and "Alai MJ, et al." in html
    assert 'href="#source-1"' in html
    assert "Muscle twitches" in html
    assert "Unpublished related" not in html
    assert "Last reviewed:" in html and "Next review due:" in html
    assert "data-print" in html
    assert "Also called: cramp, charley horse" in html


def test_article_page_has_seo_metadata_and_json_ld(client, full_article):
    html = client.get(full_article.get_absolute_url()).content.decode()
    assert '<meta name="description" content="What spasms are.">' in html
    assert '<link rel="canonical" href="http://testserver/articles/muscle-spasms/">' in html
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "MedicalWebPage"
    assert data["reviewedBy"]["name"] == "Dr Jo Smith"
    assert data["lastReviewed"] == "2026-11-01"


def test_json_ld_cannot_break_out_of_its_script_element(client):
    article = make_article(title="</script><script>alert(1)</script>")
    html = client.get(article.get_absolute_url()).content.decode()
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in ld
    assert json.loads(ld)["name"] == "</script><script>alert(1)</script>"


def test_article_says_when_medical_review_is_pending(client):
    article = make_article(medical_reviewer="")
    assert (
        b"Medical review by a clinician is pending"
        in client.get(article.get_absolute_url()).content
    )


def test_draft_article_is_hidden_from_the_public(client):
    draft = make_article(status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_draft_article_is_hidden_from_signed_in_non_staff(public_user_client):
    draft = make_article(status=Article.Status.DRAFT)
    assert public_user_client.get(draft.get_absolute_url()).status_code == 404


def test_staff_without_the_right_to_view_articles_do_not_see_drafts(client):
    from django.contrib.auth.models import Permission

    from tests.factories import make_user

    draft = make_article(status=Article.Status.DRAFT)
    user = make_user(staff=True)
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)  # a fresh session: permissions are cached on the user
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_staff_see_a_draft_as_an_uncached_preview(staff_client):
    draft = make_article(title="Work in progress", status=Article.Status.DRAFT)
    response = staff_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert b"Work in progress" in response.content
    assert b"this article is a draft" in response.content
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert b'<meta name="robots" content="noindex, nofollow">' in response.content


def test_published_article_is_not_marked_as_a_preview(staff_client):
    article = make_article()
    response = staff_client.get(article.get_absolute_url())
    assert b"this article is a draft" not in response.content
    assert "no-store" not in response.get("Cache-Control", "")


def test_article_links_to_its_published_spanish_edition(client):
    original = make_article(language="en")
    make_article(language="es", translation_of=original, slug="espasmos")
    html = client.get(original.get_absolute_url()).content.decode()
    assert 'href="/es/articles/espasmos/" hreflang="es"' in html
    assert "Leer este artículo en español" in html


def test_article_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    small = make_article(sections=1, sources=1, categories=[make_category()])
    small.related_articles.add(make_article())
    big = make_article(sections=12, sources=9, categories=[make_category(), make_category()])
    big.related_articles.add(*(make_article() for _ in range(5)))
    # article, its related articles and editions (one query), then its own parts: topics, sections, sources, page
    # history, warning signs (the content version is read at most once a second per process: read
    # here, outside the count), and the checker's published rules for the causes in the
    # structured data: 2 queries here, where none are published (with published rules they
    # stay in memory, see tests/test_query_counts.py); the first page also reads the
    # glossary's terms, which the next finds in the cache
    from education.caching import content_version

    content_version()
    with django_assert_num_queries(10):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(9):
        response = client.get(big.get_absolute_url())
    assert response.content.count(b'class="section') == 12


def test_unknown_article_gets_the_friendly_404(client):
    response = client.get("/articles/no-such-thing/")
    assert response.status_code == 404
    assert b"We cannot find that page" in response.content
    assert b"Search the articles" in response.content


def test_article_page_refuses_post(client):
    article = make_article()
    assert client.post(article.get_absolute_url()).status_code == 405


def test_category_page_lists_only_published_articles(client):
    topic = make_category(name="Rehabilitation", slug="rehab", description="Getting moving again.")
    make_article(title="Stretching guide", categories=[topic])
    make_article(title="Hidden draft", categories=[topic], status=Article.Status.DRAFT)
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    assert b"Stretching guide" in response.content
    assert b"Getting moving again." in response.content
    assert b"Hidden draft" not in response.content


def test_unknown_category_is_404(client):
    assert client.get("/topics/nothing-here/").status_code == 404


def test_search_page_without_a_query_shows_the_form(client):
    response = client.get(reverse("education:search"))
    assert response.status_code == 200
    assert b'name="q"' in response.content
    assert b"result" not in response.content.lower().replace(b"results-heading", b"")


def test_search_page_lists_results(client):
    make_article(title="Leg cramps at night", slug="leg-cramps")
    response = client.get(reverse("education:search"), {"q": "cramps"})
    assert response.status_code == 200
    assert b"1 result for" in response.content
    assert b"/articles/leg-cramps/" in response.content


def test_search_page_says_when_nothing_matches(client):
    response = client.get(reverse("education:search"), {"q": "zebra"})
    assert response.status_code == 200
    assert b"No results for" in response.content


def test_search_page_never_shows_drafts(client):
    make_article(title="Cramp draft", status=Article.Status.DRAFT)
    assert b"Cramp draft" not in client.get(reverse("education:search"), {"q": "cramp"}).content


@pytest.mark.parametrize("query", ["", "x" * 201, "a\x00b"])
def test_search_page_answers_bad_input_with_a_message_and_400(client, query):
    response = client.get(reverse("education:search"), {"q": query})
    assert response.status_code == 400
    assert b'class="field-error"' in response.content
    assert b'aria-invalid="true"' in response.content


def test_server_error_page_is_friendly_and_needs_no_database(settings, rf):
    from config.middleware import server_error

    settings.EMERGENCY_NUMBERS = {"en": [("112", "EU"), ("999", "UK")]}
    response = server_error(rf.get("/"))  # no database access allowed in this test
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, something went wrong" in html
    # The configured numbers, the readers' own first, tappable: not a fixed list.
    assert html.index('href="tel:112"') < html.index('href="tel:999"')
    assert "911" not in html


def test_a_crashing_view_gets_the_friendly_500(settings, db):
    def boom(request):
        raise RuntimeError("boom")

    from django.urls import path

    import config.urls

    settings.ROOT_URLCONF = type(
        "urls",
        (),
        {
            "urlpatterns": [path("boom/", boom), *config.urls.urlpatterns],
            "handler500": config.urls.handler500,
        },
    )
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert b"Sorry, something went wrong" in response.content
    assert b'href="tel:999"' in response.content
    assert response["Cache-Control"] == "no-store"


def test_search_page_ignores_other_parameters(client):
    response = client.get(reverse("education:search"), {"utm_source": "newsletter"})
    assert response.status_code == 200
    assert b'class="field-error"' not in response.content


def test_search_lists_only_the_best_twenty(client):
    for i in range(25):
        make_article(title=f"Cramp guide {i}", slug=f"cramp-guide-{i}")
    response = client.get(reverse("education:search"), {"q": "cramp"})
    assert response.content.count(b'class="card"') == 20
    assert b"The 20 best matches for" in response.content


def test_the_home_page_shows_a_few_articles_a_topic_and_links_to_the_rest(client):
    from education.views import HOME_PER_TOPIC

    topic = make_category(name="Busy topic", slug="busy")
    for n in range(HOME_PER_TOPIC + 4):
        make_article(title=f"Busy article {n:02}", categories=[topic])
    make_article(title="Busy draft", categories=[topic], status=Article.Status.DRAFT)
    html = client.get("/").content.decode()
    assert html.count("Busy article") == HOME_PER_TOPIC
    assert f"See all {HOME_PER_TOPIC + 4} articles on busy topic" in html


def test_a_topic_page_lists_its_articles_a_page_at_a_time(client):
    from education.views import TOPIC_PAGE_SIZE

    topic = make_category(name="Long topic", slug="long")
    for n in range(TOPIC_PAGE_SIZE + 5):
        make_article(title=f"Long article {n:03}", categories=[topic])
    first = client.get("/topics/long/").content.decode()
    assert first.count("Long article") == TOPIC_PAGE_SIZE
    assert 'rel="next" href="/topics/long/page/2/"' in first
    second = client.get("/topics/long/page/2/").content.decode()
    assert second.count("Long article") == 5
    assert 'rel="prev" href="/topics/long/"' in second and 'rel="next"' not in second
    assert client.get("/topics/long/page/3/").status_code == 404
    assert client.get("/topics/long/page/0/").status_code == 404


@pytest.mark.django_db
def test_every_article_opens_with_the_emergency_box_before_its_first_section(client):
    load_seed()
    for article in Article.objects.published():
        html = client.get(article.get_absolute_url()).content.decode()
        box = html.index('class="emergency-box"')
        assert box < html.index('class="toc"') < html.index('class="section')
        box_html = html[box : html.index("</aside>", box)]
        first_number = {"en": "999", "es": "112"}[article.language]  # each language's own
        assert f'href="tel:{first_number}"' in box_html  # tappable
        with translation.override(article.language):  # the page's own language
            signs = article.emergency_signs()
        for sign in signs:
            assert escape(sign.label) in box_html


@pytest.mark.django_db
def test_the_readers_own_emergency_number_comes_first(client, settings):
    from education.caching import pages_changed

    load_seed()
    settings.EMERGENCY_NUMBERS = {"en": [("911", "US"), ("112", "EU"), ("999", "UK")]}
    pages_changed()
    html = client.get("/articles/muscle-spasms/").content.decode()
    box = html[html.index('class="emergency-box"') :]
    assert "Call 911 now if:" in box
    assert box.index('href="tel:911"') < box.index('href="tel:112"') < box.index('href="tel:999"')
    footer = html[html.index('class="site-footer"') :]
    assert footer.index("tel:911") < footer.index("tel:999")


def test_the_home_page_shows_an_article_in_several_topics_once(client):
    first = make_category(name="First topic", slug="first", position=0)
    second = make_category(name="Second topic", slug="second", position=1)
    shared = make_article(title="Shared article", categories=[first, second])
    make_article(title="Second only", categories=[second])
    html = client.get("/").content.decode()
    assert html.count(shared.get_absolute_url()) == 1
    assert html.index("First topic") < html.index("Shared article") < html.index("Second topic")
    # The second topic still says how many articles it has in all.
    assert "See all 2 articles on second topic" in html
    assert "Second only" in html


@pytest.mark.django_db
def test_care_cards_appear_once_and_without_a_see_a_doctor_section_get_a_part_of_their_own(
    client,
):
    from triage.models import WarningSign

    load_seed()
    signs = WarningSign.objects.filter(slug__in=["cannot-move", "numbness"])
    twice = make_article(title="Two doctor sections")
    twice.warning_signs.set(signs)
    make_section(twice, kind="see_doctor", heading="When to see a doctor", anchor="doctor")
    make_section(twice, kind="see_doctor", heading="More on doctors", anchor="more")
    html = client.get(twice.get_absolute_url()).content.decode()
    assert html.count('id="care-emergency"') == 1 and html.count('id="care-gp"') == 1
    first = html.index('id="doctor"')
    assert first < html.index('id="care-emergency"') < html.index('id="more"')
    assert 'id="when-to-get-help"' not in html

    none = make_article(title="No doctor section")
    none.warning_signs.set(signs)
    make_section(none, kind="overview", heading="About", anchor="about")
    html = client.get(none.get_absolute_url()).content.decode()
    part = html[html.index('id="when-to-get-help"') :]
    assert '<h2 id="when-to-get-help-heading">When to get help</h2>' in part
    assert 'id="care-emergency"' in part and 'id="care-gp"' in part
    assert '<a href="#when-to-get-help">When to get help</a>' in html  # in "On this page"

    plain = make_article(title="No signs")
    make_section(plain, kind="see_doctor", heading="When to see a doctor", anchor="doctor")
    html = client.get(plain.get_absolute_url()).content.decode()
    assert "care-card" not in html and "emergency-box" not in html


def test_article_care_cards_give_the_configured_emergency_numbers(client, settings):
    from education.caching import pages_changed

    load_seed()
    settings.EMERGENCY_NUMBERS = {"en": [("112", "EU")]}
    pages_changed()
    html = client.get("/articles/muscle-spasms/").content.decode()
    cards = html[html.index('class="care-card') :]
    assert "Call 112 (EU) now if:" in cards
    assert "[emergency number]" not in html
