"""The page cache: anonymous readers get finished responses from Django's cache.

- `middleware`: serves and stores whole responses per scheme, host, path and query, with ETag
  and `Cache-Control` for browsers and proxies.
- `freshness`: code that shows something depending on the clock says when it changes
  (`changes_at`), so a stored page lives exactly until then.
- `invalidation`: every edit that can change what readers see bumps one version number, which
  retires every stored page at once (`Version`, also used by the cached site chrome).

Imports nothing of the portal's apps: it sits below `snippets/` (docs/caching.md).
"""
