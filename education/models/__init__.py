"""Health articles, written and reviewed by clinicians in the admin."""

from education.models.about import AboutPage
from education.models.articles import Article, PageVersion
from education.models.feedback import PageFeedback
from education.models.glossary import Term
from education.models.parts import RESERVED_ANCHORS, Section, Source
from education.models.queries import ArticleQuerySet
from education.models.topics import Category
from education.models.workflow import ChangeNote, WorkingCopy

__all__ = [
    "RESERVED_ANCHORS",
    "AboutPage",
    "Article",
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
