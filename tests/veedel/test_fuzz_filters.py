"""Every public filter with malformed parameters: never a 5xx, never the input's markup unescaped.

The listings of a Sozialraum (news, projects, calendar with its month, programme, archive and
feed, the address directory and an entry) and the landing site's city-wide ones, each asked with
malformed values (tests/fuzz.py, seeded) for all German query parameters, repeated and unknown
ones among them. Runs on SQLite and on PostgreSQL (CI runs both).
"""

import random

import pytest
from wagtail.models import Page, Site

from tests.factories import OrganisationFactory
from tests.fuzz import MARKUP, SEED, encode_pairs, malformed
from veedel.listings import URL_PARAMETERS, FilterStatusMixin

pytestmark = pytest.mark.django_db

QUERIES_PER_URL = 12
PARAMETERS = [*URL_PARAMETERS.values(), "eintrag", "gemeldet"]
CALENDAR_ROUTES = ["monat/", "programm/", "archiv/", "ical/"]


def filter_urls(sozialraum):
    """(host, path) of every German listing with filters on the Sozialraum's and the landing site."""
    urls = []
    landing = Site.objects.get(is_default_site=True)
    for site in (sozialraum.site, landing):
        pages = Page.objects.descendant_of(site.root_page, inclusive=True).live().specific()
        for page in pages:
            if isinstance(page, FilterStatusMixin):
                path = page.get_url_parts()[2]
                urls.append((site.hostname, path))
                if hasattr(page, "month"):
                    urls += [(site.hostname, path + route) for route in CALENDAR_ROUTES]
    urls.append((landing.hostname, "/themen/"))
    return urls


def malformed_query(rng):
    pairs = [(rng.choice(PARAMETERS), malformed(rng)) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.2:
        pairs.append((malformed(rng), malformed(rng)))
    return "?" + encode_pairs(pairs)


def test_every_public_filter_takes_malformed_parameters(client, kalk):
    client.raise_request_exception = False
    entry = OrganisationFactory(sozialraum=kalk)
    urls = filter_urls(kalk)
    assert len(urls) >= 10, urls
    directory = next(
        path for host, path in urls if host == kalk.site.hostname and path.endswith("/adressen/")
    )
    urls.append((kalk.site.hostname, f"{directory}{entry.slug}/"))
    rng = random.Random(SEED)
    for host, path in urls:
        for _ in range(QUERIES_PER_URL):
            url = path + malformed_query(rng)
            response = client.get(url, HTTP_HOST=host)
            assert response.status_code < 500, (host, url[:500], response.status_code)
            if not response["Content-Type"].startswith("text/html"):
                continue  # the feed's plain-text refusal: never read as a page (nosniff)
            html = response.content.decode("utf-8", "replace")
            assert not MARKUP.search(html), (host, url[:500], MARKUP.search(html).group(0))
