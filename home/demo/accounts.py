"""The demo's accounts: administration, Portal-Redaktion, and per Sozialraum a coordinator and an actor."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from snippets.models import ActorProfile, Organisation

from ..setup import EDITORIAL_GROUP


class AccountSteps:
    """The step of `DemoBuilder` that adds the demo accounts; it returns (username, label) for the summary."""

    def build_users(self, sozialraeume):
        self.logins = []
        # Hashed once: every demo account has the same password, and each hash takes a third of a second.
        self.demo_password = make_password(settings.DEMO_PASSWORD)
        self.user("admin", "Demo", "Administration", superuser=True)
        self.user("redaktion", "Demo", "Portal-Redaktion", [Group.objects.get(name=EDITORIAL_GROUP)])
        for sozialraum in sozialraeume:
            self.user(
                f"{sozialraum.slug}-koordination",
                "Koordination",
                sozialraum.name,
                [sozialraum.coordinators_group],
            )
            actor = self.user(
                f"{sozialraum.slug}-akteur", "Akteur", sozialraum.name, [sozialraum.actors_group]
            )
            # The demo actor speaks for one association of their Sozialraum and may edit its entry.
            ActorProfile.objects.get_or_create(
                user=actor,
                defaults={
                    "sozialraum": sozialraum,
                    "organisation": Organisation.objects.filter(
                        sozialraum=sozialraum, locale=self.source, kind="verein"
                    )
                    .order_by("name")
                    .first(),
                    "invited_at": timezone.now(),
                    "activated_at": timezone.now(),
                },
            )
        return self.logins

    def user(self, username, first_name, last_name, groups=(), superuser=False):
        account, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@sozialraumkoordination.example",
                "is_staff": superuser,
                "is_superuser": superuser,
                "password": self.demo_password,
            },
        )
        if created:
            self.created += 1
        account.groups.add(*groups)
        self.logins.append((username, f"{first_name} {last_name}"))
        return account
