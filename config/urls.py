from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Clearcare content editor"
admin.site.site_title = "Clearcare editor"
admin.site.index_title = "Articles and symptom checker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("check/", include("triage.urls")),
    path("", include("education.urls")),
]
