"""Public forms on every Sozialraum site, mounted at /mitmachen/ in every language (cms/urls.py)."""

from django.urls import path

from . import submissions

app_name = "mitmachen"

urlpatterns = [
    path("veranstaltung/", submissions.EventSuggestionView.as_view(), name="event"),
    path("einrichtung/", submissions.OrganisationSuggestionView.as_view(), name="organisation"),
    path("danke/<str:token>/", submissions.thanks, name="thanks"),
]
