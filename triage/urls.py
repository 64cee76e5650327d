from django.urls import path, re_path

from triage import views

app_name = "triage"

# The trailing slash is optional: a POST to a slashless address would
# otherwise be redirected as a GET and lose the answers.
urlpatterns = [
    re_path(r"^$", views.start, name="start"),
    re_path(r"^emergency/?$", views.step, {"step_name": "emergency"}, name="emergency"),
    re_path(r"^signs/?$", views.step, {"step_name": "signs"}, name="signs"),
    re_path(r"^about/?$", views.step, {"step_name": "about"}, name="about"),
    re_path(r"^clues/?$", views.step, {"step_name": "clues"}, name="clues"),
    re_path(r"^result/?$", views.result, name="result"),
    path("questionnaire.json", views.questionnaire, name="questionnaire"),
    path("answers.json", views.answers_file, name="answers_file"),
]
