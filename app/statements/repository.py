"""Statement queries. Lists select plain columns (no ORM objects) and fetch the page's
topics in one more query, so a page costs a fixed number of statements whatever its size."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.core.refs import ArticleRef, ExpertRef, Span, TopicRef
from app.models import Article, Expert, Statement, StatementTopic, Topic
from app.statements.schemas import StatementDetail, StatementFilter, StatementSummary, TopicTag

_COLUMNS = (
    Statement.id,
    Statement.text,
    Statement.kind,
    Statement.said_on,
    Statement.position,
    Statement.span_start,
    Statement.span_end,
    Expert.slug.label("expert_slug"),
    Expert.name.label("expert_name"),
    Expert.kind.label("expert_kind"),
    Expert.role.label("expert_role"),
    Expert.organization.label("expert_organization"),
    Article.slug.label("article_slug"),
    Article.title.label("article_title"),
    Article.published_on.label("article_published_on"),
)

Key = tuple[dt.date, int, int]


def _conditions(f: StatementFilter) -> list[Any]:
    conditions: list[Any] = []
    if f.expert is not None:
        conditions.append(
            Statement.expert_id
            == select(Expert.id).where(Expert.slug == f.expert).scalar_subquery()
        )
    if f.topic:
        conditions.append(
            Statement.id.in_(
                select(StatementTopic.statement_id)
                .join(Topic, Topic.id == StatementTopic.topic_id)
                .where(Topic.slug.in_(f.topic))
            )
        )
    if f.kind is not None:
        conditions.append(Statement.kind == f.kind)
    if f.article is not None:
        conditions.append(
            Statement.article_id
            == select(Article.id).where(Article.slug == f.article).scalar_subquery()
        )
    if f.date_from is not None:
        conditions.append(Statement.said_on >= f.date_from)
    if f.date_to is not None:
        conditions.append(Statement.said_on <= f.date_to)
    return conditions


def _after(key: Key, newest_first: bool) -> Any:
    said_on, position, statement_id = key
    later_in_day = or_(
        Statement.position > position,
        and_(Statement.position == position, Statement.id > statement_id),
    )
    next_day = Statement.said_on < said_on if newest_first else Statement.said_on > said_on
    return or_(next_day, and_(Statement.said_on == said_on, later_in_day))


def _base_select() -> Select[*tuple[Any, ...]]:
    return (
        select(*_COLUMNS)
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Expert, Expert.id == Statement.expert_id)
    )


def _topics_by_statement(session: Session, ids: Sequence[int]) -> dict[int, list[TopicRef]]:
    found: dict[int, list[TopicRef]] = defaultdict(list)
    if not ids:
        return found
    rows = session.execute(
        select(StatementTopic.statement_id, Topic.slug, Topic.name)
        .join(Topic, Topic.id == StatementTopic.topic_id)
        .where(StatementTopic.statement_id.in_(ids))
        .order_by(StatementTopic.statement_id, Topic.slug)
    )
    for statement_id, slug, name in rows:
        found[statement_id].append(TopicRef(slug=slug, name=name))
    return found


def _summary(row: Row[Any], topics: list[TopicRef]) -> StatementSummary:
    expert = (
        ExpertRef(
            slug=row.expert_slug,
            name=row.expert_name,
            kind=row.expert_kind,
            role=row.expert_role,
            organization=row.expert_organization,
        )
        if row.expert_slug is not None
        else None
    )
    return StatementSummary(
        id=row.id,
        text=row.text,
        kind=row.kind,
        said_on=row.said_on,
        position=row.position,
        span=Span(start=row.span_start, end=row.span_end),
        expert=expert,
        article=ArticleRef(
            slug=row.article_slug, title=row.article_title, published_on=row.article_published_on
        ),
        topics=topics,
    )


def summaries(session: Session, rows: Sequence[Row[Any]]) -> list[StatementSummary]:
    topics = _topics_by_statement(session, [row.id for row in rows])
    return [_summary(row, topics.get(row.id, [])) for row in rows]


def count_statements(session: Session, f: StatementFilter) -> int:
    return session.scalar(select(func.count(Statement.id)).where(*_conditions(f))) or 0


def list_statements(
    session: Session,
    f: StatementFilter,
    *,
    limit: int,
    after: Key | None = None,
    newest_first: bool = True,
) -> tuple[list[StatementSummary], Key | None]:
    """One page in said_on order (newest first by default), then position; and the key to
    continue after, or None on the last page."""
    said_on = Statement.said_on.desc() if newest_first else Statement.said_on.asc()
    query = (
        _base_select()
        .where(*_conditions(f))
        .order_by(said_on, Statement.position, Statement.id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(_after(after, newest_first))
    rows = session.execute(query).all()
    next_key: Key | None = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_key = (last.said_on, last.position, last.id)
    return summaries(session, rows), next_key


def statements_of_article(session: Session, article_id: int) -> list[StatementSummary]:
    rows = session.execute(
        _base_select().where(Statement.article_id == article_id).order_by(Statement.position)
    ).all()
    return summaries(session, rows)


def get_statement(session: Session, statement_id: int) -> StatementDetail | None:
    row = session.execute(_base_select().where(Statement.id == statement_id)).first()
    if row is None:
        return None
    tags = [
        TopicTag(slug=slug, name=name, matched_terms=terms)
        for slug, name, terms in session.execute(
            select(Topic.slug, Topic.name, StatementTopic.matched_terms)
            .join(Topic, Topic.id == StatementTopic.topic_id)
            .where(StatementTopic.statement_id == statement_id)
            .order_by(Topic.slug)
        )
    ]
    summary = _summary(row, [])
    return StatementDetail(**{**summary.model_dump(exclude={"topics"}), "topics": tags})
