from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Expert, ExpertTopic, Topic
from app.topics.schemas import TopExpert, TopicDetail, TopicSummary

TOP_EXPERTS = 10

# Counts are maintained by triggers (migration 0004): reading them costs nothing per statement.
_COLUMNS = (
    Topic.id,
    Topic.slug,
    Topic.name,
    Topic.description,
    Topic.statement_count,
    Topic.expert_count,
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
        select(Expert.slug, Expert.name, ExpertTopic.statement_count.label("count"))
        .join(Expert, Expert.id == ExpertTopic.expert_id)
        .where(ExpertTopic.topic_id == row.id)
        .order_by(ExpertTopic.statement_count.desc(), Expert.name)
        .limit(TOP_EXPERTS)
    ).all()
    return TopicDetail(
        **_summary(row).model_dump(),
        terms=row.terms,
        top_experts=[TopExpert(slug=t.slug, name=t.name, count=t.count) for t in top],
    )
