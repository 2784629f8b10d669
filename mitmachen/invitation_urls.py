"""The link in an actor's invitation mail, mounted at /einladung/ (cms/urls.py)."""

from django.urls import path

from .invitations import accept

app_name = "invitation"

urlpatterns = [
    path("<str:uidb64>/<str:token>/", accept, name="accept"),
]
