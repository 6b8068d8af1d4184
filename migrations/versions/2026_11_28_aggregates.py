"""maintained aggregates

Counts that the topic and expert read paths used to compute over every statement on every
request, kept exact instead by triggers on ``statements`` and ``statement_topics``:

- ``experts.statement_count``, ``experts.last_said_on`` (unattributed statements count
  nowhere per expert);
- ``topics.statement_count`` (tags) and ``topics.expert_count`` (rows of expert_topics);
- ``expert_topics(expert_id, topic_id, statement_count)``: an expert's topics, a topic's
  top experts;
- ``expert_months(expert_id, month, statement_count)``: an expert's timeline.

Rows of the two tables are deleted when their count reaches zero, so "has a row" means
"has a statement". Triggers, not loader code, so every writer stays correct (the API,
``commentariat ingest``, the seed's re-tagging, benchmarks/bulkload.py's multi-row inserts).

Where each change is counted:

- a statement's own counts (expert, month) on INSERT, and on DELETE in a BEFORE trigger,
  which still sees its tags, so its expert_topics are taken back there;
- a tag's counts (topic, expert_topics) on INSERT and DELETE of ``statement_topics``. When
  the tag goes because its statement goes (ON DELETE CASCADE), the statement row is
  already gone on both stores, the expert look-up finds nothing and only the topic count
  moves: the statement's BEFORE DELETE trigger has taken back the expert_topics already;
- ``topics.expert_count`` on INSERT and DELETE of ``expert_topics`` (which an expert's
  deletion also cascades to);
- an UPDATE of a statement's expert or date, or of a tag's keys (the application never
  does either; a deleted expert sets ``expert_id`` NULL) is a removal then an addition.

``last_said_on`` after a removal is kept when it is later than the removed date, else
re-read as the newest remaining statement of that expert through
ix_statements_expert_said_on (one index probe).

On PostgreSQL every trigger function first takes one transaction-scoped advisory lock, so
writers that touch the shared counter rows (every ingest touches most topics) queue in one
place instead of deadlocking on row locks taken in different orders.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_LOCK_KEY = 4_004_001  # pg_advisory_xact_lock key of the aggregate writers


def _month(dialect: str, value: str) -> str:
    """The YYYY-MM of a date, as app/statements/facets.py month_of spells it."""
    return f"strftime('%Y-%m', {value})" if dialect == "sqlite" else f"to_char({value}, 'YYYY-MM')"


def _add_statement(dialect: str, r: str) -> str:
    return f"""
    UPDATE experts SET statement_count = statement_count + 1,
        last_said_on = CASE WHEN last_said_on IS NULL OR last_said_on < {r}.said_on
                            THEN {r}.said_on ELSE last_said_on END
      WHERE id = {r}.expert_id;
    INSERT INTO expert_months (expert_id, month, statement_count)
      SELECT {r}.expert_id, {_month(dialect, f"{r}.said_on")}, 1 WHERE {r}.expert_id IS NOT NULL
      ON CONFLICT (expert_id, month)
      DO UPDATE SET statement_count = expert_months.statement_count + 1;
    INSERT INTO expert_topics (expert_id, topic_id, statement_count)
      SELECT {r}.expert_id, st.topic_id, 1 FROM statement_topics AS st
      WHERE st.statement_id = {r}.id AND {r}.expert_id IS NOT NULL
      ON CONFLICT (expert_id, topic_id)
      DO UPDATE SET statement_count = expert_topics.statement_count + 1;
    """


def _remove_statement(dialect: str, r: str) -> str:
    """Take one statement back; the row itself may still be visible, so it is excluded."""
    month = _month(dialect, f"{r}.said_on")
    tags = f"SELECT st.topic_id FROM statement_topics AS st WHERE st.statement_id = {r}.id"
    return f"""
    UPDATE experts SET statement_count = statement_count - 1,
        last_said_on = CASE WHEN last_said_on > {r}.said_on THEN last_said_on ELSE (
            SELECT s.said_on FROM statements AS s
            WHERE s.expert_id = {r}.expert_id AND s.id <> {r}.id
            ORDER BY s.said_on DESC LIMIT 1) END
      WHERE id = {r}.expert_id;
    UPDATE expert_months SET statement_count = statement_count - 1
      WHERE expert_id = {r}.expert_id AND month = {month};
    DELETE FROM expert_months
      WHERE expert_id = {r}.expert_id AND month = {month} AND statement_count <= 0;
    UPDATE expert_topics SET statement_count = statement_count - 1
      WHERE expert_id = {r}.expert_id AND topic_id IN ({tags});
    DELETE FROM expert_topics
      WHERE expert_id = {r}.expert_id AND statement_count <= 0 AND topic_id IN ({tags});
    """


def _speaker(r: str) -> str:
    return f"(SELECT s.expert_id FROM statements AS s WHERE s.id = {r}.statement_id)"


def _add_tag(r: str) -> str:
    return f"""
    UPDATE topics SET statement_count = statement_count + 1 WHERE id = {r}.topic_id;
    INSERT INTO expert_topics (expert_id, topic_id, statement_count)
      SELECT s.expert_id, {r}.topic_id, 1 FROM statements AS s
      WHERE s.id = {r}.statement_id AND s.expert_id IS NOT NULL
      ON CONFLICT (expert_id, topic_id)
      DO UPDATE SET statement_count = expert_topics.statement_count + 1;
    """


def _remove_tag(r: str) -> str:
    return f"""
    UPDATE topics SET statement_count = statement_count - 1 WHERE id = {r}.topic_id;
    UPDATE expert_topics SET statement_count = statement_count - 1
      WHERE topic_id = {r}.topic_id AND expert_id = {_speaker(r)};
    DELETE FROM expert_topics
      WHERE topic_id = {r}.topic_id AND expert_id = {_speaker(r)} AND statement_count <= 0;
    """


def _expert_topic(r: str, step: str) -> str:
    return f"UPDATE topics SET expert_count = expert_count {step} 1 WHERE id = {r}.topic_id;"


# SQLite: name -> (timing and event, table, body)
def _sqlite_triggers() -> dict[str, tuple[str, str, str]]:
    d = "sqlite"
    return {
        "agg_statements_ai": ("AFTER INSERT", "statements", _add_statement(d, "new")),
        "agg_statements_bd": ("BEFORE DELETE", "statements", _remove_statement(d, "old")),
        "agg_statements_au": (
            "AFTER UPDATE OF expert_id, said_on",
            "statements",
            _remove_statement(d, "old") + _add_statement(d, "new"),
        ),
        "agg_statement_topics_ai": ("AFTER INSERT", "statement_topics", _add_tag("new")),
        "agg_statement_topics_ad": ("AFTER DELETE", "statement_topics", _remove_tag("old")),
        "agg_statement_topics_au": (
            "AFTER UPDATE OF statement_id, topic_id",
            "statement_topics",
            _remove_tag("old") + _add_tag("new"),
        ),
        "agg_expert_topics_ai": ("AFTER INSERT", "expert_topics", _expert_topic("new", "+")),
        "agg_expert_topics_ad": ("AFTER DELETE", "expert_topics", _expert_topic("old", "-")),
    }


# PostgreSQL: function -> (table, its triggers as (name, timing and event), body)
def _pg_functions() -> dict[str, tuple[str, list[tuple[str, str]], str]]:
    d = "postgresql"
    return {
        "agg_statements_changed": (
            "statements",
            [
                ("agg_statements_ai", "AFTER INSERT"),
                ("agg_statements_bd", "BEFORE DELETE"),
                ("agg_statements_au", "AFTER UPDATE OF expert_id, said_on"),
            ],
            f"""
            IF TG_OP IN ('DELETE', 'UPDATE') THEN {_remove_statement(d, "OLD")} END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN {_add_statement(d, "NEW")} END IF;
            """,
        ),
        "agg_statement_topics_changed": (
            "statement_topics",
            [
                ("agg_statement_topics_ai", "AFTER INSERT"),
                ("agg_statement_topics_ad", "AFTER DELETE"),
                ("agg_statement_topics_au", "AFTER UPDATE OF statement_id, topic_id"),
            ],
            f"""
            IF TG_OP IN ('DELETE', 'UPDATE') THEN {_remove_tag("OLD")} END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN {_add_tag("NEW")} END IF;
            """,
        ),
        "agg_expert_topics_changed": (
            "expert_topics",
            [
                ("agg_expert_topics_ai", "AFTER INSERT"),
                ("agg_expert_topics_ad", "AFTER DELETE"),
            ],
            f"""
            IF TG_OP = 'DELETE' THEN {_expert_topic("OLD", "-")} END IF;
            IF TG_OP = 'INSERT' THEN {_expert_topic("NEW", "+")} END IF;
            """,
        ),
    }


def _backfill(dialect: str) -> None:
    """One set-based statement per aggregate, before any trigger exists."""
    month = _month(dialect, "said_on")
    op.execute(
        "UPDATE experts SET statement_count = a.n, last_said_on = a.last "
        "FROM (SELECT expert_id, count(*) AS n, max(said_on) AS last FROM statements "
        "WHERE expert_id IS NOT NULL GROUP BY expert_id) AS a WHERE experts.id = a.expert_id"
    )
    op.execute(
        "INSERT INTO expert_topics (expert_id, topic_id, statement_count) "
        "SELECT s.expert_id, st.topic_id, count(*) FROM statement_topics AS st "
        "JOIN statements AS s ON s.id = st.statement_id "
        "WHERE s.expert_id IS NOT NULL GROUP BY s.expert_id, st.topic_id"
    )
    op.execute(
        "INSERT INTO expert_months (expert_id, month, statement_count) "
        f"SELECT expert_id, {month}, count(*) FROM statements "
        f"WHERE expert_id IS NOT NULL GROUP BY expert_id, {month}"
    )
    op.execute(
        "UPDATE topics SET statement_count = a.n FROM (SELECT topic_id, count(*) AS n "
        "FROM statement_topics GROUP BY topic_id) AS a WHERE topics.id = a.topic_id"
    )
    op.execute(
        "UPDATE topics SET expert_count = a.n FROM (SELECT topic_id, count(*) AS n "
        "FROM expert_topics GROUP BY topic_id) AS a WHERE topics.id = a.topic_id"
    )


def _create_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        for name, (event, table, body) in _sqlite_triggers().items():
            op.execute(f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW BEGIN {body} END")
        return
    for function, (table, triggers, body) in _pg_functions().items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"PERFORM pg_advisory_xact_lock({PG_LOCK_KEY}); {body} "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NULL; END $$"
        )
        for name, event in triggers:
            op.execute(
                f"CREATE TRIGGER {name} {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )


def _drop_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        for name in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    for function, (table, triggers, _body) in _pg_functions().items():
        for name, _event in triggers:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        # no write may land between the backfill's snapshot and the triggers' creation
        op.execute("LOCK TABLE statements, statement_topics IN SHARE ROW EXCLUSIVE MODE")
    op.add_column(
        "experts",
        sa.Column("statement_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column("experts", sa.Column("last_said_on", sa.Date(), nullable=True))
    op.create_index(
        "ix_experts_statement_count_id", "experts", ["statement_count", "id"], unique=False
    )
    op.add_column(
        "topics",
        sa.Column("statement_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column(
        "topics",
        sa.Column("expert_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.create_table(
        "expert_topics",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("statement_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_expert_topics_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topics.id"],
            name=op.f("fk_expert_topics_topic_id_topics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("expert_id", "topic_id", name=op.f("pk_expert_topics")),
    )
    op.create_index(
        "ix_expert_topics_topic_statement_count",
        "expert_topics",
        ["topic_id", "statement_count"],
        unique=False,
    )
    op.create_table(
        "expert_months",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("statement_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_expert_months_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("expert_id", "month", name=op.f("pk_expert_months")),
    )
    _backfill(dialect)
    _create_triggers(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_triggers(dialect)
    op.drop_table("expert_months")
    op.drop_index("ix_expert_topics_topic_statement_count", table_name="expert_topics")
    op.drop_table("expert_topics")
    op.drop_index("ix_experts_statement_count_id", table_name="experts")
    for table, column in (
        ("topics", "expert_count"),
        ("topics", "statement_count"),
        ("experts", "last_said_on"),
        ("experts", "statement_count"),
    ):
        if dialect == "sqlite":
            # native since SQLite 3.35; a batch copy of experts would fire its FK actions
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
