"""The one field partial of the project's forms (templates/django/forms/field.html)."""

from django import forms

TITLE_REQUIRED = "Bitte geben Sie einen Titel an."


class ExampleForm(forms.Form):
    title = forms.CharField(
        label="Titel", help_text="Kurz und klar", error_messages={"required": TITLE_REQUIRED}
    )
    free = forms.BooleanField(label="kostenlos", required=False)
    day = forms.ChoiceField(
        label="Tag", choices=[("mo", "Montag"), ("di", "Dienstag")], widget=forms.RadioSelect
    )


def test_a_field_has_its_label_help_and_errors_linked_to_the_input():
    html = ExampleForm(data={"title": ""})["title"].as_field_group()
    assert html.startswith('<div class="form-field form-field--invalid">')
    assert '<label for="id_title">Titel</label>' in html
    assert '<p class="helptext" id="id_title_helptext">Kurz und klar</p>' in html
    assert f'<ul class="errorlist" id="id_title_error"><li>{TITLE_REQUIRED}</li></ul>' in html
    assert 'aria-invalid="true" aria-describedby="id_title_helptext id_title_error"' in html
    assert html.index("id_title_error") < html.index("<input")


def test_a_valid_field_is_not_marked():
    html = ExampleForm(data={"title": "Hoffest"})["title"].as_field_group()
    assert html.startswith('<div class="form-field">')
    assert "errorlist" not in html and "aria-invalid" not in html


def test_a_checkbox_comes_before_its_label():
    html = ExampleForm()["free"].as_field_group()
    assert html.startswith('<div class="form-field form-field--check">')
    assert (
        '<div class="form-check"><input type="checkbox" name="free" id="id_free"> '
        '<label for="id_free">kostenlos</label></div>'
    ) in html


def test_a_group_of_radio_buttons_is_a_fieldset_with_a_legend():
    html = ExampleForm(data={})["day"].as_field_group()
    assert html.startswith('<fieldset class="form-field form-field--invalid"')
    assert 'aria-describedby="id_day_error"' in html.split(">")[0]
    assert "<legend>Tag</legend>" in html and 'id="id_day_error"' in html and 'value="di"' in html
