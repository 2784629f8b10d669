"""Content-Security-Policy: strict on public pages, looser in Wagtail's admin.

django-csp sends CONTENT_SECURITY_POLICY with every response. Wagtail's admin still
has inline scripts and styles, so a request under one of ADMIN_PATH_PREFIXES gets
CONTENT_SECURITY_POLICY_ADMIN instead. A view may still set its own policy with
django-csp's decorators; that wins over both.

Wagtail's preview renders the page through the whole middleware chain with the
page's own path, so a preview keeps the public policy and the nonce of its
inline styles (see docs/security.md).
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self.is_admin(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    @staticmethod
    def is_admin(request):
        return request.path_info.startswith(tuple(settings.ADMIN_PATH_PREFIXES))
