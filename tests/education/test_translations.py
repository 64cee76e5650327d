"""Translations that stay true: a translation whose original changed is flagged, and says so."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from education import workflow
from education.models import Article
from governance.roles import REVIEWER, WRITER
from tests.education.test_workflow import change_url, client_for, edit_form
from tests.factories import make_article, make_editor, make_section

pytestmark = pytest.mark.django_db

EARLIER = timezone.make_aware(datetime.datetime(2026, 11, 2, 9, 0))
LATER = timezone.make_aware(datetime.datetime(2026, 11, 20, 9, 0))


@pytest.fixture
def pair():
    english = make_article(slug="leg-cramps", title="Leg cramps")
    spanish = make_article(
        slug="calambres", title="Calambres", language="es", translation_of=english
    )
    return english, spanish


def stamp(article, when):
    Article.objects.filter(pk=article.pk).update(approved_at=when)


def approve_a_change(article, title: str):
    """A writer changes the approved article and another reviewer approves it, as in the admin."""
    writer, reviewer = make_editor(WRITER), make_editor(REVIEWER)
    client = client_for(writer)
    form = edit_form(client, article, title=title, language=article.language)
    form["translation_of"] = str(article.translation_of_id or "")
    client.post(change_url(article), form)
    client.post(reverse("admin:education_article_submit", args=[article.pk]))
    copy = workflow.working_copy(article)
    return workflow.approve(article, reviewer, revision_id=copy.revision_id, note="Changed.")


def test_approval_stamps_when_the_public_content_changed():
    article = make_article()
    make_section(article)
    workflow.first_revisions()
    article.refresh_from_db()
    before = timezone.now()
    approved = approve_a_change(article, "A clearer title")
    assert approved.approved_at >= before
    assert Article.objects.get(pk=article.pk).approved_at == approved.approved_at


def test_a_translation_is_flagged_when_its_original_is_approved_after_it(pair):
    english, spanish = pair
    stamp(spanish, EARLIER)
    stamp(english, LATER)
    spanish.refresh_from_db()
    assert spanish.original_changed == LATER
    assert list(Article.objects.needing_update()) == [spanish]


def test_a_translation_approved_after_its_original_is_up_to_date(pair):
    english, spanish = pair
    stamp(english, EARLIER)
    stamp(spanish, LATER)
    spanish.refresh_from_db()
    assert spanish.original_changed is None
    assert not Article.objects.needing_update().exists()


def test_a_translation_never_approved_since_its_original_was_is_flagged(pair):
    english, spanish = pair
    stamp(english, LATER)
    spanish.refresh_from_db()
    assert spanish.original_changed == LATER
    assert list(Article.objects.needing_update()) == [spanish]


def test_seeded_pairs_that_no_one_has_approved_yet_are_not_flagged(pair):
    assert not Article.objects.needing_update().exists()


def test_editing_and_approving_the_original_flags_its_translation_end_to_end(pair):
    english, spanish = pair
    make_section(english)
    make_section(spanish)
    workflow.first_revisions()
    english.refresh_from_db()
    spanish.refresh_from_db()
    approve_a_change(spanish, "Calambres en las piernas")
    assert not Article.objects.needing_update().exists()
    approve_a_change(english, "Leg cramps at night")
    assert list(Article.objects.needing_update()) == [spanish]
    # The translator's update, once approved, clears the flag.
    approve_a_change(Article.objects.get(pk=spanish.pk), "Calambres de noche")
    assert not Article.objects.needing_update().exists()


def test_the_spanish_page_tells_readers_in_spanish_that_the_original_changed(pair):
    english, spanish = pair
    stamp(spanish, EARLIER)
    stamp(english, LATER)
    html = Client().get(spanish.get_absolute_url()).content.decode()
    assert "La página original se actualizó el" in html
    assert '<time datetime="2026-11-20">20 de noviembre de 2026</time>' in html
    assert (
        f'<a href="{english.get_absolute_url()}" hreflang="en">Lea el original en inglés</a>'
        in html
    )
    assert "translation-note" not in Client().get(english.get_absolute_url()).content.decode()


def test_an_up_to_date_translation_shows_no_note(pair):
    english, spanish = pair
    stamp(english, EARLIER)
    stamp(spanish, LATER)
    assert "translation-note" not in Client().get(spanish.get_absolute_url()).content.decode()


def test_editors_find_translations_to_update_in_the_list_and_on_the_dashboard(pair, staff_client):
    english, spanish = pair
    make_article(slug="other", title="Another translation", language="es", translation_of=english)
    stamp(spanish, EARLIER)
    stamp(english, LATER)
    Article.objects.filter(slug="other").update(approved_at=LATER + datetime.timedelta(days=1))
    listed = staff_client.get(
        reverse("admin:education_article_changelist"), {"translation": "needs_update"}
    ).content.decode()
    assert "Calambres" in listed and "Another translation" not in listed
    assert "Needs update:</strong> the original changed on 20 Nov 2026" in listed
    board = staff_client.get(reverse("admin:index")).content.decode()
    assert "Translations to update (1)" in board
    assert "“Leg cramps” changed on 20 Nov 2026" in board
