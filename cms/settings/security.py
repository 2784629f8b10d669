"""The security headers (docs/security.md), imported by base.py: Content-Security-Policy (django-csp),
Permissions-Policy (django-permissions-policy), Referrer-Policy and nosniff (Django's SecurityMiddleware).
"""

from csp.constants import NONCE

# Right after SecurityMiddleware (base.py puts them there), so that every response below gets the headers.
SECURITY_HEADER_MIDDLEWARE = [
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "cms.security.PortalCSPMiddleware",
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's preview shows the page in a frame of the admin: same origin only, never a foreign site.
X_FRAME_OPTIONS = "SAMEORIGIN"

# Public pages: nothing but the portal's own files. No inline script at all (JSON-LD is data, not run);
# an inline <style> needs the response's nonce ({{ request.csp_nonce }}). style-src-attr allows the
# style attributes that carry a Sozialraum's or topic's colour as a CSS custom property
# (style="--veedel: #b3261e"): an attribute cannot load or run anything, and images come from 'self'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", NONCE],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Wagtail's admin (ADMIN_PATH_PREFIXES) has inline scripts and styles of its own (panels, widgets,
# wagtail-localize's editor): it gets this looser policy, still without foreign sources. No nonce
# here: a nonce in a directive would make browsers ignore its 'unsafe-inline'.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
ADMIN_PATH_PREFIXES = ["/admin/"]
# No page of the portal needs any of these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ]
}
