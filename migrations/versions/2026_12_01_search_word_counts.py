"""statements per search word

PostgreSQL: ``search.statement_words(word, statements)``, how many statements hold each
lexeme of their search document, kept exact by statement-level triggers on
``public.statements`` (one grouped upsert per INSERT, DELETE or UPDATE, over its
transition tables). A one-word search's capped ``total`` is then one row read, not up
to ``cap + 1`` matches counted in the GIN index (app/search/backend.py, ``count_matches``).

SQLite: nothing; FTS5 counts in its own index.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 08:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The lexemes of a statement's search document (migration 0003's, without its weight).
_WORDS = "tsvector_to_array(to_tsvector('simple', coalesce(search.fold({row}.text), '')))"

# Adds ``sign`` for each time a word is in ``words``. Decrements are an UPDATE: an upsert
# would check its proposed row (a negative count) against the CHECK before the conflict.
_MOVE = """
CREATE FUNCTION search.statement_words_move(words text[], sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF sign > 0 THEN
    INSERT INTO search.statement_words AS w (word, statements)
    SELECT word, count(*) FROM unnest(words) AS word GROUP BY word ORDER BY word
    ON CONFLICT (word) DO UPDATE SET statements = w.statements + EXCLUDED.statements;
  ELSE
    UPDATE search.statement_words AS w SET statements = w.statements - c.n
    FROM (SELECT word, count(*) AS n FROM unnest(words) AS word GROUP BY word) AS c
    WHERE w.word = c.word;
  END IF;
END $$
"""


def _trigger_function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION search.{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body} RETURN NULL; END $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE search.statement_words ("
        "word text PRIMARY KEY, statements integer NOT NULL CHECK (statements >= 0))"
    )
    op.execute(_MOVE)
    # Inserted rows: their documents, which the row-level search_sync trigger (0003) has
    # written by the time a statement-level AFTER trigger runs.
    inserted = (
        "PERFORM search.statement_words_move(array(SELECT unnest(tsvector_to_array(s.document)) "
        "FROM new_rows AS n JOIN search.statements AS s ON s.id = n.id), 1);"
    )
    # Deleted rows: their search rows are gone with them (ON DELETE CASCADE), so the words
    # are read from the deleted text.
    deleted = (
        "PERFORM search.statement_words_move(array(SELECT unnest("
        + _WORDS.format(row="o")
        + ") FROM old_rows AS o), -1);"
    )
    # Updated rows whose text changed (a trigger with transition tables cannot name its
    # columns, so it runs for every UPDATE and skips the rows whose text is the same).
    changed = (
        "FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id WHERE o.text IS DISTINCT FROM n.text"
    )
    updated = (
        "PERFORM search.statement_words_move(array(SELECT unnest("
        + _WORDS.format(row="o")
        + f") {changed}), -1); "
        "PERFORM search.statement_words_move(array(SELECT unnest("
        + _WORDS.format(row="n")
        + f") {changed}), 1);"
    )
    for name, body in (
        ("statement_words_inserted", inserted),
        ("statement_words_deleted", deleted),
        ("statement_words_updated", updated),
    ):
        op.execute(_trigger_function(name, body))
    op.execute(
        "CREATE TRIGGER statement_words_inserted AFTER INSERT ON public.statements "
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION search.statement_words_inserted()"
    )
    op.execute(
        "CREATE TRIGGER statement_words_deleted AFTER DELETE ON public.statements "
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION search.statement_words_deleted()"
    )
    op.execute(
        "CREATE TRIGGER statement_words_updated AFTER UPDATE ON public.statements "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION search.statement_words_updated()"
    )
    op.execute("SET LOCAL work_mem = '256MB'")
    op.execute(
        "INSERT INTO search.statement_words (word, statements) "
        "SELECT word, count(*) FROM search.statements, "
        "unnest(tsvector_to_array(document)) AS word GROUP BY word"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in ("inserted", "deleted", "updated"):
        op.execute(f"DROP TRIGGER IF EXISTS statement_words_{name} ON public.statements")
        op.execute(f"DROP FUNCTION IF EXISTS search.statement_words_{name}()")
    op.execute("DROP FUNCTION IF EXISTS search.statement_words_move(text[], integer)")
    op.execute("DROP TABLE IF EXISTS search.statement_words")
