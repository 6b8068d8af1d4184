"""Facet counts over the current statement filter: one GROUP BY query per facet."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Article, Expert, ExpertMonth, ExpertTopic, Statement, StatementTopic, Topic
from app.statements.filters import at_most_one_expert_or_topic, conditions, one_expert
from app.statements.repository import dialect_of
from app.statements.rows import FacetCountsRow, FacetValueRow
from app.statements.schemas import Facet, StatementFilter

DEFAULT_FACET_SIZE = 30
MAX_FACET_SIZE = 100
_KIND_LABELS = {"quote": "Quote", "paraphrase": "Paraphrase"}


def month_of(dialect: str, value: Any) -> Any:
    """The YYYY-MM of a date column, in the store's own SQL."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", value)
    return func.to_char(value, "YYYY-MM")


def _month_label(value: str) -> str:
    return dt.date.fromisoformat(f"{value}-01").strftime("%B %Y")


def _facet_select(name: Facet, dialect: str) -> Any:
    # (statement, topic) pairs are unique, so a plain count is right for topics too
    count = func.count(Statement.id)
    if name == "expert":
        return (
            select(Expert.slug.label("value"), Expert.name.label("label"), count.label("count"))
            .select_from(Statement)
            .join(Expert, Expert.id == Statement.expert_id)
            .group_by(Expert.id, Expert.slug, Expert.name)
        )
    if name == "topic":
        return (
            select(Topic.slug.label("value"), Topic.name.label("label"), count.label("count"))
            .select_from(Statement)
            .join(StatementTopic, StatementTopic.statement_id == Statement.id)
            .join(Topic, Topic.id == StatementTopic.topic_id)
            .group_by(Topic.id, Topic.slug, Topic.name)
        )
    if name == "article":
        return (
            select(Article.slug.label("value"), Article.title.label("label"), count.label("count"))
            .select_from(Statement)
            .join(Article, Article.id == Statement.article_id)
            .group_by(Article.id, Article.slug, Article.title)
        )
    if name == "source":
        source = Article.source
        return (
            select(source.label("value"), source.label("label"), count.label("count"))
            .select_from(Statement)
            .join(Article, Article.id == Statement.article_id)
            .where(source.is_not(None))
            .group_by(source)
        )
    if name == "organization":
        organization = Expert.organization
        return (
            select(organization.label("value"), organization.label("label"), count.label("count"))
            .select_from(Statement)
            .join(Expert, Expert.id == Statement.expert_id)
            .where(organization.is_not(None))
            .group_by(organization)
        )
    if name == "kind":
        return select(
            Statement.kind.label("value"), Statement.kind.label("label"), count.label("count")
        ).group_by(Statement.kind)
    month = month_of(dialect, Statement.said_on)
    return select(month.label("value"), month.label("label"), count.label("count")).group_by(month)


def _maintained_select(name: Facet, f: StatementFilter) -> Any | None:
    """The facets that the per-expert counters (migration 0004) answer whole: the topics or
    the months of one expert, the experts of one topic. None for any other filter."""
    if not at_most_one_expert_or_topic(f):
        return None
    count = ExpertTopic.statement_count.label("count")
    expert = one_expert(f)
    if expert is not None and not f.topic and name == "topic":
        return (
            select(Topic.slug.label("value"), Topic.name.label("label"), count)
            .join(ExpertTopic, ExpertTopic.topic_id == Topic.id)
            .join(Expert, Expert.id == ExpertTopic.expert_id)
            .where(Expert.slug == expert)
        )
    if expert is not None and not f.topic and name == "month":
        return (
            select(
                ExpertMonth.month.label("value"),
                ExpertMonth.month.label("label"),
                ExpertMonth.statement_count.label("count"),
            )
            .join(Expert, Expert.id == ExpertMonth.expert_id)
            .where(Expert.slug == expert)
        )
    if expert is None and f.topic and name == "expert":
        return (
            select(Expert.slug.label("value"), Expert.name.label("label"), count)
            .join(ExpertTopic, ExpertTopic.expert_id == Expert.id)
            .join(Topic, Topic.id == ExpertTopic.topic_id)
            .where(Topic.slug == f.topic[0])
        )
    return None


def facet_counts(
    session: Session, f: StatementFilter, names: list[Facet], size: int = DEFAULT_FACET_SIZE
) -> FacetCountsRow:
    """Per facet, up to ``size`` values of the statements matching ``f``, most first."""
    dialect = dialect_of(session)
    where: list[Any] | None = None  # built once, and only if a facet counts statements
    found: FacetCountsRow = {}
    for name in dict.fromkeys(names):
        maintained = _maintained_select(name, f)
        if maintained is not None:
            query = maintained.order_by(maintained.selected_columns.count.desc(), "value")
        else:
            where = conditions(f, dialect) if where is None else where
            query = _facet_select(name, dialect).where(*where)
            query = query.order_by(func.count(Statement.id).desc(), "value")
        rows = session.execute(query.limit(size)).all()
        values: list[FacetValueRow] = []
        for value, label, count in rows:
            if name == "kind":
                label = _KIND_LABELS.get(value, value)
            elif name == "month":
                label = _month_label(value)
            values.append({"value": value, "label": label, "count": count})
        values.sort(key=lambda v: (-v["count"], v["value"]))
        found[name] = values
    return found
