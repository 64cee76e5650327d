"""The sitemap search engines read (/sitemap.xml): every public page, in each language.

Articles carry their last review or change as `lastmod`, and an article
published in both languages lists the other edition as an hreflang
alternate. Drafts, previews, search results and the checker's result
addresses are never listed (robots.txt keeps crawlers off the last two).
"""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation

from education.models import AboutPage, Article, Category


class SiteSitemap(Sitemap):
    """A sitemap of the site's own address (DJANGO_SITE_URL) when one is set, as the
    canonical links are; else of the address the request came to."""

    def get_urls(self, page=1, site=None, protocol=None):
        if settings.SITE_URL:
            address = urlsplit(settings.SITE_URL)
            site, protocol = SimpleNamespace(domain=address.netloc), address.scheme
        return super().get_urls(page, site, protocol)


class ArticleSitemap(SiteSitemap):
    """Every published article, each at its own language's address."""

    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return (
            Article.objects.published()
            .select_related("translation_of")
            .prefetch_related(
                Prefetch(
                    "translations",
                    queryset=Article.objects.published().only("slug", "language", "translation_of"),
                    to_attr="published_translations",
                )
            )
            .order_by("language", "slug")
        )

    def location(self, article: Article) -> str:
        return article.get_absolute_url()

    def lastmod(self, article: Article):
        reviewed = article.last_reviewed
        changed = article.updated.date() if article.updated else None
        return max(filter(None, (reviewed, changed)), default=None)

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            editions = url["item"].editions
            if len(editions) > 1:
                url["alternates"] = [
                    {"lang_code": code, "location": f"{protocol}://{domain}{address}"}
                    for code, address in sorted(editions.items())
                ]
        return urls


class PageSitemap(SiteSitemap):
    """The site's own pages in each language: home, topics, glossary, the checker and the
    pages about Clearcare."""

    changefreq = "weekly"

    def items(self):
        names = [("education:home", ()), ("education:glossary", ()), ("triage:start", ())]
        names += [("education:category", (slug,)) for slug in _topic_slugs()]
        names += [("education:about", ())]
        names += [("education:about_page", (slug,)) for slug in AboutPage.Slug if slug != "about"]
        return [
            (language, name, args) for language, _name in settings.LANGUAGES for name, args in names
        ]

    def location(self, item) -> str:
        language, name, args = item
        with translation.override(language):
            return reverse(name, args=args)

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            _language, name, args = url["item"]
            url["alternates"] = [
                {
                    "lang_code": code,
                    "location": f"{protocol}://{domain}{self.location((code, name, args))}",
                }
                for code, _name in settings.LANGUAGES
            ]
        return urls


def _topic_slugs() -> list[str]:
    return list(Category.objects.order_by("position", "slug").values_list("slug", flat=True))


SITEMAPS = {"articles": ArticleSitemap, "pages": PageSitemap}
