import json

from django import template
from django.utils.safestring import SafeString, mark_safe

from config.site import with_emergency_numbers

register = template.Library()

# The characters that could end a <script> element or open an HTML comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> SafeString:
    """Return `data` as JSON that is safe inside a <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))  # noqa: S308


@register.filter
def emergency_numbers_in(text: str) -> str:
    """Put the configured emergency numbers where a text says "[emergency number]"."""
    return with_emergency_numbers(str(text))
