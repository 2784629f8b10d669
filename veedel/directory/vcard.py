"""An entry as a contact card ("Als Kontakt speichern"), written by vobject.

vobject escapes every line break, comma and semicolon in a value and folds
long lines (RFC 6350), so no field an editor or an import filled in can break
the card.
"""

import vobject
from django.http import HttpResponse


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
    if entry.short_description:
        _add(card, "note", entry.short_description)
    return card.serialize()


def vcard_response(entry, url):
    """The vCard as a download named after the entry."""
    response = HttpResponse(vcard(entry, url), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{entry.slug}.vcf"'
    return response
