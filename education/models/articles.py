"""Articles: what editors publish, and what an article tells of itself to its page."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.compiled import compiled_query
from core.fields import (
    heading_field,
    listed,
    optional_link,
    optional_many,
    other_names_field,
    recorded_link,
    shown_name_field,
    unique_slug_field,
)
from core.languages import slug_url
from core.models import VersionStamp
from education.models.parts import Section
from education.models.queries import CARD_FIELDS, ArticleManager
from education.models.topics import Category


class Article(models.Model):
    """A plain-language health article, made of ordered sections and numbered sources.

    Editors write an article as a draft, preview it, then publish it. Only
    published articles appear on the public site; drafts are visible to staff.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft (staff only)")
        PUBLISHED = "published", _("Published")

    title = heading_field(_("The article's headline, in plain words."))
    slug = unique_slug_field(
        _("The web address: /articles/the-slug/. Avoid changing it once published."), max_length=150
    )
    summary = models.TextField(
        max_length=400,
        help_text=_(
            "One or two plain sentences shown under the title, in search results "
            "and to search engines."
        ),
    )
    also_known_as = other_names_field(
        _("other names"),
        _(
            "Other names people use for this, separated by commas "
            "(e.g. “charley horse, cramp”). They help search find the article."
        ),
    )
    categories = optional_many(
        Category,
        related_name="articles",
        help_text=_("The topics this article is listed under."),
    )
    warning_signs = optional_many(
        "triage.WarningSign",
        related_name="articles",
        help_text=_(
            "The warning signs listed under “When to see a doctor”, in boxes by how urgent "
            "they are. They come from the symptom checker’s rules, so the article and the checker "
            "always give the same advice. Write only your own words around them in that section."
        ),
    )
    related_articles = optional_many(
        "self",
        symmetrical=False,
        related_name="+",
        help_text=_(
            "Articles shown as “Related” at the end of this one. Only published ones are shown."
        ),
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_(
            "Drafts are visible only to staff, as a preview. Publish when it has been reviewed."
        ),
    )
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the article is written in."),
    )
    translation_of = optional_link(
        "self",
        _("For a translated edition: the original article. The two link to each other."),
        related_name="translations",
    )
    author = shown_name_field(_("Who wrote the article, as shown to readers."))
    medical_reviewer = shown_name_field(
        _(
            "The clinician who checked the article. Leave empty until one has; "
            "the page then says the medical review is pending."
        ),
        blank=True,
    )
    reviewer_credentials = shown_name_field(
        _("The reviewer's qualifications as shown to readers, e.g. “MD, neurologist”."), blank=True
    )
    first_published = models.DateField(
        null=True, blank=True, help_text=_("The date the article first went public.")
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("The date the content was last checked against its sources. Shown to readers."),
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When the article must be checked again. Overdue articles are flagged in the list."
        ),
    )
    reviewed_by = recorded_link(
        settings.AUTH_USER_MODEL, _("The clinical reviewer who approved the published version.")
    )
    approved_revision = recorded_link(
        "reversion.Revision",
        _("The revision the public page shows. Set by approval, never by hand."),
    )
    approved_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When a reviewer last approved the public content. A translation older than "
            "its original's approval needs updating."
        ),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # The full-text search document, kept by ArticleQuerySet.update_search_vectors().
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleManager()

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["status", "title"])]
        permissions = [
            ("approve_article", "Can approve a change to an article and publish it"),
            ("unpublish_article", "Can unpublish an article or publish it again"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """Return the public address of this article in its own language (/es/... for Spanish);
        a preview for staff while a draft."""
        return slug_url("education:article", self.slug, self.language)

    @property
    def original_changed(self) -> datetime.datetime | None:
        """For a translation: when its original was approved after it last was, else None.

        Editors see it as "needs update"; the page tells readers, in its own
        language, that the original changed on that date. No query when
        `translation_of` is selected with the article (for_article_page does).
        """
        original = self.translation_of
        if original is None or original.approved_at is None:
            return None
        if self.approved_at is None or original.approved_at > self.approved_at:
            return original.approved_at
        return None

    @property
    def is_published(self) -> bool:
        """Return True when the public may read this article."""
        return self.status == self.Status.PUBLISHED

    def is_review_overdue(self, today: datetime.date | None = None) -> bool:
        """Return True when the next review date has passed."""
        return bool(self.next_review_due and self.next_review_due < (today or timezone.localdate()))

    def other_names(self) -> list[str]:
        """Return the other names people use, as a list."""
        return listed(self.also_known_as)

    def care_cards(self) -> list:
        """Return the article's warning signs as care cards, most urgent first.

        Each card is (tier, signs): the published checker rules' wording for
        that urgency (what to do, where to go) and the signs that need it, so
        the article says what the public checker says, never an unpublished edit.
        """
        from triage.engine import TIERS

        slugs = {sign.slug for sign in self.warning_signs.all()}
        rules = self.published_rules if slugs else None
        if rules is None:
            return []
        cards = []
        for tier_slug in TIERS:  # most urgent first
            signs = [s for s in rules.signs.values() if s.slug in slugs and s.tier == tier_slug]
            if signs:
                cards.append((rules.tiers[tier_slug], signs))
        return cards

    @cached_property
    def published_rules(self):
        """The public checker's rules in the page's language (its care cards, emergency
        signs and causes come from them), or None before any are published; read once for
        the page."""
        from triage.rules import RulesUnavailable, current_rules

        try:
            return current_rules()
        except RulesUnavailable:
            return None  # no published rules yet: the page keeps its emergency box's own advice

    def help_section(self) -> Section | None:
        """Return the section the care cards go in: the first “When to see a doctor” one.

        Without one, the page shows the cards in a “When to get help” part of
        its own, after the last section.
        """
        return next((s for s in self.sections.all() if s.is_when_to_see_doctor), None)

    def emergency_signs(self) -> list:
        """Return the article's emergency warning signs, for the box at the top of the page."""
        cards = dict((tier.slug, signs) for tier, signs in self.care_cards())
        return cards.get("emergency", [])

    def urgency_conflicts(self) -> list:
        """Return the sentences in the sections that name another urgency than the checker's."""
        from triage.models import urgency_conflicts

        return urgency_conflicts(section.body_markdown for section in self.sections.all())

    def read_neighbours(self) -> None:
        """Read, in one query, the published articles the page links to besides itself: its
        related articles (`published_related`, A to Z) and its translations
        (`published_translations`). They change when other articles do, so the page reads
        them on every request, never from what is kept of the article."""
        found = _neighbours(self.pk)
        self.published_related = [a for a in found if a.is_related]
        self.published_translations = [a for a in found if a.translation_of_id == self.pk]

    @property
    def editions(self) -> dict[str, str]:
        """This article's address in each language it is published in (itself included).

        Uses `published_translations` (read_neighbours, or a prefetch), so it costs no query.
        """
        editions = {self.language: self.get_absolute_url()}
        original = self.translation_of
        if original is not None and original.is_published:
            editions.setdefault(original.language, original.get_absolute_url())
        for translation_ in getattr(self, "published_translations", ()):
            editions.setdefault(translation_.language, translation_.get_absolute_url())
        return editions

    def structured_data(self, url: str) -> dict:
        """Return schema.org MedicalWebPage data for this article, served as JSON-LD."""
        data = {
            "@context": "https://schema.org",
            "@type": "MedicalWebPage",
            "name": self.title,
            "headline": self.title,
            "description": self.summary,
            "url": url,
            "inLanguage": self.language,
            "author": {"@type": "Person", "name": self.author},
            "publisher": {"@type": "Organization", "name": "Clearcare"},
        }
        if self.other_names():
            data["alternateName"] = self.other_names()
        if self.last_reviewed:
            data["lastReviewed"] = self.last_reviewed.isoformat()
        if self.first_published:
            data["datePublished"] = self.first_published.isoformat()
        if self.medical_reviewer:
            data["reviewedBy"] = {"@type": "Person", "name": self.medical_reviewer}
            if self.reviewer_credentials:
                data["reviewedBy"]["jobTitle"] = self.reviewer_credentials
        data["about"] = self.medical_condition()
        return data

    def medical_condition(self) -> dict:
        """Return the schema.org MedicalCondition the article is about, from its own data.

        Its name and other names; as signs or symptoms and possible
        treatments, the items its symptoms and treatment sections list (not
        its warning signs, which are signs of other, urgent conditions);
        as causes, the published checker's causes that link to its sections.
        (Risk factors are left out: the checker's risk groups are worded as a
        person answers, “I am pregnant”, not as names.) Costs no query beyond
        the article page's own.
        """
        condition = {"@type": "MedicalCondition", "name": self.title}
        if self.other_names():
            condition["alternateName"] = self.other_names()
        for kind, key, schema_type in (
            (Section.Kind.SYMPTOMS, "signOrSymptom", "MedicalSignOrSymptom"),
            (Section.Kind.TREATMENT, "possibleTreatment", "MedicalTherapy"),
        ):
            items = [
                item
                for section in self.sections.all()
                if section.kind == kind
                for item in section.list_items()
            ]
            if items:
                condition[key] = [{"@type": schema_type, "name": item} for item in items]
        causes = self._checker_causes()
        if causes:
            condition["cause"] = [{"@type": "MedicalCause", "name": name} for name in causes]
        return condition

    def _checker_causes(self) -> list[str]:
        """The names of the published checker's causes that this article explains."""
        rules = self.published_rules
        if rules is None or not self.pk:
            return []
        address = self.get_absolute_url() + "#"
        return [cause.name for cause in rules.causes if cause.link.startswith(address)]


@compiled_query(int)
def _neighbours(pk: int) -> models.QuerySet:
    """The published articles an article's page links to (Article.read_neighbours), each
    with `is_related`: compiled once (core.compiled), since the page reads them on every
    request."""
    related = Article.related_articles.through.objects.filter(from_article=pk)
    # A union, not `pk IN (related) OR translation_of = pk`: the database finds the few
    # ids by their indexes, where the OR made it read every published article.
    ids = related.values("to_article").union(Article.objects.filter(translation_of=pk).values("pk"))
    return (
        Article.objects.published()
        .filter(pk__in=ids)
        .annotate(is_related=Exists(related.filter(to_article=OuterRef("pk"))))
        .only(*CARD_FIELDS, "translation_of")
    )


class PageVersion(VersionStamp):
    """The stamp that retires every cached public page when anything on them changes.

    It lives in the database, written with the editor's save, so an
    unpublish can never be lost to a cache that is down.
    """
