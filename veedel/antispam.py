"""Spam protection for the public forms, without third parties (no captcha, no external requests).

Four checks, each cheap and invisible to people:

- a honeypot field ("Bitte leer lassen") hidden from people by CSS and from
  screen readers by `aria-hidden`: a bot that fills every field gives itself away;
- a signed timestamp: a form sent back faster than a person can fill it in, or
  long after it was opened, is turned away (the person just sends it again);
- rate limits per client address and per e-mail address (`rate_limited`),
  counted by django-ratelimit in Django's shared cache, so a limit holds
  across processes;
- an upper bound on the size of a request, checked before Django reads it.

`veedel.directory` ("Fehler melden") and `mitmachen` (public suggestions) use
it; each says what it protects with its own salt, timings and wording.
"""

import time
from typing import NamedTuple

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy
from django_ratelimit.core import is_ratelimited

HOUR = 60 * 60


class Refusal(NamedTuple):
    """Why a request was turned away: a short code for the log, a German message, the HTTP status."""

    code: str
    message: str
    status: int = 400


HONEYPOT = "honeypot"
EXPIRED = "expired"
TOO_FAST = "too_fast"
RATE_LIMIT = "rate_limit"
TOO_LARGE = "too_large"
UNREADABLE = "unreadable"


class SpamProtectedForm(forms.Form):
    """A form with the honeypot and the signed start time; subclasses set salt, timings and wording."""

    salt = "veedel.antispam"
    min_seconds = 3
    max_age = 6 * HOUR
    honeypot_message = gettext_lazy(
        "Ihre Angaben wurden nicht angenommen. Bitte lassen Sie das letzte Feld leer."
    )
    expired_message = gettext_lazy(
        "Das Formular ist abgelaufen. Bitte prüfen Sie Ihre Angaben und senden Sie sie noch einmal."
    )
    too_fast_message = gettext_lazy(
        "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie sie noch einmal."
    )

    # People never see this field (CSS, aria-hidden, no tab stop); a bot that fills it in is turned away.
    homepage = forms.CharField(
        label=gettext_lazy("Bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = self.new_token()

    def get_min_seconds(self):
        return self.min_seconds

    def new_token(self):
        return signing.dumps(time.time(), salt=self.salt)

    def token_age(self):
        """Seconds since the form was opened, or None if the token is missing, forged or too old."""
        try:
            started = signing.loads(str(self.data.get("started", "")), salt=self.salt, max_age=self.max_age)
            age = time.time() - float(started)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        # The signature's own timestamp is when the page was served; the value is when the form was.
        return age if 0 <= age <= self.max_age else None

    def spam_refusal(self):
        """A `Refusal` if the request looks like a bot, else None. Needs only the raw data, not validity."""
        if str(self.data.get("homepage", "")).strip():
            return Refusal(HONEYPOT, str(self.honeypot_message))
        age = self.token_age()
        if age is None:
            return Refusal(EXPIRED, str(self.expired_message))
        if age < self.get_min_seconds():
            return Refusal(TOO_FAST, str(self.too_fast_message))
        return None

    def spam_reason(self):
        refusal = self.spam_refusal()
        return refusal.message if refusal else None

    def prepare_redisplay(self):
        """Show the form again so that sending it once more can pass.

        The honeypot is emptied (a browser's autofill may have filled it), and a
        missing or expired start time is renewed; a valid one is kept, so that
        "too fast" does not start the clock again.
        """
        if not self.is_bound:
            return
        data = self.data.copy()
        data["homepage"] = ""
        if self.token_age() is None:
            data["started"] = self.new_token()
        self.data = data


def rate_limited(request, group, limit, key="ip"):
    """Count this request; True once its key made more than `limit` requests in the current hour.

    `key` is django-ratelimit's: "ip" is the client's address (`REMOTE_ADDR`;
    behind a reverse proxy set `RATELIMIT_IP_META_KEY`), a callable
    `key(group, request)` gives anything else, say an e-mail address. The cache
    key is a hash: the cache holds no addresses in clear.
    """
    return is_ratelimited(request, group=group, key=key, rate=f"{limit}/h", increment=True)


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def request_too_large(request, max_bytes):
    """True if the request announces a body above `max_bytes`; check before touching request.POST."""
    return content_length(request) > max_bytes
