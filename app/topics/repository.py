from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import cursor_keys, keyset
from app.core.keyset import Key, KeyPart, KeysetPage, SortSet
from app.core.params import TOPIC_SLUG_MAX_LENGTH
from app.models import Expert, ExpertTopic, Topic
from app.topics.rows import TopicDetailRow, TopicRow

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
SORTS = SortSet(
    "topics", "slug", {"slug": (KeyPart("slug", cursor_keys.text(TOPIC_SLUG_MAX_LENGTH)),)}
)
_ORDER: keyset.Order = [(Topic.slug, False)]


def _summary(row: Any) -> TopicRow:
    return {
        "slug": row.slug,
        "name": row.name,
        "description": row.description,
        "statement_count": row.statement_count,
        "expert_count": row.expert_count,
    }


def count_topics(session: Session) -> int:
    return session.scalar(select(func.count(Topic.id))) or 0


def list_topics(session: Session, *, limit: int, after: Key | None = None) -> KeysetPage[TopicRow]:
    """Topics by slug."""
    query = select(*_COLUMNS).order_by(*keyset.order_by(_ORDER))
    if after is not None:
        query = query.where(keyset.after(_ORDER, after))
    rows = session.execute(query.limit(limit + 1)).all()
    page, next_key = keyset.cut(rows, limit, SORTS["slug"])
    return KeysetPage([_summary(row) for row in page], next_key)


def get_topic(session: Session, slug: str) -> TopicDetailRow | None:
    row = session.execute(select(*_COLUMNS, Topic.terms).where(Topic.slug == slug)).first()
    if row is None:
        return None
    top = session.execute(
        select(Expert.slug, Expert.name, ExpertTopic.statement_count)
        .join(Expert, Expert.id == ExpertTopic.expert_id)
        .where(ExpertTopic.topic_id == row.id)
        .order_by(ExpertTopic.statement_count.desc(), Expert.name)
        .limit(TOP_EXPERTS)
    ).all()
    return {
        **_summary(row),
        "terms": list(row.terms),
        "top_experts": [{"slug": s, "name": name, "count": n} for s, name, n in top],
    }
