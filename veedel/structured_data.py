"""schema.org JSON-LD for search engines: events (one item per date) and directory entries.

The page models and views pass their objects in; the `json_ld` template tag writes the result into
the page's head.
"""

from django.utils.html import strip_tags

from snippets.models import OrganisationKind

SCHEMA_TYPES = {
    OrganisationKind.KITA: "ChildCare",
    OrganisationKind.SCHULE: "School",
    OrganisationKind.RELIGION: "PlaceOfWorship",
    OrganisationKind.BEHOERDE: "GovernmentOffice",
    OrganisationKind.VEREIN: "NGO",
    OrganisationKind.VERBAND: "NGO",
    OrganisationKind.INITIATIVE: "NGO",
}
# EventPage.status values (EventStatus, a str enum); the planned status is EventScheduled.
EVENT_STATUSES = {
    "cancelled": "https://schema.org/EventCancelled",
    "moved": "https://schema.org/EventRescheduled",
}
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def event(page, request, occurrences):
    """schema.org Events, one per upcoming date (search engines want each date on its own)."""
    status = EVENT_STATUSES.get(page.status, "https://schema.org/EventScheduled")
    places = []
    on_site, online = bool(page.place_title or page.address_line), bool(page.online_link)
    if on_site:
        source = page.venue if page.venue_id and page.venue else page
        places.append(
            {
                "@type": "Place",
                "name": page.place_title or source.street,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": source.street,
                    "postalCode": source.postcode,
                    "addressLocality": "Köln",
                    "addressCountry": "DE",
                },
            }
        )
    if page.online_link:
        places.append({"@type": "VirtualLocation", "url": page.online_link})
    mode = "Mixed" if on_site and online else "Online" if online else "Offline"
    base = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.teaser or strip_tags(page.description)[:300],
        "url": page.get_full_url(request),
        "eventAttendanceMode": f"https://schema.org/{mode}EventAttendanceMode",
        "inLanguage": page.language_codes,
    }
    if places:
        base["location"] = places[0] if len(places) == 1 else places
    if page.organiser_name:
        base["organizer"] = {"@type": "Organization", "name": page.organiser_name}
    if page.is_free:
        base["isAccessibleForFree"] = True
        base["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "url": base["url"]}
    if page.image:
        base["image"] = request.build_absolute_uri(page.image.file.url)
    items = []
    for occurrence in occurrences or [None]:
        item = dict(base)
        start, end = (occurrence.start, occurrence.end) if occurrence else (page.start, page.end)
        if page.all_day:
            item["startDate"], item["endDate"] = start.date().isoformat(), end.date().isoformat()
        else:
            item["startDate"], item["endDate"] = start.isoformat(), end.isoformat()
        cancelled = occurrence is not None and occurrence.cancelled
        moved = occurrence is not None and occurrence.moved
        item["eventStatus"] = (
            "https://schema.org/EventCancelled"
            if cancelled
            else "https://schema.org/EventRescheduled"
            if moved
            else status
        )
        if moved:
            item["previousStartDate"] = occurrence.original_start.isoformat()
        items.append(item)
    return items


def organisation(entry, url):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(entry.kind, "Organization"),
        "name": entry.name,
        "url": entry.website or url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": entry.street,
            "postalCode": entry.postcode,
            "addressLocality": "Köln",
            "addressCountry": "DE",
        },
    }
    if entry.short_description:
        data["description"] = entry.short_description
    if entry.phone:
        data["telephone"] = entry.phone
    if entry.email:
        data["email"] = entry.email
    if entry.latitude is not None and entry.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(entry.latitude),
            "longitude": float(entry.longitude),
        }
    slots = sorted(entry.opening_slots.all(), key=lambda s: (s.weekday, s.opens))
    if slots:
        data["openingHoursSpecification"] = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
                "opens": slot.opens.strftime("%H:%M"),
                "closes": slot.closes.strftime("%H:%M"),
            }
            for slot in slots
        ]
    return data
