"""Uploaded pictures and documents in an S3-compatible bucket, when S3_BUCKET names one (docs/deployment.md).

production.py builds STORAGES["default"] with `s3_storage(os.environ)`; the tests build the same with
their own environment. Without S3_BUCKET the files stay in MEDIA_ROOT, as before.

Pictures are public in the bucket (its policy allows anonymous reads of images/, original_images/ and
avatar_images/, docs/s3-bucket-policy.json) and linked by plain addresses: a signed address would expire
while a stored page (PAGE_CACHE_SECONDS), a feed reader or a preview on another site still shows it.
Documents are private in the bucket and only ever go through Wagtail's view, which checks the
privacy of their collection (WAGTAILDOCS_SERVE_METHOD in production.py), so no address of a document
in the bucket is handed out at all.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
# As long as nginx keeps them in browsers' caches (docs/deployment.md, `expires 7d`).
MEDIA_CACHE_CONTROL = "max-age=604800"


def s3_storage(environ):
    """STORAGES["default"] for the bucket S3_BUCKET names, or None without it."""
    bucket = environ.get("S3_BUCKET", "").strip()
    if not bucket:
        return None
    for name in ("S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"):
        if not environ.get(name):
            raise ImproperlyConfigured(
                f"{name} fehlt: mit S3_BUCKET legt das Portal Bilder und Dokumente im Bucket ab und braucht"
                " dessen Zugang. Setzen Sie S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY (docs/deployment.md)."
            )
    endpoint = environ.get("S3_ENDPOINT_URL", "").strip() or None
    if endpoint and urlsplit(endpoint).scheme not in ("http", "https"):
        raise ImproperlyConfigured(
            f"S3_ENDPOINT_URL „{endpoint}“ ist keine Adresse: z. B. https://s3.example.net oder"
            " http://127.0.0.1:9000 (MinIO)."
        )
    domain = environ.get("S3_CUSTOM_DOMAIN", "").strip() or None
    if domain and "/" in domain:
        raise ImproperlyConfigured(
            f"S3_CUSTOM_DOMAIN „{domain}“: nur der Hostname, ohne https:// und ohne Pfad,"
            " z. B. medien.sozialraumkoordination.koeln."
        )
    return {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            "bucket_name": bucket,
            "access_key": environ["S3_ACCESS_KEY_ID"],
            "secret_key": environ["S3_SECRET_ACCESS_KEY"],
            "region_name": environ.get("S3_REGION", "").strip() or None,
            "endpoint_url": endpoint,
            "addressing_style": "path" if bucket_in_path(bucket, endpoint) else "virtual",
            "custom_domain": domain,
            # Plain addresses without signature (see above); documents never get one.
            "querystring_auth": False,
            # Two uploads named foto.jpg must not overwrite each other (the storage's default would).
            "file_overwrite": False,
            # No ACL per file: the bucket's policy decides what is public.
            "default_acl": None,
            "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
        },
    }


def bucket_in_path(bucket, endpoint):
    """Another provider's server (MinIO, Ceph), or a bucket name with dots (no certificate covers it as a
    subdomain): the bucket in the address's path. Amazon: the bucket as a subdomain of the region's host."""
    return bool(endpoint) or "." in bucket


def media_origin(storage):
    """Scheme and host of the addresses the storage gives its files: browsers load the pictures there."""
    options = storage["OPTIONS"]
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    if options["endpoint_url"]:
        endpoint = urlsplit(options["endpoint_url"])
        return f"{endpoint.scheme}://{endpoint.netloc}"
    region = f".{options['region_name']}" if options["region_name"] else ""
    if options["addressing_style"] == "path":
        return f"https://s3{region}.amazonaws.com"
    return f"https://{options['bucket_name']}.s3{region}.amazonaws.com"


def allowing_images_from(policy, origin):
    """A copy of a django-csp policy whose img-src also allows `origin` (nothing else from there)."""
    directives = {**policy["DIRECTIVES"], "img-src": [*policy["DIRECTIVES"]["img-src"], origin]}
    return {**policy, "DIRECTIVES": directives}
