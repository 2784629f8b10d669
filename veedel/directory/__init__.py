"""The public side of the address directory: the pages "Adressen" show, one module per concern.

- `routes`: `DirectoryViews`, the list and the entry, vCard and report routes
  every directory page has (`DirectoryPage` here, `CityDirectoryPage` on the
  landing site).
- `filters`: search and filters from the URL.
- `queries`: loading entries for the pages, in the reader's language.
- `corrections`: "Fehler melden" – form, rate limit, mail.
- `vcard`: an entry as a contact card.
- `links`: the public address of an entry, from the real directory page of its site.

The entries themselves, and everything that needs no page, are in `snippets.directory`.
"""

from .routes import DirectoryViews

__all__ = ["DirectoryViews"]
