"""Invitations for local actors: the account, the mail with its one-time link, and the page behind the link.

A coordinator invites someone from the admin ("Akteure", admin_accounts.py).
The account exists from then on, without a usable password; the link in the
mail lets the person set one. The link is a `PasswordResetTokenGenerator`
token with its own salt and lifetime (`MITMACHEN_INVITATION_DAYS`): it hashes
the password and the last login, so it stops working as soon as it has been
used, and a new invitation (a new unusable password) voids the older link.
Opening the link (GET) changes nothing, so mail scanners cannot use it up.
A link that cannot be used gets one and the same page, whatever the reason.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, password_validation
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes, force_str
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from wagtail.admin.views.account import password_reset_enabled

from snippets.coordination import coordination_of
from snippets.mail import templated_mail
from snippets.models import ActorProfile
from snippets.signed_links import LinkRefused

logger = logging.getLogger(__name__)

# Invitations, their mails and the page behind the link are German, like the admin.
LANGUAGE = "de"


def invitation_days():
    return settings.MITMACHEN_INVITATION_DAYS


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Django's password-reset token, with its own salt and the invitation's lifetime.

    Its own salt keeps a password-reset token from passing as an invitation
    and the other way round.
    """

    key_salt = "mitmachen.invitation"
    INVALID = "invalid"
    EXPIRED = "expired"

    @property
    def timeout_seconds(self):
        return invitation_days() * 24 * 60 * 60

    def problem(self, user, token):
        """None if the token is good for the user now, else INVALID or EXPIRED.

        Django's `check_token` answers only yes or no; the log tells an expired
        link from a wrong one (the page does not, see `_refused`).
        """
        if not (user and token):
            return self.INVALID
        try:
            timestamp_b36, _hash = token.split("-")
            timestamp = base36_to_int(timestamp_b36)
        except ValueError:
            return self.INVALID
        secrets = [self.secret, *self.secret_fallbacks]
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in secrets
        ):
            return self.INVALID
        if self._num_seconds(self._now()) - timestamp > self.timeout_seconds:
            return self.EXPIRED
        return None

    def check_token(self, user, token):
        return self.problem(user, token) is None


invitation_token_generator = InvitationTokenGenerator()


def invitation_path(user, generator=None):
    generator = generator or invitation_token_generator
    return reverse(
        "invitation:accept",
        kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": generator.make_token(user)},
    )


def invitation_url(user, generator=None):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + invitation_path(user, generator)


def admin_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")


# -- inviting -----------------------------------------------------------------


class InvitationNotSent(Exception):
    """The mail could not be handed to the mail server; nothing was kept."""


def email_taken(email):
    return (
        get_user_model()
        .objects.filter(Q(username__iexact=email.strip()) | Q(email__iexact=email.strip()))
        .exists()
    )


def invite(*, first_name, last_name, email, sozialraum, organisation=None, invited_by=None, now=None):
    """Create the actor's account and profile and send the invitation; returns the profile.

    All or nothing: if the mail cannot be sent, the account is not kept
    (`InvitationNotSent`), so the coordinator can simply try again.
    """
    email = email.strip().lower()
    now = now or timezone.now()
    try:
        with transaction.atomic():
            user = get_user_model()(
                username=email,
                email=email,
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                is_active=True,
            )
            user.set_unusable_password()
            user.save()
            user.groups.add(sozialraum.actors_group)
            profile = ActorProfile.objects.create(
                user=user,
                sozialraum=sozialraum,
                organisation=organisation,
                invited_by=invited_by,
                invited_at=now,
            )
            invitation_message(profile).send()
    except OSError as error:  # smtplib's errors included
        logger.exception("Einladung an %s nicht gesendet", email)
        raise InvitationNotSent from error
    return profile


def resend(profile, invited_by=None, now=None):
    """A new link for someone who has not set a password yet; the old link stops working."""
    user = profile.user
    try:
        with transaction.atomic():
            user.set_unusable_password()  # a fresh random value: the earlier link's hash no longer matches
            user.save(update_fields=["password"])
            profile.invited_at = now or timezone.now()
            if invited_by is not None:
                profile.invited_by = invited_by
            profile.save(update_fields=["invited_at", "invited_by"])
            invitation_message(profile).send()
    except OSError as error:
        logger.exception("Einladung an %s nicht erneut gesendet", user.email)
        raise InvitationNotSent from error


def invitation_message(profile):
    user = profile.user
    sozialraum = profile.sozialraum
    inviter = profile.invited_by
    contact = coordination_of(sozialraum)
    context = {
        "user": user,
        "profile": profile,
        "sozialraum": sozialraum,
        "organisation": profile.organisation,
        "inviter_name": (inviter.get_full_name() or inviter.get_username()) if inviter else "",
        "portal_name": settings.PORTAL_NAME,
        "link": invitation_url(user),
        "link_days": invitation_days(),
        "admin_url": admin_url(),
        "contact": contact,
    }
    reply_to = inviter.email if inviter and inviter.email else (contact.email if contact else "")
    return templated_mail("invitation", context, to=[user.email], language=LANGUAGE, reply_to=reply_to)


