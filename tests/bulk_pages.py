"""Pages stored in bulk, for tests and measurements that need hundreds or thousands of them.

The rows that `add_child` and publishing write for a page and its inline children, a few inserts
for all of them: no revisions, log entries or search index entries, which no public page reads.
"""

from unittest import mock

from django.db import connection
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page


def append_children(parent, pages):
    """Store `pages` (new, of one specific type) as the parent's last children, published, in bulk.

    The rows that `add_child` and publishing write for a page and its inline
    children (topics, changed dates), a few inserts for all of them; no
    revisions, log entries or search index entries, which no public page reads.
    """
    if not pages:
        return pages
    model = type(pages[0])
    with mock.patch.object(Page, "save"):
        for page in pages:
            page.save()  # the page type's own save() derives fields (an event's rule and end)
    # Read while the pages are unsaved: the inline children are still in memory.
    children = {
        relation: [list(getattr(page, relation.get_accessor_name()).all()) for page in pages]
        for relation in get_all_child_relations(model)
    }
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    first_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    for step, page in enumerate(pages, start=first_step):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    bases = Page.objects.bulk_create(
        Page(**{field.attname: getattr(page, field.attname) for field in base_fields}) for page in pages
    )
    for page, base in zip(pages, bases, strict=True):
        page.id = page.page_ptr_id = base.pk
        page._state.adding = False
    # Django's bulk_create refuses multi-table models, so the page type's own table gets its
    # rows the way bulk_create writes each table.
    fields = model._meta.local_concrete_fields
    batch = connection.ops.bulk_batch_size(fields, pages)
    for start in range(0, len(pages), batch):
        model._base_manager._insert(pages[start : start + batch], fields=fields)
    for relation, per_page in children.items():
        rows = []
        for page, items in zip(pages, per_page, strict=True):
            for order, child in enumerate(items):
                setattr(child, relation.field.attname, page.pk)
                if hasattr(child, "sort_order"):
                    child.sort_order = order
                rows.append(child)
        relation.related_model.objects.bulk_create(rows)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def add_pages(parent, make, count, aliases_in=()):
    """`count` pages from `make(number, locale)`, with an alias in each of `aliases_in`, as the sync makes."""
    originals = append_children(parent, [make(number, parent.locale) for number in range(count)])
    for locale in aliases_in:
        aliases = []
        for number, original in enumerate(originals):
            alias = make(number, locale)
            alias.alias_of, alias.translation_key = original, original.translation_key
            aliases.append(alias)
        append_children(parent.get_translation(locale), aliases)
    return originals
