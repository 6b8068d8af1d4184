"""Per-topic counts kept exact by database triggers (migration 0014), never by the app."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class TopicDay(Base):
    """How many statements one topic tags on one day (their ``said_on``, as the tags
    carry it); rows at zero are deleted.

    A topic's total within a date range is the sum over the range's days: at most one row
    a day, however many statements the store holds. On SQLite the table is stored in
    primary-key order (WITHOUT ROWID), so a range of days is one run of adjacent rows.
    """

    __tablename__ = "topic_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True
    )
    said_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    statement_count: Mapped[int] = mapped_column(Integer)
