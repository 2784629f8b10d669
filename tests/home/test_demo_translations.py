"""The demo's translation files become real translations (home/demo/translations.py).

The module builds Kalk's German news, events and directory entries from the real demo data (not the
whole demo) once, in a transaction rolled back at its end. The translation files are samples
written by the tests into a temporary folder: the real ones are the translators' (fixtures/demo/
translations/). A sample keeps the German structure and puts "TR " before every text.
"""

import re

import pytest
import yaml
from django.db import transaction
from wagtail.models import Locale, Site

from home.demo import data
from home.demo.builder import DemoBuilder
from home.demo.events import demo_events
from home.demo.translations import DemoTranslationError
from home.setup import section_pages, sync_locale_trees
from snippets.models import Organisation, Sozialraum
from snippets.translating import translate_from_copy
from veedel.models import EventPage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
TEXT_BETWEEN_TAGS = re.compile(r">([^<>]+)<")


@pytest.fixture(scope="module")
def builder(django_db_setup, django_db_blocker):
    """Kalk's German news, events and directory entries as load_demo makes them, with their aliases."""
    with django_db_blocker.unblock(), transaction.atomic():
        demo = DemoBuilder()
        demo.source = Locale.objects.get(language_code="de")
        demo.created = 0
        kalk = Sozialraum.objects.select_related("site").get(slug="kalk")
        demo.build_directory([kalk])
        sections = section_pages(kalk.site.root_page.specific, "sozialraum")
        for item in data.news("kalk"):
            demo.news_page(sections["aktuelles"], item)
        for item in demo_events(kalk):
            demo.event_page(sections["veranstaltungen"], item, kalk)
        list(sync_locale_trees(demo.source))
        yield demo
        transaction.set_rollback(True)


@pytest.fixture
def kalk(db):
    return Sozialraum.objects.select_related("site").get(slug="kalk")


