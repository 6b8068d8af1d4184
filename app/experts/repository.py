"""Expert queries: lists with filters, sorts and search as plain rows; one person in detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core import cursor_keys, keyset
from app.core.keyset import RELEVANCE, Key, KeyPart, KeysetPage, Sort, SortSet
from app.experts.rows import AppearanceRow, ExpertDetailRow, ExpertRow
from app.models import Appearance, Article, Expert, ExpertMonth, ExpertTopic, Topic
from app.search import backend
from app.search.options import SearchOptions
from app.search.query import parse_query
from app.search.totals import Total
from app.statements.repository import dialect_of
from app.stats.repository import fill_months

NAME_MAX_LENGTH = 200  # experts.name is VARCHAR(200)
ExpertSort = Literal["name", "statement_count", "-statement_count", "relevance"]

# statement_count, last_said_on and the expert_* tables are maintained by triggers
# (migration 0004), so no read here grows with the number of statements.
_COLUMNS = (
    Expert.id,
    Expert.slug,
    Expert.name,
    Expert.kind,
    Expert.role,
    Expert.organization,
    Expert.statement_count,
    Expert.last_said_on,
)


@dataclass(frozen=True)
class ExpertFilter:
    kind: str | None = None
    topic: list[str] = field(default_factory=list)
    organization: str | None = None
    q: str | None = None


_ID = KeyPart("id", cursor_keys.row_id)
_BY_COUNT = (KeyPart("statement_count", cursor_keys.count), _ID)
SORTS = SortSet(
    "experts",
    "name",
    {
        "name": (KeyPart("name", cursor_keys.text(NAME_MAX_LENGTH)), _ID),
        "statement_count": _BY_COUNT,
        "-statement_count": _BY_COUNT,
        RELEVANCE: (keyset.score(), _ID),
    },
)
"""By name, by statement count either way, or best match first; ties by id."""


def _conditions(f: ExpertFilter, dialect: str, *, search: bool = True) -> list[Any]:
    found: list[Any] = []
    if f.kind is not None:
        found.append(Expert.kind == f.kind)
    if f.topic:
        found.append(
            # an expert_topics row exists exactly while a tagged statement does
            Expert.id.in_(
                select(ExpertTopic.expert_id)
                .join(Topic, Topic.id == ExpertTopic.topic_id)
                .where(Topic.slug.in_(f.topic))
            )
        )
    if f.organization:
        found.append(
            func.lower(Expert.organization).contains(f.organization.lower(), autoescape=True)
        )
    if search and f.q:
        found.append(Expert.id.in_(backend.matching_ids(dialect, "experts", parse_query(f.q))))
    return found


def _item(row: Any) -> ExpertRow:
    return {
        "slug": row.slug,
        "name": row.name,
        "kind": row.kind,
        "role": row.role,
        "organization": row.organization,
        "statement_count": row.statement_count,
        "last_said_on": row.last_said_on.isoformat() if row.last_said_on else None,
    }


def count_experts(
    session: Session, f: ExpertFilter, *, options: SearchOptions = SearchOptions()
) -> Total:
    """The filter's total; with ``q``, counted only up to ``options.total_cap``."""
    where = _conditions(f, dialect_of(session))
    cap = options.total_cap
    if f.q:
        capped = backend.capped_count(select(Expert.id).where(*where), cap)
        return Total.counted(session.scalar(capped) or 0, cap)
    return Total(session.scalar(select(func.count(Expert.id)).where(*where)) or 0, True)


def list_experts(
    session: Session,
    f: ExpertFilter,
    *,
    sort: Sort,
    limit: int,
    after: Key | None = None,
) -> KeysetPage[ExpertRow]:
    """One page in ``sort`` order and the key to continue after, or None on the last."""
    dialect = dialect_of(session)
    query = select(*_COLUMNS)
    order: keyset.Order
    if sort.name == RELEVANCE:
        assert f.q
        match = backend.scored(dialect, "experts", parse_query(f.q)).subquery("search_match")
        query = query.add_columns(match.c.score).join(match, match.c.id == Expert.id)
        order = [(match.c.score, True), (Expert.id, False)]
        query = query.where(*_conditions(f, dialect, search=False))
        if after is not None:
            query = query.where(keyset.after(order, after))
    else:
        first = {
            "name": (Expert.name, False),
            "statement_count": (Expert.statement_count, False),
            "-statement_count": (Expert.statement_count, True),
        }[sort.name]
        order = [first, (Expert.id, False)]
        query = query.where(*_conditions(f, dialect))
        if after is not None:
            query = query.where(*keyset.seek(order, after))
    rows = session.execute(query.order_by(*keyset.order_by(order)).limit(limit + 1)).all()
    page, next_key = keyset.cut(rows, limit, sort)
    return KeysetPage([_item(row) for row in page], next_key)


