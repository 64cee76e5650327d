from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from config.crawlers import robots_txt
from config.health import healthz
from education.api import api
from education.sitemaps import SITEMAPS
from education.views import api_docs

handler500 = "config.middleware.server_error"

admin.site.site_header = _("Clearcare content editor")
admin.site.site_title = _("Clearcare editor")
admin.site.index_title = _("Articles and symptom checker")

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v1/docs/", api_docs, name="api_docs"),
    path("api/v1/", api.urls),
]
# The public site in each language: English unprefixed, Spanish under /es/.
urlpatterns += i18n_patterns(
    path("check/", include("triage.urls")),
    path("", include("education.urls")),
    prefix_default_language=False,
)
# Pictures editors upload, where no proxy or bucket serves them (see MEDIA_ROOT in settings).
if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            r"^media/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
            name="media",
        )
    ]
