"""An entry as a contact card ("Als Kontakt speichern")."""

from django.http import HttpResponse


def vcard(entry, url):
    """The entry as a vCard 3.0 (text), with `url` where it has no website of its own."""

    def escape(value):
        return (
            str(value or "")
            .replace("\\", "\\\\")
            .replace(",", "\\,")
            .replace(";", "\\;")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
        )

    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{escape(entry.name)}",
        f"ORG:{escape(entry.name)}",
        f"ADR;TYPE=WORK:;;{escape(entry.street)};Köln;;{escape(entry.postcode)};Deutschland",
    ]
    if entry.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(entry.phone)}")
    if entry.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(entry.email)}")
    lines.append(f"URL:{escape(entry.website or url)}")
    if entry.latitude is not None and entry.longitude is not None:
        lines.append(f"GEO:{entry.latitude};{entry.longitude}")
    if entry.short_description:
        lines.append(f"NOTE:{escape(entry.short_description)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def vcard_response(entry, url):
    """The vCard as a download named after the entry."""
    response = HttpResponse(vcard(entry, url), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{entry.slug}.vcf"'
    return response
