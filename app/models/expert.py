from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Expert(Base):
    """A person quoted or reported: an analyst (``expert``) or an office-holder (``official``).

    ``role`` and ``organization`` are those of the latest appearance; each article's own
    wording is kept in ``Appearance``.

    ``statement_count`` and ``last_said_on`` are maintained by database triggers on
    ``statements`` (migration 0004), so that lists read and sort them without counting;
    nothing in the application writes them.
    """

    __tablename__ = "experts"
    __table_args__ = (
        Index("ix_experts_kind_name", "kind", "name"),
        # both statement_count sorts walk this index (the descending one backwards)
        Index("ix_experts_statement_count_id", "statement_count", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    statement_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_said_on: Mapped[dt.date | None] = mapped_column(Date)


class Appearance(Base):
    """How one article introduced one person."""

    __tablename__ = "appearances"
    __table_args__ = (
        Index("ix_appearances_article_id", "article_id"),
        # newest first per person (detail, appearance list, the loader's latest role)
        Index("ix_appearances_expert_published_on", "expert_id", "published_on", "article_id"),
    )

    expert_id: Mapped[int] = mapped_column(
        ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[dt.date] = mapped_column(Date)
    """The article's date, copied: articles are written and deleted whole, never re-dated."""
