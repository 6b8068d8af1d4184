from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Topic(Base):
    """A theme from the taxonomy in ``seeds/topics.yaml``, with the terms that tag it.

    ``statement_count`` (tags) and ``expert_count`` (people with at least one tagged
    statement) are maintained by database triggers (migration 0004); the application never
    writes them.
    """

    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    terms: Mapped[list[str]] = mapped_column(JSON)
    statement_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    expert_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class StatementTopic(Base):
    """A tag, with the terms that matched so every tag is explainable.

    ``said_on`` and ``position`` are copied from the statement so that "topic within a
    date range, newest first" is one index range scan.
    """

    __tablename__ = "statement_topics"
    __table_args__ = (
        Index(
            "ix_statement_topics_topic_said_on", "topic_id", "said_on", "position", "statement_id"
        ),
    )

    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True
    )
    matched_terms: Mapped[list[str]] = mapped_column(JSON)
    said_on: Mapped[dt.date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)
