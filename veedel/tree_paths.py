"""Pages below a page, found through the index of their tree paths on SQLite too.

Wagtail finds a page's descendants by the start of their path (treebeard's materialised path:
`descendant_of`, `child_of`, a site's pages). Django writes `path__startswith` as
`LIKE '0001000A%' ESCAPE '\\'`, and SQLite never uses an index for a LIKE with ESCAPE: each such
query read every event of every Sozialraum (issue 18: 31 ms for the 79 events of one start page on
the benchmark portal; 0.5 ms through the index). On SQLite the lookup of the path field is written
as the same range, `path >= '0001000A' AND path < '0001000A~'`: paths consist of treebeard's
alphabet (digits and capital letters), which all sort below `~`, so the range holds exactly the
paths that start so. Any other value keeps Django's LIKE; PostgreSQL keeps it too (Wagtail gives
the column the "C" collation, whose index serves LIKE prefixes).
"""

import re

from django.db.models.lookups import StartsWith

TREE_ALPHABET = re.compile(r"[0-9A-Z]*\Z")
# Sorts after every character of the alphabet.
AFTER_ALPHABET = "~"


class TreePathStartsWith(StartsWith):
    def as_sqlite(self, compiler, connection):
        if not (self.rhs_is_direct_value() and isinstance(self.rhs, str) and TREE_ALPHABET.match(self.rhs)):
            return self.as_sql(compiler, connection)
        lhs_sql, lhs_params = self.process_lhs(compiler, connection)
        return (
            f"({lhs_sql} >= %s AND {lhs_sql} < %s)",
            (*lhs_params, self.rhs, *lhs_params, self.rhs + AFTER_ALPHABET),
        )


def register():
    """Give Wagtail's page path field the lookup (every page type shares that one field)."""
    from wagtail.models import Page

    Page._meta.get_field("path").register_lookup(TreePathStartsWith)
