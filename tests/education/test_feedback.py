"""“Was this page helpful?”: counted per page per day, with or without JavaScript."""

import datetime

import pytest
from django.test import override_settings

from education.models import Article, PageFeedback
from governance.roles import PUBLISHER, WRITER
from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def article(db):
    return make_article(title="Leg cramps", slug="leg-cramps")


def test_every_article_and_result_asks(client, article, seeded):
    html = client.get("/articles/leg-cramps/").content.decode()
    assert '<form class="feedback" method="post" action="/feedback/"' in html
    assert 'name="page" value="/articles/leg-cramps/"' in html
    result = client.post("/check/result/", {"area": "face", "clues": ["stress"]}).content.decode()
    assert 'name="page" value="/check/result/"' in result
    spanish = client.get("/es/articles/espasmos-musculares/").content.decode()
    assert 'action="/es/feedback/"' in spanish and "¿Le ha resultado útil esta página?" in spanish


def test_a_plain_form_post_counts_and_thanks_on_a_page(client, article):
    response = client.post("/feedback/", {"page": "/articles/leg-cramps/", "helpful": "yes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html and "Thank you." in html
    assert '<a href="/articles/leg-cramps/">Back to the page</a>' in html
    assert "no-store" in response["Cache-Control"]
    (row,) = PageFeedback.objects.all()
    assert (row.page, row.day, row.helpful, row.not_helpful) == (
        "/articles/leg-cramps/",
        datetime.date.today(),
        1,
        0,
    )


def test_htmx_gets_the_thanks_in_place_and_answers_add_up(client, article):
    for answer in ("no", "no", "yes"):
        response = client.post(
            "/feedback/", {"page": "/articles/leg-cramps/", "helpful": answer}, **HX
        )
    html = response.content.decode()
    assert "<html" not in html and 'class="feedback feedback-answer" role="status"' in html
    row = PageFeedback.objects.get()
    assert (row.helpful, row.not_helpful) == (1, 2)


@pytest.mark.parametrize(
    "data",
    [
        {"page": "/articles/leg-cramps/", "helpful": "maybe"},
        {"page": "/articles/no-such-article/", "helpful": "yes"},
        {"page": "/admin/", "helpful": "yes"},
        {"page": "https://elsewhere.example/", "helpful": "no"},
        {"helpful": "yes"},
        {"page": "/" + "x" * 500, "helpful": "yes"},
    ],
)
def test_a_wrong_answer_gets_a_clear_400_and_counts_nothing(client, article, data):
    response = client.post("/feedback/", data)
    assert response.status_code == 400
    assert "We could not count that answer." in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_a_draft_is_not_counted(client):
    make_article(slug="draft", status=Article.Status.DRAFT)
    response = client.post("/feedback/", {"page": "/articles/draft/", "helpful": "no"})
    assert response.status_code == 400


def test_only_post_is_accepted(client):
    assert client.get("/feedback/").status_code == 405


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_too_many_answers_from_one_connection_are_refused(client, article):
    data = {"page": "/articles/leg-cramps/", "helpful": "no"}
    codes = [client.post("/feedback/", data).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert PageFeedback.objects.get().not_helpful == 2


def test_the_report_puts_the_least_helpful_page_first(article):
    other = make_article(title="Twitches", slug="twitches")
    for _ in range(3):
        PageFeedback.count("/articles/leg-cramps/", helpful=True)
    PageFeedback.count("/articles/leg-cramps/", helpful=False)
    PageFeedback.count(other.get_absolute_url(), helpful=False)
    PageFeedback.count("/check/result/", helpful=True, day=datetime.date(2020, 1, 1))
    rows = PageFeedback.by_page(since=datetime.date.today() - datetime.timedelta(days=30))
    assert [(r["title"], r["yes"], r["no"]) for r in rows] == [
        ("Twitches", 0, 1),
        ("Leg cramps", 3, 1),
    ]


@pytest.mark.parametrize("role", [WRITER, PUBLISHER])
def test_editors_read_the_report_and_the_dashboard_but_change_nothing(client, article, role):
    PageFeedback.count("/articles/leg-cramps/", helpful=False)
    client.force_login(make_editor(role))
    listing = client.get("/admin/education/pagefeedback/").content.decode()
    assert 'data-page="/articles/leg-cramps/"' in listing and "100%" in listing
    dashboard = client.get("/admin/").content.decode()
    assert "Pages readers found unhelpful (30 days)" in dashboard
    assert "Leg cramps</a>: 1 of 1 said No" in dashboard
    row = PageFeedback.objects.get()
    assert client.post(f"/admin/education/pagefeedback/{row.pk}/delete/").status_code == 403
