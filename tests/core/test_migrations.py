"""Models and migrations agree: alembic autogenerate finds nothing to do.

The full-text index (FTS5 tables on SQLite, the ``search`` schema on PostgreSQL) is made by
migration 0003 in raw SQL, outside the ORM metadata, and is left out of the comparison the
same way migrations/env.py leaves it out of autogenerate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import OperationalError

from app.core.config import Settings
from app.core.db import create_db_engine
from app.core.migrations import unbounded_transaction
from app.models import Base
from app.search.backend import include_name
from tests.conftest import Store
from tests.databases import fresh_database


def test_models_and_migrations_agree(seeded_store: Store) -> None:
    with seeded_store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrations_are_not_held_to_the_request_time_limit(tmp_path: Path) -> None:
    # A backfill on a large store runs for longer than any request may: the limit that
    # interrupts a slow request must not interrupt `commentariat migrate`.
    with fresh_database(tmp_path, "unbounded") as url:
        engine = create_db_engine(Settings(database_url=url, query_timeout_seconds=0.05))
        slow = (
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) "
            "SELECT count(*) FROM n"
            if engine.dialect.name == "sqlite"
            else "SELECT pg_sleep(0.3)"
        )
        try:
            with engine.connect() as connection, pytest.raises(OperationalError):
                connection.exec_driver_sql(slow)
            with unbounded_transaction(engine) as connection:
                connection.exec_driver_sql(slow)
            with engine.connect() as connection, pytest.raises(OperationalError):
                connection.exec_driver_sql(slow)  # the limit is back for the next user
        finally:
            engine.dispose()
