"""schema.org JSON-LD for search engines: events (one item per date), directory entries, news, sites.

The page models and views pass their objects in; the `json_ld` template tag writes the result into
the page's head.
"""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags

from snippets.models import OrganisationKind

# Kinds that are a place and an organisation at once (a LocalBusiness or an EducationalOrganization):
# they carry the address, geo and opening hours themselves.
PLACE_TYPES = {
    OrganisationKind.KITA: "ChildCare",
    OrganisationKind.SCHULE: "School",
    OrganisationKind.BEHOERDE: "GovernmentOffice",
}
# The others are organisations, whose address, geo and hours belong to their `location`, a place.
ORGANISATION_TYPES = {
    OrganisationKind.VEREIN: "NGO",
    OrganisationKind.VERBAND: "NGO",
    OrganisationKind.INITIATIVE: "NGO",
}
LOCATION_TYPES = {OrganisationKind.RELIGION: "PlaceOfWorship"}
# How far ahead closures are announced (search engines show the coming weeks).
CLOSURE_DAYS_AHEAD = 60
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


def organisation(entry, url, today=None):
    """A directory entry as a schema.org place (or an organisation at a place), without empty properties.

    The place has the opening hours and, as `specialOpeningHoursSpecification`, the coming
    closures: opens and closes at 00:00 on a day closed all day, the hours until then on a
    day closed from a time on (Weiberfastnacht ab 12 Uhr).
    """
    today = today or timezone.localdate()
    place_type = PLACE_TYPES.get(entry.kind)
    data = {
        "@context": "https://schema.org",
        "@type": place_type or ORGANISATION_TYPES.get(entry.kind, "Organization"),
        "name": entry.name,
        "url": entry.website or url,
    }
    if entry.short_description:
        data["description"] = entry.short_description
    if entry.phone:
        data["telephone"] = entry.phone
    if entry.email:
        data["email"] = entry.email
    place = _place(entry, today)
    if place_type:
        data.update(place)
    else:
        data["location"] = {"@type": LOCATION_TYPES.get(entry.kind, "Place"), "name": entry.name, **place}
    return strip_empty(data)


def _place(entry, today):
    place = {"address": postal_address(entry.street, entry.postcode)}
    if entry.latitude is not None and entry.longitude is not None:
        place["geo"] = geo(entry)
    slots = sorted(entry.opening_slots.all(), key=lambda s: (s.weekday, s.opens))
    if slots:
        place["openingHoursSpecification"] = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
                "opens": slot.opens.strftime("%H:%M"),
                "closes": slot.closes.strftime("%H:%M"),
            }
            for slot in slots
        ]
    special = _closures(entry, slots, today)
    if special:
        place["specialOpeningHoursSpecification"] = special
    return place


def _hours(opens, closes, starts, ends=None):
    return {
        "@type": "OpeningHoursSpecification",
        "opens": opens.strftime("%H:%M"),
        "closes": closes.strftime("%H:%M"),
        "validFrom": starts.isoformat(),
        "validThrough": (ends or starts).isoformat(),
    }


def _closures(entry, slots, today):
    """The coming closed days and days closed from a time on, as special opening hours."""
    midnight = datetime.time(0, 0)
    special = []
    if entry.closed_until and entry.closed_until >= today:
        special.append(_hours(midnight, midnight, today, entry.closed_until))
    for closure in entry.upcoming_closures(today, days=CLOSURE_DAYS_AHEAD):
        closed_from, day = closure["closed_from"], closure["starts"]
        until_then = [
            _hours(slot.opens, closed_from if slot.overnight else min(slot.closes, closed_from), day)
            for slot in slots
            if closed_from and slot.weekday == day.weekday() and slot.opens < closed_from
        ]
        if closed_from and until_then:
            special.extend(until_then)
        elif not closed_from or any(slot.weekday == day.weekday() for slot in slots):
            special.append(_hours(midnight, midnight, day, closure["ends"]))
    for holiday in entry.holiday_closures(today, days=CLOSURE_DAYS_AHEAD):
        special.append(_hours(midnight, midnight, holiday["date"]))
    return sorted(special, key=lambda hours: (hours["validFrom"], hours["opens"]))


def news_article(page, request, author_name, publisher_name):
    """A news item as a NewsArticle: headline, dates, picture, author and the Sozialraumkoordination."""
    image = page.image
    return strip_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "description": page.meta_description,
            "inLanguage": page.locale.language_code,
            "datePublished": page.date.isoformat(),
            "dateModified": (page.last_published_at or timezone.now()).isoformat(),
            "mainEntityOfPage": page.get_full_url(request),
            "image": request.build_absolute_uri(image.file.url) if image else None,
            "author": {"@type": "Organization", "name": author_name},
            "publisher": {"@type": "Organization", "name": publisher_name},
        }
    )


def site(chrome, home_url, language_code, search_url=""):
    """A start page: the website and the Sozialraumkoordination (or the portal) that runs it, and
    how to search the website (`search_url`, the absolute address of its /suche/).

    `chrome` is the cached site chrome (veedel/chrome.py), so this costs no query.
    """
    contact = chrome["contact"]
    organisation = {
        "@type": "Organization",
        "name": chrome["portal_name"]
        if chrome["is_landing"]
        else f"Sozialraumkoordination {chrome['site_name']}",
        "url": home_url,
        "email": contact.email if contact else "",
        "telephone": contact.phone if contact else "",
        "areaServed": {"@type": "Place", "name": f"{chrome['site_name']}, Köln"}
        if not chrome["is_landing"]
        else None,
    }
    website = {
        "@type": "WebSite",
        "name": chrome["site_name"],
        "url": home_url,
        "inLanguage": language_code,
        "publisher": organisation,
    }
    if search_url:
        website["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        }
    return strip_empty({"@context": "https://schema.org", "@graph": [website, organisation]})
