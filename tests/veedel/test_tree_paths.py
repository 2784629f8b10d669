"""Pages below a page through the path index (veedel/tree_paths.py): the same pages, a cheaper query.

On SQLite `path__startswith` is written as a range over the path, which SQLite's index serves (a
LIKE with ESCAPE never is); the pages found must be exactly those whose path starts so, as Python
sees it, in every site and every language tree, and values that are no tree path keep Django's LIKE.
"""

import pytest
from django.db import connection
from wagtail.models import Page, Site

from snippets.models import Sozialraum

pytestmark = pytest.mark.django_db


def below(page, inclusive=True):
    """The pages whose path starts with `page`'s, worked out in Python."""
    return {
        pk
        for pk, path in Page.objects.values_list("pk", "path")
        if path.startswith(page.path) and (inclusive or path != page.path)
    }


def test_descendants_and_children_are_exactly_the_pages_below_in_every_tree():
    roots = [site.root_page for site in Site.objects.select_related("root_page")]
    roots += list(Page.objects.filter(depth=1)) + list(Page.objects.filter(depth=3)[:20])
    assert len(roots) > 10
    for root in roots:
        assert set(Page.objects.filter(path__startswith=root.path).values_list("pk", flat=True)) == below(
            root
        )
        assert set(Page.objects.descendant_of(root).values_list("pk", flat=True)) == below(
            root, inclusive=False
        )
        children = {
            pk for pk in below(root, inclusive=False) if Page.objects.get(pk=pk).depth == root.depth + 1
        }
        assert set(root.get_children().values_list("pk", flat=True)) == children
    # A page type of its own table (multi-table inheritance) shares the field and the lookup.
    kalk = Sozialraum.objects.select_related("site__root_page").get(slug="kalk")
    home = kalk.site.root_page.specific
    assert set(type(home).objects.descendant_of(Page.objects.get(depth=1)).values_list("pk", flat=True)) >= {
        home.pk
    }


def test_on_sqlite_the_path_index_serves_the_query_and_other_values_keep_like():
    root = Site.objects.get(is_default_site=True).root_page
    pages = Page.objects.filter(path__startswith=root.path).values("pk")
    sql, params = pages.query.sql_with_params()
    if connection.vendor == "sqlite":
        assert "LIKE" not in sql and list(params) == [root.path, root.path + "~"]
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " ".join(str(row) for row in cursor.fetchall())
        assert "path>? AND path<?" in plan, plan
    else:
        assert "LIKE" in sql
    # No tree path: Django's LIKE, with its escaping (a "%" is a percent sign, not "anything").
    for value in ["0001%", "0001_", "abc"]:
        sql, _params = Page.objects.filter(path__startswith=value).query.sql_with_params()
        assert "LIKE" in sql
    assert not Page.objects.filter(path__startswith="0001%").exists()
    # Other fields keep Django's lookup.
    sql, _params = Sozialraum.objects.filter(slug__startswith="KALK").query.sql_with_params()
    assert "LIKE" in sql
