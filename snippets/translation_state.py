"""Is a translation up to date? The one definition the admin report and the readers' notice share.

A page or entry in another language is in one of three states:

- **nicht übersetzt**: a page that is still an alias of the German (wagtail-localize's stand-in;
  it shows the German text);
- **veraltet** (outdated): the translation does not carry the German's latest text. With
  `captured` = `TranslationSource.last_updated_at` (when the German text was last taken into
  wagtail-localize: "Übersetzen" or "Übersetzte Seiten synchronisieren") and `synced` = the newest
  `TranslationLog` of that source and language (when the translation was last written from it:
  `Translation.save_target` – starting, "Veröffentlichen" in the translation editor, a sync with
  "Sofort veröffentlichen", `snippets.translating.translate_from_copy` – or an approved
  "Zur Freigabe einreichen", veedel/translation_review.py):

      outdated  ⇔  german.last_published_at > captured      (changed, not synced yet)
                 or captured > synced                      (synced, translation not saved since)

  The date shown is the German's last publication (`german_changed_at`). Models without drafts
  have no publication date: for them only the second condition applies, dated by `captured`.
  A German page published again without changes counts as changed: Wagtail keeps no cheap record
  of what a publication changed, and a second look by the translator does no harm. This is the
  rule of the readers' notice (veedel/localization.py `_notice`), stated once here.
- **aktuell** (up to date): otherwise.

`annotate_translation_state` computes this in the database for a whole queryset (one query,
whatever its size); `outdated_since` answers it for one object.
"""

from django.conf import settings
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from wagtail_localize.models import TranslationLog, TranslationSource


class TranslationState(models.TextChoices):
    NOT_TRANSLATED = "fehlt", "Nicht übersetzt"
    UP_TO_DATE = "aktuell", "Aktuell"
    OUTDATED = "veraltet", "Veraltet"


def _source_language():
    return settings.LANGUAGE_CODE


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def annotate_translation_state(queryset):
    """`queryset` (pages or translatable entries, not German) with, on each object:

    `german_changed_at`, `captured_at`, `synced_at` and `translation_state` (a `TranslationState`
    value), all computed by subqueries in the same query, so `.filter(translation_state=...)` works.
    """
    model = queryset.model
    source_language = _source_language()
    captured = Subquery(
        TranslationSource.objects.filter(
            object_id=OuterRef("translation_key"), locale__language_code=source_language
        ).values("last_updated_at")[:1],
        output_field=models.DateTimeField(),
    )
    synced = Subquery(
        TranslationLog.objects.filter(
            source__object_id=OuterRef("translation_key"),
            source__locale__language_code=source_language,
            locale_id=OuterRef("locale_id"),
        )
        .order_by("-created_at")
        .values("created_at")[:1],
        output_field=models.DateTimeField(),
    )
    queryset = queryset.annotate(captured_at=captured, synced_at=synced)
    outdated = Q(captured_at__gt=F("synced_at"))
    if _has_field(model, "last_published_at"):
        german_published = Subquery(
            model._default_manager.filter(
                translation_key=OuterRef("translation_key"), locale__language_code=source_language
            ).values("last_published_at")[:1],
            output_field=models.DateTimeField(),
        )
        queryset = queryset.annotate(german_changed_at=german_published)
        outdated |= Q(german_changed_at__gt=F("captured_at"))
    else:
        queryset = queryset.annotate(german_changed_at=F("captured_at"))
    not_translated = Q(alias_of__isnull=False) if _has_field(model, "alias_of") else Q(pk__in=[])
    return queryset.annotate(
        translation_state=Case(
            When(not_translated, then=Value(TranslationState.NOT_TRANSLATED)),
            When(outdated, then=Value(TranslationState.OUTDATED)),
            default=Value(TranslationState.UP_TO_DATE),
            output_field=models.CharField(),
        )
    )


def annotate_states_by_language(queryset, language_codes):
    """German objects (entries) with `state_<code>` for each of `language_codes`: the same rule as
    `annotate_translation_state`, seen from the German side, where "nicht übersetzt" means there is
    no object in that language yet (entries have no aliases). Also `captured_at`; one query."""
    model = queryset.model
    source_language = _source_language()
    queryset = queryset.annotate(
        captured_at=Subquery(
            TranslationSource.objects.filter(
                object_id=OuterRef("translation_key"), locale__language_code=source_language
            ).values("last_updated_at")[:1],
            output_field=models.DateTimeField(),
        )
    )
    has_published = _has_field(model, "last_published_at")
    for code in language_codes:
        synced = f"synced_{code}"
        queryset = queryset.annotate(
            **{
                f"exists_{code}": models.Exists(
                    model._default_manager.filter(
                        translation_key=OuterRef("translation_key"), locale__language_code=code
                    )
                ),
                synced: Subquery(
                    TranslationLog.objects.filter(
                        source__object_id=OuterRef("translation_key"),
                        source__locale__language_code=source_language,
                        locale__language_code=code,
                    )
                    .order_by("-created_at")
                    .values("created_at")[:1],
                    output_field=models.DateTimeField(),
                ),
            }
        )
        outdated = Q(captured_at__gt=F(synced))
        if has_published:
            outdated |= Q(last_published_at__gt=F("captured_at"))
        queryset = queryset.annotate(
            **{
                f"state_{code}": Case(
                    When(**{f"exists_{code}": False}, then=Value(TranslationState.NOT_TRANSLATED)),
                    When(outdated, then=Value(TranslationState.OUTDATED)),
                    default=Value(TranslationState.UP_TO_DATE),
                    output_field=models.CharField(),
                )
            }
        )
    return queryset


def is_outdated(german_changed_at, captured_at, synced_at):
    """The rule above for times already loaded (the readers' notice loads them with the page's
    other language versions, veedel/localization.py)."""
    if captured_at is None:
        return False
    if german_changed_at is not None and german_changed_at > captured_at:
        return True
    return synced_at is not None and captured_at > synced_at


def outdated_since(instance):
    """When the German of `instance` (a translated page or entry) was changed, if its translation is
    outdated since; else None (up to date, not translated, or German itself). One query."""
    model = instance._meta.concrete_model
    if hasattr(model, "get_first_root_node"):  # pages: the base Page table has the fields
        from wagtail.models import Page

        model = Page
    row = (
        annotate_translation_state(
            model._default_manager.filter(pk=instance.pk).exclude(locale__language_code=_source_language())
        )
        .values("translation_state", "german_changed_at")
        .first()
    )
    if row is None or row["translation_state"] != TranslationState.OUTDATED:
        return None
    return row["german_changed_at"]
