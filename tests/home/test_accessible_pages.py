"""Leichte Sprache and Deutsche Gebärdensprache: a page of each on every site, linked from the footer.

The test portal is made by `setup_sites` (tests/conftest.py), so these pages are there already.
"""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from home.setup import SiteSetup
from tests.conftest import LANGUAGE_PREFIXES
from veedel.models import SiteSettings, StandardPage

pytestmark = pytest.mark.django_db

SLUGS = ["leichte-sprache", "gebaerdensprache"]
PICTOGRAMS = {
    "leichte-sprache": ("/static/pictograms/leichte-sprache.svg", "Leichte Sprache"),
    "gebaerdensprache": ("/static/pictograms/gebaerdensprache.svg", "Gebärdensprache"),
}
LONGEST_SENTENCE = 15  # words, after the rules of the Netzwerk Leichte Sprache


def hosts():
    return list(Site.objects.order_by("hostname").values_list("hostname", flat=True))


def footer(html):
    return html[html.index('<footer class="site-footer">') :]


def sentences(html):
    """The sentences of the text in Leichte Sprache: title, introduction and body, tags removed."""
    start = html.index("easy-language")
    end = html.find('class="page-contact"', start)  # the contact below the text, if the site has one
    text_part = html[start : end if end != -1 else html.index("</main>", start)]
    blocks = re.findall(r"<(h1|h2|h3|p|li)\b[^>]*>(.*?)</\1>", text_part, flags=re.DOTALL)
    for _tag, inner in blocks:
        text = " ".join(unescape(re.sub(r"<[^>]+>", " ", inner)).split())
        yield from (sentence for sentence in re.split(r"(?<=[.!?])\s+", text) if sentence)


def test_every_footer_links_both_pages_with_their_pictograms(client):
    assert len(hosts()) == 4  # the landing site and the three test Sozialräume
    for host in hosts():
        for prefix in LANGUAGE_PREFIXES:
            html = footer(client.get(f"{prefix}/", HTTP_HOST=host).content.decode())
            for slug in SLUGS:
                src, alt = PICTOGRAMS[slug]
                link = re.search(
                    rf'<a href="{prefix}/{slug}/" hreflang="de">(.*?)</a>', html, flags=re.DOTALL
                )
                assert link, f"{host}{prefix}: no footer link to {slug}"
                assert f'<img src="{src}" alt="{alt}" lang="de"' in link.group(1), f"{host}{prefix}"


def test_the_footer_names_the_pages_in_the_readers_language(client):
    html = footer(client.get("/tr/", HTTP_HOST="kalk.localhost").content.decode())
    assert "<span>Kolay Almanca</span>" in html
    assert "<span>Alman İşaret Dili</span>" in html
    # In German the pictogram's alternative text already names the link.
    html = footer(client.get("/", HTTP_HOST="kalk.localhost").content.decode())
    assert '<span aria-hidden="true">Leichte Sprache</span>' in html


def test_both_pages_answer_on_every_site_in_every_language_marked_german(client):
    for host in hosts():
        for prefix in LANGUAGE_PREFIXES:
            for slug in SLUGS:
                response = client.get(f"{prefix}/{slug}/", HTTP_HOST=host)
                assert response.status_code == 200, f"{host}{prefix}/{slug}/"
                html = response.content.decode()
                if prefix:  # the German page's alias: its text is marked German
                    assert '<div class="page-body" lang="de" dir="ltr">' in html, f"{host}{prefix}/{slug}/"


def test_the_pages_show_the_coordinations_contact_from_the_site_settings(client, kalk):
    contact = SiteSettings.for_site(kalk.site).contact
    assert contact is not None and contact.email
    for slug in SLUGS:
        page = StandardPage.objects.get(
            slug=slug, locale__language_code="de", depth=3, path__startswith=kalk.site.root_page.path
        )
        assert contact.email not in str(page.body)  # written once, in the contact snippet
        html = client.get(f"/en/{slug}/", HTTP_HOST="kalk.localhost").content.decode()
        section = html[html.index('class="page-contact"') :]
        assert f'<a href="mailto:{contact.email}">' in section[: section.index("</section>")]
        assert "So erreichen Sie uns" in section  # German, as the page is


