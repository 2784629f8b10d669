"""What the site search (search/) finds of a directory entry: name, description, offers, Stadtteil.

Every language's row is indexed; the search shows the live German entry of what it finds.
"""

from wagtail.search import index


class SearchableEntry(index.Indexed):
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.SearchField("offers"),
        index.SearchField("stadtteil"),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
    ]
