"""The suggestion forms' text field: `rows=` makes a multi-line text area of that height."""

from django import forms

from mitmachen.forms.fields import TextField


def test_rows_make_a_multiline_text_area_that_high():
    field = TextField(label="Hinweis", rows=3, required=False)
    assert field.multiline
    assert isinstance(field.widget, forms.Textarea) and field.widget.attrs["rows"] == 3
    assert field.clean("eins\n\n\n\nzwei") == "eins\n\nzwei"


def test_multiline_alone_is_six_rows_and_single_line_is_an_input():
    assert TextField(label="Beschreibung", multiline=True).widget.attrs["rows"] == 6
    assert isinstance(TextField(label="Titel").widget, forms.TextInput)
