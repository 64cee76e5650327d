"""The Atom feed of new and updated articles, one a language (/feed/, /es/feed/)."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext

from education.models import CARD_FIELDS, Article

#: The feed lists this many articles, the most recently changed first.
FEED_SIZE = 30


class ArticlesFeed(Feed):
    """Published articles in the page's language, newest change first."""

    feed_type = Atom1Feed

    def title(self) -> str:
        return gettext("Clearcare: new and updated health articles")

    def subtitle(self) -> str:
        return gettext("Plain-language health articles, checked by clinicians.")

    def link(self) -> str:
        return reverse("education:home")

    def feed_url(self) -> str:
        return reverse("education:feed")

    def items(self):
        return (
            Article.objects.published()
            .in_language(get_language())
            .only(*CARD_FIELDS, "author", "updated", "first_published")
            .order_by("-updated")[:FEED_SIZE]
        )

    def item_title(self, article: Article) -> str:
        return article.title

    def item_description(self, article: Article) -> str:
        return article.summary

    def item_link(self, article: Article) -> str:
        return article.get_absolute_url()

    def item_author_name(self, article: Article) -> str:
        return article.author

    def item_updateddate(self, article: Article) -> datetime.datetime:
        return article.updated

    def item_pubdate(self, article: Article) -> datetime.datetime | None:
        if article.first_published is None:
            return None
        midnight = datetime.datetime.combine(article.first_published, datetime.time())
        return timezone.make_aware(midnight)
