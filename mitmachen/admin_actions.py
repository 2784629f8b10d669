"""The page editor's action menu: one obvious next step for each role.

Actors cannot publish: their primary button sends the page to the
Sozialraumkoordination, and one sentence under it says what happens then.
Coordinators reviewing a page get two actions instead of five overlapping ones
(approve and publish, send back with a comment), and after the approval a
message with the page's public address.
"""

from django.contrib import messages as django_messages
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

SUBMIT = "action-submit"
PUBLISH = "action-publish"
SAVE_DRAFT = "action-save-draft"
# What a reviewer needs besides the two workflow actions: saving their own corrections.
REVIEWER_KEEPS = {SAVE_DRAFT}

SUBMIT_HINT = gettext_lazy(
    "Die Sozialraumkoordination prüft Ihren Beitrag und veröffentlicht ihn; "
    "Sie bekommen eine E-Mail, sobald er öffentlich ist oder wenn etwas fehlt."
)
APPROVE_LABEL = gettext_lazy("Freigeben und veröffentlichen")
REJECT_LABEL = gettext_lazy("Zurückschicken mit Kommentar")


def _is_workflow_item(item):
    return hasattr(item, "launch_modal")


def _reviewer_items(workflow_items, publishes):
    """Approve (without the extra comment step) first, then send back with a comment."""
    approve = next(
        (item for item in workflow_items if item.name == "approve" and not item.launch_modal), None
    )
    reject = next((item for item in workflow_items if item.name == "reject"), None)
    chosen = []
    if approve is not None:
        if publishes:  # otherwise Wagtail's "Freigeben" stays: a further task follows
            approve.label = APPROVE_LABEL
        chosen.append(approve)
    if reject is not None:
        reject.label = REJECT_LABEL
        chosen.append(reject)
    return chosen


@hooks.register("construct_page_action_menu")
def one_next_step_per_role(menu_items, request, context):
    workflow_items = [item for item in menu_items if _is_workflow_item(item)]
    # Administrators keep Wagtail's full menu (cancelling a stuck workflow, for one).
    if workflow_items and not request.user.is_superuser:
        # A reviewer: approving publishes already, cancelling the workflow or publishing past it
        # would only bypass the review they are doing.
        state = context["page"].current_workflow_state
        publishes = state is not None and state.is_at_final_task
        others = [item for item in menu_items if not _is_workflow_item(item) and item.name in REVIEWER_KEEPS]
        menu_items[:] = [*_reviewer_items(workflow_items, publishes), *others]
        return
    names = [item.name for item in menu_items]
    if PUBLISH in names or SUBMIT not in names:
        return
    # Someone who cannot publish: sending for approval is what moves the page on.
    submit = menu_items.pop(names.index(SUBMIT))
    menu_items.insert(0, submit)
    context["submit_hint"] = SUBMIT_HINT


def _approved_by_this_request(request):
    return (
        request.method == "POST"
        and request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    )


@hooks.register("after_edit_page")
def say_where_the_approved_page_is(request, page):
    if not _approved_by_this_request(request):
        return
    # The editor's copy of the page still says "draft": the approval published another instance.
    page = Page.objects.get(pk=page.pk)
    if not page.live or page.workflow_in_progress:
        return  # a workflow with a further task, or a scheduled publication
    # Wagtail has just queued "Page … has been updated"; the address says more.
    storage = django_messages.get_messages(request)
    storage._queued_messages = [  # noqa: SLF001 - no public way to withdraw a queued message
        message for message in storage._queued_messages if message.level != django_messages.SUCCESS
    ]
    url = page.full_url
    text = gettext("„%(title)s“ ist jetzt öffentlich:") % {"title": page.title}
    messages.success(request, format_html('{} <a href="{}">{}</a>', text, url, url))
