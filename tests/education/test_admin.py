import datetime

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from education.models import Article, Category, Section, Source
from governance.revisions import latest_revision_id
from tests.factories import make_article, make_category, make_section, make_source

pytestmark = pytest.mark.django_db


def test_admin_is_for_staff_only(client, public_user_client):
    url = reverse("admin:education_article_changelist")
    assert client.get(url).status_code == 302
    response = public_user_client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_article_list_loads_with_filters_and_search(staff_client):
    make_article(
        title="Calf cramps", next_review_due=datetime.date(2020, 1, 1), categories=[make_category()]
    )
    url = reverse("admin:education_article_changelist")
    response = staff_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Calf cramps" in html
    assert "By status" in html and "By categories" in html and "By review due" in html
    assert staff_client.get(url, {"q": "calf"}).status_code == 200


def test_review_overdue_filter_lists_only_overdue_articles(staff_client):
    make_article(title="Old one", next_review_due=datetime.date(2020, 1, 1))
    make_article(title="Fresh one", next_review_due=datetime.date(2099, 1, 1))
    response = staff_client.get(
        reverse("admin:education_article_changelist"), {"review": "overdue"}
    )
    assert "Old one" in response.content.decode()
    assert "Fresh one" not in response.content.decode()


def test_status_filter_lists_drafts(staff_client):
    make_article(title="A draft", status=Article.Status.DRAFT)
    make_article(title="Live one")
    response = staff_client.get(
        reverse("admin:education_article_changelist"), {"status__exact": "draft"}
    )
    assert "A draft" in response.content.decode()
    assert "Live one" not in response.content.decode()


