"""Links that carry their own proof: a signed, timestamped payload, and why a link is refused.

The directory's "Angaben sind aktuell" link, the thanks page after a public
suggestion and the actors' invitations use them. Nobody logs in to follow
such a link: the signature is the proof, and its timestamp the lifetime.
"""

from django.core import signing


class LinkRefused(Exception):
    """A link that cannot be used; `reason` is one of the constants, `subject` what the link is for.

    `subject` is set where the link still names it genuinely (say, an expired
    link), so the refusal can point to the right coordination office.
    """

    TAMPERED = "tampered"
    EXPIRED = "expired"
    USED = "used"
    GONE = "gone"
    DEACTIVATED = "deactivated"

    def __init__(self, reason, subject=None):
        super().__init__(reason)
        self.reason = reason
        self.subject = subject


def make_token(payload, salt):
    """`payload` (JSON-safe) signed with the time of signing, for a URL."""
    return signing.dumps(payload, salt=salt)


def read_token(token, salt, max_age):
    """(payload, expired) of a genuine token; `LinkRefused(TAMPERED)` for anything else.

    An expired token still gives its payload (its signature is genuine): the
    caller decides what an old link may still say.
    """
    signer = signing.TimestampSigner(salt=salt)
    try:
        return signer.unsign_object(token, max_age=max_age), False
    except signing.SignatureExpired:
        return signer.unsign_object(token), True
    except signing.BadSignature as error:
        raise LinkRefused(LinkRefused.TAMPERED) from error
