"""The review dashboard and the review reminders."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from education import workflow
from governance.roles import REVIEWER, WRITER
from tests.factories import make_article, make_editor

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)


def test_the_admin_home_page_shows_what_needs_each_editor():
    writer, reviewer = make_editor(WRITER), make_editor(REVIEWER)
    overdue = make_article(title="Old cramps", next_review_due=datetime.date(2026, 1, 1))
    soon = make_article(
        title="Soon twitches", next_review_due=datetime.date.today() + datetime.timedelta(days=10)
    )
    waiting = make_article(title="New spasms", status="draft")
    workflow.record_draft_save(waiting, writer, "Drafted.", added=True)
    workflow.submit(waiting, writer)
    draft = make_article(title="My cramp draft", status="draft")
    workflow.record_draft_save(draft, writer, "Drafted.", added=True)

    client = Client()
    client.force_login(reviewer)
    html = client.get(reverse("admin:index")).content.decode()
    board = html[html.index('id="dashboard-heading"') :]
    assert "Old cramps" in board[board.index("Review overdue") : board.index("Review due in")]
    assert "Soon twitches" in board[board.index("Review due in") :]
    mine = board[board.index("Waiting for my review") : board.index("My drafts")]
    assert "New spasms" in mine
    client.force_login(writer)
    html = client.get(reverse("admin:index")).content.decode()
    board = html[html.index('id="dashboard-heading"') :]
    assert "Nothing waiting for you." in board  # a writer approves nothing
    assert "My cramp draft" in board[board.index("My drafts") : board.index("Review overdue")]
    assert "Recent changes" in board and "sent for review" in board
    del overdue, soon


def test_reminders_email_each_author_and_reviewer_once_with_their_articles():
    writer = make_editor(WRITER, email="writer@example.org")
    reviewer = make_editor(REVIEWER, email="reviewer@example.org")
    bystander = make_editor(WRITER, email="other@example.org")
    overdue = make_article(title="Old cramps", next_review_due=datetime.date(2026, 10, 1))
    soon = make_article(title="Soon twitches", next_review_due=datetime.date(2026, 12, 20))
    later = make_article(title="Fresh spasms", next_review_due=datetime.date(2027, 6, 1))
    for article in (overdue, soon, later):
        workflow.record_draft_save(article, writer, "Written.", added=True)
    overdue.reviewed_by = reviewer
    overdue.save()
    out = io.StringIO()
    call_command("review_reminders", today=TODAY, stdout=out)
    assert "2 article(s) due, 2 email(s) sent" in out.getvalue()
    by_person = {message.to[0]: message for message in mail.outbox}
    assert set(by_person) == {"writer@example.org", "reviewer@example.org"}
    assert "Old cramps: review overdue since 1 October 2026" in by_person["writer@example.org"].body
    assert "Soon twitches: review due on 20 December 2026" in by_person["writer@example.org"].body
    assert "Fresh spasms" not in by_person["writer@example.org"].body
    assert "Soon twitches" not in by_person["reviewer@example.org"].body
    assert bystander.email not in by_person
