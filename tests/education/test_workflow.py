"""The review workflow, tried as writers, reviewers and publishers (never superusers)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from education import workflow
from education.models import Article, ChangeNote, Section, WorkingCopy
from governance.models import AuditEntry
from governance.revisions import latest_revision_id
from governance.roles import PUBLISHER, REVIEWER, WRITER
from tests.education.test_admin import article_form_data, inline_management
from tests.factories import make_article, make_editor, make_section

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_url(article) -> str:
    return reverse("admin:education_article_change", args=[article.pk])


def opened_token(client, article) -> str:
    """The revision an editor's change form carries, read from the page as a browser would."""
    html = client.get(change_url(article)).content.decode()
    match = re.search(r'name="opened_revision" value="(\d*)"', html)
    assert match, "the change form carries the revision it shows"
    return match.group(1)


def edit_form(client, article, **changes) -> dict:
    """The change form's data for `article` as its editor sees it, with `changes` made."""
    sections = list(article.sections.all())
    data = article_form_data(
        title=article.title,
        slug=article.slug,
        summary=article.summary,
        author=article.author,
        opened_revision=opened_token(client, article),
    )
    data.update(inline_management("sections", len(sections), len(sections)))
    data.update(inline_management("sources", 0, 0))
    for i, section in enumerate(sections):
        data.update(
            {
                f"sections-{i}-id": str(section.pk),
                f"sections-{i}-article": str(article.pk),
                f"sections-{i}-position": str(section.position),
                f"sections-{i}-kind": section.kind,
                f"sections-{i}-heading": section.heading,
                f"sections-{i}-anchor": section.anchor,
                f"sections-{i}-body_markdown": section.body_markdown,
            }
        )
    data.update(changes)
    return data


@pytest.fixture
def writer():
    return make_editor(WRITER)


@pytest.fixture
def reviewer():
    return make_editor(REVIEWER)


@pytest.fixture
def published():
    """An approved, published article with one section (published revision 1)."""
    article = make_article()
    make_section(article, heading="Causes", anchor="causes", body_markdown="Old advice.")
    workflow.first_revisions()
    article.refresh_from_db()
    return article


def public_text(article) -> str:
    return Client().get(article.get_absolute_url()).content.decode()


