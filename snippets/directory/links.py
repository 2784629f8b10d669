"""The public address of a directory entry, for code below the page layer (mails, the confirmation page).

The entry's page belongs to a directory page (`veedel.directory`), which this
app must not import. The page layer registers the function that builds the
address under the Wagtail hook `ENTRY_URL_HOOK`; `entry_url` asks it, so there
is one rule for the address, and it follows the page when an editor renames it.
"""

from wagtail import hooks
from wagtail.models import Site

ENTRY_URL_HOOK = "directory_entry_url"


def site_of(organisation):
    """The home Sozialraum's site, or the landing site if the Sozialraum has none."""
    site = organisation.sozialraum.site if organisation.sozialraum_id else None
    return site or Site.objects.filter(is_default_site=True).first()


def entry_url(organisation, request=None, language=None):
    """The entry's page in the directory of its home site (absolute without `request`), or ""."""
    for build in hooks.get_hooks(ENTRY_URL_HOOK):
        if url := build(organisation, request=request, language=language):
            return url
    return ""
