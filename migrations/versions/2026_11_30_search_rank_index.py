"""search rank index

PostgreSQL: where the rum extension is installed (Debian's ``postgresql-15-rum``), a RUM
index on the statement and article documents. Unlike GIN it keeps each lexeme's positions,
so it returns matches best first (``ORDER BY document <=> query``) without reading every
match's document to rank it. Where rum is not available, or this role may not create it,
nothing changes: searches keep ranking with GIN (app/search/backend.py detects which index
exists). The GIN indexes stay either way: they serve ``COMMENTARIAT_SEARCH_RANK_INDEX=gin``
and the searches the RUM index does not order (filters combined with ``q``).

SQLite: nothing; FTS5 already ranks inside its index.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-30 16:40:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import exc, text

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RANKED_TABLES = ("statements", "articles")


def _rum_available() -> bool:
    bind = op.get_bind()
    found = bind.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"))
    if found.first() is None:
        return False
    try:
        # a savepoint: without the privilege to create it, the migration goes on with GIN
        with bind.begin_nested():
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS rum"))
    except exc.DBAPIError:
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _rum_available():
        return
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    for table in RANKED_TABLES:
        op.execute(
            f"CREATE INDEX IF NOT EXISTS ix_search_{table}_rank "
            f"ON search.{table} USING rum (document rum_tsvector_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RANKED_TABLES:
        op.execute(f"DROP INDEX IF EXISTS search.ix_search_{table}_rank")
    # The extension is left in place: it may have been there before, for other uses.
