"""Titles, descriptions, places and organisers of calendar components, as the editor form holds them."""

import html
import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import escape, strip_tags

from ...models import EventPage
from ...models.events import EventStatus

LOCATION_IN_COLOGNE = re.compile(
    r"^(?:(?P<place>.+?),\s*)?(?P<street>[^,]*[^\W\d][^,]*\d[^,]*),\s*(?P<postcode>5[01]\d{3})\s+Köln(?:-[^,]+)?$"
)
COUNTRY_SUFFIX = re.compile(r",\s*(?:Deutschland|Germany|DE)$", re.IGNORECASE)
HTML_HINT = re.compile(r"</?(?:p|br|div|span|a|b|i|strong|em|ul|ol|li)\b", re.IGNORECASE)


def text_of(component, name):
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def comments_of(component):
    value = component.get("COMMENT")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return " ".join(re.sub(r"\s+", " ", str(item)).strip() for item in values).strip()


def shorten(text, limit):
    """The text, cut at a word boundary with "…" if longer than the limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + "…"


def http_url(value):
    if isinstance(value, list):
        value = value[0] if value else ""
    value = str(value or "").strip()
    if urlsplit(value).scheme not in ("http", "https"):
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value if len(value) <= EventPage._meta.get_field("online_link").max_length else ""


def texts_of(master):
    """Teaser and description from DESCRIPTION; URL becomes a link below the description."""
    description = master.get("DESCRIPTION")
    text = str(description[0] if isinstance(description, list) else description or "")
    if HTML_HINT.search(text):  # some programs put HTML into DESCRIPTION
        text = re.sub(r"(?i)<br\s*/?>", "\n", text)
        text = re.sub(r"(?i)</(?:p|div|li)>", "\n\n", text)
        text = html.unescape(strip_tags(text))
    paragraphs = [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    ]
    paragraphs = [lines for lines in paragraphs if lines]
    flat = re.sub(r"\s+", " ", " ".join(" ".join(lines) for lines in paragraphs)).strip()
    limit = EventPage._meta.get_field("teaser").max_length
    body = []
    if len(flat) > limit:  # a text that fits the teaser would only repeat it
        body = ["<p>" + "<br/>".join(escape(line) for line in lines) + "</p>" for lines in paragraphs]
    link = http_url(master.get("URL"))
    if link:
        body.append(f'<p><a href="{escape(link)}">Weitere Informationen</a></p>')
    return {"teaser": shorten(flat, limit), "description": "".join(body)}


def place_of(master):
    """LOCATION as place, street and postcode ("Name, Straße 1, 51103 Köln"), or as online link."""
    location = text_of(master, "LOCATION")
    online = http_url(master.get("CONFERENCE"))
    fields = {"place_name": "", "street": "", "postcode": "", "online_link": ""}
    if http_url(location):
        fields["online_link"] = location
        return fields
    fields["online_link"] = online
    location = COUNTRY_SUFFIX.sub("", location)
    match = LOCATION_IN_COLOGNE.match(location)
    limit = EventPage._meta.get_field("place_name").max_length
    if match and len(match["street"].strip()) <= EventPage._meta.get_field("street").max_length:
        fields["place_name"] = shorten((match["place"] or "").strip(), limit)
        fields["street"] = match["street"].strip()
        fields["postcode"] = match["postcode"]
    else:
        fields["place_name"] = shorten(location, limit)
    return fields


def status_of(master):
    if str(master.get("STATUS", "")).upper() == "CANCELLED":
        limit = EventPage._meta.get_field("status_reason").max_length
        return {"status": EventStatus.CANCELLED, "status_reason": shorten(comments_of(master), limit)}
    return {"status": EventStatus.PLANNED, "status_reason": ""}


def organiser_of(master):
    # Only the name (CN): the address behind it may be a person's, and the page is public.
    organiser = master.get("ORGANIZER")
    if isinstance(organiser, list):
        organiser = organiser[0] if organiser else None
    name = str(organiser.params.get("CN", "")) if organiser is not None else ""
    return shorten(
        re.sub(r"\s+", " ", name).strip().strip('"'), EventPage._meta.get_field("organiser").max_length
    )


def rule_value(values):
    return ",".join(str(value) for value in values)
