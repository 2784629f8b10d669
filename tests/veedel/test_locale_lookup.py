"""The Locale of a language, remembered per process (veedel/localization.py), follows its row.

A Locale that is removed and created again (a flushed database built anew, as the browser tests
do, or an operator who removes a language and adds it later) gets a new primary key; a lookup
that kept the old one lists nothing in that language.
"""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from veedel import localization

pytestmark = pytest.mark.django_db


def replace_row(locale):
    """`locale`'s row removed without Django's collector (as a flush does it) and made anew.

    The references of pages and translations are only checked at the end of the test: by then
    `restore_row` has put the old row back.
    """
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailcore_locale WHERE id = %s", [locale.pk])
    return Locale.objects.create(language_code=locale.language_code)


def restore_row(old, new):
    new.delete()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailcore_locale (id, language_code) VALUES (%s, %s)",
            [old.pk, old.language_code],
        )
    # The rollback at the end of the test sends no signal: nothing of this test may stay remembered.
    localization.forget_locales()


def test_a_language_created_again_is_looked_up_with_its_new_row():
    with translation.override("tr"):
        old = localization.active_locale()
        new = replace_row(old)
        try:
            assert new.pk != old.pk
            assert localization.active_locale().pk == new.pk
        finally:
            restore_row(old, new)
        assert localization.active_locale().pk == old.pk
