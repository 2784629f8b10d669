"""Public URLs of the shared directories; `cms/urls.py` mounts them at /adressen-bestaetigen/."""

from django.urls import path

from .directory.views import confirm_organisation

app_name = "directory_freshness"

urlpatterns = [
    path("<str:token>/", confirm_organisation, name="confirm"),
]