def test_leichte_sprache_has_short_sentences_and_is_marked_easy_language(client, kalk):
    for host in hosts():
        html = client.get("/leichte-sprache/", HTTP_HOST=host).content.decode()
        assert '<div class="container content easy-language">' in html
        found = list(sentences(html))
        assert len(found) > 30, host
        too_long = [sentence for sentence in found if len(sentence.split()) > LONGEST_SENTENCE]
        assert too_long == [], host
    html = client.get("/leichte-sprache/", HTTP_HOST="kalk.localhost").content.decode()
    assert f"In {kalk.name} gibt es eine Sozial-Raum-Koordination." in html
    assert "{name}" not in html


def test_the_sign_language_page_loads_nothing_from_outside(client):
    html = client.get("/gebaerdensprache/", HTTP_HOST="kalk.localhost").content.decode()
    assert "Deutscher Gebärdensprache" in html
    assert "<iframe" not in html
    assert not re.search(r'(src|srcset)="(https?:)?//', html)


def page_state():
    return sorted(
        Page.objects.filter(slug__in=SLUGS).values_list(
            "pk", "locale__language_code", "title", "live", "alias_of"
        )
    )


def test_a_second_run_changes_nothing(sozialraum_list):
    before = page_state()
    assert len(before) == 4 * 2 * 4  # four sites, two pages, four languages
    assert SiteSetup(list_path=sozialraum_list).run() == []
    assert page_state() == before


def test_an_editors_change_survives_a_rerun(client, kalk, sozialraum_list):
    page = StandardPage.objects.get(
        slug="leichte-sprache", depth=3, path__startswith=kalk.site.root_page.path
    )
    page.title = "Kalk in Leichter Sprache"
    page.body = [("paragraph", "<p>Wir sind für Sie da.</p>")]
    page.save_revision().publish()

    assert SiteSetup(list_path=sozialraum_list).run() == []

    html = client.get("/leichte-sprache/", HTTP_HOST="kalk.localhost").content.decode()
    assert "Kalk in Leichter Sprache" in html
    assert "Wir sind für Sie da." in html
    assert "Sozial-Raum-Koordination {name}" not in html


def test_a_deleted_page_comes_back_with_its_aliases(client, kalk, sozialraum_list):
    page = StandardPage.objects.get(
        slug="gebaerdensprache", depth=3, path__startswith=kalk.site.root_page.path
    )
    for alias in page.aliases.all():
        alias.delete()
    page.delete()

    changes = SiteSetup(list_path=sozialraum_list).run()

    assert f"Seite „Deutsche Gebärdensprache“ unter {kalk.site.root_page.title} angelegt" in changes
    for prefix in LANGUAGE_PREFIXES:
        assert client.get(f"{prefix}/gebaerdensprache/", HTTP_HOST="kalk.localhost").status_code == 200


def test_an_editor_uploads_the_sign_language_video_and_the_page_plays_it(client, kalk):
    """The placeholder's replacement: a video uploaded as a document, played from this server."""
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    video = SimpleUploadedFile(
        "dgs-kalk.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64, content_type="video/mp4"
    )
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Die Sozialraumkoordination in Gebärdensprache",
            "collection": kalk.collection_id,
            "file": video,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Die Sozialraumkoordination in Gebärdensprache")
    page = StandardPage.objects.get(
        slug="gebaerdensprache", depth=3, path__startswith=kalk.site.root_page.path
    )
    page.body = [
        ("downloads", {"title": "Video in Deutscher Gebärdensprache", "documents": [document]}),
        *((block.block_type, block.value) for block in page.body[2:]),
    ]
    page.save_revision().publish()

    for prefix in LANGUAGE_PREFIXES:
        html = client.get(f"{prefix}/gebaerdensprache/", HTTP_HOST="kalk.localhost").content.decode()
        assert f'<video class="downloads__video" controls preload="metadata" src="{document.url}"' in html
        assert "Hier zeigen wir bald ein Video" not in html
        assert "<iframe" not in html
