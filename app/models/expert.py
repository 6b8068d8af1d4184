from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Expert(Base):
    """A person quoted or reported: an analyst (``expert``) or an office-holder (``official``).

    ``role`` and ``organization`` are those of the latest appearance; each article's own
    wording is kept in ``Appearance``.
    """

    __tablename__ = "experts"
    __table_args__ = (Index("ix_experts_kind_name", "kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)


class Appearance(Base):
    """How one article introduced one person."""

    __tablename__ = "appearances"
    __table_args__ = (Index("ix_appearances_article_id", "article_id"),)

    expert_id: Mapped[int] = mapped_column(
        ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
