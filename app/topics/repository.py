from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from app.models import Expert, Statement, StatementTopic, Topic
from app.topics.schemas import TopExpert, TopicDetail, TopicSummary

TOP_EXPERTS = 10

_statement_count = (
    select(func.count(StatementTopic.statement_id))
    .where(StatementTopic.topic_id == Topic.id)
    .scalar_subquery()
)
_expert_count = (
    select(func.count(distinct(Statement.expert_id)))
    .join(StatementTopic, StatementTopic.statement_id == Statement.id)
    .where(StatementTopic.topic_id == Topic.id)
    .scalar_subquery()
)
_COLUMNS = (
    Topic.id,
    Topic.slug,
    Topic.name,
    Topic.description,
    _statement_count.label("statement_count"),
    _expert_count.label("expert_count"),
)


def _summary(row: Any) -> TopicSummary:
    return TopicSummary.model_validate(row, from_attributes=True)


def count_topics(session: Session) -> int:
    return session.scalar(select(func.count(Topic.id))) or 0


def list_topics(
    session: Session, *, limit: int, after: str | None = None
) -> tuple[list[TopicSummary], str | None]:
    """Topics by slug."""
    query = select(*_COLUMNS).order_by(Topic.slug)
    if after is not None:
        query = query.where(Topic.slug > after)
    rows = session.execute(query.limit(limit + 1)).all()
    next_key = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_key = rows[-1].slug
    return [_summary(row) for row in rows], next_key


def get_topic(session: Session, slug: str) -> TopicDetail | None:
    row = session.execute(select(*_COLUMNS, Topic.terms).where(Topic.slug == slug)).first()
    if row is None:
        return None
    top = session.execute(
        select(Expert.slug, Expert.name, func.count().label("count"))
        .join(Statement, Statement.expert_id == Expert.id)
        .join(StatementTopic, StatementTopic.statement_id == Statement.id)
        .where(StatementTopic.topic_id == row.id)
        .group_by(Expert.id, Expert.slug, Expert.name)
        .order_by(func.count().desc(), Expert.name)
        .limit(TOP_EXPERTS)
    ).all()
    return TopicDetail(
        **_summary(row).model_dump(),
        terms=row.terms,
        top_experts=[TopExpert(slug=t.slug, name=t.name, count=t.count) for t in top],
    )
