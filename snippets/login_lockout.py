"""The page django-axes shows instead of the admin login once a user name and address are locked out."""

import math

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from wagtail.admin.views.account import password_reset_enabled

STATUS = 429  # Too Many Requests: the same pair may try again after the lockout


def lockout_response(request, original_response=None, credentials=None):
    context = {
        "minutes": math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "password_reset_url": reverse("wagtailadmin_password_reset") if password_reset_enabled() else "",
    }
    return render(request, "wagtailadmin/login_locked.html", context, status=STATUS)
