"""Who speaks for a Sozialraum's coordination, in two different senses.

- `coordination_of`: the coordination office as the public knows it (its
  German `Contact`): named in mails to outsiders, and their reply-to.
- `coordinator_emails`: the people in the Sozialraum's coordinators' group,
  who get the internal notices (a change suggestion, an error report).

They are different on purpose: the office's address may be a shared inbox
that has no admin account, and a coordinator's own address is not public.
"""

from django.contrib.auth import get_user_model

from .languages import SOURCE_LANGUAGE
from .models import Contact


def coordination_of(sozialraum):
    """The Sozialraum's coordination office (its German contact), or None."""
    if sozialraum is None:
        return None
    return (
        Contact.objects.filter(sozialraum=sozialraum, locale__language_code=SOURCE_LANGUAGE)
        .order_by("pk")
        .first()
    )


def coordinator_emails(sozialraum):
    """The addresses of the active members of the Sozialraum's coordinators' group."""
    if sozialraum is None or sozialraum.coordinators_group_id is None:
        return []
    users = get_user_model().objects.filter(groups=sozialraum.coordinators_group_id, is_active=True)
    return list(users.exclude(email="").values_list("email", flat=True))
