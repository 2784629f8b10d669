"""Actors send a translation (page or entry) for review ("Zur Freigabe einreichen"), as they send any page.

wagtail-localize's translation editor offers "Veröffentlichen" only, to those who may publish;
an actor's translated text would stay in the editor with no way to the coordinators. The editor
gets a second button (templates/wagtail_localize/admin/edit_translation.html) for users who may
edit the page but not publish it: the translated text (German where a segment is not translated
yet) becomes a new revision of the page, not its live content, and the page's workflow starts –
the review by the Sozialraum's coordinators, whose approval publishes that revision.

When such a revision is published, the translation counts as taken over from the German at that
moment (a `TranslationLog`, as wagtail-localize writes when it publishes itself), so the report
and the readers' notice see it up to date (snippets.translation_state).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, TranslatableMixin, WorkflowMixin, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

from snippets.translation_access import may_publish, may_translate

REVIEW_ACTION = "zur-freigabe"


def enabled_translation(instance):
    """wagtail-localize's running translation whose target is `instance` (a page or entry), if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def offers_review(user, instance):
    """Does the translation editor of `instance` (a page, or an entry with a workflow) show
    "Zur Freigabe einreichen" to `user`? To those who may edit it but not publish it."""
    if not isinstance(instance, WorkflowMixin) or instance.get_workflow() is None:
        return False
    if instance.workflow_in_progress:
        return False
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        return not permissions.can_publish() and permissions.can_submit_for_moderation()
    return may_translate(user, instance) and not may_publish(user, instance)


def submit_for_review(request, instance):
    translation = enabled_translation(instance)
    if translation is None:
        return None  # not a translation: wagtail-localize and Wagtail answer
    if not offers_review(request.user, instance):
        raise PermissionDenied
    translated = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    if isinstance(translated, Page):
        # As wagtail-localize's own publishing does: a translated (or machine-translated) slug made valid.
        translated.slug = find_available_slug(
            translated.get_parent(), slugify(translated.slug), ignore_page_id=translated.pk
        )
    try:
        # A revision only: the object's own row, which readers see, keeps its published text.
        translated.save_revision(user=request.user)
    except ValidationError as error:
        messages.error(
            request, f"Die Übersetzung kann so nicht eingereicht werden: {'; '.join(error.messages)}"
        )
        return redirect(request.path)
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        instance.get_workflow().start(translated, request.user)
    messages.success(request, f"„{translated}“ ist zur Freigabe eingereicht.")
    return redirect(request.path)


def review_translation(request, instance):
    """Wagtail's `before_edit_page` and `before_edit_snippet` hooks, ahead of wagtail-localize's
    (which opens its editor on every request to a translation)."""
    if request.method != "POST" or request.POST.get("action") != REVIEW_ACTION:
        return None
    if not isinstance(instance, TranslatableMixin):
        return None
    return submit_for_review(request, instance.specific if isinstance(instance, Page) else instance)


def log_reviewed_translation(sender, instance, revision=None, **kwargs):
    """`page_published`, `published`: a translation published from a reviewed revision is taken over
    from the German."""
    if revision is None or TranslationLog.objects.filter(revision=revision).exists():
        return  # wagtail-localize logged its own publication already
    translation = enabled_translation(instance)
    if translation is not None:
        TranslationLog.objects.create(
            source=translation.source, locale=translation.target_locale, revision=revision
        )