def test_a_writers_edit_of_a_published_article_leaves_the_public_page_as_it_was(published, writer):
    client = client_for(writer)
    data = edit_form(client, published, **{"sections-0-body_markdown": "New advice."})
    response = client.post(change_url(published), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Old advice." in public_text(published)
    assert "New advice." not in public_text(published)
    assert Section.objects.get(article=published).body_markdown == "Old advice."
    copy = WorkingCopy.objects.get(article=published)
    assert copy.state == WorkingCopy.State.EDITING
    # The writer sees their copy when they open the article again.
    assert "New advice." in client.get(change_url(published)).content.decode()


def test_anonymous_visitors_never_see_a_working_copy_even_in_review(published, writer):
    client = client_for(writer)
    client.post(change_url(published), edit_form(client, published, title="A new title"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    assert WorkingCopy.objects.get(article=published).state == WorkingCopy.State.IN_REVIEW
    preview = reverse("admin:education_article_preview", args=[published.pk])
    assert Client().get(preview).status_code == 302  # to the login page
    html = public_text(published)
    assert published.title in html and "A new title" not in html
    # Staff preview shows the copy, as readers will see it, and is never cached.
    response = client.get(preview)
    assert "A new title" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_a_writer_cannot_approve_or_unpublish(published, writer):
    client = client_for(writer)
    client.post(change_url(published), edit_form(client, published, title="A new title"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy = WorkingCopy.objects.get(article=published)
    review_url = reverse("admin:education_article_review", args=[published.pk])
    page = client.get(review_url).content.decode()
    assert "Only a clinical reviewer can approve" in page
    client.post(review_url, {"action": "approve", "revision": copy.revision_id, "note": "x"})
    client.post(reverse("admin:education_article_publication", args=[published.pk]))
    published.refresh_from_db()
    assert published.title != "A new title" and published.is_published
    assert not AuditEntry.objects.filter(action__in=["approved", "unpublished"]).exists()


def test_a_reviewer_cannot_approve_their_own_change(published, reviewer):
    client = client_for(reviewer)
    client.post(change_url(published), edit_form(client, published, title="My own change"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy = WorkingCopy.objects.get(article=published)
    review_url = reverse("admin:education_article_review", args=[published.pk])
    assert "another clinical reviewer must approve it" in client.get(review_url).content.decode()
    client.post(
        review_url,
        {
            "action": "approve",
            "revision": copy.revision_id,
            "note": "Mine",
            "next_review_due": "2027-12-01",
        },
    )
    published.refresh_from_db()
    assert published.title != "My own change"
    with pytest.raises(workflow.WorkflowError, match="another clinical reviewer"):
        workflow.approve(published, reviewer, revision_id=copy.revision_id, note="Mine")


def test_approval_publishes_the_change_and_stamps_the_reviewer(published, writer, reviewer):
    client = client_for(writer)
    data = edit_form(client, published, **{"sections-0-body_markdown": "New advice."})
    client.post(change_url(published), data)
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy = WorkingCopy.objects.get(article=published)
    review_url = reverse("admin:education_article_review", args=[published.pk])
    reviewing = client_for(reviewer)
    page = reviewing.get(review_url).content.decode()
    assert ">Old</del>" in page and ">New</ins> advice." in page  # the diff, word by word
    response = reviewing.post(
        review_url,
        {
            "action": "approve",
            "revision": copy.revision_id,
            "note": "Updated the advice on causes.",
            "next_review_due": "2027-12-01",
        },
    )
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.reviewed_by == reviewer
    assert published.medical_reviewer == reviewer.profile.display_name
    assert published.reviewer_credentials == "MB ChB, general practitioner"
    assert str(published.next_review_due) == "2027-12-01"
    assert not WorkingCopy.objects.filter(article=published).exists()
    html = public_text(published)
    assert "New advice." in html and "Old advice." not in html
    assert "Updated the advice on causes." in html  # the page history
    assert ChangeNote.objects.get(article=published).reviewer.startswith("Dr ")
    assert AuditEntry.objects.filter(action="approved", object_id=str(published.pk)).exists()


def test_approval_is_of_the_revision_the_reviewer_saw(published, writer, reviewer):
    client = client_for(writer)
    client.post(change_url(published), edit_form(client, published, title="First"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    seen = WorkingCopy.objects.get(article=published).revision_id
    client.post(change_url(published), edit_form(client, published, title="Second"))
    with pytest.raises(workflow.WorkflowError, match="saved again after you opened it"):
        workflow.approve(published, reviewer, revision_id=seen, note="Fine")
    published.refresh_from_db()
    assert published.title not in {"First", "Second"}


def test_send_back_fix_and_approve(published, writer, reviewer):
    client, reviewing = client_for(writer), client_for(reviewer)
    review_url = reverse("admin:education_article_review", args=[published.pk])
    client.post(change_url(published), edit_form(client, published, title="Cramps: a draft"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    # Sending back needs a comment.
    reviewing.post(review_url, {"action": "send_back", "comment": " "})
    assert WorkingCopy.objects.get(article=published).state == WorkingCopy.State.IN_REVIEW
    reviewing.post(review_url, {"action": "send_back", "comment": "Use the word cramp."})
    copy = WorkingCopy.objects.get(article=published)
    assert copy.state == WorkingCopy.State.SENT_BACK
    assert "Use the word cramp." in client.get(change_url(published)).content.decode()
    client.post(change_url(published), edit_form(client, published, title="Cramps"))
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy.refresh_from_db()
    reviewing.post(
        review_url,
        {
            "action": "approve",
            "revision": copy.revision_id,
            "note": "New title.",
            "next_review_due": "2027-12-01",
        },
    )
    published.refresh_from_db()
    assert published.title == "Cramps"


def test_a_new_article_is_a_draft_until_a_reviewer_approves_it(writer, reviewer):
    client = client_for(writer)
    response = client.post(
        reverse("admin:education_article_add"), article_form_data(status="published")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="leg-cramps")
    assert not article.is_published  # the status is not the writer's to set
    assert Client().get(article.get_absolute_url()).status_code == 404
    client.post(reverse("admin:education_article_submit", args=[article.pk]))
    copy = WorkingCopy.objects.get(article=article)
    client_for(reviewer).post(
        reverse("admin:education_article_review", args=[article.pk]),
        {
            "action": "approve",
            "revision": copy.revision_id,
            "note": "First published.",
            "next_review_due": "2027-12-01",
        },
    )
    article.refresh_from_db()
    assert article.is_published and article.first_published is not None
    assert Client().get(article.get_absolute_url()).status_code == 200


def test_unpublish_is_one_recorded_action_for_a_publisher(published):
    publisher = make_editor(PUBLISHER)
    client = client_for(publisher)
    url = reverse("admin:education_article_publication", args=[published.pk])
    client.post(url, {"publish": "no", "reason": "Out of date"})
    published.refresh_from_db()
    assert not published.is_published
    assert Client().get(published.get_absolute_url()).status_code == 404
    entry = AuditEntry.objects.get(action="unpublished")
    assert entry.username == publisher.username and entry.detail == "Out of date"
    client.post(url, {"publish": "yes"})
    published.refresh_from_db()
    assert published.is_published


def test_a_publisher_cannot_edit_or_approve_content(published):
    publisher = make_editor(PUBLISHER)
    client = client_for(publisher)
    html = client.get(change_url(published)).content.decode()
    assert 'name="title"' not in html  # read-only: a view of the article
    assert client.post(change_url(published), {"title": "x"}).status_code == 403
    assert not publisher.has_perm("education.approve_article")


def test_the_second_of_two_saves_is_refused_with_nothing_lost(published, writer):
    other = make_editor(WRITER)
    first, second = client_for(writer), client_for(other)
    mine = edit_form(first, published, **{"sections-0-body_markdown": "First writer's text."})
    theirs = edit_form(second, published, **{"sections-0-body_markdown": "Second writer's text."})
    assert first.post(change_url(published), mine).status_code == 302
    response = second.post(change_url(published), theirs)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Not saved:" in html and writer.profile.display_name in html
    assert (
        "Second writer&#x27;s text." in html or "Second writer's text." in html
    )  # still in the form
    assert "<ins>" in html  # what the first writer changed
    copy = WorkingCopy.objects.get(article=published)
    assert (
        "First writer"
        in copy.revision.version_set.get(content_type__model="section").serialized_data
    )
    # Saving again, having seen the other change, goes through on purpose.
    token = re.search(r'name="opened_revision" value="(\d+)"', html).group(1)
    assert token == str(copy.revision_id)
    theirs["opened_revision"] = token
    assert second.post(change_url(published), theirs).status_code == 302


def test_a_deleted_section_comes_back_by_restoring_a_revision(writer, reviewer):
    published = make_article()
    make_section(published, heading="Causes", anchor="causes", body_markdown="Old advice.")
    make_section(published, heading="Treatment", anchor="treatment", body_markdown="Stretch.")
    workflow.first_revisions()
    published.refresh_from_db()
    client = client_for(writer)
    before = latest_revision_id(published)
    data = edit_form(client, published)
    data["sections-1-DELETE"] = "on"
    client.post(change_url(published), data)
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy = WorkingCopy.objects.get(article=published)
    workflow.approve(published, reviewer, revision_id=copy.revision_id, note="Removed treatment.")
    assert not published.sections.filter(anchor="treatment").exists()
    # Restore the revision that had it: it becomes the working copy, then goes through review.
    response = client.post(reverse("admin:education_article_restore", args=[published.pk, before]))
    assert response.status_code == 302
    assert not published.sections.filter(anchor="treatment").exists()  # not public yet
    client.post(reverse("admin:education_article_submit", args=[published.pk]))
    copy = WorkingCopy.objects.get(article=published)
    workflow.approve(published, make_editor(REVIEWER), revision_id=copy.revision_id, note="Back.")
    assert published.sections.get(anchor="treatment").body_markdown == "Stretch."
    assert AuditEntry.objects.filter(action="restored").exists()


def test_a_deleted_article_is_recovered_as_a_draft(published, reviewer):
    pk = published.pk
    admin_user = make_editor(PUBLISHER, REVIEWER)
    client = client_for(admin_user)
    client.post(reverse("admin:education_article_delete", args=[pk]), {"post": "yes"})
    assert not Article.objects.filter(pk=pk).exists()
    assert AuditEntry.objects.filter(action="deleted").exists()
    listing = client.get(reverse("admin:education_article_recoverlist"))
    assert listing.status_code == 200 and published.title in listing.content.decode()
    from reversion.models import Version

    version = Version.objects.get_deleted(Article).get(object_id=str(pk))
    response = client.post(reverse("admin:education_article_recover", args=[version.pk]))
    assert response.status_code == 302
    article = Article.objects.get(pk=pk)
    assert not article.is_published and article.approved_revision is None
    assert article.sections.get().body_markdown == "Old advice."


def test_a_copy_that_can_no_longer_be_put_in_place_says_why_and_can_be_discarded(writer):
    from triage.models import Cause

    article = make_article()
    make_section(article, heading="Causes", anchor="causes", body_markdown="Old advice.")
    make_section(article, heading="Treatment", anchor="treatment", body_markdown="Stretch.")
    workflow.first_revisions()
    article.refresh_from_db()
    client = client_for(writer)
    data = edit_form(client, article)
    data["sections-1-DELETE"] = "on"
    assert client.post(change_url(article), data).status_code == 302
    # Meanwhile the checker links a cause to the section the copy removes.
    Cause.objects.create(
        slug="test-cause", name="A cause", section=article.sections.get(anchor="treatment")
    )
    response = client.get(change_url(article), follow=True)
    html = response.content.decode()
    assert "linked from the symptom checker" in html
    assert "Discard the working copy" in html
    preview = client.get(reverse("admin:education_article_preview", args=[article.pk]), follow=True)
    assert "linked from the symptom checker" in preview.content.decode()
    client.post(reverse("admin:education_article_discard", args=[article.pk]))
    assert not WorkingCopy.objects.filter(article=article).exists()
    assert client.get(change_url(article)).status_code == 200
