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
SQL in other processes), is marked ``committed``: it gets the store itself, emptied and
re-seeded after such a test. In a rolled-back test ``store.engine``'s ``begin()`` and
``connect()`` hand out the test's own connection, in a SAVEPOINT, so raw SQL on it is rolled
back too; a commit of the outer transaction is refused, and a commit made on another
connection of the store's engine marks the store for a reset before the next test.

``slow`` marks the long groups (fuzzing, browser, faults, the parser's linear-time
checks, the benchmark harness, the CLI in child processes): ``make test`` leaves them
out, ``make test-slow`` runs just them; CI runs both, on SQLite and on PostgreSQL.

Apps the tests build (``create_app``) outside the faults and browser groups share one
pool of parser workers, started by the first of them and stopped at the end of the run,
and reuse the OpenAPI document of an earlier app built with equal settings: starting an
app costs a few milliseconds instead of a second or more (the faults group checks the
workers' start and stop with the app, on apps built exactly as in production).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

import app.main
from app.articles.parsing import PARSER_MODULES
from app.core.config import Settings
from app.core.db import committed, create_db_engine, create_session_factory
from app.core.deadline_pool import DeadlinePool
from app.core.migrations import upgrade_to_head
from app.ingest.loader import IngestResult, store_article
from app.ingest.schemas import ArticleInput
from app.ingest.seed import SeedReport, seed
from app.keys.repository import create_key, revoke_key
from app.main import create_app
from app.models import Base
from tests.databases import fresh_database

T = TypeVar("T")


# The groups ``make test`` leaves out and ``make test-slow`` runs (paths under tests/);
# browser tests also are. Each costs far more than its share of the run: servers, child
# processes, fuzzing, megabyte texts parsed again and again for the linear-time ratios.
SLOW_PATHS = (
    "faults/",
    "security/test_fuzz.py",
    "e2e/",
    "ingest/test_linear_time.py",
    "benchmarks/",
    "cli/",
    "evaluation/test_cli.py",
)
# Groups whose apps are built exactly as in production: their own parser workers, started
# and stopped with the app, and their own OpenAPI document (see ``_cheap_apps``).
OWN_APP_PATHS = ("faults/", "e2e/")
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
            with _watch_commits(self, connection):
                try:
                    yield view
                finally:
                    committed = not outer.is_active
                    if committed:
                        self.dirty = True  # its writes before the commit are stored
                    else:
                        outer.rollback()
                        if connection.dialect.name == "sqlite":
                            # the planner's statistics as the store has them again, if
                            # the test changed sqlite_stat1 (they are read into memory)
                            connection.exec_driver_sql("ANALYZE sqlite_schema")
                            connection.rollback()
            if committed:
                raise OuterCommitted(
                    "a rolled-back test committed its outer transaction; mark it committed"
                )


class _Joined(Store):
    """A store whose sessions join ``connection``'s transaction, each in a SAVEPOINT, and
    whose engine hands out that connection too (``_JoinedEngine``)."""

    def __init__(self, base: Store, connection: Connection) -> None:
        self.settings = base.settings
        self.base_engine = base.engine
        self.engine = cast(Engine, _JoinedEngine(base.engine, connection))
        self.connection = connection
        self.factory = create_session_factory(connection, join_transaction_mode="create_savepoint")
        self.dirty = False

    def reset(self) -> None:
        raise RuntimeError("a rolled-back test starts from the seed; mark it committed")


class _JoinedEngine:
    """``store.engine`` in a rolled-back test: the store's engine, except that ``begin()``
    and ``connect()`` give the test's own connection, in a SAVEPOINT (``_JoinedConnection``),
    so that raw SQL run through them is seen by the test's sessions and rolled back with
    the test. Everything else (``dialect``, ``url``...) is the store's engine's."""

    def __init__(self, base: Engine, connection: Connection) -> None:
        self._base = base
        self._connection = connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """As ``Engine.begin``: committed (the SAVEPOINT released) unless it raises."""
        with self.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """As ``Engine.connect``: what is not committed is rolled back at the end."""
        joined = _JoinedConnection(self._connection)
        try:
            yield cast(Connection, joined)
        finally:
            joined.close()

    def dispose(self, close: bool = True) -> None:
        """The engine is the store's: it outlives the test."""


class _JoinedConnection:
    """The test's connection as a connection of its own: its transaction is a SAVEPOINT,
    which ``commit()`` releases and ``rollback()`` rolls back (SQLAlchemy's autobegin opens
    the next one at the next statement, as on a connection of an engine)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._savepoint: Any = None

    def __getattr__(self, name: str) -> Any:
        self._autobegin()
        return getattr(self._connection, name)

    def _autobegin(self) -> None:
        if self._savepoint is None or not self._savepoint.is_active:
            self._savepoint = self._connection.begin_nested()

    def begin(self) -> Any:
        self._autobegin()
        return self._savepoint

    def commit(self) -> None:
        if self._savepoint is not None and self._savepoint.is_active:
            self._savepoint.commit()

    def rollback(self) -> None:
        if self._savepoint is not None and self._savepoint.is_active:
            self._savepoint.rollback()

    def close(self) -> None:
        self.rollback()

    def execution_options(self, **options: Any) -> _JoinedConnection:
        self._connection.execution_options(**options)
        return self


class OuterCommitted(RuntimeError):
    """A rolled-back test committed the transaction that holds all its writes."""


@contextmanager
def _watch_commits(base: Store, outer: Connection) -> Iterator[None]:
    """Note that the store is dirty when another connection of its engine commits during
    the test (``client.app.state.engine.begin()``, say), so that it is emptied and
    re-seeded before the next test."""

    def on_commit(connection: Connection) -> None:
        if connection is not outer:
            base.dirty = True

    event.listen(base.engine, "commit", on_commit)
    try:
        yield
    finally:
        event.remove(base.engine, "commit", on_commit)


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


class _SharedParsers(DeadlinePool):
    """The parser workers of every app built in a test outside ``OWN_APP_PATHS``: the
    first app's start starts them, an app's stop leaves them running (``close``), and the
    end of the run stops them (``shutdown``). A worker killed at a deadline is replaced
    as in any pool."""

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        super().close()


@pytest.fixture(scope="session")
def _shared_parsers() -> Iterator[_SharedParsers]:
    pool = _SharedParsers(Settings.model_fields["parse_workers"].default, preload=PARSER_MODULES)
    try:
        yield pool
    finally:
        pool.shutdown()


@pytest.fixture(scope="session")
def _documents() -> dict[str, dict[str, Any]]:
    """OpenAPI documents already built, by the settings of the app that built them."""
    return {}


@pytest.fixture(autouse=True)
def _cheap_apps(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    _shared_parsers: _SharedParsers,
    _documents: dict[str, dict[str, Any]],
) -> None:
    """Apps built during the test take the shared parser workers (when they ask for the
    default number) and a copy of the OpenAPI document of an earlier app with the same
    settings, instead of building it again (0.2 s unloaded, over 1 s on a busy machine)."""
    where = request.node.path.relative_to(Path(__file__).parent).as_posix()
    if where.startswith(OWN_APP_PATHS):
        return
    make_pool, install_document = app.main.create_parser_pool, app.main.install_document

    def pool_for(settings: Settings) -> DeadlinePool:
        if settings.parse_workers == _shared_parsers.size:
            return _shared_parsers
        return make_pool(settings)

    def install_cached_document(application: FastAPI) -> None:
        install_document(application)
        generate = application.openapi
        key = application.state.settings.model_dump_json()

        def openapi() -> dict[str, Any]:
            if application.openapi_schema is None:
                if key in _documents:
                    application.openapi_schema = copy.deepcopy(_documents[key])
                else:
                    _documents[key] = copy.deepcopy(generate())
            return generate()

        application.openapi = openapi  # type: ignore[method-assign]

    monkeypatch.setattr(app.main, "create_parser_pool", pool_for)
    monkeypatch.setattr(app.main, "install_document", install_cached_document)


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
