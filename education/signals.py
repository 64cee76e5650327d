"""Retire cached pages, and refresh the search document, whenever the content changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from education.caching import pages_changed


def _changed(sender, **kwargs) -> None:
    pages_changed()


def _reindex_article(sender, instance, **kwargs) -> None:
    from education.models import Article

    Article.objects.filter(
        pk=instance.pk if sender is Article else instance.article_id
    ).update_search_vectors()


def connect() -> None:
    from education.models import Article, Category, Section, Source, Term

    for model in (Article, Category, Section, Source, Term):
        post_save.connect(_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"pages-{model.__name__}-delete")
    # Keep the stored search document in step with the text it indexes.
    post_save.connect(_reindex_article, sender=Article, dispatch_uid="search-article-save")
    post_save.connect(_reindex_article, sender=Section, dispatch_uid="search-section-save")
    post_delete.connect(_reindex_article, sender=Section, dispatch_uid="search-section-delete")
    for through in (
        Article.categories.through,
        Article.related_articles.through,
        Article.warning_signs.through,
    ):
        m2m_changed.connect(_changed, sender=through, dispatch_uid=f"pages-{through.__name__}")