# -- the page behind the link ---------------------------------------------------


def read_link(uidb64, token, generator=None):
    """The actor's profile the link is for, or `LinkRefused` saying why not."""
    generator = generator or invitation_token_generator
    try:
        pk = force_str(urlsafe_base64_decode(uidb64))
        profile = ActorProfile.objects.select_related("user", "sozialraum", "organisation").get(user__pk=pk)
    except (ValueError, TypeError, OverflowError, ValidationError, ActorProfile.DoesNotExist) as error:
        raise LinkRefused(LinkRefused.TAMPERED) from error
    user = profile.user
    problem = generator.problem(user, token)
    if problem == generator.INVALID:
        # Setting the password changes the hash: a genuine link that has been used looks like this.
        reason = LinkRefused.USED if user.has_usable_password() else LinkRefused.TAMPERED
        raise LinkRefused(reason, profile)
    if not user.is_active:
        raise LinkRefused(LinkRefused.DEACTIVATED, profile)
    if problem == generator.EXPIRED:
        raise LinkRefused(LinkRefused.EXPIRED, profile)
    return profile


def password_rules():
    """The password rules of AUTH_PASSWORD_VALIDATORS, in plain words, shortest first."""
    known = [
        (password_validation.MinimumLengthValidator, lambda v: f"mindestens {v.min_length} Zeichen"),
        (password_validation.NumericPasswordValidator, lambda v: "nicht nur Ziffern"),
        (password_validation.CommonPasswordValidator, lambda v: "kein Allerweltspasswort wie „passwort123“"),
        (
            password_validation.UserAttributeSimilarityValidator,
            lambda v: "nichts, was Ihrem Namen oder Ihrer E-Mail-Adresse ähnelt",
        ),
    ]
    validators = password_validation.get_default_password_validators()
    rules = [
        describe(validator)
        for kind, describe in known
        for validator in validators
        if isinstance(validator, kind)
    ]
    rules += [
        validator.get_help_text()
        for validator in validators
        if not any(isinstance(validator, kind) for kind, _describe in known)
    ]
    return rules


class InvitationPasswordForm(SetPasswordForm):
    """Django's form for a new password, with the labels and rules in plain German."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["new_password1"].label = "Ihr Passwort"
        self.fields["new_password1"].help_text = "Bitte beachten: " + ", ".join(password_rules()) + "."
        self.fields["new_password2"].label = "Passwort noch einmal"
        self.fields["new_password2"].help_text = "Zur Sicherheit: bitte genau gleich eingeben."
        for field in self.fields.values():
            field.widget = forms.PasswordInput(attrs={"autocomplete": "new-password"})
        self.error_messages = {
            **self.error_messages,
            "password_mismatch": "Die beiden Eingaben sind nicht gleich. "
            "Bitte geben Sie das Passwort zweimal genau gleich ein.",
        }


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "HEAD", "POST"])
def accept(request, uidb64, token):
    """GET shows the form and leaves the link usable; a valid POST sets the password and logs in."""
    with translation.override(LANGUAGE):
        try:
            profile = read_link(uidb64, token)
        except LinkRefused as refusal:
            return _refused(request, refusal)
        user = profile.user
        form = InvitationPasswordForm(user, request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            with transaction.atomic():
                form.save()
                profile.activated_at = timezone.now()
                profile.save(update_fields=["activated_at"])
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request,
                f"Willkommen, {user.get_full_name() or user.get_username()}! Ihr Passwort ist gespeichert. "
                f"Ab jetzt melden Sie sich mit Ihrer E-Mail-Adresse ({user.get_username()}) und diesem "
                "Passwort an. Unter „Meine Inhalte“ finden Sie, was Sie hier tun können.",
            )
            return redirect("wagtailadmin_home")
        context = {
            "form": form,
            "profile": profile,
            "invited_user": user,
            "sozialraum": profile.sozialraum,
            "contact": coordination_of(profile.sozialraum),
        }
        return render(
            request, "mitmachen/invitation/accept.html", context, status=400 if form.is_bound else 200
        )


def _refused(request, refusal):
    """One answer for every refused link, whatever the reason.

    Anyone can type /einladung/<id>/<anything>/: if the page differed, it would
    tell whether an account exists, is an actor's, which Sozialraum it belongs
    to and whether it has been activated. The reason goes to the log only.
    """
    logger.info("Einladungslink abgewiesen: %s", refusal.reason)
    context = {
        "refusal": refusal,
        "link_days": invitation_days(),
        "login_url": reverse("wagtailadmin_login"),
        "password_reset_url": _password_reset_url(),
    }
    return render(request, "mitmachen/invitation/accept.html", context, status=400)


def _password_reset_url():
    """For someone who has set a password and forgot it: Wagtail sends a new one."""
    return reverse("wagtailadmin_password_reset") if password_reset_enabled() else ""
