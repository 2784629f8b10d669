"""Keeping the address directory fresh: yearly "Sind die Angaben noch aktuell?" mails.

An entry whose `last_verified` is older than the cutoff (12 months by default)
is stale. `send_reminders` mails its upkeep address once per run window with
a signed one-click link; opening the link shows a button, pressing it sets
`last_verified` to today (see `confirm`). Nobody logs in: the signature is
the proof, and it carries the entry's `last_verified` at sending time, so a
link stops working once it has been used or the entry has been checked in
another way.

Settings (optional, with defaults): `DIRECTORY_FRESHNESS_MONTHS` (12),
`DIRECTORY_CONFIRM_LINK_DAYS` (30). See docs/directory-freshness.md.
"""

import datetime
import logging
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from .. import signed_links
from ..coordination import coordination_of
from ..languages import SOURCE_LANGUAGE
from ..mail import templated_mail
from ..models import Organisation, VerificationRequest
from ..signed_links import LinkRefused
from . import links
from .links import site_of

logger = logging.getLogger(__name__)

# German entries are the source; the translations follow them (SynchronizedField).
CONFIRM_LINK_SALT = "snippets.freshness.confirm-organisation"
CONFIRM_ACTION = "snippets.organisation.confirmed"
SUGGEST_ANCHOR = "fehler-melden"


def stale_after_months():
    return getattr(settings, "DIRECTORY_FRESHNESS_MONTHS", 12)


def link_max_age():
    return datetime.timedelta(days=getattr(settings, "DIRECTORY_CONFIRM_LINK_DAYS", 30))


def cutoff_date(months=None, today=None):
    today = today or timezone.localdate()
    return today - relativedelta(months=stale_after_months() if months is None else months)


def stale_entries(months=None, today=None, queryset=None):
    """Live German entries whose details were last checked before the cutoff, oldest first.

    `queryset` narrows the search, for example to what a user may change.
    """
    queryset = Organisation.objects.all() if queryset is None else queryset
    return (
        queryset.public()
        .filter(last_verified__lt=cutoff_date(months, today))
        .select_related("sozialraum__site")
        .order_by("last_verified", "name")
    )


# -- the signed link ------------------------------------------------------------


def make_token(organisation):
    payload = {"id": organisation.pk, "geprueft": organisation.last_verified.isoformat()}
    return signed_links.make_token(payload, CONFIRM_LINK_SALT)


def read_token(token, max_age=None):
    """The live entry a link confirms, or `LinkRefused` saying why not.

    An expired link still names its entry (its signature is genuine), so the
    refusal can point to the right coordination office.
    """
    max_age = link_max_age() if max_age is None else max_age
    payload, expired = signed_links.read_token(token, CONFIRM_LINK_SALT, max_age)
    try:
        pk = int(payload["id"])
        verified_then = datetime.date.fromisoformat(payload["geprueft"])
    except (KeyError, TypeError, ValueError) as error:
        raise LinkRefused(LinkRefused.TAMPERED) from error

    organisation = (
        Organisation.objects.filter(pk=pk, locale__language_code=SOURCE_LANGUAGE)
        .select_related("sozialraum__site")
        .first()
    )
    if organisation is None or not organisation.live:
        raise LinkRefused(LinkRefused.GONE, organisation)
    if expired:
        raise LinkRefused(LinkRefused.EXPIRED, organisation)
    if organisation.last_verified != verified_then:
        raise LinkRefused(LinkRefused.USED, organisation)
    return organisation


def confirm(organisation, today=None):
    """Set `last_verified` to today on the live row, leaving every other field and the revisions alone.

    Saving the model would go through drafts and moderation; a confirmation
    changes nothing the public sees except the date, so it updates the row
    (and its translations, which carry the same date) directly. The update
    is conditional on the date `read_token` found (the one the link was made
    for), so a second press of the button (or a second tab) finds nothing to
    do: returns False then.
    """
    today = today or timezone.localdate()
    verified_then = organisation.last_verified
    now = timezone.now()
    with transaction.atomic():
        updated = Organisation.objects.filter(
            pk=organisation.pk, live=True, last_verified=verified_then
        ).update(last_verified=today)
        if not updated:
            return False
        Organisation.objects.filter(translation_key=organisation.translation_key).exclude(
            pk=organisation.pk
        ).update(last_verified=today)
        request = (
            organisation.verification_requests.filter(confirmed_at__isnull=True).order_by("-sent_at").first()
        )
        if request is not None:
            request.confirmed_at = now
            request.save(update_fields=["confirmed_at"])
        organisation.last_verified = today
        log(
            organisation,
            CONFIRM_ACTION,
            data={
                "geprueft_vorher": verified_then.isoformat(),
                "geprueft": today.isoformat(),
                "pruefbitte_an": request.sent_to if request else "",
            },
        )
    return True


# -- addresses for the mail -----------------------------------------------------


def confirm_url(organisation, token=None):
    path = reverse("directory_freshness:confirm", args=[token or make_token(organisation)])
    return site_of(organisation).root_url + path


def entry_url(organisation):
    """The entry's public page in the directory of its home site, in German like the mail."""
    return links.entry_url(organisation, language=SOURCE_LANGUAGE)


