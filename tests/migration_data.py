"""What the migrations of Wagtail and wagtail-localize add beside the tables.

A database whose tables come without those migrations (tests/portal_process.py builds them from the
models) or that a transactional test emptied (tests/browser/conftest.py) needs it before
`setup_sites` can run: the root page, the root collection, German, and two permissions that only
migrations create.
"""

MIGRATION_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
]


def add_migration_data(language_code="de"):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    for app_label, model, codename in MIGRATION_PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(title="Root", slug="root", locale=locale)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
