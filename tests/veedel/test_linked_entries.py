"""Organiser, partners and author as directory entries: linked from the page, listed on the entry's page."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.conftest import section
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    translate,
)
from veedel.models import (
    DirectoryPage,
    EventIndexPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPagePartner,
)

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"


def path_of(page):
    return page.get_url_parts()[2]


@pytest.fixture
def entry(kalk):
    return OrganisationFactory(sozialraum=kalk, name="Bürgerzentrum Testhof", slug="buergerzentrum-testhof")


@pytest.fixture
def linked(kalk, entry):
    """An event organised by the entry, a project it is a partner of, a news item it wrote; and drafts."""
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage), title="Spieleabend im Testhof", organiser_entry=entry
    )
    project = ProjectPageFactory(
        parent=section(kalk, ProjectIndexPage),
        title="Lesepaten im Testhof",
        partner_entries=[ProjectPagePartner(organisation=entry)],
    )
    news = NewsPageFactory(
        parent=section(kalk, NewsIndexPage), title="Neuer Kurs im Testhof", author_entry=entry
    )
    ProjectPageFactory(
        parent=section(kalk, ProjectIndexPage),
        title="Geheimer Entwurf",
        live=False,
        partner_entries=[ProjectPagePartner(organisation=entry)],
    )
    NewsPageFactory(
        parent=section(kalk, NewsIndexPage), title="Noch nicht fertig", live=False, author_entry=entry
    )
    return event, project, news


def test_entry_page_lists_its_events_projects_and_news(client, entry, linked):
    html = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode()
    event, project, news = linked
    for heading in ("Nächste Termine hier", "Gute Beispiele, bei denen sie mitmachen", "Meldungen von hier"):
        assert heading in html
    for page in linked:
        assert page.title in html and f'href="{path_of(page)}"' in html
    assert "Geheimer Entwurf" not in html and "Noch nicht fertig" not in html


def test_entry_page_lists_the_pages_in_the_readers_language(client, kalk, entry, linked):
    _event, project, news = linked
    turkish = Locale.objects.get(language_code="tr")
    translated = translate(news, turkish, "Testhofta yeni kurs")
    directory = section(kalk, DirectoryPage).get_translation(turkish)
    html = client.get(f"{path_of(directory)}{entry.slug}/", HTTP_HOST=KALK).content.decode()
    assert "Testhofta yeni kurs" in html and path_of(translated) in html
    assert path_of(news) not in html
    # The project has no Turkish translation: its Turkish alias is listed (in German, with its address).
    assert path_of(project.get_translation(turkish)) in html


def test_project_and_news_link_their_directory_entries(client, entry, linked):
    _event, project, news = linked
    for page in (project, news):
        html = client.get(path_of(page), HTTP_HOST=KALK).content.decode()
        assert f'href="/adressen/{entry.slug}/"' in html and "Bürgerzentrum Testhof" in html


def test_free_text_stays_the_fallback(client, kalk):
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), author="Elterninitiative Testhof")
    html = client.get(path_of(news), HTTP_HOST=KALK).content.decode()
    assert "Elterninitiative Testhof" in html


def test_editors_choose_partners_and_author_in_the_admin(client, kalk, entry):
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    index = section(kalk, ProjectIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["veedel", "projectpage", index.pk])
    form = client.get(url).content.decode()
    assert "Beteiligte aus dem Adressverzeichnis" in form
    data = nested_form_data(
        {
            "title": "Nachbarschaftsgarten",
            "slug": "nachbarschaftsgarten",
            "teaser": "",
            "since": "",
            "funding": "",
            "body": streamfield([]),
            "partner_entries": inline_formset([{"organisation": entry.pk}]),
        }
    )
    response = client.post(url, {**data, "topics": "", "target_groups": "", "action-publish": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    project = ProjectPage.objects.get(slug="nachbarschaftsgarten", locale__language_code="de")
    assert [partner.organisation for partner in project.partner_entries.all()] == [entry]
    # The aliases in the other languages point at the same (German) entry.
    assert ProjectPagePartner.objects.filter(organisation=entry).count() == 4

    news_index = section(kalk, NewsIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["veedel", "newspage", news_index.pk])
    assert "Herausgegeben von (aus dem Adressverzeichnis)" in client.get(url).content.decode()
    data = nested_form_data(
        {
            "title": "Neues vom Garten",
            "slug": "neues-vom-garten",
            "date": "2026-11-20",
            "teaser": "",
            "body": streamfield([]),
            "author_entry": entry.pk,
            "author": "",
        }
    )
    response = client.post(url, {**data, "topics": "", "action-publish": "1"})
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="neues-vom-garten", locale__language_code="de").author_entry == entry
