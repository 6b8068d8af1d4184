"""statements carry their attribution evidence

Each statement stores what attributed it (issue 10): the cue as written (the reporting
verb or marker) with its span in the article text, the parser rule, and a confidence in
[0, 1]. The columns are nullable: a statement the parser gave no attribution has none.

Stored articles are re-parsed from their stored text, and each parsed statement's
attribution lands on the stored statement with the same span; stored statements the
parser no longer finds at that span keep null. An article whose parse raises keeps
nulls (and is named in the log): the migration never fails on one article.

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-30 17:00:00
"""

import logging
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = {
    "attribution_cue": sa.Text(),
    "attribution_cue_start": sa.Integer(),
    "attribution_cue_end": sa.Integer(),
    "attribution_rule": sa.Text(),
    "attribution_confidence": sa.Float(),
}
_BATCH = 200  # articles read at a time
log = logging.getLogger("alembic.runtime.migration")

_articles = sa.table(
    "articles",
    sa.column("id", sa.Integer()),
    sa.column("title", sa.Text()),
    sa.column("text", sa.Text()),
    sa.column("published_on", sa.Date()),
)
_statements = sa.table(
    "statements",
    sa.column("id", sa.Integer()),
    sa.column("article_id", sa.Integer()),
    sa.column("span_start", sa.Integer()),
    sa.column("span_end", sa.Integer()),
    *(sa.column(name, kind) for name, kind in _COLUMNS.items()),
)


def _reparse(row: Any) -> Any:
    # Imported here: the parser is the one the store's texts are re-read with today.
    from app.ingest import parser

    parsed = parser.parse_article(row.text, row.published_on)
    if parsed.title != row.title:  # the article was stored with a title of its own
        parsed = parser.parse_article(row.text, row.published_on, title=row.title)
    return parsed


def _backfill(bind: sa.Connection) -> None:
    update = (
        sa.update(_statements)
        .where(_statements.c.id == sa.bindparam("statement_id"))
        .values({name: sa.bindparam(f"new_{name}") for name in _COLUMNS})
    )
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(_articles)
            .where(_articles.c.id > last_id)
            .order_by(_articles.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        for row in rows:
            try:
                parsed = _reparse(row)
            except Exception as exc:  # one bad article must not stop the migration
                log.warning("article %s: parser raised %s; no attribution", row.id, exc)
                continue
            evidence = {
                (s.start, s.end): s.attribution
                for s in parsed.statements
                if s.attribution is not None
            }
            if not evidence:
                continue
            values = []
            for statement_id, start, end in bind.execute(
                sa.select(
                    _statements.c.id, _statements.c.span_start, _statements.c.span_end
                ).where(_statements.c.article_id == row.id)
            ):
                found = evidence.get((start, end))
                if found is not None:
                    values.append(
                        {
                            "statement_id": statement_id,
                            "new_attribution_cue": found.cue,
                            "new_attribution_cue_start": found.cue_start,
                            "new_attribution_cue_end": found.cue_end,
                            "new_attribution_rule": found.rule,
                            "new_attribution_confidence": found.confidence,
                        }
                    )
            if values:
                bind.execute(update, values)


def upgrade() -> None:
    for name, kind in _COLUMNS.items():
        op.add_column("statements", sa.Column(name, kind, nullable=True))
    _backfill(op.get_bind())


def downgrade() -> None:
    for name in reversed(_COLUMNS):
        op.drop_column("statements", name)
