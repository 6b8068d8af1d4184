"""Fixtures: a fresh database per test run, migrated by Alembic and seeded by the real
parser; requests go through httpx against the app built by the factory.

The store under test is SQLite unless ``COMMENTARIAT_TEST_DATABASE_URL`` names a
PostgreSQL server; then each run creates its own databases there and drops them after.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.db import committed, create_db_engine, create_session_factory
from app.core.migrations import upgrade_to_head
from app.ingest.loader import IngestResult, store_article
from app.ingest.schemas import ArticleInput
from app.ingest.seed import SeedReport, seed
from app.keys.repository import create_key, revoke_key
from app.main import create_app
from app.models import Base
from tests.databases import fresh_database

T = TypeVar("T")


class Store:
    """A migrated database and the settings that point at it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine: Engine = create_db_engine(settings)
        self.factory = create_session_factory(self.engine)
        upgrade_to_head(settings, self.engine)

    def reset(self) -> None:
        """Empty every table and reseed, so a writing test starts from the seed alone."""
        with self.engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                if table.name not in ("data_version", "store_counts"):  # single rows
                    conn.execute(table.delete())
            conn.execute(text("UPDATE data_version SET version = 0"))
            # every statement is gone; a test may have deleted the row itself
            conn.execute(text("DELETE FROM store_counts"))
            conn.execute(text("INSERT INTO store_counts (id, statements) VALUES (1, 0)"))
        self.seed()

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a session of its own and commit it, as a CLI command does."""
        return committed(self.factory, work)

    def seed(self) -> SeedReport:
        return self.write(lambda session: seed(session, self.settings.seeds_dir))

    def ingest(self, data: ArticleInput, **options: Any) -> IngestResult:
        """Store one article (``store_article``'s options) and commit."""
        return self.write(lambda session: store_article(session, data, **options))

    def create_key(self, name: str) -> str:
        return self.write(lambda session: create_key(session, name))

    def revoke_key(self, name: str) -> None:
        self.write(lambda session: revoke_key(session, name))

    def client(self) -> TestClient:
        return TestClient(create_app(self.settings), raise_server_exceptions=False)


def _store(tmp_path_factory: pytest.TempPathFactory, label: str) -> Iterator[Store]:
    with fresh_database(tmp_path_factory.mktemp(label), label) as url:
        store = Store(Settings(database_url=url))
        try:
            yield store
        finally:
            store.engine.dispose()


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The seed alone, shared by every read-only test. Tests must not write to it."""
    for store in _store(tmp_path_factory, "read"):
        store.seed()
        yield store


@pytest.fixture(scope="session")
def _writable_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from _store(tmp_path_factory, "write")


@pytest.fixture
def store(_writable_store: Store) -> Store:
    """A database holding just the seed, reset before each test that may write."""
    _writable_store.reset()
    return _writable_store


@pytest.fixture(scope="session")
def client(seeded_store: Store) -> Iterator[TestClient]:
    with seeded_store.client() as test_client:
        yield test_client


@pytest.fixture
def write_client(store: Store) -> Iterator[TestClient]:
    with store.client() as test_client:
        yield test_client


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (Path(__file__).parents[1] / "seeds" / "csto-withdrawal-kazakhstan.txt").read_text(
        encoding="utf-8"
    )


@pytest.fixture
def api_key(store: Store) -> str:
    """A fresh write key in the writable store."""
    return store.create_key(f"test-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def auth(api_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"}
