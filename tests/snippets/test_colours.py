import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from home.setup import read_sozialraum_list
from snippets.colours import contrast_ratio, validate_theme_colour
from veedel.models import SiteSettings


def test_known_contrast_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_colour_in_the_list_carries_white_text():
    entries, landing = read_sozialraum_list()
    colours = [entry.colour for entry in entries] + [landing["colour"]]
    assert len(colours) == 12
    for colour in colours:
        assert contrast_ratio(colour, "#ffffff") >= 4.5, colour


@pytest.mark.parametrize("colour", ["#ffff00", "#eeeeee", "#7a9", "blau", ""])
def test_light_or_malformed_colours_are_refused_in_german(colour):
    with pytest.raises(ValidationError) as error:
        validate_theme_colour(colour)
    assert "Farbe" in error.value.messages[0] or "hell" in error.value.messages[0]


@pytest.mark.django_db
def test_settings_form_refuses_a_light_colour_and_keeps_the_input(client, kalk):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailsettings:edit", args=["veedel", "sitesettings", kalk.site.pk])
    before = SiteSettings.for_site(kalk.site).theme_colour
    response = client.post(url, {"theme_colour": "#ffee00", "tagline": "Mein neuer Satz"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "zu hell" in html
    assert "Mein neuer Satz" in html
    assert SiteSettings.for_site(kalk.site).theme_colour == before


@pytest.mark.django_db
def test_a_new_colour_shows_on_the_site(client, kalk):
    site_settings = SiteSettings.for_site(kalk.site)
    client.get("/", HTTP_HOST="kalk.localhost")  # fill the cache first
    site_settings.theme_colour = "#123456"
    site_settings.save()
    assert "--theme: #123456" in client.get("/", HTTP_HOST="kalk.localhost").content.decode()
