"""News and best-practice projects: marking for the portal, moderation, topic pages, filters, languages.

Each test makes its own news and projects with tests/factories.py in the
small test portal (Kalk, Porz-Ost, Chorweiler).
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import CityNewsIndexPage, LandingPage
from quiz.models import QuizPage
from snippets.models import Sozialraum, Topic
from tests.conftest import host_of, section
from tests.factories import ImageFactory, NewsPageFactory, ProjectPageFactory, translate
from veedel.models import (
    DirectoryPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    VeedelHomePage,
)

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def news_of(sozialraum, **kwargs):
    return NewsPageFactory(parent=section(sozialraum, NewsIndexPage), **kwargs)


def project_of(sozialraum, **kwargs):
    return ProjectPageFactory(parent=section(sozialraum, ProjectIndexPage), **kwargs)


def path_of(page):
    return page.get_url_parts()[2]


def news_form(page, action=None, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "date": page.date.isoformat(),
        "teaser": page.teaser,
        "body": streamfield([]),
        "topics": "",
        "author": page.author,
        **fields,
    }
    form = nested_form_data(data)
    if action:
        form[action] = "1"
    return form


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def landing_html(client, path="/"):
    return client.get(path, HTTP_HOST="localhost").content.decode()


def test_coordinator_marks_news_for_the_portal(client, kalk):
    page = news_of(kalk)
    assert not page.show_on_landing
    assert page.title not in landing_html(client)
    assert page.title not in landing_html(client, "/aus-den-veedeln/")

    client.force_login(user("kalk-koordination"))
    today = timezone.localdate().isoformat()
    response = client.post(
        edit_url(page), news_form(page, "action-publish", show_on_landing="on", date=today)
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.show_on_landing and page.live

    start = landing_html(client)
    assert page.title in start
    assert f'style="--veedel: #b3261e">{kalk.name}</span>' in start
    assert f'href="http://kalk.localhost/aktuelles/{page.slug}/"' in start
    assert page.title in landing_html(client, "/aus-den-veedeln/")

    client.post(edit_url(page), news_form(page, "action-publish", date=today))
    page.refresh_from_db()
    assert not page.show_on_landing
    assert page.title not in landing_html(client)
    assert page.title not in landing_html(client, "/aus-den-veedeln/")

    client.post(edit_url(page), news_form(page, "action-publish", show_on_landing="on", date=today))
    assert page.title in landing_html(client)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    assert not page.live
    assert page.title not in landing_html(client)
    assert page.title not in landing_html(client, "/aus-den-veedeln/")
    assert client.get(f"/aktuelles/{page.slug}/", HTTP_HOST="kalk.localhost").status_code == 404


def test_drafts_and_pages_in_moderation_appear_nowhere(client, kalk):
    actor = user("kalk-akteur")
    topic = Topic.objects.get(slug="kultur")
    draft = news_of(
        kalk, title="Geheimer Entwurf", live=False, owner=actor, show_on_landing=True, topics=[topic]
    )
    client.force_login(actor)
    client.post(edit_url(draft), news_form(draft, "action-submit", title="Eingereichter Entwurf"))
    draft.refresh_from_db()
    assert draft.current_workflow_state is not None
    client.logout()
    for host, path in [
        ("localhost", "/"),
        ("localhost", "/aus-den-veedeln/"),
        ("localhost", "/themen/kultur/"),
        ("kalk.localhost", "/"),
        ("kalk.localhost", "/aktuelles/"),
        ("kalk.localhost", "/en/news/"),
    ]:
        html = client.get(path, HTTP_HOST=host).content.decode()
        assert "Geheimer Entwurf" not in html and "Eingereichter Entwurf" not in html, (host, path)


def test_actor_cannot_set_the_portal_mark(client, kalk):
    actor = user("kalk-akteur")
    page = news_of(kalk, live=False, owner=actor)
    client.force_login(actor)
    form = client.get(edit_url(page)).content.decode()
    assert 'name="show_on_landing"' not in form
    assert 'name="title"' in form
    client.post(edit_url(page), news_form(page, "action-submit", show_on_landing="on"))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().show_on_landing is False
    # Even once the coordinator approves it, the forged mark is not there.
    client.force_login(user("kalk-koordination"))
    task_state = page.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    page.refresh_from_db()
    assert page.live and not page.show_on_landing
    coordinator_form = client.get(edit_url(page)).content.decode()
    assert 'name="show_on_landing"' in coordinator_form


def test_topic_pages_gather_several_sozialraeume(client, sozialraeume):
    topic = Topic.objects.get(slug="kultur")
    chorweiler, kalk, porz_ost = sozialraeume
    gathered = [news_of(kalk, topics=[topic]), news_of(porz_ost, topics=[topic])]
    elsewhere = news_of(chorweiler, topics=list(Topic.objects.exclude(pk=topic.pk)[:1]))
    html = client.get(f"/themen/{topic.slug}/", HTTP_HOST="localhost").content.decode()
    assert topic.name in html
    assert html.count('class="card__veedel"') >= 2
    for page in gathered:
        assert f">{page.title}</a>" in html
    assert f">{elsewhere.title}</a>" not in html
    assert f">{kalk.name}</span>" in html and f">{porz_ost.name}</span>" in html
    for prefix in ("/en", "/tr", "/ar"):
        response = client.get(f"{prefix}/themen/{topic.slug}/", HTTP_HOST="localhost")
        assert response.status_code == 200
    assert topic.name_ar in client.get(f"/ar/themen/{topic.slug}/", HTTP_HOST="localhost").content.decode()
    overview = client.get("/themen/", HTTP_HOST="localhost").content.decode()
    assert overview.count('class="tag"') == Topic.objects.count()


def listed_titles(html, pages):
    return {page.title for page in pages if f">{page.title}</a>" in html}


def test_filters_combine(client, kalk, porz_ost):
    topic, other = Topic.objects.order_by("slug")[:2]
    kalk_marked = news_of(kalk, show_on_landing=True, topics=[topic], aliases=False)
    kalk_unmarked = news_of(kalk, topics=[topic], aliases=False)
    kalk_other_topic = news_of(kalk, show_on_landing=True, topics=[other], aliases=False)
    porz_marked = news_of(porz_ost, show_on_landing=True, topics=[topic], aliases=False)
    everything = [kalk_marked, kalk_unmarked, kalk_other_topic, porz_marked]

    html = client.get(
        f"/aus-den-veedeln/?veedel=kalk&thema={topic.slug}", HTTP_HOST="localhost"
    ).content.decode()
    assert listed_titles(html, everything) == {kalk_marked.title}
    html = client.get(f"/aus-den-veedeln/?thema={topic.slug}", HTTP_HOST="localhost").content.decode()
    assert listed_titles(html, everything) == {kalk_marked.title, porz_marked.title}
    html = client.get(f"/aktuelles/?thema={topic.slug}", HTTP_HOST="kalk.localhost").content.decode()
    assert listed_titles(html, everything) == {kalk_marked.title, kalk_unmarked.title}


@pytest.mark.parametrize(
    ("host", "path", "notice"),
    [
        ("localhost", "/aus-den-veedeln/?thema=gibt-es-nicht", "Dieses Thema gibt es nicht."),
        ("localhost", "/aus-den-veedeln/?veedel=atlantis", "Dieses Veedel gibt es nicht."),
        ("localhost", "/gute-beispiele/?seite=-1&thema=%3Cscript%3E", "Dieses Thema gibt es nicht."),
        ("kalk.localhost", "/aktuelles/?thema=xyz&seite=0", "Dieses Thema gibt es nicht."),
    ],
)
def test_bad_filter_values_get_a_german_message_and_a_400(client, host, path, notice):
    # As in the calendar and the directory: the page still renders, the bad value is left out.
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 400
    html = response.content.decode()
    assert notice in html
    assert "<script>" not in html


@pytest.mark.parametrize(
    ("host", "path", "notice"),
    [
        ("localhost", "/aus-den-veedeln/?seite=9999", "letzte Seite"),
        ("localhost", "/aus-den-veedeln/?seite=abc", "erste Seite"),
        ("kalk.localhost", "/gute-beispiele/?seite=abc", "erste Seite"),
    ],
)
def test_bad_page_numbers_are_friendly(client, host, path, notice):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    assert notice in response.content.decode()


def test_unknown_topic_is_a_friendly_404(client):
    response = client.get("/themen/gibt-es-nicht/", HTTP_HOST="localhost")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_translated_pages_appear_in_their_language(client, kalk, porz_ost):
    german = news_of(kalk, show_on_landing=True)
    news_of(porz_ost, show_on_landing=True)  # stays an alias in English
    english = translate(german, locale("en"), "News from the neighbourhood in English")
    assert english.live and not english.alias_of_id
    english_list = client.get("/en/news/", HTTP_HOST="localhost").content.decode()
    assert "News from the neighbourhood in English" in english_list
    assert "/en/news/" in english_list
    # Untranslated (alias) cards have their title marked German for screen readers and a "Deutsch"
    # badge; translated ones have neither.
    assert english_list.count('<li class="card"') == 2
    assert english_list.count('<span class="lang-badge" lang="de">Deutsch</span>') == 1
    assert len(re.findall(r'class="card__title"><a href="[^"]+" lang="de" dir="ltr">', english_list)) == 1
    english_page = client.get(path_of(english), HTTP_HOST=host_of(kalk)).content.decode()
    assert '<h1 lang="de"' not in english_page
    alias_page = german.get_translation(locale("ar"))
    arabic_page = client.get(path_of(alias_page), HTTP_HOST=host_of(kalk)).content.decode()
    assert f'<h1 lang="de" dir="ltr">{german.title}</h1>' in arabic_page
    german_list = client.get("/aus-den-veedeln/", HTTP_HOST="localhost").content.decode()
    assert german.title in german_list
    assert "News from the neighbourhood in English" not in german_list
    # A page missing in Turkish simply is not listed there.
    german.get_translation(locale("tr")).delete()
    turkish = client.get("/tr/haberler/", HTTP_HOST="localhost")
    assert turkish.status_code == 200
    assert f">{german.title}</a>" not in turkish.content.decode()


def test_cards_render_without_optional_data(client, kalk):
    bare = news_of(kalk, teaser="", show_on_landing=True, aliases=False)
    project = project_of(kalk, teaser="", since="", show_on_landing=True, aliases=False)
    for host, path in [
        ("kalk.localhost", "/"),
        ("kalk.localhost", "/aktuelles/"),
        ("kalk.localhost", path_of(bare)),
        ("kalk.localhost", path_of(project)),
        ("localhost", "/"),
        ("localhost", "/aus-den-veedeln/"),
        ("localhost", "/gute-beispiele/"),
    ]:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (host, path)
    assert bare.title in client.get("/", HTTP_HOST="localhost").content.decode()
    assert project.title in client.get("/gute-beispiele/?veedel=kalk", HTTP_HOST="localhost").content.decode()


def test_a_missing_picture_file_leaves_the_picture_out_instead_of_a_500(client, kalk, caplog):
    """An original file lost on disk (a restore, a full disk) must not take the landing page down."""
    image = ImageFactory()
    news = news_of(kalk, image=image, show_on_landing=True, aliases=False)
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    for host, path in [
        ("localhost", "/"),
        ("kalk.localhost", "/aktuelles/"),
        ("kalk.localhost", path_of(news)),
    ]:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (host, path)
        html = response.content.decode()
        assert news.title in html
        assert image.description not in html  # no <img> without its file
    assert "Bilddatei fehlt" in caplog.text


def test_project_page_shows_its_structure(client, kalk):
    project = project_of(
        kalk,
        aliases=False,
        body=[
            ("ausgangslage", "<p>Im Veedel fehlte ein Treffpunkt.</p>"),
            ("ziele", "<p>Ein Ort für alle Nachbarinnen und Nachbarn.</p>"),
            ("vorgehen", "<p>Erst gefragt, dann gebaut.</p>"),
            ("beteiligte", {"partners": [{"name": "Bürgerverein", "role": "stellt die Räume"}]}),
            ("ergebnisse", "<p>Jede Woche kommen vierzig Menschen.</p>"),
            ("kontakt", "<p>Sozialraumkoordination</p>"),
        ],
    )
    html = client.get(path_of(project), HTTP_HOST=host_of(kalk)).content.decode()
    for heading in ("Steckbrief", "Ausgangslage", "Ziele", "Vorgehen", "Beteiligte", "Ergebnisse", "Kontakt"):
        assert f">{heading}<" in html, heading
    assert project.since in html


class TestPageTypes(WagtailPageTestCase):
    def test_where_pages_go(self):
        self.assertAllowedSubpageTypes(
            VeedelHomePage,
            {StandardPage, NewsIndexPage, EventIndexPage, ProjectIndexPage, DirectoryPage, QuizPage},
        )
        self.assertAllowedParentPageTypes(QuizPage, {LandingPage, VeedelHomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(CityNewsIndexPage, {LandingPage})

    def test_a_coordinator_can_create_news(self):
        self.client.force_login(user("kalk-koordination"))
        self.assertCanCreate(
            section(Sozialraum.objects.get(slug="kalk"), NewsIndexPage),
            NewsPage,
            {
                **nested_form_data(
                    {
                        "title": "Neues aus Kalk",
                        "slug": "neues-aus-kalk",
                        "date": "2026-11-20",
                        "teaser": "Kurz gesagt",
                        "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
                        "author": "",
                    }
                ),
                "topics": [str(topic.pk) for topic in Topic.objects.filter(slug__in=["kultur", "bildung"])],
            },
        )
        page = NewsPage.objects.get(slug="neues-aus-kalk", locale__language_code="de")
        assert NewsPage.objects.filter(slug="neues-aus-kalk").count() == 4  # aliases in en, tr, ar
        assert {topic.slug for topic in page.topics.all()} == {"kultur", "bildung"}
        assert not page.show_on_landing
