"""Template filters for the symptom checker's pages."""

from django import template

from triage.wording import about_someone_else

register = template.Library()


@register.filter
def for_person(text: str, someone_else: bool) -> str:
    """Show a question about “they” when the person answering is not the one with the symptoms."""
    return about_someone_else(text) if someone_else else text
