"""data version triggers

The data version (the single ``data_version`` row behind every ETag and the response
cache) moved when the application remembered to bump it, and the cache learned of a write
by matching the text of that UPDATE. Now the store moves it: a trigger on every table a
response is built from bumps it on INSERT, UPDATE and DELETE, whoever writes (the API, the
CLI, a migration, a hand-made SQL statement). The derived tables (``expert_topics``,
``expert_months``, ``store_counts``) move only with the tables they count, which have
triggers of their own.

PostgreSQL: one statement-level trigger per table (and TRUNCATE), so an INSERT of a
thousand statements moves the version once; rows updated many times in one transaction
are what migration 0007 moved away from. SQLite has only row triggers: one per row and
event, an in-place update of one row each.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 03:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables the answers are built from; the counter tables follow them.
TABLES = ("articles", "statements", "statement_topics", "experts", "appearances", "topics")
BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1;"
PG_FUNCTION = "bump_data_version"
SQLITE_EVENTS = {"ai": "INSERT", "au": "UPDATE", "ad": "DELETE"}


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _is_postgresql():
        op.execute(
            f"CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {BUMP} RETURN NULL; END $$"
        )
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER data_version_{table} "
                f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
            )
        return
    for table in TABLES:
        for suffix, event in SQLITE_EVENTS.items():
            op.execute(
                f"CREATE TRIGGER data_version_{table}_{suffix} AFTER {event} ON {table} "
                f"BEGIN {BUMP} END"
            )


def downgrade() -> None:
    if _is_postgresql():
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()")
        return
    for table in TABLES:
        for suffix in SQLITE_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS data_version_{table}_{suffix}")
