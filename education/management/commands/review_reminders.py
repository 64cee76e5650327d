"""Email authors and reviewers about articles whose review is overdue or due soon."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from education.models import Article
from governance.dashboard import SOON_DAYS
from governance.revisions import editors_since


class Command(BaseCommand):
    help = (
        "Email each article's reviewer and authors when its review is overdue or due in the "
        f"next {SOON_DAYS} days: one email a person, listing their articles. Run it daily "
        "(from cron or a scheduler)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, help="YYYY-MM-DD, for testing."
        )

    def handle(self, *args, **options) -> None:
        today = options["today"] or timezone.localdate()
        due = Article.objects.filter(
            next_review_due__lte=today + datetime.timedelta(days=SOON_DAYS)
        ).order_by("next_review_due")
        lists: dict[int, list[str]] = {}
        for article in due:
            when = date_format(article.next_review_due, "j F Y")
            if article.next_review_due < today:
                state = gettext("review overdue since %(date)s") % {"date": when}
            else:
                state = gettext("review due on %(date)s") % {"date": when}
            link = settings.SITE_URL + reverse("admin:education_article_change", args=[article.pk])
            line = f"- {article.title}: {state}\n  {link}"
            for user_id in self._people(article):
                lists.setdefault(user_id, []).append(line)
        sent = 0
        for user in get_user_model().objects.filter(pk__in=lists, is_active=True).exclude(email=""):
            send_mail(
                subject=ngettext(
                    "Clearcare: %(count)d article review due",
                    "Clearcare: %(count)d article reviews due",
                    len(lists[user.pk]),
                )
                % {"count": len(lists[user.pk])},
                message=(
                    gettext("These articles you wrote or reviewed need a clinical review:")
                    + "\n\n"
                    + "\n".join(lists[user.pk])
                    + "\n\n"
                    + gettext(
                        "Open each one in the editor, check it against its sources, and send "
                        "it for review (or approve it if you are its reviewer and did not edit it)."
                    )
                ),
                from_email=None,
                recipient_list=[user.email],
            )
            sent += 1
        self.stdout.write(f"Review reminders: {due.count()} article(s) due, {sent} email(s) sent.")

    @staticmethod
    def _people(article: Article) -> set[int]:
        """The article's last reviewer and everyone who saved a revision of it."""
        people = editors_since(article, None)
        if article.reviewed_by_id:
            people.add(article.reviewed_by_id)
        return people
