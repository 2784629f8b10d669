"""The feeds' addresses, under /feed/ on every host and in every language prefix (home/feeds.py)."""

from django.urls import path

from . import feeds

app_name = "feeds"

urlpatterns = [
    path("", feeds.NewsFeed(), name="news"),
    path("atom/", feeds.NewsAtomFeed(), name="news_atom"),
    path("projekte/", feeds.ProjectFeed(), name="projects"),
    path("projekte/atom/", feeds.ProjectAtomFeed(), name="projects_atom"),
    path("themen/<slug:slug>/", feeds.TopicFeed(), name="topic"),
    path("themen/<slug:slug>/atom/", feeds.TopicAtomFeed(), name="topic_atom"),
    path("presse/", feeds.PressFeed(), name="press"),
    path("presse/atom/", feeds.PressAtomFeed(), name="press_atom"),
]
