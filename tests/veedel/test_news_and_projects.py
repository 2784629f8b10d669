"""News and best-practice projects: marking for the portal, moderation, filters, languages."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import CityNewsIndexPage, LandingPage
from snippets.models import Sozialraum, Topic
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


def news_index(sozialraum):
    return NewsIndexPage.objects.child_of(sozialraum.site.root_page).get()


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


def unmarked_kalk_news(kalk):
    return NewsPage.objects.child_of(news_index(kalk)).filter(show_on_landing=False).first()


def test_coordinator_marks_news_for_the_portal(client, kalk):
    page = unmarked_kalk_news(kalk)
    assert page is not None
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
    draft = NewsPage(
        title="Geheimer Entwurf", slug="geheimer-entwurf", live=False, owner=actor, show_on_landing=True
    )
    draft.topics.add(topic)
    news_index(kalk).add_child(instance=draft)
    draft.save_revision(user=actor)
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
        ("kalk.localhost", "/en/aktuelles/"),
    ]:
        html = client.get(path, HTTP_HOST=host).content.decode()
        assert "Geheimer Entwurf" not in html and "Eingereichter Entwurf" not in html, (host, path)


def test_actor_cannot_set_the_portal_mark(client, kalk):
    actor = user("kalk-akteur")
    page = NewsPage(title="Unser Fest", slug="unser-fest", live=False, owner=actor)
    news_index(kalk).add_child(instance=page)
    page.save_revision(user=actor)
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


def test_topic_pages_gather_several_sozialraeume(client):
    counts = {}
    for page in (
        NewsPage.objects.live().filter(locale__language_code="de").prefetch_related("topic_items__tag")
    ):
        for item in page.topic_items.all():
            counts.setdefault(item.tag.slug, set()).add(page.path[:8])
    slug = max(counts, key=lambda key: len(counts[key]))
    assert len(counts[slug]) >= 2
    html = client.get(f"/themen/{slug}/", HTTP_HOST="localhost").content.decode()
    topic = Topic.objects.get(slug=slug)
    assert topic.name in html
    assert html.count('class="card__veedel"') >= 2
    for prefix in ("/en", "/tr", "/ar"):
        response = client.get(f"{prefix}/themen/{slug}/", HTTP_HOST="localhost")
        assert response.status_code == 200
    assert topic.name_ar in client.get(f"/ar/themen/{slug}/", HTTP_HOST="localhost").content.decode()
    overview = client.get("/themen/", HTTP_HOST="localhost").content.decode()
    assert overview.count('class="tag"') == Topic.objects.count()


def expected_titles(queryset):
    return set(queryset.values_list("title", flat=True))


def listed_titles(html, candidates):
    return {title for title in candidates if f">{title}</a>" in html}


def test_filters_combine(client, kalk):
    topic = Topic.objects.filter(tagged_news__content_object__show_on_landing=True).first()
    german = Locale.objects.get(language_code="de")
    selected = NewsPage.objects.live().filter(locale=german, show_on_landing=True)
    everything = expected_titles(selected)
    kalk_and_topic = expected_titles(
        selected.filter(path__startswith=kalk.site.root_page.path).filter(topic_items__tag=topic)
    )
    html = client.get(
        f"/aus-den-veedeln/?veedel=kalk&thema={topic.slug}", HTTP_HOST="localhost"
    ).content.decode()
    assert listed_titles(html, everything) == kalk_and_topic
    only_topic = expected_titles(selected.filter(topic_items__tag=topic))
    html = client.get(f"/aus-den-veedeln/?thema={topic.slug}", HTTP_HOST="localhost").content.decode()
    assert listed_titles(html, everything) == only_topic
    kalk_news = expected_titles(
        NewsPage.objects.live().child_of(news_index(kalk)).filter(topic_items__tag=topic)
    )
    all_kalk = expected_titles(NewsPage.objects.live().child_of(news_index(kalk)))
    html = client.get(f"/aktuelles/?thema={topic.slug}", HTTP_HOST="kalk.localhost").content.decode()
    assert listed_titles(html, all_kalk) == kalk_news


@pytest.mark.parametrize(
    ("host", "path", "notice"),
    [
        ("localhost", "/aus-den-veedeln/?thema=gibt-es-nicht", "gibt es nicht"),
        ("localhost", "/aus-den-veedeln/?veedel=atlantis", "gibt es nicht"),
        ("localhost", "/aus-den-veedeln/?seite=9999", "letzte Seite"),
        ("localhost", "/aus-den-veedeln/?seite=abc", "erste Seite"),
        ("localhost", "/gute-beispiele/?seite=-1&thema=%3Cscript%3E", "gibt es nicht"),
        ("kalk.localhost", "/aktuelles/?thema=xyz&seite=0", "gibt es nicht"),
        ("kalk.localhost", "/gute-beispiele/?seite=abc", "erste Seite"),
    ],
)
def test_bad_filter_values_are_friendly(client, host, path, notice):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    assert notice in html
    assert "<script>" not in html


def test_unknown_topic_is_a_friendly_404(client):
    response = client.get("/themen/gibt-es-nicht/", HTTP_HOST="localhost")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_translated_pages_appear_in_their_language(client):
    german = NewsPage.objects.live().filter(locale__language_code="de", show_on_landing=True).first()
    english = german.get_translation(Locale.objects.get(language_code="en"))
    english.alias_of = None
    english.title = "News from the neighbourhood in English"
    english.save_revision().publish()
    english_list = client.get("/en/aus-den-veedeln/", HTTP_HOST="localhost").content.decode()
    assert "News from the neighbourhood in English" in english_list
    assert "/en/aktuelles/" in english_list
    # Untranslated (alias) cards are marked as German for screen readers, translated ones are not.
    assert (
        english_list.count('<li class="card" lang="de" dir="ltr">')
        == english_list.count('<li class="card"') - 1
    )
    english_page = client.get(english.url, HTTP_HOST=english.get_site().hostname).content.decode()
    assert '<h1 lang="de"' not in english_page
    alias_page = german.get_translation(Locale.objects.get(language_code="ar"))
    arabic_page = client.get(alias_page.url, HTTP_HOST=alias_page.get_site().hostname).content.decode()
    assert f'<h1 lang="de" dir="ltr">{german.title}</h1>' in arabic_page
    german_list = client.get("/aus-den-veedeln/", HTTP_HOST="localhost").content.decode()
    assert german.title in german_list
    assert "News from the neighbourhood in English" not in german_list
    # A page missing in Turkish simply is not listed there.
    german.get_translation(Locale.objects.get(language_code="tr")).delete()
    turkish = client.get("/tr/aus-den-veedeln/", HTTP_HOST="localhost")
    assert turkish.status_code == 200
    assert f">{german.title}</a>" not in turkish.content.decode()


def test_cards_render_without_optional_data(client, kalk):
    bare = NewsPage(
        title="Ganz kurze Meldung", slug="ganz-kurz", date=datetime.date.today(), show_on_landing=True
    )
    news_index(kalk).add_child(instance=bare)
    bare.save_revision().publish()
    project_index = ProjectIndexPage.objects.child_of(kalk.site.root_page).get()
    project = ProjectPage(title="Projekt ohne Bild", slug="ohne-bild", featured=True)
    project_index.add_child(instance=project)
    project.save_revision().publish()
    for host, path in [
        ("kalk.localhost", "/"),
        ("kalk.localhost", "/aktuelles/"),
        ("kalk.localhost", "/aktuelles/ganz-kurz/"),
        ("kalk.localhost", "/gute-beispiele/ohne-bild/"),
        ("localhost", "/"),
        ("localhost", "/aus-den-veedeln/"),
        ("localhost", "/gute-beispiele/"),
    ]:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (host, path)
    assert "Ganz kurze Meldung" in client.get("/", HTTP_HOST="localhost").content.decode()
    assert (
        "Projekt ohne Bild"
        in client.get("/gute-beispiele/?veedel=kalk", HTTP_HOST="localhost").content.decode()
    )


def test_project_page_shows_its_structure(client, kalk):
    project = (
        ProjectPage.objects.live()
        .child_of(ProjectIndexPage.objects.child_of(kalk.site.root_page).get())
        .first()
    )
    html = client.get(project.url, HTTP_HOST="kalk.localhost").content.decode()
    for heading in ("Steckbrief", "Ausgangslage", "Ziele", "Vorgehen", "Beteiligte", "Ergebnisse", "Kontakt"):
        assert f">{heading}<" in html, heading
    assert project.since in html


class TestPageTypes(WagtailPageTestCase):
    def test_where_pages_go(self):
        self.assertAllowedSubpageTypes(
            VeedelHomePage, {StandardPage, NewsIndexPage, EventIndexPage, ProjectIndexPage, DirectoryPage}
        )
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(CityNewsIndexPage, {LandingPage})

    def test_a_coordinator_can_create_news(self):
        self.client.force_login(user("kalk-koordination"))
        self.assertCanCreate(
            news_index(Sozialraum.objects.get(slug="kalk")),
            NewsPage,
            nested_form_data(
                {
                    "title": "Neues aus Kalk",
                    "slug": "neues-aus-kalk",
                    "date": "2026-11-20",
                    "teaser": "Kurz gesagt",
                    "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
                    "topics": "Kultur, Bildung",
                    "author": "",
                }
            ),
        )
        page = NewsPage.objects.get(slug="neues-aus-kalk", locale__language_code="de")
        assert NewsPage.objects.filter(slug="neues-aus-kalk").count() == 4  # aliases in en, tr, ar
        assert {topic.slug for topic in page.topics.all()} == {"kultur", "bildung"}
        assert not page.show_on_landing
