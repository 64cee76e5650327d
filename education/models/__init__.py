"""Health articles, written and reviewed by clinicians in the admin."""

from education.models.about import AboutPage
from education.models.articles import Article, PageVersion
from education.models.feedback import PageFeedback
from education.models.glossary import Term
from education.models.parts import RESERVED_ANCHORS, Section, Source
from education.models.queries import CARD_FIELDS, ArticleManager, ArticleQuerySet
from education.models.topics import Category
from education.models.workflow import ChangeNote, WorkingCopy

__all__ = [
    "CARD_FIELDS",
    "RESERVED_ANCHORS",
    "AboutPage",
    "Article",
    "ArticleManager",
    "ArticleQuerySet",
    "Category",
    "ChangeNote",
    "PageFeedback",
    "PageVersion",
    "Section",
    "Source",
    "Term",
    "WorkingCopy",
]
