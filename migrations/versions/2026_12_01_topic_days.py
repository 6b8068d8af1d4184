"""a topic's statements per day, kept by triggers

``GET /v1/statements?topic=…&from=…&to=…`` counted its ``total`` over the topic's tags in
the date range: a covering-index range that grows with the store (1.62× the cost at 1M
statements as at 10k, where the one-expert total, read from a maintained counter, is
1.29×). ``topic_days(topic_id, said_on, statement_count)`` holds how many tags each topic
has on each day, so the total is a sum over at most the range's days. Rows at zero are
deleted, like those of ``expert_topics`` and ``expert_months`` (migration 0004).

The day is the tag's own ``said_on`` (copied from its statement by every writer), the
column the page itself filters on (``filters.ON_TOPIC_INDEX``), so the sum counts exactly
the rows the page lists. Only ``statement_topics`` has triggers: a tag that goes with its
statement (ON DELETE CASCADE) or its topic still fires its own DELETE trigger.

- SQLite: per-row triggers on INSERT, DELETE, and UPDATE of ``topic_id`` or ``said_on``
  (which the application never makes: a removal, then an addition).
- PostgreSQL: statement-level triggers with transition tables, as migration 0007 made the
  other counters, so one INSERT of an article's tags moves each (topic, day) once; an
  UPDATE (any column: a column list cannot go with transition tables) takes back the old
  rows and adds the new. Each takes the writers' advisory lock first, as the others do.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_LOCK_KEY = 4_004_001  # the writers' advisory lock (app/core/db.py PG_WRITE_LOCK_KEY)


def _add(rows: str) -> str:
    """Count ``rows`` (tags, or a one-row alias such as ``new``) into their days."""
    return f"""
    INSERT INTO topic_days (topic_id, said_on, statement_count)
      SELECT topic_id, said_on, count(*) FROM {rows} GROUP BY topic_id, said_on
      ON CONFLICT (topic_id, said_on)
      DO UPDATE SET statement_count = topic_days.statement_count + excluded.statement_count;
    """


def _take_back(rows: str) -> str:
    """Take ``rows`` back from their days. An UPDATE, never an insert: when the topic
    itself goes, its days may already have gone by their own cascade."""
    by_day = f"SELECT topic_id, said_on, count(*) AS n FROM {rows} GROUP BY topic_id, said_on"
    return f"""
    UPDATE topic_days SET statement_count = topic_days.statement_count - a.n
      FROM ({by_day}) AS a
      WHERE topic_days.topic_id = a.topic_id AND topic_days.said_on = a.said_on;
    DELETE FROM topic_days
      WHERE statement_count <= 0
        AND EXISTS (SELECT 1 FROM {rows} AS r
                    WHERE r.topic_id = topic_days.topic_id AND r.said_on = topic_days.said_on);
    """


def _sqlite_add(r: str) -> str:
    return f"""
    INSERT INTO topic_days (topic_id, said_on, statement_count)
      VALUES ({r}.topic_id, {r}.said_on, 1)
      ON CONFLICT (topic_id, said_on)
      DO UPDATE SET statement_count = topic_days.statement_count + 1;
    """


def _sqlite_take_back(r: str) -> str:
    day = f"topic_id = {r}.topic_id AND said_on = {r}.said_on"
    return f"""
    UPDATE topic_days SET statement_count = statement_count - 1 WHERE {day};
    DELETE FROM topic_days WHERE {day} AND statement_count <= 0;
    """


# SQLite: name -> (timing and event, body)
_SQLITE_TRIGGERS = {
    "topic_days_ai": ("AFTER INSERT", _sqlite_add("new")),
    "topic_days_ad": ("AFTER DELETE", _sqlite_take_back("old")),
    "topic_days_au": (
        "AFTER UPDATE OF topic_id, said_on",
        _sqlite_take_back("old") + _sqlite_add("new"),
    ),
}

# PostgreSQL: function (and trigger) -> (event, transition tables, body)
_PG_TRIGGERS = {
    "topic_days_inserted": ("INSERT", "NEW TABLE AS added", _add("added")),
    "topic_days_deleted": ("DELETE", "OLD TABLE AS removed", _take_back("removed")),
    "topic_days_updated": (
        "UPDATE",
        "OLD TABLE AS removed NEW TABLE AS added",
        _take_back("removed") + _add("added"),
    ),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        # no write may land between the backfill's snapshot and the triggers' creation
        op.execute("LOCK TABLE statement_topics IN SHARE ROW EXCLUSIVE MODE")
    op.create_table(
        "topic_days",
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("statement_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_topic_days_topic_id_topics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("topic_id", "said_on", name=op.f("pk_topic_days")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO topic_days (topic_id, said_on, statement_count) "
        "SELECT topic_id, said_on, count(*) FROM statement_topics GROUP BY topic_id, said_on"
    )
    if dialect == "sqlite":
        for name, (event, body) in _SQLITE_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {name} {event} ON statement_topics FOR EACH ROW BEGIN {body} END"
            )
        return
    for function, (event, tables, body) in _PG_TRIGGERS.items():
        # the same early return as migration 0007's: most statements move no tag
        changed = tables.split()[-1]
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM {changed}) THEN RETURN NULL; END IF; "
            f"PERFORM pg_advisory_xact_lock({PG_LOCK_KEY}); {body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {function} AFTER {event} ON statement_topics "
            f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("LOCK TABLE statement_topics IN SHARE ROW EXCLUSIVE MODE")
        for function in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {function} ON statement_topics")
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.drop_table("topic_days")
