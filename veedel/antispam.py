"""Spam protection for the public forms, without third parties (no captcha, no external requests).

Four checks, each cheap and invisible to people:

- a honeypot field ("Bitte leer lassen") hidden from people by CSS and from
  screen readers by `aria-hidden`: a bot that fills every field gives itself away;
- a signed timestamp: a form sent back faster than a person can fill it in, or
  long after it was opened, is turned away (the person just sends it again);
  each one is good for one sending only, so one fetched form cannot be sent
  over and over (`claim`, an atomic `cache.add` in the shared cache);
- rate limits per client address and per e-mail address (`rate_limited`),
  counted by django-ratelimit in Django's shared cache, so a limit holds
  across processes;
- an upper bound on the size of a request, checked before Django reads it.

`veedel.directory` ("Fehler melden") and `mitmachen` (public suggestions) use
it; each says what it protects with its own salt, timings and wording.
"""

import hashlib
import secrets
import time
from typing import NamedTuple

from django import forms
from django.core import signing
from django.core.cache import cache
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
REUSED = "reused"
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
    reused_message = gettext_lazy(
        "Dieses Formular ist schon abgeschickt worden. Bitte prüfen Sie Ihre Angaben "
        "und senden Sie sie noch einmal."
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

    def new_token(self, started=None):
        return start_token(self.salt, started)

    def started_at(self):
        """When the form was opened, or None if the token is missing, forged or too old."""
        try:
            started, _nonce = signing.loads(
                str(self.data.get("started", "")), salt=self.salt, max_age=self.max_age
            )
            started = float(started)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        # The signature's own timestamp is when the page was served; the value is when the form was.
        return started if 0 <= time.time() - started <= self.max_age else None

    def token_age(self):
        """Seconds since the form was opened, or None if the token is missing, forged or too old."""
        started = self.started_at()
        return None if started is None else time.time() - started

    def claim(self):
        """True the first time this token is sent, False ever after (for as long as it is valid at all)."""
        token = str(self.data.get("started", ""))
        key = "antispam:used:" + hashlib.sha256(f"{self.salt}:{token}".encode()).hexdigest()
        return cache.add(key, True, timeout=self.max_age + 60)

    def spam_refusal(self):
        """A `Refusal` if the request looks like a bot, else None. Needs only the raw data, not validity.

        A token that passes is used up by this call: ask once per request.
        """
        if str(self.data.get("homepage", "")).strip():
            return Refusal(HONEYPOT, str(self.honeypot_message))
        age = self.token_age()
        if age is None:
            return Refusal(EXPIRED, str(self.expired_message))
        if age < self.get_min_seconds():
            return Refusal(TOO_FAST, str(self.too_fast_message))
        if not self.claim():
            return Refusal(REUSED, str(self.reused_message))
        return None

    def spam_reason(self):
        refusal = self.spam_refusal()
        return refusal.message if refusal else None

    def error_summary(self):
        """[(field id or None, label, message)] in the order of the page, for the summary at the top."""
        items = [(None, "", str(message)) for message in self.non_field_errors()]
        for name, field in self.fields.items():
            for message in self.errors.get(name, []):
                if field.widget.is_hidden:
                    items.append((None, "", str(message)))
                else:
                    items.append((self[name].auto_id, str(field.label), str(message)))
        return items

    def prepare_redisplay(self):
        """Show the form again so that sending it once more can pass.

        The honeypot is emptied (a browser's autofill may have filled it), and
        the form gets a fresh token, since the one sent may be used up. It keeps
        a valid start time, so that "too fast" does not start the clock again;
        a missing or expired one starts now.
        """
        if not self.is_bound:
            return
        data = self.data.copy()
        data["homepage"] = ""
        data["started"] = self.new_token(self.started_at())
        self.data = data


def start_token(salt, started=None):
    """The signed start time of a form (`started`, default now), with a random part that makes it unique."""
    return signing.dumps([time.time() if started is None else started, secrets.token_hex(8)], salt=salt)


def rate_limited(request, group, limit, key="ip"):
    """Count this request; True once its key made more than `limit` requests in the current hour.

    `key` is django-ratelimit's: "ip" is the client's address
    (`snippets.client_ip`, which honours `TRUSTED_PROXY_COUNT`), a callable
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
