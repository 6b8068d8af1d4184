"""statements.span_utf16_shift: JavaScript's offsets of a statement

A statement's ``span`` counts code points; ``span_utf16`` (issue 11) counts UTF-16 code
units, as JavaScript indexes a string. They differ by the number of characters outside
the Basic Multilingual Plane (emoji) in the article's text before the statement, stored
here so that no read has to scan the article's text for them. The loader writes it; this
fills it in for the statements stored before, article by article, for the articles whose
text holds such a character (0 for every other).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.core.utf16 import ASTRAL, astral_offsets

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ARTICLES = sa.table("articles", sa.column("id", sa.Integer), sa.column("text", sa.Text))
_STATEMENTS = sa.table(
    "statements",
    sa.column("id", sa.Integer),
    sa.column("article_id", sa.Integer),
    sa.column("span_start", sa.Integer),
    sa.column("span_utf16_shift", sa.Integer),
)


def upgrade() -> None:
    op.add_column(
        "statements",
        sa.Column("span_utf16_shift", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    connection = op.get_bind()
    # REGEXP on SQLite is the Python function SQLAlchemy's pysqlite dialect registers.
    with_astral = connection.execute(
        sa.select(_ARTICLES.c.id, _ARTICLES.c.text).where(_ARTICLES.c.text.regexp_match(ASTRAL))
    ).all()
    for article_id, text in with_astral:
        astral = astral_offsets(text)
        statements = connection.execute(
            sa.select(_STATEMENTS.c.id, _STATEMENTS.c.span_start).where(
                _STATEMENTS.c.article_id == article_id
            )
        ).all()
        shifts = [
            {"sid": statement_id, "shift": bisect_left(astral, start)}
            for statement_id, start in statements
            if bisect_left(astral, start)
        ]
        if shifts:
            connection.execute(
                _STATEMENTS.update()
                .where(_STATEMENTS.c.id == sa.bindparam("sid"))
                .values(span_utf16_shift=sa.bindparam("shift")),
                shifts,
            )


def downgrade() -> None:
    op.drop_column("statements", "span_utf16_shift")
