from django.urls import path

from triage import views

app_name = "triage"

urlpatterns = [
    path("", views.start, name="start"),
    path("emergency/", views.emergency, name="emergency"),
    path("signs/", views.signs, name="signs"),
    path("about/", views.about, name="about"),
    path("result/", views.result, name="result"),
]
