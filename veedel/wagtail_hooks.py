from wagtail import hooks

from snippets.directory.links import ENTRY_URL_HOOK

from .directory.links import entry_url
from .translations import translations_to_delete

# Mails and pages below the page layer ask the directory pages for an entry's address.
hooks.register(ENTRY_URL_HOOK, entry_url)
hooks.register("construct_translated_pages_to_cascade_actions", translations_to_delete)
