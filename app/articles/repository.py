from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.articles.schemas import ArticleDetail, ArticleExpert, ArticleSummary
from app.models import Appearance, Article, Expert, Statement
from app.statements.repository import statements_of_article

Key = tuple[dt.date, int]

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


def _summary(row: Any) -> ArticleSummary:
    return ArticleSummary.model_validate(row, from_attributes=True)


def count_articles(session: Session) -> int:
    return session.scalar(select(func.count(Article.id))) or 0


def list_articles(
    session: Session, *, limit: int, after: Key | None = None
) -> tuple[list[ArticleSummary], Key | None]:
    """Newest published first."""
    query = select(*_COLUMNS).order_by(Article.published_on.desc(), Article.id.desc())
    if after is not None:
        query = query.where(tuple_(Article.published_on, Article.id) < tuple_(*after))
    rows = session.execute(query.limit(limit + 1)).all()
    next_key = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_key = (rows[-1].published_on, rows[-1].id)
    return [_summary(row) for row in rows], next_key


def get_article(session: Session, slug: str) -> ArticleDetail | None:
    row = session.execute(
        select(*_COLUMNS, Article.text, Article.content_sha256).where(Article.slug == slug)
    ).first()
    if row is None:
        return None
    return article_detail(session, row)


def get_article_by_id(session: Session, article_id: int) -> ArticleDetail | None:
    row = session.execute(
        select(*_COLUMNS, Article.text, Article.content_sha256).where(Article.id == article_id)
    ).first()
    return article_detail(session, row) if row is not None else None


def article_detail(session: Session, row: Any) -> ArticleDetail:
    experts = [
        ArticleExpert(
            slug=e.slug, name=e.name, kind=e.kind, role=e.role, organization=e.organization
        )
        for e in session.execute(
            select(Expert.slug, Expert.name, Expert.kind, Appearance.role, Appearance.organization)
            .join(Appearance, Appearance.expert_id == Expert.id)
            .where(Appearance.article_id == row.id)
            .order_by(Expert.name)
        )
    ]
    return ArticleDetail(
        **_summary(row).model_dump(),
        text=row.text,
        content_sha256=row.content_sha256,
        experts=experts,
        statements=statements_of_article(session, row.id),
    )
