"""the number of statements, kept by triggers

An unfiltered statement list, the API's landing page, answered its ``total`` by counting
every statement: 35 ms at 1M statements, on every uncached request. One row now holds
the count, moved by triggers on INSERT and DELETE of ``statements`` in the writer's own
transaction, like the counters of migration 0004 (whose advisory lock PostgreSQL writers
already hold).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 06:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_LOCK_KEY = 4_004_001  # the writers' advisory lock (app/core/db.py PG_WRITE_LOCK_KEY)
_TRIGGERS = {
    "total_statements_ai": ("AFTER INSERT", "+"),
    "total_statements_ad": ("AFTER DELETE", "-"),
}


def _bump(step: str) -> str:
    return f"UPDATE store_counts SET statements = statements {step} 1 WHERE id = 1;"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        # no write may land between the count and the triggers' creation
        op.execute("LOCK TABLE statements IN SHARE ROW EXCLUSIVE MODE")
    op.create_table(
        "store_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_counts")),
    )
    op.execute("INSERT INTO store_counts (id, statements) SELECT 1, count(*) FROM statements")
    if dialect == "sqlite":
        for name, (event, step) in _TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {name} {event} ON statements FOR EACH ROW BEGIN {_bump(step)} END"
            )
        return
    op.execute(
        "CREATE FUNCTION total_statements_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_advisory_xact_lock({PG_LOCK_KEY}); "
        f"IF TG_OP = 'INSERT' THEN {_bump('+')} ELSE {_bump('-')} END IF; "
        "RETURN NULL; END $$"
    )
    for name, (event, _step) in _TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {event} ON statements "
            "FOR EACH ROW EXECUTE FUNCTION total_statements_changed()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in _TRIGGERS:
        op.execute(
            f"DROP TRIGGER IF EXISTS {name}"
            if dialect == "sqlite"
            else f"DROP TRIGGER IF EXISTS {name} ON statements"
        )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS total_statements_changed()")
    op.drop_table("store_counts")
