"""An entry as a contact card ("Als Kontakt speichern"), written by vobject.

vobject escapes every line break, comma and semicolon in a value and folds
long lines (RFC 6350), so no field an editor or an import filled in can break
the card.
"""

import vobject
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from snippets.directory.opening_hours import format_opening_hours


def _add(card, name, value, kind=None):
    line = card.add(name)
    line.value = value
    if kind:
        line.type_paramlist = kind
    return line


def vcard(entry, url):
    """The entry as a vCard 3.0 (text), with `url` where it has no website of its own."""
    card = vobject.vCard()
    _add(card, "fn", entry.name)
    _add(card, "n", vobject.vcard.Name())  # an organisation: no person's name, but vCard 3.0 requires N
    _add(card, "org", [entry.name])
    address = vobject.vcard.Address(
        street=entry.street or "", city="Köln", code=entry.postcode or "", country="Deutschland"
    )
    _add(card, "adr", address, ["WORK"])
    if entry.phone:
        _add(card, "tel", entry.phone, ["WORK", "VOICE"])
    if entry.email:
        _add(card, "email", entry.email, ["INTERNET"])
    _add(card, "url", entry.website or url)
    if entry.latitude is not None and entry.longitude is not None:
        _add(card, "geo", f"{entry.latitude};{entry.longitude}")
    note = "\n".join(part for part in (entry.short_description, *opening_lines(entry)) if part)
    if note:
        _add(card, "note", note)
    return card.serialize()


def opening_lines(entry, today=None):
    """The opening hours and the coming closures as lines of text (none if there are none)."""
    slots = sorted((slot.weekday, slot.opens, slot.closes) for slot in entry.opening_slots.all())
    hours = format_opening_hours(slots, entry.by_appointment)
    lines = [_("Öffnungszeiten: %(hours)s") % {"hours": hours}] if hours else []
    dates = []
    for closure in entry.upcoming_closures(today or timezone.localdate()):
        starts, ends = closure["starts"], closure["ends"]
        if starts != ends:
            text = f"{starts:%d.%m.%Y}–{ends:%d.%m.%Y}"
        elif closure["closed_from"]:
            text = _("%(date)s ab %(time)s Uhr") % {
                "date": f"{starts:%d.%m.%Y}",
                "time": closure["from_label"],
            }
        else:
            text = f"{starts:%d.%m.%Y}"
        dates.append(f"{text} ({closure['reason']})" if closure["reason"] else text)
    if dates:
        lines.append(_("Geschlossen: %(dates)s") % {"dates": "; ".join(dates)})
    return lines


def vcard_response(entry, url):
    """The vCard as a download named after the entry."""
    response = HttpResponse(vcard(entry, url), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{entry.slug}.vcf"'
    return response
