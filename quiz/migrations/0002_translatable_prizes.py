"""Prizes become translatable (wagtail-localize translates them with their page).

A prize that exists already gets its page's language and a translation key of its own; prizes of
a page translated before this migration are then not paired with the German ones, and the next
"Übersetzung aktualisieren" pairs them by translating again.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_prizes_locale_and_key(apps, schema_editor):
    QuizPrize = apps.get_model("quiz", "QuizPrize")
    for prize in QuizPrize.objects.select_related("page").iterator():
        prize.locale_id = prize.page.locale_id
        prize.translation_key = uuid.uuid4()
        prize.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("quiz", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizprize",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quizprize",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_prizes_locale_and_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="quizprize",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="quizprize",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="quizprize",
            unique_together={("translation_key", "locale")},
        ),
    ]
