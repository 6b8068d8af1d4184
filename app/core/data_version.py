"""The data version: the store's count of its changes, and this process's own writes.

Triggers (migration 0010) bump the single ``data_version`` row in the transaction of any
INSERT, UPDATE or DELETE on a table that answers are built from, whoever makes it. The
response cache reads the row (app/core/caching.py) and trusts the value for a short while;
a write transaction of this process makes it read again at once, the moment it commits:
``begin_write`` marks a session's transaction as a write, and sessions made by
``create_session_factory`` count each such commit here.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker


class LocalWrites:
    """How many write transactions this process has committed."""

    generation = 0


def note_committed_write() -> None:
    LocalWrites.generation += 1


def read_data_version(factory: sessionmaker[Session]) -> int:
    """The store's data version, read in a short session of the app's own factory."""
    with factory() as session:
        value = session.scalar(text("SELECT version FROM data_version WHERE id = 1"))
    return int(value or 0)
