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
# Keys that only say what a thing is: a thing with nothing else is empty.
MARKERS = {"@context", "@type"}
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def strip_empty(value):
    """`value` without empty strings, None, empty lists and things with nothing but a type, at any depth.

    Search engines read an empty "streetAddress" as a wrong address; a property left out is no claim.
    False and 0 are values and stay.
    """
    if isinstance(value, dict):
        stripped = {key: strip_empty(item) for key, item in value.items()}
        stripped = {key: item for key, item in stripped.items() if not is_empty(item)}
        return stripped if set(stripped) - MARKERS else {}
    if isinstance(value, list | tuple):
        return [item for item in map(strip_empty, value) if not is_empty(item)]
    return value


def is_empty(value):
    return value is None or value == "" or (isinstance(value, list | dict) and not value)


def postal_address(street, postcode):
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressLocality": "Köln",
        "addressCountry": "DE",
    }


def event_places(page):
    """The schema.org locations of an event: its directory entry or its street, and its online link."""
    places = []
    venue = page.venue if page.venue_id else None
    if venue:
        place = {
            "@type": "Place",
            "name": venue.name,
            "address": postal_address(venue.street, venue.postcode),
        }
        if venue.latitude is not None and venue.longitude is not None:
            place["geo"] = geo(venue)
        places.append(place)
    elif page.street or page.place_name:
        places.append(
            {
                "@type": "Place",
                "name": page.place_name or page.street,
                "address": postal_address(page.street, page.postcode),
            }
        )
    if page.online_link:
        places.append({"@type": "VirtualLocation", "url": page.online_link})
    return places


def geo(entry):
    return {"@type": "GeoCoordinates", "latitude": float(entry.latitude), "longitude": float(entry.longitude)}


def event(page, request, occurrences):
    """schema.org Events, one per upcoming date (search engines want each date on its own)."""
    status = EVENT_STATUSES.get(page.status, "https://schema.org/EventScheduled")
    places = event_places(page)
    online = bool(page.online_link)
    on_site = len(places) > int(online)
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
        items.append(strip_empty(item))
    return items


def organisation(entry, url):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(entry.kind, "Organization"),
        "name": entry.name,
        "url": entry.website or url,
        "address": postal_address(entry.street, entry.postcode),
    }
    if entry.short_description:
        data["description"] = entry.short_description
    if entry.phone:
        data["telephone"] = entry.phone
    if entry.email:
        data["email"] = entry.email
    if entry.latitude is not None and entry.longitude is not None:
        data["geo"] = geo(entry)
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
    return strip_empty(data)
