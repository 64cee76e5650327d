"""Retire cached pages whenever the content they show changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from education.caching import pages_changed


def _changed(sender, **kwargs) -> None:
    pages_changed()


def connect() -> None:
    from education.models import Article, Category, Section, Source

    for model in (Article, Category, Section, Source):
        post_save.connect(_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-delete")
    for through in (Article.categories.through, Article.related_articles.through):
        m2m_changed.connect(_changed, sender=through, dispatch_uid=f"pages-{through.__name__}")
