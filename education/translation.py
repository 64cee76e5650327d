"""Editors' content translated field by field (django-modeltranslation).

Each field named here gets one column a language (`name_en`, `name_es`);
the field itself reads the page's language and falls back to English when
the Spanish is empty, so a topic is never shown without a name. Articles
are not here: each language's edition is its own Article, written for its
readers and linked to the original by `translation_of`.
"""

from modeltranslation.translator import TranslationOptions, register

from education.models import AboutPage, Category, Term


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "description")
    # A Spanish name left empty is stored as NULL, so two untranslated topics never clash
    # on the unique name.
    empty_values = {"name": None}


@register(Term)
class TermTranslation(TranslationOptions):
    # Each language has its own word for the term, its own forms and its own definition.
    fields = ("term", "forms", "definition", "source")


@register(AboutPage)
class AboutPageTranslation(TranslationOptions):
    # Each language has its own words; a language left empty shows the English.
    fields = ("title", "summary", "body_markdown", "body_html")
