"""Admin hooks of the Mitmachen app, one module per concern; importing them registers their hooks."""

from . import admin_accounts, admin_actions, admin_dashboard, admin_submissions  # noqa: F401
