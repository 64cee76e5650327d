"""Retire cached pages, and refresh the search document, whenever the content changes.

A change to a part of an article (a section, a source, a page-history note,
its warning signs or topics, a topic's name) also moves the article's own
stamp (`updated`) on, in the same transaction: its parts rendered once are
kept under it (education.rendering).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import timezone

from education.caching import pages_changed


def _changed(sender, **kwargs) -> None:
    pages_changed()


def _reindex_article(sender, instance, **kwargs) -> None:
    from education.models import Article

    Article.objects.filter(
        pk=instance.pk if sender is Article else instance.article_id
    ).update_search_vectors()


def _touch_article(sender, instance, **kwargs) -> None:
    from education.models import Article

    Article.objects.filter(pk=instance.article_id).update(updated=timezone.now())


def _touch_linked_articles(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    # An article's warning signs or topics changed, from either end of the link.
    from education.models import Article

    if not action.startswith("post_"):
        return
    if not reverse:  # article.warning_signs (or .categories) changed
        articles = Article.objects.filter(pk=instance.pk)
    elif pk_set is not None:  # sign.articles (or topic.articles) changed: these articles
        articles = Article.objects.filter(pk__in=pk_set)
    else:  # cleared from the other end: which ones is no longer known, so every article
        articles = Article.objects.all()
    articles.update(updated=timezone.now())


def _touch_sign_articles(sender, instance, **kwargs) -> None:
    # A warning sign about to be deleted: its links go with it, and no m2m signal says so.
    from education.models import Article

    Article.objects.filter(warning_signs=instance).update(updated=timezone.now())


def _touch_topic_articles(sender, instance, **kwargs) -> None:
    # A topic renamed (or about to be deleted): the articles that name it.
    from education.models import Article

    Article.objects.filter(categories=instance).update(updated=timezone.now())


def connect() -> None:
    from education.models import AboutPage, Article, Category, ChangeNote, Section, Source, Term

    for model in (AboutPage, Article, Category, Section, Source, Term):
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
    # An article's parts move its own stamp on.
    for part in (Section, Source, ChangeNote):
        post_save.connect(_touch_article, sender=part, dispatch_uid=f"touch-{part.__name__}-save")
        post_delete.connect(
            _touch_article, sender=part, dispatch_uid=f"touch-{part.__name__}-delete"
        )
    for through in (Article.warning_signs.through, Article.categories.through):
        m2m_changed.connect(
            _touch_linked_articles, sender=through, dispatch_uid=f"touch-{through.__name__}"
        )
    post_save.connect(_touch_topic_articles, sender=Category, dispatch_uid="touch-topic-save")
    pre_delete.connect(_touch_topic_articles, sender=Category, dispatch_uid="touch-topic-delete")
    pre_delete.connect(
        _touch_sign_articles,
        sender=Article.warning_signs.field.related_model,
        dispatch_uid="touch-sign-delete",
    )
