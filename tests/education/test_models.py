import datetime

import pytest

from education.models import Article, Section
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_published_returns_only_published_articles():
    live = make_article(status=Article.Status.PUBLISHED)
    make_article(status=Article.Status.DRAFT)
    assert list(Article.objects.published()) == [live]


def test_review_overdue_returns_articles_past_their_review_date():
    today = datetime.date(2026, 11, 25)
    overdue = make_article(next_review_due=datetime.date(2026, 11, 24))
    make_article(next_review_due=today)
    make_article(next_review_due=None)
    assert list(Article.objects.review_overdue(today)) == [overdue]
    assert overdue.is_review_overdue(today)


def test_section_renders_markdown_to_safe_html_on_save():
    section = make_section(make_article(), body_markdown="Hello **there** <script>x</script> [1].")
    section.refresh_from_db()
    assert "<strong>there</strong>" in section.body_html
    assert "<script" not in section.body_html
    assert section.body_text == "Hello there <script>x</script>."


def test_section_renders_again_when_saved_with_update_fields():
    section = make_section(make_article(), body_markdown="old")
    section.body_markdown = "*new*"
    section.save(update_fields=["body_markdown"])
    section.refresh_from_db()
    assert section.body_html == "<p><em>new</em></p>"


def test_section_reading_grade_is_computed_from_the_text_readers_see():
    section = Section(body_markdown="Your calf can cramp. **Stretch** it [1].")
    target, grade = section.reading_score("en")
    assert grade is None  # nothing rendered yet
    section.render()
    assert section.body_text == "Your calf can cramp. Stretch it."
    target, grade = section.reading_score("en")
    assert target.scale == "Grade"
    assert grade < 3 and target.met(grade)


def test_other_names_are_split_on_commas():
    article = Article(also_known_as="charley horse, cramp , ")
    assert article.other_names() == ["charley horse", "cramp"]


def test_structured_data_is_a_medical_web_page_with_review_details():
    article = make_article(
        medical_reviewer="Dr Jo Smith",
        reviewer_credentials="MD, neurologist",
        last_reviewed=datetime.date(2026, 10, 1),
    )
    data = article.structured_data("https://example.org/articles/x/")
    assert data["@type"] == "MedicalWebPage"
    assert data["lastReviewed"] == "2026-10-01"
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr Jo Smith",
        "jobTitle": "MD, neurologist",
    }
    assert data["url"] == "https://example.org/articles/x/"


def test_structured_data_claims_no_reviewer_when_there_is_none():
    data = make_article(medical_reviewer="").structured_data("https://example.org/")
    assert "reviewedBy" not in data