def test_article_change_page_shows_sections_sources_grade_and_preview(staff_client):
    article = make_article(status=Article.Status.DRAFT)
    make_section(article, body_markdown="Your calf can cramp at night. Stretch it.")
    make_section(
        article,
        body_markdown=(
            "Nocturnal gastrocnemius contractions frequently necessitate comprehensive "
            "neurological evaluation when accompanied by concurrent paraesthesia."
        ),
    )
    make_source(article)
    response = staff_client.get(reverse("admin:education_article_change", args=[article.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "readability" in html.lower()
    assert ": fine (aim for 8 or lower)" in html
    assert "too hard." in html
    assert "Preview this draft as the public will see it" in html
    assert article.get_absolute_url() in html


def inline_management(prefix, total, initial):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def article_form_data(**overrides):
    data = {
        "title": "Leg cramps",
        "slug": "leg-cramps",
        "summary": "What to do about leg cramps.",
        "also_known_as": "",
        "status": "draft",
        "language": "en",
        "author": "A Writer",
        "medical_reviewer": "",
        "reviewer_credentials": "",
        "first_published": "",
        "last_reviewed": "2026-11-01",
        "next_review_due": "2027-11-01",
        **inline_management("sections", 2, 0),
        "sections-0-position": "20",
        "sections-0-kind": "see_doctor",
        "sections-0-heading": "When to see a doctor",
        "sections-0-anchor": "seeing-a-doctor",
        "sections-0-body_markdown": "See a doctor if it lasts more than **10 minutes** [1].",
        "sections-1-position": "10",
        "sections-1-kind": "causes",
        "sections-1-heading": "Causes",
        "sections-1-anchor": "causes",
        "sections-1-body_markdown": "Tired muscles <script>alert(1)</script>.",
        **inline_management("sources", 1, 0),
        "sources-0-number": "1",
        "sources-0-authors": "NHS",
        "sources-0-year": "n.d.",
        "sources-0-title": "Leg cramps",
        "sources-0-publisher": "NHS",
        "sources-0-url": "https://www.nhs.uk/conditions/leg-cramps/",
    }
    data.update(overrides)
    return data


def test_staff_can_add_an_article_with_ordered_sections_and_sources(staff_client):
    response = staff_client.post(reverse("admin:education_article_add"), article_form_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="leg-cramps")
    assert [s.anchor for s in article.sections.all()] == ["causes", "seeing-a-doctor"]
    assert "<script" not in article.sections.get(anchor="causes").body_html
    assert "<strong>10 minutes</strong>" in article.sections.get(anchor="seeing-a-doctor").body_html
    assert article.sources.get().title == "Leg cramps"


def test_reordering_sections_changes_the_public_order(staff_client):
    staff_client.post(reverse("admin:education_article_add"), article_form_data(status="published"))
    article = Article.objects.get(slug="leg-cramps")
    causes, doctor = (
        article.sections.get(anchor="causes"),
        article.sections.get(anchor="seeing-a-doctor"),
    )
    data = article_form_data(status="published")
    data.update(inline_management("sections", 2, 2))
    data.update(inline_management("sources", 1, 1))
    data.update(
        {
            "sections-0-id": str(doctor.pk),
            "sections-0-article": str(article.pk),
            "sections-0-position": "1",
            "sections-1-id": str(causes.pk),
            "sections-1-article": str(article.pk),
            "sections-1-position": "2",
            "sources-0-id": str(article.sources.get().pk),
            "sources-0-article": str(article.pk),
            # The revision the editor opened: a save after someone else's is refused.
            "opened_revision": str(latest_revision_id(article)),
        }
    )
    response = staff_client.post(reverse("admin:education_article_change", args=[article.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert [s.anchor for s in article.sections.all()] == ["seeing-a-doctor", "causes"]
    html = staff_client.get(article.get_absolute_url()).content.decode()
    assert html.index('id="seeing-a-doctor"') < html.index('id="causes"')


def test_duplicate_anchors_are_refused_with_a_message_and_nothing_is_lost(staff_client):
    data = article_form_data()
    data["sections-1-anchor"] = "seeing-a-doctor"
    response = staff_client.post(reverse("admin:education_article_add"), data)
    assert response.status_code == 200
    assert "Please correct the" in response.content.decode()
    assert "Tired muscles" in response.content.decode()  # what the editor typed is still there
    assert not Article.objects.filter(slug="leg-cramps").exists()


def test_duplicate_source_numbers_are_refused(staff_client):
    data = article_form_data()
    data.update(inline_management("sources", 2, 0))
    data.update({"sources-1-number": "1", "sources-1-title": "Again"})
    response = staff_client.post(reverse("admin:education_article_add"), data)
    assert response.status_code == 200
    assert not Source.objects.exists()


def test_category_pages_load_and_save(staff_client):
    category = make_category(name="Old name")
    assert staff_client.get(reverse("admin:education_category_changelist")).status_code == 200
    url = reverse("admin:education_category_change", args=[category.pk])
    assert staff_client.get(url).status_code == 200
    form = {"name_en": "New name", "name_es": "Nombre nuevo", "slug": category.slug}
    form.update(description_en="", description_es="", position=3)
    response = staff_client.post(url, form)
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.name == "New name"
    with translation.override("es"):
        assert category.name == "Nombre nuevo"


def test_a_topic_left_untranslated_shows_its_english_name_in_spanish(staff_client):
    url = reverse("admin:education_category_add")
    for n in (1, 2):  # two topics without a Spanish name do not clash on the unique name
        form = {"name_en": f"Topic {n}", "name_es": "", "slug": f"topic-{n}", "position": n}
        assert (
            staff_client.post(url, {**form, "description_en": "", "description_es": ""}).status_code
            == 302
        )
    with translation.override("es"):
        assert [c.name for c in Category.objects.order_by("position")] == ["Topic 1", "Topic 2"]


@pytest.mark.parametrize("model", [Article, Category, Section, Source])
def test_every_editable_field_explains_itself(model):
    for field in model._meta.get_fields():
        # The parent article of a section or source is set by the inline, never typed.
        if not getattr(field, "editable", False) or field.auto_created or field.name == "article":
            continue
        assert field.help_text, f"{model.__name__}.{field.name} has no help text"
        # The admin shows help text as HTML: a "<" would open a tag.
        assert "<" not in str(field.help_text), f"{model.__name__}.{field.name} help text has a <"


def test_sections_and_sources_are_edited_inline_on_the_article():
    inlines = {inline.model for inline in admin.site._registry[Article].inlines}
    assert inlines == {Section, Source}


@pytest.mark.parametrize("anchor", ["main", "toc-heading", "source-3"])
def test_a_section_cannot_take_an_anchor_the_page_uses(staff_client, anchor):
    data = article_form_data()
    data["sections-1-anchor"] = anchor
    response = staff_client.post(reverse("admin:education_article_add"), data)
    assert response.status_code == 200
    assert "is used by the page itself" in response.content.decode()
    assert not Article.objects.filter(slug="leg-cramps").exists()


def test_a_spanish_section_shows_its_inflesz_score(staff_client):
    article = make_article(language="es", status=Article.Status.DRAFT)
    make_section(
        article, body_markdown="Un calambre es cuando un músculo se pone duro. Se pasa solo."
    )
    make_section(
        article,
        body_markdown=(
            "Las contracciones involuntarias gastrocnemianas nocturnas requieren frecuentemente "
            "una evaluación neurológica exhaustiva cuando concurren parestesias persistentes."
        ),
    )
    html = staff_client.get(reverse("admin:education_article_change", args=[article.pk])).content
    html = html.decode()
    assert "INFLESZ" in html
    assert ": fine (aim for 65 or higher (“bastante fácil”))." in html
    assert "too hard." in html
    assert "Grade " not in html  # the English grade is not shown for Spanish text
