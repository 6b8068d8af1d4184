"""set-based counters on PostgreSQL: once per statement, not once per row

Migrations 0004 and 0006 keep the counters with per-row triggers. On PostgreSQL an
UPDATE of a row already updated in the same transaction first walks the chain of its
earlier versions, so one article with 4,000 quotes by one speaker updated that expert's
row (and ``store_counts``, and each topic's) 4,000 times, each longer than the last, and
hit the statement time limit. SQLite updates a row in place and is unaffected.

On PostgreSQL, INSERT and DELETE of ``statements`` and ``statement_topics`` now fire
statement-level triggers that read the transition tables and move each counter once per
statement (one INSERT of an article's statements moves each speaker's count once):

- ``statements`` inserted: ``store_counts``, each speaker's count and latest date, each
  (speaker, month), and the (speaker, topic) pairs of tags already present (none when the
  loader writes: it inserts the tags after their statements);
- ``statement_topics`` inserted: each topic's count and each (speaker, topic) pair;
- ``statement_topics`` deleted: the same, taken back, while their statements are still
  visible (the loader deletes an article's tags before its statements);
- ``statements`` deleted: ``store_counts``, each speaker's count and latest date (re-read
  through ix_statements_expert_said_on when the newest went), each (speaker, month), and
  the affected speakers' (speaker, topic) counts recounted from what remains. The recount
  is what stays exact when the tags go by ON DELETE CASCADE: the cascade deletes them
  after their statements are gone, so the tag trigger can no longer see whose they were.

UPDATEs (which the application never makes; deleting an expert sets ``expert_id`` NULL)
and the ``expert_topics`` triggers that count a topic's experts stay per row: they touch
each row once. SQLite keeps its per-row triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_LOCK_KEY = 4_004_001  # the writers' advisory lock (app/core/db.py PG_WRITE_LOCK_KEY)
MONTH = "to_char({}, 'YYYY-MM')"  # as migration 0004 and app/statements/facets.py spell it

# The per-row triggers this migration replaces on PostgreSQL: name -> (table, event, function)
_ROW_TRIGGERS = {
    "agg_statements_ai": ("statements", "AFTER INSERT", "agg_statements_changed"),
    "agg_statements_bd": ("statements", "BEFORE DELETE", "agg_statements_changed"),
    "agg_statement_topics_ai": ("statement_topics", "AFTER INSERT", "agg_statement_topics_changed"),
    "agg_statement_topics_ad": ("statement_topics", "AFTER DELETE", "agg_statement_topics_changed"),
    "total_statements_ai": ("statements", "AFTER INSERT", "total_statements_changed"),
    "total_statements_ad": ("statements", "AFTER DELETE", "total_statements_changed"),
}

_BY_SPEAKER = (
    "SELECT expert_id, count(*) AS n, max(said_on) AS last FROM {rows} "
    "WHERE expert_id IS NOT NULL GROUP BY expert_id"
)
_BY_SPEAKER_MONTH = (
    f"SELECT expert_id, {MONTH.format('said_on')} AS month, count(*) AS n FROM {{rows}} "
    "WHERE expert_id IS NOT NULL GROUP BY 1, 2"
)
_TAGS_BY_SPEAKER = (
    "SELECT s.expert_id, t.topic_id, count(*) AS n FROM {tags} AS t "
    "JOIN statements AS s ON s.id = t.statement_id "
    "WHERE s.expert_id IS NOT NULL GROUP BY 1, 2"
)
_ADD_EXPERT_TOPICS = (
    "INSERT INTO expert_topics (expert_id, topic_id, statement_count) {pairs} "
    "ON CONFLICT (expert_id, topic_id) "
    "DO UPDATE SET statement_count = expert_topics.statement_count + excluded.statement_count;"
)

_STATEMENTS_INSERTED = f"""
    UPDATE store_counts SET statements = statements + moved WHERE id = 1;
    UPDATE experts SET statement_count = experts.statement_count + a.n,
        last_said_on = CASE WHEN experts.last_said_on IS NULL OR experts.last_said_on < a.last
                            THEN a.last ELSE experts.last_said_on END
      FROM ({_BY_SPEAKER.format(rows="changed")}) AS a WHERE experts.id = a.expert_id;
    INSERT INTO expert_months (expert_id, month, statement_count)
      {_BY_SPEAKER_MONTH.format(rows="changed")}
      ON CONFLICT (expert_id, month)
      DO UPDATE SET statement_count = expert_months.statement_count + excluded.statement_count;
    {
    _ADD_EXPERT_TOPICS.format(
        pairs="SELECT c.expert_id, t.topic_id, count(*) FROM changed AS c "
        "JOIN statement_topics AS t ON t.statement_id = c.id "
        "WHERE c.expert_id IS NOT NULL GROUP BY 1, 2"
    )
}
"""

# The deleted rows are no longer visible here, so "what remains" is simply the table.
_REMAINING_PAIRS = (
    "SELECT s.expert_id, t.topic_id, count(*) AS n FROM statements AS s "
    "JOIN statement_topics AS t ON t.statement_id = s.id "
    "WHERE s.expert_id IN (SELECT expert_id FROM changed) GROUP BY 1, 2"
)
_STATEMENTS_DELETED = f"""
    UPDATE store_counts SET statements = statements - moved WHERE id = 1;
    UPDATE experts SET statement_count = experts.statement_count - a.n,
        last_said_on = CASE WHEN experts.last_said_on > a.last THEN experts.last_said_on
            ELSE (SELECT s.said_on FROM statements AS s WHERE s.expert_id = experts.id
                  ORDER BY s.said_on DESC LIMIT 1) END
      FROM ({_BY_SPEAKER.format(rows="changed")}) AS a WHERE experts.id = a.expert_id;
    UPDATE expert_months SET statement_count = expert_months.statement_count - a.n
      FROM ({_BY_SPEAKER_MONTH.format(rows="changed")}) AS a
      WHERE expert_months.expert_id = a.expert_id AND expert_months.month = a.month;
    DELETE FROM expert_months
      WHERE expert_id IN (SELECT expert_id FROM changed) AND statement_count <= 0;
    DELETE FROM expert_topics AS et
      WHERE et.expert_id IN (SELECT expert_id FROM changed)
        AND NOT EXISTS (SELECT 1 FROM ({_REMAINING_PAIRS}) AS f
                        WHERE f.expert_id = et.expert_id AND f.topic_id = et.topic_id);
    UPDATE expert_topics SET statement_count = f.n FROM ({_REMAINING_PAIRS}) AS f
      WHERE expert_topics.expert_id = f.expert_id AND expert_topics.topic_id = f.topic_id
        AND expert_topics.statement_count <> f.n;
