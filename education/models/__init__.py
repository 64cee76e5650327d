"""Health articles, written and reviewed by clinicians in the admin."""

from education.models.articles import Article, ArticleQuerySet, Category, PageVersion
from education.models.parts import (
    RESERVED_ANCHORS,
    TARGET_INFLESZ,
    TARGET_READING_GRADE,
    Section,
    Source,
)
from education.models.workflow import ChangeNote, WorkingCopy

__all__ = [
    "RESERVED_ANCHORS",
    "TARGET_INFLESZ",
    "TARGET_READING_GRADE",
    "Article",
    "ArticleQuerySet",
    "Category",
    "ChangeNote",
    "PageVersion",
    "Section",
    "Source",
    "WorkingCopy",
]
