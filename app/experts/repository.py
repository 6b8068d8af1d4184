from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.core.refs import ArticleRef
from app.experts.schemas import AppearanceItem, ExpertDetail, ExpertSummary, MonthCount, TopicCount
from app.models import Appearance, Article, Expert, Statement, StatementTopic, Topic

Key = tuple[str, int]

_statement_count = (
    select(func.count(Statement.id)).where(Statement.expert_id == Expert.id).scalar_subquery()
)
_last_said_on = (
    select(func.max(Statement.said_on)).where(Statement.expert_id == Expert.id).scalar_subquery()
)
_COLUMNS = (
    Expert.id,
    Expert.slug,
    Expert.name,
    Expert.kind,
    Expert.role,
    Expert.organization,
    _statement_count.label("statement_count"),
    _last_said_on.label("last_said_on"),
)


def _conditions(kind: str | None) -> list[Any]:
    return [Expert.kind == kind] if kind is not None else []


def _summary(row: Any) -> ExpertSummary:
    return ExpertSummary(
        slug=row.slug,
        name=row.name,
        kind=row.kind,
        role=row.role,
        organization=row.organization,
        statement_count=row.statement_count,
        last_said_on=row.last_said_on,
    )


def count_experts(session: Session, kind: str | None) -> int:
    return session.scalar(select(func.count(Expert.id)).where(*_conditions(kind))) or 0


def list_experts(
    session: Session, kind: str | None, *, limit: int, after: Key | None = None
) -> tuple[list[ExpertSummary], Key | None]:
    query = select(*_COLUMNS).where(*_conditions(kind)).order_by(Expert.name, Expert.id)
    if after is not None:
        query = query.where(tuple_(Expert.name, Expert.id) > tuple_(*after))
    rows = session.execute(query.limit(limit + 1)).all()
    next_key = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_key = (rows[-1].name, rows[-1].id)
    return [_summary(row) for row in rows], next_key


def get_expert(session: Session, slug: str) -> ExpertDetail | None:
    row = session.execute(select(*_COLUMNS).where(Expert.slug == slug)).first()
    if row is None:
        return None
    topic_rows = session.execute(
        select(Topic.slug, Topic.name, func.count().label("count"))
        .join(StatementTopic, StatementTopic.topic_id == Topic.id)
        .join(Statement, Statement.id == StatementTopic.statement_id)
        .where(Statement.expert_id == row.id)
        .group_by(Topic.id, Topic.slug, Topic.name)
        .order_by(func.count().desc(), Topic.slug)
    ).all()
    appearance_rows = session.execute(
        select(
            Article.slug,
            Article.title,
            Article.published_on,
            Appearance.role,
            Appearance.organization,
        )
        .join(Appearance, Appearance.article_id == Article.id)
        .where(Appearance.expert_id == row.id)
        .order_by(Article.published_on.desc(), Article.id.desc())
    ).all()
    month = _month_expression(session)
    timeline_rows = session.execute(
        select(month.label("month"), func.count().label("count"))
        .where(Statement.expert_id == row.id)
        .group_by(month)
        .order_by(month)
    ).all()
    return ExpertDetail(
        **_summary(row).model_dump(),
        topics=[TopicCount(slug=t.slug, name=t.name, count=t.count) for t in topic_rows],
        appearances=[
            AppearanceItem(
                article=ArticleRef(slug=a.slug, title=a.title, published_on=a.published_on),
                role=a.role,
                organization=a.organization,
            )
            for a in appearance_rows
        ],
        timeline=[MonthCount(month=str(t.month), count=t.count) for t in timeline_rows],
    )


def _month_expression(session: Session) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", Statement.said_on)
    return func.to_char(Statement.said_on, "YYYY-MM")
