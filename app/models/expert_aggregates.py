"""Per-expert counts kept exact by database triggers (migration 0004), never by the app.

They let an expert's topics, a topic's top experts and an expert's monthly timeline be
read in time proportional to the answer, not to the archive.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ExpertTopic(Base):
    """How many of one person's statements carry one topic; rows at zero are deleted."""

    __tablename__ = "expert_topics"
    __table_args__ = (
        Index("ix_expert_topics_topic_statement_count", "topic_id", "statement_count"),
    )

    expert_id: Mapped[int] = mapped_column(
        ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True
    )
    statement_count: Mapped[int] = mapped_column(Integer)


class ExpertMonth(Base):
    """How many statements one person made in one calendar month (``YYYY-MM``)."""

    __tablename__ = "expert_months"

    expert_id: Mapped[int] = mapped_column(
        ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    statement_count: Mapped[int] = mapped_column(Integer)
