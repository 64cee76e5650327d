"""Load the starter articles: adds what is missing, never changes what editors made.

An article that already exists (by slug) is left exactly as it is, with its
sections, sources and links, even if an editor changed or emptied it. A
category that exists is left as it is too. What the seed has added once
(recorded in SeedRecord) is never added again, so an article an editor
deleted stays deleted. So `seed` is safe to run on every start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from core.models import SeedRecord
from education.caching import pages_changed
from education.models import AboutPage, Article, Category, Section, Source, Term


@dataclass
class SeedReport:
    """What one run of the seed added."""

    categories: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if not (self.categories or self.articles):
            return "Articles: nothing to add; all seed content is already there."
        return (
            f"Articles: added {len(self.articles)} article(s) {self.articles} "
            f"and {len(self.categories)} categor(ies) {self.categories}."
        )


@transaction.atomic
def seed_articles(categories: list[dict], articles: list[dict]) -> SeedReport:
    """Create the categories and articles that do not exist yet; return what was added."""
    report = SeedReport()
    category_slugs = [c["slug"] for c in categories]
    fresh = SeedRecord.unseen("category", category_slugs)
    for position, data in enumerate(categories):
        if data["slug"] not in fresh:
            continue
        _, created = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name_en": data["name"],
                "description_en": data["description"],
                "name_es": data.get("es", {}).get("name") or None,
                "description_es": data.get("es", {}).get("description", ""),
                "position": position,
            },
        )
        if created:
            report.categories.append(data["slug"])
    SeedRecord.remember("category", category_slugs)

    article_slugs = [a["slug"] for a in articles]
    fresh = SeedRecord.unseen("article", article_slugs)
    existing = set(Article.objects.filter(slug__in=article_slugs).values_list("slug", flat=True))
    new_articles = [d for d in articles if d["slug"] in fresh and d["slug"] not in existing]
    for data in new_articles:
        _create_article(data)
        report.articles.append(data["slug"])
    SeedRecord.remember("article", article_slugs)

    # Every article, not only the new: an index made by an earlier version of the search is renewed.
    Article.objects.update_search_vectors()
    # Links are added only from articles made in this run, so an editor's
    # choice of related articles is never undone.
    by_slug = {a.slug: a for a in Article.objects.filter(slug__in=[a["slug"] for a in articles])}
    for data in new_articles:
        related = [by_slug[slug] for slug in data.get("related", []) if slug in by_slug]
        by_slug[data["slug"]].related_articles.add(*related)
    return report


@transaction.atomic
def link_warning_signs(articles: list[dict]) -> str:
    """Give each seed article its warning signs (run after the checker's rules are seeded).

    An article gets them once: never again after an editor changed or
    emptied its list, and never on an article that already has some.
    """
    Sign = Article.warning_signs.field.related_model
    wanted = {a["slug"]: a.get("warning_signs", []) for a in articles if a.get("warning_signs")}
    fresh = SeedRecord.unseen("article-warning-signs", list(wanted))
    signs = {s.slug: s for s in Sign.objects.all()}
    linked = []
    for article in Article.objects.filter(slug__in=fresh, warning_signs=None):
        article.warning_signs.set([signs[slug] for slug in wanted[article.slug] if slug in signs])
        linked.append(article.slug)
    # Remembered only once the checker's signs exist to link (the seed runs the rules first).
    SeedRecord.remember("article-warning-signs", list(fresh) if signs else [])
    if not linked:
        return "Articles: every seed article already has its warning signs."
    return f"Articles: linked the warning signs of {len(linked)} article(s) {sorted(linked)}."


def _create_article(data: dict) -> Article:
    article = Article.objects.create(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        also_known_as=data.get("also_known_as", ""),
        status=Article.Status.PUBLISHED,
        language=data.get("language", "en"),
        translation_of=Article.objects.filter(slug=data.get("translation_of", "")).first(),
        author=data["author"],
        medical_reviewer=data.get("medical_reviewer", ""),
        reviewer_credentials=data.get("reviewer_credentials", ""),
        first_published=data["first_published"],
        last_reviewed=data["last_reviewed"],
        next_review_due=data["next_review_due"],
    )
    article.categories.set(Category.objects.filter(slug__in=data.get("categories", [])))
    for position, section in enumerate(data["sections"], start=1):
        # save() renders the Markdown, so sections are created one by one.
        Section.objects.create(
            article=article,
            position=position * 10,
            kind=section["kind"],
            heading=section["heading"],
            anchor=section["anchor"],
            body_markdown=section["body"].strip(),
        )
    Source.objects.bulk_create(
        Source(
            article=article,
            **{
                key: source.get(key, "")
                for key in ("number", "authors", "year", "title", "publisher", "url")
            },
        )
        for source in data["sources"]
    )
    return article


#: The fields of a term a language has, as the content file names them.
TERM_FIELDS = ("term", "forms", "definition", "source")


@transaction.atomic
def seed_terms(terms: list[dict]) -> str:
    """Add the glossary terms the seed has never added; return what was added."""
    slugs = [t["slug"] for t in terms]
    fresh = SeedRecord.unseen("term", slugs) - set(
        Term.objects.filter(slug__in=slugs).values_list("slug", flat=True)
    )
    Term.objects.bulk_create(
        Term(
            slug=data["slug"],
            **{f"{name}_en": data.get(name, "") for name in TERM_FIELDS},
            **{f"{name}_es": data.get("es", {}).get(name, "") for name in TERM_FIELDS},
        )
        for data in terms
        if data["slug"] in fresh
    )
    SeedRecord.remember("term", slugs)
    if fresh:
        pages_changed()  # pages explain the new terms
    return f"Glossary: added {len(fresh)} term(s)."


#: The fields of an about page a language has, as the content files name them.
ABOUT_FIELDS = ("title", "summary", "body_markdown")


@transaction.atomic
def seed_about_pages(pages: dict[str, dict[str, dict]]) -> str:
    """Add the pages about Clearcare the seed has never added; return what was added."""
    fresh = SeedRecord.unseen("about-page", list(pages)) - set(
        AboutPage.objects.values_list("slug", flat=True)
    )
    for slug in sorted(fresh):
        texts = pages[slug]
        AboutPage(
            slug=slug,
            last_reviewed=texts["en"].get("last_reviewed"),
            **{
                f"{name}_{language}": text.get("body" if name == "body_markdown" else name, "")
                for language, text in texts.items()
                for name in ABOUT_FIELDS
            },
        ).save()
    SeedRecord.remember("about-page", list(pages))
    return f"About pages: added {len(fresh)} page(s)."
