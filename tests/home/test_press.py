"""The press office: "Für die Presse" on the landing site, press releases, embargo, press kit, feed.

Each test makes its releases with tests/factories.py under the press page that setup_sites made
for the test portal, and reads them through the test client on the landing host.
"""

import datetime
import io
import zipfile
from unittest import mock

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction, Site

from home.models import PressIndexContact, PressIndexPage, PressReleaseContact, PressReleasePhoto
from snippets.models import Contact, Topic
from tests.conftest import host_of
from tests.factories import ContactFactory, ImageFactory, PressReleasePageFactory, translate

pytestmark = pytest.mark.django_db

HOST = "localhost"


@pytest.fixture
def press_index(db):
    return PressIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get()


def release_of(press_index, **kwargs):
    return PressReleasePageFactory(parent=press_index, **kwargs)


def photo(caption, credit="Stadtteilbüro Kalk", image=None):
    return PressReleasePhoto(image=image or ImageFactory(credit=credit), caption=caption)


def path_of(page):
    return page.get_url_parts()[2]


def get(client, path, status=200):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == status, (path, response.status_code, response.content[:300])
    return response


def read_feed(client, path="/feed/presse/"):
    feed = feedparser.parse(get(client, path).content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def found_releases(client, query, host=HOST, **params):
    response = client.get("/suche/", {"q": query, "art": "pressemitteilungen", **params}, HTTP_HOST=host)
    assert response.status_code == 200
    return [hit.title for group in response.context["groups"] for hit in group["hits"]]


def visible_everywhere(client, release, api_query=""):
    """Where a release shows: (page, press page, photo archive, feed, API, sitemap, search, press kit)."""
    api = get(client, f"/api/v2/pages/?type=home.PressReleasePage{api_query}").json()
    page = client.get(path_of(release), HTTP_HOST=HOST)
    return {
        "page": page.status_code == 200 and release.lead in page.content.decode(),
        "index": release.title in get(client, "/presse/").content.decode(),
        "archive": release.title in get(client, "/presse/fotos/").content.decode(),
        "feed": release.title in [entry.title for entry in read_feed(client).entries],
        "api": release.title in [item["title"] for item in api["items"]],
        "sitemap": path_of(release) in get(client, "/sitemap.xml").content.decode(),
        "search": release.title in found_releases(client, release.title),
        "kit": client.get(f"{path_of(release)}pressemappe/", HTTP_HOST=HOST).get("Content-Type")
        == "application/zip",
    }


def test_the_press_page_shows_releases_contacts_feeds_and_photo_archive(client, press_index, kalk):
    office = ContactFactory(sozialraum=kalk, name="Pressestelle der Sozialraumkoordination")
    PressIndexContact.objects.create(page=press_index, contact=office, sort_order=0)
    release = release_of(
        press_index,
        title="Neuer Treffpunkt in Kalk eröffnet",
        place="Köln-Kalk",
        sozialraum=kalk,
        photos=[photo("Die Eröffnung am Samstag", credit="Bürgerverein Kalk")],
        contacts=[PressReleaseContact(contact=office)],
    )

    html = get(client, "/presse/").content.decode()
    assert "Neuer Treffpunkt in Kalk eröffnet" in html
    assert "Pressestelle der Sozialraumkoordination" in html
    head = html.split("</head>", 1)[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head
    assert 'href="http://localhost/feed/presse/"' in head
    assert 'href="http://localhost/feed/presse/atom/"' in head

    archive = get(client, "/presse/fotos/").content.decode()
    image = release.photos.get().image
    assert "Die Eröffnung am Samstag" in archive
    assert "© Bürgerverein Kalk" in archive
    assert f'href="{image.file.url}" download' in archive

    page = get(client, path_of(release)).content.decode()
    assert release.lead in page
    assert "Die Eröffnung am Samstag" in page
    assert "Pressestelle der Sozialraumkoordination" in page
    assert f'href="{path_of(release)}pressemappe/"' in page


def test_an_embargoed_release_appears_nowhere_until_it_is_published(client, press_index):
    release_of(press_index, title="Schon öffentlich", photos=[photo("Öffentliches Foto")])
    embargoed = release_of(press_index, title="Sperrfrist bis morgen", live=False, photos=[photo("Geheim")])
    embargoed.go_live_at = timezone.now() + datetime.timedelta(days=1)
    embargoed.save_revision().publish()  # "Veröffentlichen" with a start date: scheduled, not live
    embargoed.refresh_from_db()
    assert not embargoed.live and embargoed.has_unpublished_changes

    assert not any(visible_everywhere(client, embargoed).values())
    assert "Geheim" not in get(client, "/presse/fotos/").content.decode()

    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(days=2)):
        call_command("publish_scheduled", stdout=io.StringIO())

    assert all(visible_everywhere(client, embargoed).values())
    assert "Geheim" in get(client, "/presse/fotos/").content.decode()


def test_drafts_and_private_releases_appear_nowhere(client, press_index, django_capture_on_commit_callbacks):
    draft = release_of(press_index, title="Noch ein Entwurf", live=False, photos=[photo("Entwurfsfoto")])
    private = release_of(press_index, title="Nur mit Passwort", photos=[photo("Privates Foto")])
    # The restriction reaches the translations and aliases at commit.
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")

    for release in (draft, private):
        assert not any(visible_everywhere(client, release).values()), release.title
    english = private.get_translation(Locale.objects.get(language_code="en"))
    assert english.alias_of_id == private.pk
    assert client.get(path_of(english), HTTP_HOST=HOST).status_code == 200
    assert "Nur mit Passwort" not in client.get(path_of(english), HTTP_HOST=HOST).content.decode()
    assert found_releases(client, "Passwort") == []
    assert client.get("/en/suche/", {"q": "Passwort"}, HTTP_HOST=HOST).context["groups"] == []
    archive = get(client, "/presse/fotos/").content.decode()
    assert "Entwurfsfoto" not in archive and "Privates Foto" not in archive


def test_releases_are_found_on_the_landing_site_and_the_sozialraum_site(client, press_index, kalk, porz_ost):
    release_of(press_index, title="Stadtteilfest in Kalk angekündigt", sozialraum=kalk)
    release_of(press_index, title="Stadtteilfest in Porz angekündigt", sozialraum=porz_ost)
    release_of(press_index, title="Sommerfeste in ganz Köln", sozialraum=None)

    everywhere = found_releases(client, "Stadtteilfest")
    assert set(everywhere) == {"Stadtteilfest in Kalk angekündigt", "Stadtteilfest in Porz angekündigt"}
    assert found_releases(client, "Stadtteilfest", veedel="kalk") == ["Stadtteilfest in Kalk angekündigt"]
    on_kalk = client.get("/suche/", {"q": "Stadtteilfest"}, HTTP_HOST=host_of(kalk))
    (group,) = [group for group in on_kalk.context["groups"] if group["slug"] == "pressemitteilungen"]
    (hit,) = group["hits"]
    assert hit.title == "Stadtteilfest in Kalk angekündigt"
    assert hit.url.startswith("http://localhost") and "/presse/" in hit.url
    assert 'href="http://localhost' in on_kalk.content.decode()


def test_the_press_kit_holds_text_photos_and_credits(client, press_index, kalk):
    office = ContactFactory(sozialraum=kalk, name="Pressestelle Kalk", phone="0221 123456")
    release = release_of(
        press_index,
        title="Sommerfest im Veedel",
        slug="sommerfest-im-veedel",
        date=datetime.date(2026, 6, 12),
        place="Köln-Kalk",
        lead="Am Samstag feiert Kalk.",
        body='<p>Es gibt <b>Musik</b> &amp; Essen.</p><p>Alle sind <a href="https://example.org">eingeladen</a>.</p>',
        photos=[
            photo("Die Bühne", credit="Bürgerverein Kalk"),
            photo("Der Hof", credit="© Foto: Stadt Köln"),
        ],
        contacts=[PressReleaseContact(contact=office)],
    )

    response = get(client, f"{path_of(release)}pressemappe/")

    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == (
        'attachment; filename="pressemappe-2026-06-12-sommerfest-im-veedel.zip"'
    )
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    photos = [item.image for item in release.photos.order_by("sort_order")]
    names = [
        f"fotos/{number:02d}-{image.file.name.rsplit('/', 1)[-1]}" for number, image in enumerate(photos, 1)
    ]
    assert archive.namelist() == ["pressemitteilung.txt", *names, "credits.txt"]
    for name, image in zip(names, photos, strict=True):
        with image.file.open("rb") as original:
            assert archive.read(name) == original.read()
    credits = archive.read("credits.txt").decode().splitlines()
    assert credits == [
        "Datei\tBildunterschrift\tBildnachweis",
        f"{names[0].removeprefix('fotos/')}\tDie Bühne\t© Bürgerverein Kalk",
        f"{names[1].removeprefix('fotos/')}\tDer Hof\t© Foto: Stadt Köln",
    ]
    text = archive.read("pressemitteilung.txt").decode()
    assert text.startswith("Sommerfest im Veedel\n\nKöln-Kalk, 12. Juni 2026\n\nAm Samstag feiert Kalk.\n\n")
    assert "Es gibt Musik & Essen.\n\nAlle sind eingeladen." in text
    assert "<" not in text
    assert "Pressekontakt:\nPressestelle Kalk\n" in text
    assert "Telefon: 0221 123456" in text


def test_the_press_feed_parses_and_carries_the_first_photo(client, press_index):
    release_of(press_index, title="Mit Foto", photos=[photo("Auf dem Markt", credit="Veedelsbüro")])
    release_of(press_index, title="Ohne Foto")

    rss = read_feed(client)
    atom = read_feed(client, "/feed/presse/atom/")

    assert sorted(entry.title for entry in rss.entries) == ["Mit Foto", "Ohne Foto"]
    assert sorted(entry.title for entry in atom.entries) == ["Mit Foto", "Ohne Foto"]
    with_photo = next(entry for entry in rss.entries if entry.title == "Mit Foto")
    assert with_photo.media_credit[0]["content"] == "© Veedelsbüro"
    assert read_feed(client, "/feed/presse/?inhalt=voll").entries


def test_the_api_lists_releases_with_their_fields(client, press_index):
    topic = Topic.objects.order_by("pk").first()
    release = release_of(
        press_index, title="Für die API", place="Köln-Porz", topics=[topic], photos=[photo("Foto")]
    )

    data = get(
        client, "/api/v2/pages/?type=home.PressReleasePage&locale=de&fields=date,place,lead,topics,photos"
    ).json()
    detail = get(client, f"/api/v2/pages/{release.pk}/").json()
    by_topic = get(client, f"/api/v2/pages/?thema={topic.slug}").json()

    (item,) = data["items"]
    assert (item["place"], item["lead"], item["topics"]) == (
        "Köln-Porz",
        release.lead,
        [topic.localized_name],
    )
    assert item["photos"][0]["caption"] == "Foto"
    assert detail["body"] == release.body
    assert "Für die API" in [entry["title"] for entry in by_topic["items"]]


def test_filters_by_topic_and_veedel_and_a_translation(client, press_index, kalk, porz_ost):
    topic = Topic.objects.order_by("pk").first()
    release = release_of(
        press_index, title="Kalk mit Thema", sozialraum=kalk, topics=[topic], photos=[photo("Kalker Foto")]
    )
    release_of(press_index, title="Porz ohne Thema", sozialraum=porz_ost, photos=[photo("Porzer Foto")])

    kalk_only = get(client, "/presse/?veedel=kalk").content.decode()
    by_topic = get(client, f"/presse/fotos/?thema={topic.slug}").content.decode()

    assert "Kalk mit Thema" in kalk_only and "Porz ohne Thema" not in kalk_only
    assert "Kalker Foto" in by_topic and "Porzer Foto" not in by_topic

    english = translate(release, Locale.objects.get(language_code="en"), "Kalk with a topic")
    assert english.photos.get().caption == "Kalker Foto"
    assert english.sozialraum_id == kalk.pk
    assert "Kalk with a topic" in get(client, path_of(english)).content.decode()
    assert "Kalk with a topic" in [entry.title for entry in read_feed(client, "/en/feed/presse/").entries]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?thema=gibt-es-nicht", "Dieses Thema gibt es nicht."),
        ("?veedel=atlantis", "Dieses Veedel gibt es nicht."),
        ("fotos/?thema=gibt-es-nicht", "Dieses Thema gibt es nicht."),
        ("fotos/?veedel=%C3%A4%27%22%3C", "Dieses Veedel gibt es nicht."),
    ],
)
def test_malformed_filters_are_refused_in_german(client, press_index, query, message):
    response = client.get(f"/presse/{query}", HTTP_HOST=HOST)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query", ["?seite=abc", "?seite=99999", "?seite=-1", "fotos/?seite=%00", "?thema[]=x"]
)
def test_odd_page_numbers_never_fail(client, press_index, query):
    release_of(press_index, title="Eine Mitteilung")
    response = client.get(f"/presse/{query}", HTTP_HOST=HOST)
    assert response.status_code < 500
    if response.status_code == 200 and "seite" in query:
        assert "Seite" in response.content.decode()


@pytest.mark.parametrize("releases", [2, 20])
def test_press_pages_cost_a_fixed_number_of_queries(
    client, press_index, django_assert_max_num_queries, releases
):
    """Ten times more releases and photos cost no more queries: the photos share two pictures."""
    topic = Topic.objects.order_by("pk").first()
    pictures = [ImageFactory(), ImageFactory()]
    contact = Contact.objects.order_by("pk").first() or ContactFactory(name="Pressestelle")
    PressIndexContact.objects.create(page=press_index, contact=contact, sort_order=0)
    for number in range(releases):
        last = release_of(
            press_index,
            aliases=False,
            topics=[topic],
            photos=[photo(f"Foto {number}-{n}", image=pictures[n % 2]) for n in range(releases // 2)],
            contacts=[PressReleaseContact(contact=contact)],
        )
    budgets = {"/presse/": 20, "/presse/fotos/": 19, path_of(last): 18, "/feed/presse/": 9}
    for path in budgets:
        get(client, path)  # renditions and the site chrome once
    for path, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            get(client, path)
