from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class DataVersion(Base):
    """A single row whose counter moves on every write (database triggers, migration 0010):
    the source of ETags and cache keys.

    Kept in the database, not in a process, so that every replica sees the same version.
    """

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class StoreCounts(Base):
    """A single row (id 1) with the number of statements, kept exact by database triggers
    (migration 0006): an unfiltered list's total without counting the archive."""

    __tablename__ = "store_counts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statements: Mapped[int] = mapped_column(Integer)
