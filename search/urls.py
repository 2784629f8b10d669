"""The site search, mounted at /suche/ in every language (cms/urls.py)."""

from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.search, name="results"),
    path("vorschlaege/", views.search_suggestions, name="suggestions"),
]
