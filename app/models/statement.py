from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base

if TYPE_CHECKING:
    from app.models.article import Article
    from app.models.expert import Expert
    from app.models.topic import StatementTopic


class Statement(Base):
    """A direct quote or paraphrase: ``article.text[span_start:span_end] == text``."""

    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint("span_end >= span_start", name="span_order"),
        CheckConstraint("kind IN ('quote', 'paraphrase')", name="kind"),
        # Default order is newest said_on first, then position; every filter below has an
        # index that ends in the same sort key so keyset pages never sort.
        Index("ix_statements_said_on_position_id", "said_on", "position", "id"),
        Index("ix_statements_expert_said_on", "expert_id", "said_on", "position", "id"),
        Index("ix_statements_article_position", "article_id", "position"),
        Index("ix_statements_kind_said_on", "kind", "said_on", "position", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("experts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    said_on: Mapped[dt.date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    # How many characters outside the Basic Multilingual Plane (emoji) the article's text
    # has before span_start: each is two UTF-16 code units, so JavaScript's offset of the
    # statement is span_start plus this (``span_utf16``). Migration 0012 filled it in.
    span_utf16_shift: Mapped[int] = mapped_column(Integer, server_default="0")
    # The evidence for the speaker (ParsedAttribution): the cue as written and its span in
    # the article text, the parser rule, and a confidence in [0, 1]. Null when the parser
    # gave none (migration 0008 filled them for articles stored before).
    attribution_cue: Mapped[str | None] = mapped_column(Text)
    attribution_cue_start: Mapped[int | None] = mapped_column(Integer)
    attribution_cue_end: Mapped[int | None] = mapped_column(Integer)
    attribution_rule: Mapped[str | None] = mapped_column(Text)
    attribution_confidence: Mapped[float | None] = mapped_column(Float)

    article: Mapped[Article] = relationship(back_populates="statements")
    expert: Mapped[Expert | None] = relationship()
    topic_links: Mapped[list[StatementTopic]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
