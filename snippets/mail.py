"""Every mail the portal writes itself, from templates in templates/mail/.

A mail named `name` is three templates: `mail/<name>_subject.txt`,
`mail/<name>.txt` (the text body) and, if it exists, `mail/<name>.html` (an
HTML alternative). They are rendered in the mail's language, whatever the
language of the request that triggers them; text templates switch
autoescaping off. No mail text lives in Python.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

TEMPLATE_DIR = "mail"


def single_line(text):
    """`text` on one line: line breaks (and runs of spaces) become one space.

    A mail header with a line break in it is refused (Django's BadHeaderError),
    and Wagtail then drops its moderation mail; titles and names that end up in
    a subject go through this when they are saved.
    """
    return " ".join(str(text).split())


def templated_mail(name, context, *, to, language, reply_to=None):
    """The unsent message `name` to the addresses `to`; `reply_to` is one address or empty."""
    with translation.override(language):
        subject = render_to_string(f"{TEMPLATE_DIR}/{name}_subject.txt", context)
        body = render_to_string(f"{TEMPLATE_DIR}/{name}.txt", context)
        try:
            html = render_to_string(f"{TEMPLATE_DIR}/{name}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=single_line(subject),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=[reply_to] if reply_to else None,
    )
    if html is not None:
        message.attach_alternative(html, "text/html")
    return message
