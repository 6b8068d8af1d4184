from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ArticleChange(Base):
    """One entry of the change log a syncing client reads (``GET /v1/changes``): an
    article created, or deleted (its tombstone, which outlives the article).

    Written by database triggers on ``articles`` (migration 0011), never by the app, so a
    deletion by any path (the API, a re-seed, SQL) leaves its tombstone in the same
    transaction. ``id`` is the order the changes happened in; ``changed_at`` is the
    article's ``created_at`` for a creation and the deleting transaction's time for a
    deletion."""

    __tablename__ = "article_changes"
    __table_args__ = (
        CheckConstraint("kind IN ('created', 'deleted')", name="kind"),
        Index("ix_article_changes_changed_at", "changed_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    article_slug: Mapped[str] = mapped_column(String(120))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
