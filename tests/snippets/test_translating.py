"""translate_from_copy: a translated copy of the German becomes a real wagtail-localize translation."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from snippets.translating import StructureMismatch, translate_from_copy
from tests.conftest import host_of, section
from tests.factories import NewsPageFactory
from veedel.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

BODY_DE = [("paragraph", "<p>Erster Absatz.</p><p>Zweiter Absatz mit <b>fett</b>.</p>")]
BODY_TR = [("paragraph", "<p>Birinci paragraf.</p><p><b>Kalın</b> ikinci paragraf.</p>")]


def german_news(kalk):
    return NewsPageFactory(
        parent=section(kalk, NewsIndexPage),
        title="Neues Familiencafé",
        slug="neues-familiencafe",
        teaser="Jeden Dienstag.",
        body=BODY_DE,
    )


def test_the_copy_becomes_a_translation_with_its_own_slug_and_text(client, kalk):
    german = german_news(kalk)
    turkish = Locale.objects.get(language_code="tr")
    copy = NewsPage(title="Yeni aile kafesi", slug="yeni-aile-kafesi", teaser="Her salı.", body=BODY_TR)
    before = StringTranslation.objects.filter(locale=turkish).count()  # setup_sites' translated pages

    translation = translate_from_copy(german, copy, turkish)

    assert translation.alias_of_id is None and translation.live
    assert translation.slug == "yeni-aile-kafesi"
    assert StringTranslation.objects.filter(locale=turkish).count() == before + 5
    response = client.get(translation.get_url_parts()[2], HTTP_HOST=host_of(kalk))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Yeni aile kafesi" in html and "<b>Kalın</b> ikinci paragraf." in html
    assert "Zweiter Absatz" not in html


def test_a_copy_of_another_shape_is_refused_and_nothing_is_stored(kalk):
    german = german_news(kalk)
    turkish = Locale.objects.get(language_code="tr")
    copy = NewsPage(
        title="Yeni", slug="yeni", teaser="Her salı.", body=[("paragraph", "<p>Tek paragraf.</p>")]
    )
    before = StringTranslation.objects.filter(locale=turkish).count()

    with pytest.raises(StructureMismatch, match="Textstellen"):
        translate_from_copy(german, copy, turkish)

    assert StringTranslation.objects.filter(locale=turkish).count() == before
    assert german.get_translation(turkish).alias_of_id == german.pk