def pseudo(value, key=None):
    """The German value "translated": "TR " before each text, tags and structure unchanged."""
    if isinstance(value, dict):
        return {name: pseudo(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [pseudo(item) for item in value]
    if not isinstance(value, str) or key == "level":
        return value
    if value.startswith("<"):
        return TEXT_BETWEEN_TAGS.sub(lambda match: f">TR {match.group(1)}<", value)
    return "\n".join(f"TR {line}" for line in value.splitlines())


def write(folder, name, content):
    path = folder / "tr" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def german_news():
    return data.read("news/kalk.yaml")[0]


def news_sample():
    german = german_news()
    return {
        "source": german["title"],
        "title": "Yeni danışma saati: resmi mektuplara yardım",
        "slug": "yeni-danisma-saati",
        "teaser": f"TR {german['teaser']}",
        "body": pseudo(german["body"]),
    }


def directory_sample():
    german = data.read("directory/kalk.yaml")[0]
    keys = (
        "short_description",
        "offers",
        "opening_notes",
        "holiday_note",
        "accessibility_note",
        "closed_note",
    )
    return {"source": german["name"], **{key: pseudo(german[key]) for key in keys if key in german}}


@pytest.fixture
def translate(builder, tmp_path, django_capture_on_commit_callbacks):
    """Run the translation step on Kalk with the sample files in `tmp_path`."""

    def run():
        builder.translations_root = tmp_path
        with django_capture_on_commit_callbacks(execute=True):
            builder.build_translations([Sozialraum.objects.select_related("site").get(slug="kalk")])
        return builder.created

    return run


def turkish():
    return Locale.objects.get(language_code="tr")


def test_news_item_translated_at_its_translated_slug(client, kalk, tmp_path, translate):
    write(tmp_path, "news/kalk.yaml", [news_sample()])
    translate()
    german = NewsPage.objects.get(locale__language_code="de", title=german_news()["title"])
    page = german.get_translation(turkish())
    assert page.alias_of_id is None
    assert page.slug == "yeni-danisma-saati"
    path = page.get_url_parts()[2]
    assert path.startswith("/tr/") and path.endswith("/yeni-danisma-saati/")
    response = client.get(path, HTTP_HOST=KALK)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Yeni danışma saati: resmi mektuplara yardım" in content
    first_heading = german_news()["body"][0]["heading"]["text"]
    assert f"TR {first_heading}" in content


def test_background_page_directory_entry_and_event_translated(client, kalk, tmp_path, translate):
    about = data.read("sozialraeume/kalk.yaml")["about"]
    write(
        tmp_path,
        "sozialraeume/kalk.yaml",
        {
            "intro": "TR Kalk",
            "about": {
                "title": "Sosyal alan hakkında",
                "slug": "hakkinda",
                "intro": pseudo(about["intro"]),
                "body": pseudo(about["body"]),
            },
        },
    )
    write(tmp_path, "directory/kalk.yaml", [directory_sample()])
    write(
        tmp_path,
        "events.yaml",
        [
            {
                "source": "Hausaufgabenhilfe",
                "title": "Ödev yardımı",
                "slug": "odev-yardimi",
                "teaser": "Gönüllüler okul çocuklarına ödevlerinde yardım ediyor.",
            }
        ],
    )
    translate()

    kalk_home = Site.objects.get(hostname=KALK).root_page.get_translation(turkish())
    page = StandardPage.objects.child_of(kalk_home).get(slug="hakkinda", alias_of=None)
    assert page.title == "Sosyal alan hakkında"
    assert client.get("/tr/hakkinda/", HTTP_HOST=KALK).status_code == 200

    german_entry = Organisation.objects.get(locale__language_code="de", name=directory_sample()["source"])
    entry = german_entry.get_translation(turkish())
    assert entry.short_description == directory_sample()["short_description"]
    assert entry.name == german_entry.name  # names stay as they are

    event = EventPage.objects.get(locale=turkish(), slug="odev-yardimi")
    assert event.alias_of_id is None
    assert event.get_parent().specific.locale == turkish()
    response = client.get(event.get_url_parts()[2], HTTP_HOST=KALK)
    assert response.status_code == 200
    assert "Ödev yardımı" in response.content.decode()


def test_a_second_run_changes_nothing_and_keeps_an_editors_translation(kalk, tmp_path, translate):
    write(tmp_path, "news/kalk.yaml", [news_sample()])
    write(tmp_path, "directory/kalk.yaml", [directory_sample()])
    first = translate()
    german = NewsPage.objects.get(locale__language_code="de", title=german_news()["title"])
    page = german.get_translation(turkish())
    page.title = "Bir editörün başlığı"
    page.save_revision().publish()

    assert translate() == first
    page.refresh_from_db()
    assert page.title == "Bir editörün başlığı"
    assert Organisation.objects.filter(locale=turkish(), name=directory_sample()["source"]).count() == 1


def test_a_paragraph_missing_names_file_and_item(kalk, tmp_path, translate):
    sample = news_sample()
    paragraph = next(block for block in sample["body"] if "paragraph" in block)
    paragraph["paragraph"] = paragraph["paragraph"].split("</p>", 1)[1]  # the first <p> dropped
    path = write(tmp_path, "news/kalk.yaml", [sample])
    with pytest.raises(DemoTranslationError) as error:
        translate()
    message = str(error.value)
    assert str(path) in message
    assert german_news()["title"] in message
    assert "Aufbau des deutschen Textes" in message


def test_an_unknown_source_or_a_bad_slug_is_refused(kalk, tmp_path, translate):
    write(tmp_path, "news/kalk.yaml", [{**news_sample(), "source": "Gibt es nicht"}])
    with pytest.raises(DemoTranslationError, match="„Gibt es nicht“: Eine Meldung mit diesem Titel"):
        translate()
    write(tmp_path, "news/kalk.yaml", [{**news_sample(), "slug": "Yeni Danışma"}])
    with pytest.raises(DemoTranslationError, match="Kurzname „Yeni Danışma“"):
        translate()


def test_a_german_page_an_editor_changed_stays_untranslated(kalk, tmp_path, translate):
    german = NewsPage.objects.get(locale__language_code="de", title=german_news()["title"])
    german.teaser = "Die Redaktion hat den Text neu geschrieben."
    german.save_revision().publish()
    write(tmp_path, "news/kalk.yaml", [news_sample()])
    translate()
    assert german.get_translation(turkish()).alias_of_id == german.pk


def test_a_start_page_translated_while_still_empty_gets_the_files_text(
    kalk, tmp_path, translate, django_capture_on_commit_callbacks
):
    """setup_sites translates the start pages before the demo fills them: the file's text follows."""
    home = kalk.site.root_page.specific
    intro, body = home.intro, list(home.body.raw_data)
    home.intro, home.body = "", []
    home.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate_from_copy(home, type(home).objects.get(pk=home.pk), turkish())
    home.intro, home.body = intro, body
    home.save_revision().publish()
    write(
        tmp_path,
        "sozialraeume/kalk.yaml",
        {"tagline": "Kalk'ta sosyal alan", "intro": "Kalk'a hoş geldiniz."},
    )
    translate()
    translation.refresh_from_db()
    assert translation.intro == "Kalk'a hoş geldiniz."

    translation.intro = "Bir editörün metni."
    translation.save_revision().publish()
    write(tmp_path, "sozialraeume/kalk.yaml", {"intro": "Başka bir metin."})
    translate()
    translation.refresh_from_db()
    assert translation.intro == "Bir editörün metni."
