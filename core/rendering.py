"""Render a page, or only the part of it that htmx swaps in."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def render_htmx(
    request: HttpRequest,
    template: str,
    partial: str,
    context: dict | None = None,
    *,
    status: int = 200,
) -> HttpResponse:
    """Render `template` whole, or only its `{% partialdef partial %}` for an htmx request.

    The same view then serves a plain form post (the whole page, so it works
    without JavaScript) and an htmx swap (just the part that changes).
    """
    name = f"{template}#{partial}" if getattr(request, "htmx", False) else template
    return render(request, name, context, status=status)
