"""sync: the article change log with its tombstones, and ingest timestamps to filter on

``article_changes`` logs each article created and each deleted (a tombstone: the slug and
when it went), for ``GET /v1/changes``. Triggers on ``articles`` write it in the writing
transaction, so no path that deletes an article (the API, a re-seed, plain SQL) can leave
a deletion unlogged. The articles already stored are logged as created, oldest first.

``ix_articles_created_at`` serves ``updated_since`` on articles and statements (a
statement is ingested with its article and takes its ``created_at``).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 03:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = {
    "article_changes_ai": (
        "AFTER INSERT ON articles BEGIN "
        "INSERT INTO article_changes (kind, article_slug, changed_at) "
        "VALUES ('created', NEW.slug, NEW.created_at); END"
    ),
    "article_changes_ad": (
        "AFTER DELETE ON articles BEGIN "
        "INSERT INTO article_changes (kind, article_slug, changed_at) "
        "VALUES ('deleted', OLD.slug, CURRENT_TIMESTAMP); END"
    ),
}

_PG_FUNCTION = """
CREATE FUNCTION article_changes_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO article_changes (kind, article_slug, changed_at)
        VALUES ('created', NEW.slug, NEW.created_at);
    ELSE
        INSERT INTO article_changes (kind, article_slug, changed_at)
        VALUES ('deleted', OLD.slug, now());
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "article_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("article_slug", sa.String(length=120), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('created', 'deleted')", name=op.f("ck_article_changes_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_changes")),
    )
    op.create_index(
        "ix_article_changes_changed_at", "article_changes", ["changed_at", "id"], unique=False
    )
    op.create_index("ix_articles_created_at", "articles", ["created_at"], unique=False)
    op.execute(
        "INSERT INTO article_changes (kind, article_slug, changed_at) "
        "SELECT 'created', slug, created_at FROM articles ORDER BY created_at, id"
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    op.execute(_PG_FUNCTION)
    op.execute(
        "CREATE TRIGGER article_changes_log AFTER INSERT OR DELETE ON articles "
        "FOR EACH ROW EXECUTE FUNCTION article_changes_log()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS article_changes_log ON articles")
        op.execute("DROP FUNCTION IF EXISTS article_changes_log()")
    op.drop_index("ix_articles_created_at", table_name="articles")
    op.drop_index("ix_article_changes_changed_at", table_name="article_changes")
    op.drop_table("article_changes")
