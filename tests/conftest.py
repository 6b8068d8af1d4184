"""Fixtures: a fresh database per test run, migrated by Alembic and seeded by the real
parser; requests go through httpx against the app built by the factory.

The store under test is SQLite unless ``COMMENTARIAT_TEST_DATABASE_URL`` names a
PostgreSQL server; then each run creates its own databases there and drops them after.

A test that writes (``store``, ``write_client``, ``auth``) runs inside one outer
transaction that is rolled back after it (SQLAlchemy's "joining a Session into an external
transaction"): every session of the store's factory, and of any app built for the store's
database during the test, joins it in a SAVEPOINT of its own, so the app's commits release
savepoints and nothing outlives the test. A test that needs its writes committed, seen by
other connections or processes (a server in a subprocess, concurrent writers, the CLI, raw
SQL on ``store.engine``), is marked ``committed``: it gets the store itself, emptied and
re-seeded after such a test.

``slow`` marks the long groups (fuzzing, browser, faults): ``make test`` (and CI) runs
everything, ``make test-fast`` leaves them out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

import app.main
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


# The groups ``make test-fast`` leaves out (paths under tests/); browser tests also are.
SLOW_PATHS = ("faults/", "security/test_fuzz.py", "e2e/")
# Groups whose every test needs committed writes: servers in subprocesses, the CLI (its
# own engine), concurrent writers and connection faults.
COMMITTED_PATHS = ("faults/", "cli/", "e2e/")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        where = item.path.relative_to(root).as_posix()
        if where.startswith(SLOW_PATHS) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)
        if where.startswith(COMMITTED_PATHS):
            item.add_marker(pytest.mark.committed)


class Store:
    """A migrated database and the settings that point at it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine: Engine = create_db_engine(settings)
        self.factory = create_session_factory(self.engine)
        upgrade_to_head(settings, self.engine)
        # True once a committed test may have left writes behind
        self.dirty = False

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

    @contextmanager
    def rolled_back(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
        """This store inside one outer transaction, rolled back at the end of the block."""
        with self.engine.connect() as connection:
            outer = connection.begin()
            view = _Joined(self, connection)
            _bind_apps(monkeypatch, self, view)
            try:
                yield view
            finally:
                if outer.is_active:
                    outer.rollback()


class _Joined(Store):
    """A store whose sessions join ``connection``'s transaction, each in a SAVEPOINT."""

    def __init__(self, base: Store, connection: Connection) -> None:
        self.settings = base.settings
        self.engine = base.engine
        self.connection = connection
        self.factory = create_session_factory(connection, join_transaction_mode="create_savepoint")
        self.dirty = False

    def reset(self) -> None:
        raise RuntimeError("a rolled-back test starts from the seed; mark it committed")


def _bind_apps(monkeypatch: pytest.MonkeyPatch, base: Store, view: _Joined) -> None:
    """Apps built for the store's database during the test (``create_app``) share its
    engine and make their sessions join the test's transaction."""
    make_engine, make_factory = app.main.create_db_engine, app.main.create_session_factory

    def engine_for(settings: Settings) -> Engine:
        if settings.database_url == base.settings.database_url:
            return base.engine
        return make_engine(settings)

    def factory_for(engine: Engine) -> Any:
        return view.factory if engine is base.engine else make_factory(engine)

    monkeypatch.setattr(app.main, "create_db_engine", engine_for)
    monkeypatch.setattr(app.main, "create_session_factory", factory_for)


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
    for store in _store(tmp_path_factory, "write"):
        store.seed()
        yield store


@pytest.fixture
def store(
    request: pytest.FixtureRequest, _writable_store: Store, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    """A database holding just the seed, for a test that may write: rolled back after it,
    or (marked ``committed``) emptied and re-seeded after it."""
    if _writable_store.dirty:
        _writable_store.reset()
        _writable_store.dirty = False
    if request.node.get_closest_marker("committed"):
        _writable_store.dirty = True
        yield _writable_store
        return
    with _writable_store.rolled_back(monkeypatch) as view:
        yield view


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