def suggest_url(organisation):
    """The entry's public page at its "Fehler melden" section, whose button leads to the form."""
    return f"{entry_url(organisation)}#{SUGGEST_ANCHOR}"


def opening_hours_summary(organisation):
    """ "Montag 09:00–12:00, 14:00–16:00 · Mittwoch 15:00–18:00" plus notes, or ""."""
    parts = [
        f"{day} {', '.join(f'{slot.opens:%H:%M}–{slot.closes:%H:%M}' for slot in slots)}"
        for day, slots in organisation.opening_days()
    ]
    if organisation.by_appointment:
        parts.append("nach Vereinbarung")
    if organisation.opening_notes:
        parts.append(organisation.opening_notes)
    return " · ".join(parts)


def public_facts(organisation):
    """What the public sees, as (label, value) lines for the mail."""
    place = " ".join(part for part in (organisation.postcode, "Köln") if part)
    if organisation.stadtteil:
        place += f" ({organisation.stadtteil})"
    facts = [
        ("Adresse", ", ".join(part for part in (organisation.street, place) if part)),
        ("Telefon", organisation.phone),
        ("E-Mail", organisation.email),
        ("Internetseite", organisation.website),
        ("Öffnungszeiten", opening_hours_summary(organisation)),
    ]
    return [(label, value) for label, value in facts if value]


def reminder_message(organisation, token=None):
    contact = coordination_of(organisation.sozialraum)
    context = {
        "organisation": organisation,
        "sozialraum": organisation.sozialraum,
        "portal_name": settings.PORTAL_NAME,
        "site_url": site_of(organisation).root_url + "/",
        "facts": public_facts(organisation),
        "confirm_url": confirm_url(organisation, token),
        "suggest_url": suggest_url(organisation),
        "link_days": link_max_age().days,
        "contact": contact,
    }
    return templated_mail(
        "verify_organisation",
        context,
        to=[organisation.upkeep_email],
        language=SOURCE_LANGUAGE,
        reply_to=contact.email if contact else "",
    )


# -- the run --------------------------------------------------------------------

SENT = "gesendet"
ALREADY_REMINDED = "schon erinnert"
WITHOUT_EMAIL = "ohne E-Mail"
FAILED = "nicht gesendet"


@dataclass
class ReminderRun:
    """What one run did, entry by entry."""

    dry_run: bool = False
    sent: list = field(default_factory=list)
    already_reminded: list = field(default_factory=list)
    without_email: list = field(default_factory=list)
    failed: list = field(default_factory=list)

    def add(self, outcome, organisation):
        {
            SENT: self.sent,
            ALREADY_REMINDED: self.already_reminded,
            WITHOUT_EMAIL: self.without_email,
            FAILED: self.failed,
        }[outcome].append(organisation)

    @property
    def counts(self):
        return {
            SENT: len(self.sent),
            ALREADY_REMINDED: len(self.already_reminded),
            WITHOUT_EMAIL: len(self.without_email),
            FAILED: len(self.failed),
        }

    def summary(self):
        text = (
            f"{'Würde gesendet' if self.dry_run else 'Gesendet'}: {len(self.sent)}"
            f" · Schon erinnert: {len(self.already_reminded)}"
            f" · Ohne E-Mail: {len(self.without_email)}"
        )
        if self.failed:
            text += f" · Nicht gesendet (Fehler): {len(self.failed)}"
        if self.dry_run:
            text += " – Probelauf, nichts gesendet"
        return text


def send_reminders(months=None, window_days=30, dry_run=False, now=None, progress=None):
    """Mail every stale entry that has not been asked within the last `window_days` days.

    At most one mail per entry per window: a `VerificationRequest` sent within
    the window blocks the next one, whether or not it was answered. Entries
    without an upkeep address are counted, not mailed; coordinators find them
    in the admin report. A mail that fails to send leaves no request behind,
    so the next run tries again. `progress(organisation, outcome)` is called
    for each entry.
    """
    now = now or timezone.now()
    run = ReminderRun(dry_run=dry_run)
    entries = list(stale_entries(months, timezone.localdate(now)).prefetch_related("opening_slots"))
    recently_asked = set(
        VerificationRequest.objects.filter(
            organisation__in=[entry.pk for entry in entries],
            sent_at__gt=now - datetime.timedelta(days=window_days),
        ).values_list("organisation_id", flat=True)
    )
    for organisation in entries:
        if not organisation.upkeep_email:
            outcome = WITHOUT_EMAIL
        elif organisation.pk in recently_asked:
            outcome = ALREADY_REMINDED
        elif dry_run:
            outcome = SENT
        else:
            outcome = _send_one(organisation, now)
        run.add(outcome, organisation)
        if progress is not None:
            progress(organisation, outcome)
    return run


def _send_one(organisation, now):
    try:
        with transaction.atomic():
            VerificationRequest.objects.create(
                organisation=organisation, sent_to=organisation.upkeep_email, sent_at=now
            )
            reminder_message(organisation).send()
    except OSError:  # smtplib's errors included
        logger.exception("Prüfbitte an %s für %s nicht gesendet", organisation.upkeep_email, organisation)
        return FAILED
    return SENT
