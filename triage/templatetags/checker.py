"""Template filters for the symptom checker's pages."""

from django import template
from django.utils.translation import get_language

from triage.wording import about_someone_else

register = template.Library()


@register.filter
def for_person(text: str, someone_else: bool) -> str:
    """Show a question about “they” when the person answering is not the one with the symptoms
    (in the page's language: triage.wording)."""
    return about_someone_else(str(text), get_language()) if someone_else else text
