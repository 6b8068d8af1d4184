"""Article queries: lists with filters, sorts and search as plain rows; one in detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.articles.rows import ArticleDetailRow, ArticleRow
from app.articles.schemas import ArticleDetail
from app.core import cursor_keys, keyset
from app.core.keyset import RELEVANCE, Key, KeyPart, KeysetPage, Sort, SortSet
from app.core.ref_rows import ExpertRefRow
from app.models import Appearance, Article, Expert, Statement, StatementTopic, Topic
from app.search import backend
from app.search.options import SearchOptions
from app.search.query import parse_query
from app.search.totals import Total
from app.statements.repository import dialect_of, statements_of_article

ArticleSort = Literal["-published_on", "published_on", "relevance"]

_statement_count = (
    select(func.count(Statement.id)).where(Statement.article_id == Article.id).scalar_subquery()
)
_COLUMNS = (
    Article.id,
    Article.slug,
    Article.title,
    Article.subtitle,
    Article.published_on,
    Article.source,
    Article.url,
    Article.language,
    Article.original_language,
    _statement_count.label("statement_count"),
)


@dataclass(frozen=True)
class ArticleFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source: str | None = None
    expert: str | None = None
    topic: list[str] = field(default_factory=list)
    q: str | None = None


_ID = KeyPart("id", cursor_keys.row_id)
_BY_DATE = (KeyPart("published_on", cursor_keys.day), _ID)
SORTS = SortSet(
    "articles",
    "-published_on",
    {"-published_on": _BY_DATE, "published_on": _BY_DATE, RELEVANCE: (keyset.score(), _ID)},
)
"""Newest or oldest published first, or best match first; ties by id."""


def _conditions(f: ArticleFilter, dialect: str, *, search: bool = True) -> list[Any]:
    found: list[Any] = []
    if f.date_from is not None:
        found.append(Article.published_on >= f.date_from)
    if f.date_to is not None:
        found.append(Article.published_on <= f.date_to)
    if f.source:
        found.append(func.lower(Article.source).contains(f.source.lower(), autoescape=True))
    if f.expert is not None:
        found.append(
            Article.id.in_(
                select(Appearance.article_id)
                .join(Expert, Expert.id == Appearance.expert_id)
                .where(Expert.slug == f.expert)
            )
        )
    if f.topic:
        found.append(
            Article.id.in_(
                select(Statement.article_id)
                .join(StatementTopic, StatementTopic.statement_id == Statement.id)
                .join(Topic, Topic.id == StatementTopic.topic_id)
                .where(Topic.slug.in_(f.topic))
            )
        )
    if search and f.q:
        found.append(Article.id.in_(backend.matching_ids(dialect, "articles", parse_query(f.q))))
    return found


def _item(row: Any) -> ArticleRow:
    return {
        "slug": row.slug,
        "title": row.title,
        "published_on": row.published_on.isoformat(),
        "subtitle": row.subtitle,
        "source": row.source,
        "url": row.url,
        "language": row.language,
        "original_language": row.original_language,
        "statement_count": row.statement_count,
    }


_SEARCH = SearchOptions()


def _search_only(f: ArticleFilter) -> bool:
    return bool(f.q) and not (f.date_from or f.date_to or f.source or f.expert or f.topic)


def count_articles(
    session: Session, f: ArticleFilter | None = None, *, options: SearchOptions = _SEARCH
) -> Total:
    """The filter's total; with ``q``, counted only up to ``options.total_cap``."""
    f = f or ArticleFilter()
    cap = options.total_cap
    if f.q and _search_only(f):
        counted = backend.count_matches(dialect_of(session), "articles", parse_query(f.q), cap)
        return Total.counted(session.scalar(counted) or 0, cap)
    where = _conditions(f, dialect_of(session))
    if f.q:
        capped = backend.capped_count(select(Article.id).where(*where), cap)
        return Total.counted(session.scalar(capped) or 0, cap)
    return Total(session.scalar(select(func.count(Article.id)).where(*where)) or 0, True)


def list_articles(
    session: Session,
    f: ArticleFilter | None = None,
    *,
    sort: Sort = SORTS["-published_on"],
    limit: int,
    after: Key | None = None,
    options: SearchOptions = _SEARCH,
) -> KeysetPage[ArticleRow]:
    """A page in ``sort`` order (newest published first by default) and the key to continue
    after, holding the row's own values (``after`` takes it back as it is), or None."""
    f = f or ArticleFilter()
    dialect = dialect_of(session)
    query = select(*_COLUMNS)
    order: keyset.Order
    if sort.name == RELEVANCE and _search_only(f):
        assert f.q
        # Ranked in the index alone, as statements are (see backend.best_matches): the
        # page is already the one after the cursor.
        top = backend.best_matches(
            session, "articles", parse_query(f.q), options=options, limit=limit, after=after
        )
        query = query.add_columns(top.c.score).join(top, top.c.id == Article.id)
        order = [(top.c.score, True), (Article.id, True)]
    elif sort.name == RELEVANCE:
        assert f.q
        match = backend.scored(dialect, "articles", parse_query(f.q)).subquery("search_match")
        query = query.add_columns(match.c.score).join(match, match.c.id == Article.id)
        query = query.where(*_conditions(f, dialect, search=False))
        order = [(match.c.score, True), (Article.id, False)]
        if after is not None:
            query = query.where(keyset.after(order, after))
    else:
        newest_first = sort.name == "-published_on"
        query = query.where(*_conditions(f, dialect))
        order = [(Article.published_on, newest_first), (Article.id, newest_first)]
        if after is not None:
            query = query.where(*keyset.seek(order, after))
    rows = session.execute(query.order_by(*keyset.order_by(order)).limit(limit + 1)).all()
    page, next_key = keyset.cut(rows, limit, sort)
    return KeysetPage([_item(row) for row in page], next_key)


_DETAIL_COLUMNS = (*_COLUMNS, Article.text, Article.content_sha256)


def get_article(session: Session, slug: str) -> ArticleDetailRow | None:
    row = session.execute(select(*_DETAIL_COLUMNS).where(Article.slug == slug)).first()
    return article_detail(session, row) if row is not None else None


def get_article_by_id(session: Session, article_id: int) -> ArticleDetail | None:
    """The article as a validated model, for the write routes' answers."""
    row = session.execute(select(*_DETAIL_COLUMNS).where(Article.id == article_id)).first()
    return ArticleDetail.model_validate(article_detail(session, row)) if row is not None else None


def article_detail(session: Session, row: Any) -> ArticleDetailRow:
    people: Sequence[Any] = session.execute(
        select(Expert.slug, Expert.name, Expert.kind, Appearance.role, Appearance.organization)
        .join(Appearance, Appearance.expert_id == Expert.id)
        .where(Appearance.article_id == row.id)
        .order_by(Expert.name)
    ).all()
    experts: list[ExpertRefRow] = [
        {"slug": slug, "name": name, "kind": kind, "role": role, "organization": organization}
        for slug, name, kind, role, organization in people
    ]
    return {
        **_item(row),
        "text": row.text,
        "content_sha256": row.content_sha256,
        "experts": experts,
        "statements": statements_of_article(session, row.id),
        "warnings": [],
    }
