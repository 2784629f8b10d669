"""The address a request comes from, as the rate limits and the admin login's lockout count it.

Without a reverse proxy that is `REMOTE_ADDR`. Behind one, `REMOTE_ADDR` is the
proxy's own address for every visitor; each proxy appends the address it was
connected from to `X-Forwarded-For`, so with `TRUSTED_PROXY_COUNT` proxies in
front the visitor's address is that many entries from the right. Entries
further left come from the visitor and can say anything: they are never used.
django-ipware reads the header (spaces, ports, IPv6 brackets, malformed entries).
"""

from django.conf import settings
from ipware import get_client_ip

FORWARDED_FOR = "HTTP_X_FORWARDED_FOR"


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    address, _routable = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=proxies - 1,  # the proxies listed in the header; the nearest one is REMOTE_ADDR
        request_header_order=[FORWARDED_FOR],
        strict=False,  # more entries than proxies: the extra ones on the left are the visitor's own
    )
    # A request without the header (one that bypassed the proxy) counts under the address it came from.
    return address or remote
