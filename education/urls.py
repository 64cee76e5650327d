from django.urls import path

from education import views
from education.feeds import ArticlesFeed

app_name = "education"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article, name="article"),
    path("topics/<slug:slug>/", views.category, name="category"),
    path("topics/<slug:slug>/page/<int:page>/", views.category, name="category-page"),
    path("search/", views.search, name="search"),
    path("glossary/", views.glossary, name="glossary"),
    path("about/", views.about, name="about"),
    path("about/<slug:slug>/", views.about, name="about_page"),
    path("feed/", ArticlesFeed(), name="feed"),
    path("feedback/", views.feedback, name="feedback"),
]
