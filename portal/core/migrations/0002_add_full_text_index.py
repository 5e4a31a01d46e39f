"""The database-specific full-text index over core_searchentry (see portal/core/models.py)."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE core_searchentry_fts USING fts5("
    "title, body, content='core_searchentry', content_rowid='page_id', tokenize='unicode61')",
    "CREATE TRIGGER core_searchentry_ai AFTER INSERT ON core_searchentry BEGIN "
    "INSERT INTO core_searchentry_fts(rowid, title, body) VALUES (new.page_id, new.title, new.body); "
    "END",
    "CREATE TRIGGER core_searchentry_ad AFTER DELETE ON core_searchentry BEGIN "
    "INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title, body) "
    "VALUES ('delete', old.page_id, old.title, old.body); END",
    "CREATE TRIGGER core_searchentry_au AFTER UPDATE ON core_searchentry BEGIN "
    "INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title, body) "
    "VALUES ('delete', old.page_id, old.title, old.body); "
    "INSERT INTO core_searchentry_fts(rowid, title, body) VALUES (new.page_id, new.title, new.body); "
    "END",
    "INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS core_searchentry_ai",
    "DROP TRIGGER IF EXISTS core_searchentry_ad",
    "DROP TRIGGER IF EXISTS core_searchentry_au",
    "DROP TABLE IF EXISTS core_searchentry_fts",
]
POSTGRES_CREATE = [
    "ALTER TABLE core_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')"
    ") STORED",
    "CREATE INDEX core_searchentry_vector ON core_searchentry USING gin (search_vector)",
    # Ranking reads only this small column (see portal.core.selectors.search_page_ids).
    "ALTER TABLE core_searchentry ADD COLUMN title_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple', title)) STORED",
]
POSTGRES_DROP = [
    "ALTER TABLE core_searchentry DROP COLUMN IF EXISTS title_vector",
    "DROP INDEX IF EXISTS core_searchentry_vector",
    "ALTER TABLE core_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor: BaseDatabaseSchemaEditor, statements: dict[str, list[str]]) -> None:
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def create_index(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE})


def drop_index(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_add_search_entry")]

    operations = [migrations.RunPython(create_index, drop_index)]
