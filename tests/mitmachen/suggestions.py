"""What the suggestion tests share: the forms' addresses, valid form data, and the steps of a suggestion.

Suggestions are posted to Kalk's forms in the test portal; a directory entry,
where a test needs one, comes from OrganisationFactory, and the form data from
the two suggestion factories below.
"""

import datetime
import io
import time

import factory
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from wagtail.models import Locale

from mitmachen.models import Submission, SubmissionStatus
from snippets.models import Organisation
from veedel.antispam import start_token
from veedel.models import EventIndexPage

KALK = "kalk.localhost"
SALT = "mitmachen.suggestion"
EVENT_FORM = "/mitmachen/veranstaltung/"
ORGANISATION_FORM = "/mitmachen/einrichtung/"


def form_started(seconds_ago=60):
    """The form's signed start time, far enough back to pass the minimum time."""
    return start_token(SALT, time.time() - seconds_ago)


def event_day():
    return timezone.localdate() + datetime.timedelta(days=3)


class SuggestionFactory(factory.DictFactory):
    """What every suggestion form sends beside its own fields: consent, the honeypot, the start time."""

    consent = "on"
    homepage = ""
    started = factory.LazyFunction(form_started)


class EventSuggestionFactory(SuggestionFactory):
    """A complete, valid POST of "Veranstaltung vorschlagen"; each one has its own title."""

    title = factory.Sequence(lambda n: f"Hofflohmarkt im Testhof Nr. {n}")
    date = factory.LazyFunction(lambda: event_day().strftime("%d.%m.%Y"))
    start_time = "15:00"
    end_time = "18:00"
    place_name = "Bürgerhaus Kalk"
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    online_link = ""
    description = "Trödel, Kuchen und Musik.\n\nFür alle aus dem Veedel."
    organiser = "Nachbarschaftsverein Testhof"
    is_free = "on"
    name = "Erika Mustermann"
    email = "erika.mustermann@example.org"
    phone = "0221 123456"


class OrganisationSuggestionFactory(SuggestionFactory):
    """A complete, valid POST of "Einrichtung eintragen" (pass `existing=` a slug for a change)."""

    existing = ""
    org_name = factory.Sequence(lambda n: f"Repair-Café Testwerkstatt Nr. {n}")
    kind = "initiative"
    short_description = factory.Faker("sentence", locale="de_DE")
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    org_phone = "0221 987654"
    org_email = "info@repaircafe.example.org"
    website = "repaircafe.example.org"
    opening_hours = "Mo-Fr 9-12; Sa 10:00-13:00"
    note = ""
    name = "Max Beispiel"
    email = "max.beispiel@example.org"
    phone = ""


def without_none(data):
    return {name: value for name, value in data.items() if value is not None}


def event_data(**changes):
    """A valid event suggestion with `changes`; pass field=None to leave a field out."""
    return without_none(EventSuggestionFactory(**changes))


def organisation_data(**changes):
    """A valid directory suggestion with `changes`; pass field=None to leave a field out."""
    return without_none(OrganisationSuggestionFactory(**changes))


def user(username):
    return get_user_model().objects.get(username=username)


def path_of(page):
    """The page's path on its own site (its `url` is absolute on a multi-site install)."""
    return page.get_url_parts()[2]


def calendar_of(sozialraum):
    root = sozialraum.site.root_page
    return EventIndexPage.objects.child_of(root).get(locale=root.locale_id)


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def to(address):
    return [message for message in mail.outbox if address in message.to]


def png_bytes(size=(40, 30), colour=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def suggest_event(client, on_commit, **changes):
    data = event_data(**changes)
    with on_commit(execute=True):
        response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 303, response.content.decode()[:2000]
    return data, response


def approve_or_reject(client, page_or_entry, action, comment=""):
    client.force_login(user("kalk-koordination"))
    task_state = page_or_entry.current_workflow_task_state
    if isinstance(page_or_entry, Organisation):
        url = reverse(
            Organisation.snippet_viewset.get_url_name("workflow_action"),
            args=[quote(page_or_entry.pk), action, task_state.pk],
        )
    else:
        url = reverse("wagtailadmin_pages:workflow_action", args=[page_or_entry.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    client.logout()
    return response


def refused():
    """The suggestions turned away (spam traps, limits, unreadable requests)."""
    return Submission.objects.filter(status=SubmissionStatus.REFUSED)
