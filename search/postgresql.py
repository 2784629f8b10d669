"""A migration step that runs SQL on PostgreSQL only (search/migrations/)."""


def on_postgresql(statements):
    """A RunPython function that executes `statements` on PostgreSQL and does nothing on SQLite."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run