"""

_TAGS_INSERTED = f"""
    UPDATE topics SET statement_count = topics.statement_count + a.n
      FROM (SELECT topic_id, count(*) AS n FROM changed GROUP BY topic_id) AS a
      WHERE topics.id = a.topic_id;
    {_ADD_EXPERT_TOPICS.format(pairs=_TAGS_BY_SPEAKER.format(tags="changed"))}
"""

# A tag deleted by the cascade of its statement's deletion finds no statement here and
# moves only its topic: the statements trigger recounts that speaker's pairs.
_TAGS_DELETED = f"""
    UPDATE topics SET statement_count = topics.statement_count - a.n
      FROM (SELECT topic_id, count(*) AS n FROM changed GROUP BY topic_id) AS a
      WHERE topics.id = a.topic_id;
    UPDATE expert_topics SET statement_count = expert_topics.statement_count - a.n
      FROM ({_TAGS_BY_SPEAKER.format(tags="changed")}) AS a
      WHERE expert_topics.expert_id = a.expert_id AND expert_topics.topic_id = a.topic_id;
    DELETE FROM expert_topics AS et
      USING ({_TAGS_BY_SPEAKER.format(tags="changed")}) AS a
      WHERE et.expert_id = a.expert_id AND et.topic_id = a.topic_id
        AND et.statement_count <= 0;
"""

# function -> (table, event, transition table kind, body); each trigger is named as its function
_SET_TRIGGERS = {
    "agg_statements_inserted": ("statements", "INSERT", "NEW", _STATEMENTS_INSERTED),
    "agg_statements_deleted": ("statements", "DELETE", "OLD", _STATEMENTS_DELETED),
    "agg_statement_topics_inserted": ("statement_topics", "INSERT", "NEW", _TAGS_INSERTED),
    "agg_statement_topics_deleted": ("statement_topics", "DELETE", "OLD", _TAGS_DELETED),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # no write may land while one set of triggers replaces the other
    op.execute("LOCK TABLE statements, statement_topics IN SHARE ROW EXCLUSIVE MODE")
    for name, (table, _event, _function) in _ROW_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function, (table, event, kind, body) in _SET_TRIGGERS.items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE moved bigint; BEGIN "
            "SELECT count(*) INTO moved FROM changed; "
            "IF moved = 0 THEN RETURN NULL; END IF; "
            f"PERFORM pg_advisory_xact_lock({PG_LOCK_KEY}); {body} RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {function} AFTER {event} ON {table} "
            f"REFERENCING {kind} TABLE AS changed "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("LOCK TABLE statements, statement_topics IN SHARE ROW EXCLUSIVE MODE")
    for function, (table, _event, _kind, _body) in _SET_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {function} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    for name, (table, event, function) in _ROW_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
