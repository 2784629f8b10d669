"""Dashboard panels: "Meine Inhalte" for actors, "Für die Koordination" for coordinators and editors.

Both run a fixed number of queries however much content there is: states
are computed in SQL (workflow states joined by subquery), and each group is
cut to its newest items with a window function, so a busy actor or a large
Sozialraum costs no more than a quiet one. Wagtail's own "Awaiting your
review" panel asks once per item; `ModerationPanel` replaces it with the
same panel in bulk.
"""

from snippets.permissions import scope_of

from .coordination import CoordinationPanel
from .moderation import replace_moderation_panel
from .my_content import MyContentPanel

__all__ = [
    "HIDDEN_FOR_ACTORS",
    "CoordinationPanel",
    "MyContentPanel",
    "panels_for",
    "replace_moderation_panel",
]

# Main-menu items (by name) an actor has no use for; Seiten, Bilder, Dokumente and the
# directory ("verzeichnisse", with only the entries they may change) stay. Workflows and
# the other settings live in the "settings" submenu.
HIDDEN_FOR_ACTORS = {"reports", "settings", "help", "snippets"}


def panels_for(user):
    scope = scope_of(user)
    if scope.coordinates_something:
        return [CoordinationPanel(user, scope)]
    if scope.is_actor_only:
        return [MyContentPanel(user, scope)]
    return []
