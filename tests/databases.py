"""Fresh databases for tests: a SQLite file, or a new PostgreSQL database on a PG run.

The store under test is PostgreSQL when ``COMMENTARIAT_TEST_DATABASE_URL`` names a server;
each database made here is dropped again afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("COMMENTARIAT_TEST_DATABASE_URL")


@contextmanager
def fresh_database(tmp_path: Path, label: str) -> Iterator[str]:
    """A new, empty database URL: a SQLite file, or a PostgreSQL database on a PG run."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / (label + '.db')}"
        return
    name = f"commentariat_{label}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
