"""Declarative base with a constraint naming convention, so migrations are reproducible."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Full-text indexes (FTS5 tables and their shadow tables on SQLite; the ``search`` schema on
# PostgreSQL) are created by migration 0003 with triggers, outside the ORM metadata.
_RAW_TABLE_MARKER = "_fts"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic filter: leave the raw-SQL full-text objects out of autogenerate."""
    return not (type_ == "table" and reflected and name is not None and _RAW_TABLE_MARKER in name)
