"""robots.txt: where crawlers may go, and where the sitemap is."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from config.site import site_url


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Keep crawlers out of the admin and the checker's answers; point them to the sitemap."""
    private = [f"/{settings.ADMIN_URL}"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            private.append(reverse("triage:result"))
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in private)]
    lines += ["", f"Sitemap: {site_url(request)}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
