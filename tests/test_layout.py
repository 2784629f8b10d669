"""Layout for residents on phones and in Arabic: what the markup and the stylesheets promise.

tests/browser/test_layout.py measures the pages themselves in a browser (no page wider than the
window); these tests pin down the parts that make that hold without starting one.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.templatetags.static import static
from wagtail.models import Locale, Site

from tests.conftest import host_of, section
from tests.factories import NewsPageFactory, OrganisationFactory
from veedel.models import DirectoryPage, NewsIndexPage

STYLESHEETS = sorted((Path(settings.BASE_DIR) / "static" / "css").glob("*.css"))
# A physical side where right-to-left pages need the other one: margin-inline-start and friends.
PHYSICAL = re.compile(
    r"(?<![\w-])(?:left|right|(?:margin|padding|border|inset)-(?:left|right)(?:-\w+)?)\s*:"
    r"|(?:text-align|float|clear)\s*:\s*(?:left|right)\b"
)


def rule(css, selector):
    match = re.search(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", css)
    assert match, selector
    return match[1]


def portal_css():
    return (Path(settings.BASE_DIR) / "static" / "css" / "portal.css").read_text(encoding="utf-8")


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_the_stylesheets_name_no_physical_side(stylesheet):
    css = re.sub(r"/\*.*?\*/", "", stylesheet.read_text(encoding="utf-8"), flags=re.S)
    assert PHYSICAL.findall(css) == []


def test_the_honeypot_is_clipped_where_it_stands_not_pushed_aside():
    hidden = rule(portal_css(), ".hp-field")
    assert "clip-path: inset(50%)" in hidden
    assert not re.search(r"-\d{3,}px", hidden)


def test_values_of_a_directory_entry_wrap_and_labels_stack_on_phones():
    css = portal_css()
    assert "overflow-wrap: anywhere" in rule(css, ".facts dd")
    # Side by side only from 36rem on; below, a <dl> stacks each label above its value.
    assert "grid" not in rule(css, ".facts dl")
    assert re.search(r"@media \(min-width: 36rem\) \{\s*\.facts dl \{ display: grid;", css)


def test_a_german_heading_in_a_right_to_left_page_keeps_the_pages_alignment():
    css = portal_css()
    assert ":dir(rtl) > :is(h1, h2, h3, h4, p, li, address):dir(ltr)," in css
    assert ":dir(ltr) > :is(h1, h2, h3, h4, p, li, address):dir(rtl) { text-align: end; }" in css


def test_the_directory_list_uses_the_whole_width_of_the_page():
    assert ".org-list" in re.search(r"\.content--wide > :is\(([^)]*)\)", portal_css())[1]


@pytest.mark.django_db
def test_the_honeypot_of_the_report_form_is_hidden_from_everyone(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk)
    path = section(kalk, DirectoryPage).get_translation(Locale.objects.get(language_code="ar")).url
    html = client.get(f"{path}{entry.slug}/fehler-melden/", HTTP_HOST=host_of(kalk)).content.decode()
    honeypot = re.search(r'<div class="hp-field" aria-hidden="true">(.*?)</div>\s*</div>', html, re.S)
    assert honeypot, "no honeypot"
    assert 'tabindex="-1"' in honeypot[1] and 'autocomplete="off"' in honeypot[1]


@pytest.mark.django_db
def test_an_untranslated_entry_marks_its_german_text_not_the_arabic_around_it(client, kalk):
    entry = OrganisationFactory(
        sozialraum=kalk, name="Bürgertreff Kalk", short_description="Offener Treff für alle im Veedel."
    )
    path = section(kalk, DirectoryPage).get_translation(Locale.objects.get(language_code="ar")).url
    html = client.get(f"{path}{entry.slug}/", HTTP_HOST=host_of(kalk)).content.decode()
    # The page speaks Arabic: its labels and dates stay right-to-left; only the entry's own text is German.
    assert '<article class="container content">' in html
    assert '<h1 lang="de" dir="ltr">Bürgertreff Kalk</h1>' in html
    assert '<p class="lead" lang="de" dir="ltr">Offener Treff für alle im Veedel.</p>' in html
    assert '<span aria-current="page" lang="de" dir="ltr">Bürgertreff Kalk</span>' in html


@pytest.mark.django_db
def test_names_and_texts_of_unknown_direction_are_isolated_in_arabic(client, kalk):
    html = client.get("/ar/", HTTP_HOST=host_of(kalk)).content.decode()
    assert '<span class="brand__name" dir="auto">' in html
    assert re.search(r'<p class="hero__tagline" dir="auto">', html)
    assert re.search(r'<ul class="site-footer__veedel">\s*<li><a href="[^"]+" dir="auto">', html)


@pytest.mark.django_db
def test_breadcrumb_names_are_isolated(client, kalk):
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Neues vom Kalker Markt")
    path = news.get_translation(Locale.objects.get(language_code="ar")).get_url_parts()[2]
    html = client.get(path, HTTP_HOST=host_of(kalk)).content.decode()
    assert re.search(r'<nav class="breadcrumbs"[^>]*>\s*<ol>\s*<li><a href="[^"]+" dir="auto">', html)
    assert '<span aria-current="page" dir="auto">Neues vom Kalker Markt</span>' in html


def test_the_favicon_files_are_there():
    folder = Path(settings.BASE_DIR) / "static" / "favicon"
    assert (folder / "favicon.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (folder / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (folder / "favicon-180.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_every_site_answers_favicon_ico(client):
    for site in Site.objects.all():
        response = client.get("/favicon.ico", HTTP_HOST=site.hostname)
        assert response.status_code == 301, site.hostname
        assert response["Location"] == static("favicon/favicon.ico")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/ar/", "/gibt-es-nicht/"])
def test_pages_and_error_pages_name_their_icon(client, kalk, path):
    html = client.get(path, HTTP_HOST=host_of(kalk)).content.decode()
    assert f'<link rel="icon" href="{static("favicon/favicon.svg")}" type="image/svg+xml">' in html
    assert f'<link rel="icon" href="{static("favicon/favicon.ico")}" sizes="32x32">' in html
    assert f'<link rel="apple-touch-icon" href="{static("favicon/favicon-180.png")}">' in html
