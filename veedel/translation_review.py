"""Actors send a page translation for review ("Zur Freigabe einreichen"), as they send any page.

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
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation, TranslationLog

REVIEW_ACTION = "zur-freigabe"


def page_translation(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def offers_review(user, page):
    """Does the translation editor of `page` show "Zur Freigabe einreichen" to `user`?"""
    permissions = page.permissions_for_user(user)
    return (
        not permissions.can_publish()
        and permissions.can_submit_for_moderation()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def submit_for_review(request, translation, page):
    if not offers_review(request.user, page):
        raise PermissionDenied
    translated = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    # As wagtail-localize's own publishing does: a translated (or machine-translated) slug made valid.
    translated.slug = find_available_slug(
        translated.get_parent(), slugify(translated.slug), ignore_page_id=translated.pk
    )
    try:
        # A revision only: the page's own row, which readers see, keeps its published text.
        translated.save_revision(user=request.user)
    except ValidationError as error:
        messages.error(
            request, f"Die Übersetzung kann so nicht eingereicht werden: {'; '.join(error.messages)}"
        )
        return redirect(request.path)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        page.get_workflow().start(translated, request.user)
    messages.success(request, f"„{translated.title}“ ist zur Freigabe eingereicht.")
    return redirect(request.path)


def review_translated_page(request, page):
    """Wagtail's `before_edit_page` hook, ahead of wagtail-localize's (which opens its editor)."""
    if request.method != "POST" or request.POST.get("action") != REVIEW_ACTION:
        return None
    translation = page_translation(page)
    if translation is None:
        return None
    return submit_for_review(request, translation, page.specific)


def log_reviewed_translation(sender, instance, revision=None, **kwargs):
    """`page_published`: a translation published from a reviewed revision is taken over from the German."""
    if revision is None or TranslationLog.objects.filter(revision=revision).exists():
        return  # wagtail-localize logged its own publication already
    translation = page_translation(instance)
    if translation is not None:
        TranslationLog.objects.create(
            source=translation.source, locale=translation.target_locale, revision=revision
        )
