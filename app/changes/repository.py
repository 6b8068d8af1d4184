"""Change log queries: the articles created and deleted, in the order it happened."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes.rows import ChangeRow
from app.core import cursor_keys, keyset
from app.core.keyset import Key, KeyPart, KeysetPage, SortSet
from app.core.timestamps import at_or_after, utc_text
from app.models import ArticleChange

SORTS = SortSet("changes", "id", {"id": (KeyPart("id", cursor_keys.row_id),)})
"""One order: the log's own, in which the changes happened."""

_COLUMNS = (
    ArticleChange.id,
    ArticleChange.kind,
    ArticleChange.article_slug,
    ArticleChange.changed_at,
)


def _conditions(since: dt.datetime | None) -> list[Any]:
    return [] if since is None else [at_or_after(ArticleChange.changed_at, since)]


def list_changes(
    session: Session, since: dt.datetime | None, *, limit: int, after: Key | None = None
) -> KeysetPage[ChangeRow]:
    """The changes at or after ``since`` (all without it), oldest first, a page at a time."""
    order: keyset.Order = [(ArticleChange.id, False)]
    query = select(*_COLUMNS).where(*_conditions(since))
    if after is not None:
        query = query.where(keyset.after(order, after))
    rows = session.execute(query.order_by(*keyset.order_by(order)).limit(limit + 1)).all()
    page, next_key = keyset.cut(rows, limit, SORTS["id"])
    items: list[ChangeRow] = [
        {"kind": row.kind, "article_slug": row.article_slug, "changed_at": utc_text(row.changed_at)}
        for row in page
    ]
    return KeysetPage(items, next_key)


def count_changes(session: Session, since: dt.datetime | None) -> int:
    total = session.scalar(select(func.count(ArticleChange.id)).where(*_conditions(since)))
    return total or 0