APPEARANCES_IN_DETAIL = 20
# Newest article first; the article id breaks ties between articles of one day. The
# appearance's own copy of the date lets ix_appearances_expert_published_on give the order.
_APPEARANCE_ORDER = [(Appearance.published_on, True), (Appearance.article_id, True)]


def _appearances(expert_id: int) -> Select[*tuple[Any, ...]]:
    return (
        select(
            Appearance.article_id,
            Appearance.published_on,
            Article.slug,
            Article.title,
            Appearance.role,
            Appearance.organization,
        )
        .join(Appearance, Appearance.article_id == Article.id)
        .where(Appearance.expert_id == expert_id)
        .order_by(*keyset.order_by(_APPEARANCE_ORDER))
    )


def _appearance(row: Any) -> AppearanceRow:
    return {
        "article": {
            "slug": row.slug,
            "title": row.title,
            "published_on": row.published_on.isoformat(),
        },
        "role": row.role,
        "organization": row.organization,
    }


def _appearance_count(session: Session, expert_id: int) -> int:
    count = select(func.count()).select_from(Appearance).where(Appearance.expert_id == expert_id)
    return session.scalar(count) or 0


APPEARANCE_SORTS = SortSet(
    "experts",
    "appearances",
    {
        "appearances": (
            KeyPart("published_on", cursor_keys.day),
            KeyPart("article_id", cursor_keys.row_id),
        )
    },
)


def list_appearances(
    session: Session, slug: str, *, limit: int, after: Key | None = None
) -> tuple[KeysetPage[AppearanceRow], int] | None:
    """A page of the articles a person appears in, newest first, with the key to continue
    after, and their total; None when there is no such person."""
    expert_id = session.scalar(select(Expert.id).where(Expert.slug == slug))
    if expert_id is None:
        return None
    query = _appearances(expert_id)
    if after is not None:
        query = query.where(*keyset.seek(_APPEARANCE_ORDER, after))
    rows = session.execute(query.limit(limit + 1)).all()
    page, next_key = keyset.cut(rows, limit, APPEARANCE_SORTS["appearances"])
    items = [_appearance(row) for row in page]
    return KeysetPage(items, next_key), _appearance_count(session, expert_id)


def get_expert(session: Session, slug: str, *, max_months: int) -> ExpertDetailRow | None:
    """One person as the JSON of ``ExpertDetail``, built from rows: no model is validated
    (the detail of a long-quoted person carries a hundred timeline months). The timeline
    is zero-filled unless that would take more than ``max_months`` months."""
    row = session.execute(select(*_COLUMNS).where(Expert.slug == slug)).first()
    if row is None:
        return None
    topic_rows = session.execute(
        select(Topic.slug, Topic.name, ExpertTopic.statement_count.label("count"))
        .join(Topic, Topic.id == ExpertTopic.topic_id)
        .where(ExpertTopic.expert_id == row.id)
        .order_by(ExpertTopic.statement_count.desc(), Topic.slug)
    ).all()
    appearance_rows = session.execute(_appearances(row.id).limit(APPEARANCES_IN_DETAIL)).all()
    timeline_rows = session.execute(
        select(ExpertMonth.month, ExpertMonth.statement_count)
        .where(ExpertMonth.expert_id == row.id)
        .order_by(ExpertMonth.month)
    ).all()
    return {
        **_item(row),
        "topics": [{"slug": slug, "name": name, "count": n} for slug, name, n in topic_rows],
        "appearances": [_appearance(a) for a in appearance_rows],
        "appearance_count": _appearance_count(session, row.id),
        "timeline": [
            {"month": key, "count": count}
            for key, count in fill_months(
                {str(m): int(n) for m, n in timeline_rows}, max_periods=max_months
            )
        ],
    }
