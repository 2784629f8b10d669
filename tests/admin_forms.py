"""Form data as Wagtail's admin posts it: a new event, a new directory entry."""

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from snippets.models import Sozialraum


def event_form(**fields):
    """The event form for "Nachbarschaftstreff" on Wednesday 2 December 2026, 18 to 20 o'clock.

    At a street address: publishing or submitting needs a directory entry, a street or an online link.
    """
    data = {
        "title": "Nachbarschaftstreff",
        "slug": "nachbarschaftstreff",
        "teaser": "",
        "description": rich_text("<p>Wir treffen uns zum Reden und Planen.</p>"),
        "start": "2026-12-02 18:00",  # a Wednesday
        "end": "2026-12-02 20:00",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_nth": "",
        "repeat_until": "",
        "repeat_count": "",
        "occurrence_changes": inline_formset([]),
        "status": "planned",
        "place_name": "Bürgerhaus",
        "street": "Kalker Hauptstraße 200",
        "postcode": "51103",
        "topics": "",
        "target_groups": "",
        "languages": ["de"],
        "is_free": "on",
        **fields,
    }
    # Checkbox lists go in as repeated keys; nested_form_data would number them.
    lists = {key: data.pop(key) for key in [key for key, value in data.items() if isinstance(value, list)]}
    return {**nested_form_data(data), **lists}


def organisation_form(sozialraum=None, **fields):
    """The directory entry form for "Nachbarschaftstreff Test" in `sozialraum` (Kalk if not given)."""
    sozialraum = sozialraum or Sozialraum.objects.get(slug="kalk")
    data = {
        "name": "Nachbarschaftstreff Test",
        "slug": "",
        "kind": "initiative",
        "sozialraum": sozialraum.pk,
        "postcode": "51103",
        "step_free": "unbekannt",
        "languages": "de",
        "last_verified": timezone.localdate().isoformat(),
        "opening_slots-TOTAL_FORMS": "0",
        "opening_slots-INITIAL_FORMS": "0",
        "opening_slots-MIN_NUM_FORMS": "0",
        "opening_slots-MAX_NUM_FORMS": "1000",
        "closures-TOTAL_FORMS": "0",
        "closures-INITIAL_FORMS": "0",
        "closures-MIN_NUM_FORMS": "0",
        "closures-MAX_NUM_FORMS": "1000",
    }
    return {**data, **fields}
