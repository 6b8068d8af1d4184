"""full-text search

SQLite: FTS5 external-content tables over statements, articles and experts, kept in step
by triggers. PostgreSQL: tsvector side tables in a ``search`` schema with GIN indexes,
kept in step by triggers. Either way the loader writes only the base tables.

Both stores fold text the same way (lower case, diacritics dropped from Latin letters,
split on anything but letters and digits), as app/search/query.py does for queries.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 03:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> indexed columns, with PostgreSQL weights (A is the strongest)
INDEXED = {
    "statements": {"text": "A"},
    "articles": {"title": "A", "subtitle": "B", "text": "D"},
    "experts": {"name": "A", "role": "C", "organization": "C"},
}


def _sqlite_upgrade() -> None:
    for table, columns in INDEXED.items():
        names = ", ".join(columns)
        new_values = ", ".join(f"new.{c}" for c in columns)
        old_values = ", ".join(f"old.{c}" for c in columns)
        fts = f"{table}_fts"
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new_values});"
        delete = (
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old_values});"
        )
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _sqlite_downgrade() -> None:
    for table in INDEXED:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")


_PG_FOLD = r"""
CREATE FUNCTION search.fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT regexp_replace(
    normalize(
      regexp_replace(normalize(lower(value), NFD), '([a-z])[\u0300-\u036f]+', '\1', 'g'),
      NFC),
    '[^[:alnum:]]+', ' ', 'g')
$$
"""


def _pg_document(table: str, columns: dict[str, str], row: str) -> str:
    parts = [
        f"setweight(to_tsvector('simple', coalesce(search.fold({row}.{column}), '')), '{weight}')"
        for column, weight in columns.items()
    ]
    return " || ".join(parts)


def _pg_upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS search")
    op.execute(_PG_FOLD)
    for table, columns in INDEXED.items():
        op.execute(
            f"CREATE TABLE search.{table} ("
            f"id integer PRIMARY KEY REFERENCES public.{table}(id) ON DELETE CASCADE, "
            "document tsvector NOT NULL)"
        )
        op.execute(
            f"CREATE INDEX ix_search_{table}_document ON search.{table} USING gin (document)"
        )
        op.execute(
            f"CREATE FUNCTION search.sync_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN INSERT INTO search.{table}(id, document) "
            f"VALUES (NEW.id, {_pg_document(table, columns, 'NEW')}) "
            "ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document; "
            "RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_sync AFTER INSERT OR UPDATE OF {', '.join(columns)} "
            f"ON public.{table} FOR EACH ROW EXECUTE FUNCTION search.sync_{table}()"
        )
        op.execute(
            f"INSERT INTO search.{table}(id, document) "
            f"SELECT t.id, {_pg_document(table, columns, 't')} FROM public.{table} AS t"
        )


def _pg_downgrade() -> None:
    for table in INDEXED:
        op.execute(f"DROP TRIGGER IF EXISTS search_sync ON public.{table}")
    op.execute("DROP SCHEMA IF EXISTS search CASCADE")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_downgrade()
    else:
        _pg_downgrade()
