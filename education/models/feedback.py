"""“Was this helpful?”: two counts a page a day, and nothing about the reader."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Sum
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    """How many readers said a page helped them, or not, on one day.

    A reader's Yes or No only adds one to a count: no text, no address, no
    cookie, no time of day. Editors see the totals by page in the admin
    (“Page feedback”, the least helpful first) and on the review dashboard.
    """

    page = models.CharField(
        max_length=200, help_text=_("The page's address, e.g. /articles/leg-cramps/.")
    )
    day = models.DateField()
    helpful = models.PositiveIntegerField(_("yes"), default=0)
    not_helpful = models.PositiveIntegerField(_("no"), default=0)

    class Meta:
        ordering = ["-day", "page"]
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="one_count_a_day")]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self) -> str:
        return f"{self.page} {self.day}"

    @classmethod
    def count(cls, page: str, helpful: bool, day: datetime.date | None = None) -> None:
        """Add one Yes or one No to today's count for `page`."""
        day = day or timezone.localdate()
        field = "helpful" if helpful else "not_helpful"
        if cls.objects.filter(page=page, day=day).update(**{field: F(field) + 1}):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page=page, day=day, **{field: 1})
        except IntegrityError:  # another reader's answer made today's row first
            cls.objects.filter(page=page, day=day).update(**{field: F(field) + 1})

    @classmethod
    def by_page(cls, since: datetime.date | None = None) -> list[dict]:
        """The totals of each page (since a day, if given), the largest share of No first."""
        rows = cls.objects.filter(day__gte=since) if since else cls.objects.all()
        totals = rows.values("page").annotate(yes=Sum("helpful"), no=Sum("not_helpful"))
        found = [
            {
                **row,
                "answers": row["yes"] + row["no"],
                "share_no": row["no"] / (row["yes"] + row["no"]),
            }
            for row in totals
            if row["yes"] + row["no"]
        ]
        _add_titles(found)
        return sorted(found, key=lambda row: (-row["share_no"], -row["no"], row["page"]))


def page_match(page: str) -> ResolverMatch | None:
    """What a page's address points to, read in the address's own language (/es/...)."""
    language = translation.get_language_from_path(page) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            return resolve(page)
        except Resolver404:
            return None


def _add_titles(rows: list[dict]) -> None:
    """Name each row's page as editors know it: the article's title (one query for all),
    or the checker's result."""
    from education.models import Article

    slugs = {}
    for row in rows:
        match = page_match(row["page"])
        row["title"] = row["page"]
        if match is not None and match.view_name == "education:article":
            slugs[row["page"]] = match.kwargs["slug"]
        elif match is not None:
            row["title"] = _("Symptom checker result")
    titles = dict(Article.objects.filter(slug__in=slugs.values()).values_list("slug", "title"))
    for row in rows:
        if row["page"] in slugs:
            row["title"] = titles.get(slugs[row["page"]], row["page"])
