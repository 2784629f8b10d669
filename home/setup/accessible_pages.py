"""The page in Leichte Sprache and the page on Deutsche Gebärdensprache of every site.

Made under each site's start page, German, published, as fixtures/leichte-sprache.yaml lists
them; found again by their slug, so a page an editor changed is left as it is, and only a
missing one is made again. They are made before the other languages' page trees are
synchronised, so their aliases in en/tr/ar come in the same run. The footer links them
(veedel/accessible_pages.py).
"""

from functools import cache

import yaml
from django.conf import settings

from veedel.models import StandardPage

PAGES_FILE = settings.BASE_DIR / "fixtures" / "leichte-sprache.yaml"


@cache
def accessible_page_specs():
    with open(PAGES_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def body_blocks(blocks, **names):
    """The StreamField value of a body in the file: `heading` and `paragraph` blocks."""
    stream = []
    for block in blocks:
        ((kind, value),) = block.items()
        value = value.format(**names)
        stream.append(("heading", {"text": value, "level": "h2"}) if kind == "heading" else (kind, value))
    return stream


class AccessiblePageSteps:
    """The step of `SiteSetup` that adds the missing pages of fixtures/leichte-sprache.yaml."""

    def setup_accessible_pages(self, landing_site, sozialraeume):
        count = sum(not sozialraum.retired for sozialraum in sozialraeume)
        self.add_accessible_pages(landing_site.root_page, "landing", name="", count=count)
        for sozialraum in sozialraeume:
            self.add_accessible_pages(
                sozialraum.site.root_page, "sozialraum", name=sozialraum.name, count=count
            )

    def add_accessible_pages(self, parent, kind, **names):
        existing = set(
            parent.get_children().filter(locale_id=parent.locale_id).values_list("slug", flat=True)
        )
        for spec in accessible_page_specs():
            if spec["slug"] in existing:
                continue
            page = StandardPage(
                title=spec["title"],
                intro=spec["intro"][kind].format(**names),
                body=body_blocks(spec["body"][kind], **names),
            )
            self.add_page(parent, page, spec["slug"])
            self.change(f"Seite „{page.title}“ unter {parent.title} angelegt")
