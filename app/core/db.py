"""Engine construction per store, and who owns a transaction.

One owner commits: for a route, the request-scoped write session (:data:`WriteSession`),
when the endpoint returns; for a command, the CLI. The loader, the keys and the seed take
a session and never commit, open sessions, or end a transaction they did not open.
A write opens its transaction with :func:`begin_write`, under the write lock.

SQLite runs in WAL mode so readers never block on the writer; writes open with
``BEGIN IMMEDIATE`` so two writers queue on ``busy_timeout`` instead of failing on a lock
upgrade. PostgreSQL gets a sized pool with pre-ping and a server-side statement timeout.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.session import JoinTransactionMode

from app.core.config import Settings
from app.core.data_version import note_committed_write

SQLITE_BUSY_TIMEOUT_MS = 5000
WRITE_OPTIONS = {"sqlite_begin": "IMMEDIATE", "write_lock": True}
# The transaction-scoped advisory lock of PostgreSQL writers; migration 0004's triggers
# take the same key. A write transaction takes it first, before it locks any row, so
# writers queue in one place (as SQLite's BEGIN IMMEDIATE makes them) instead of
# deadlocking: the loader locks expert rows, and the triggers the shared counter rows.
PG_WRITE_LOCK_KEY = 4_004_001
SQLITE_PROGRESS_STEPS = 5000
# An execution option that lifts the query time limit on a connection (SQLite; PostgreSQL
# takes ``SET LOCAL statement_timeout = 0``): for migrations, whose backfills run as long
# as the store is large.
UNBOUNDED_OPTION = "commentariat_unbounded"
# Connections beyond the pool, for work outside the endpoint threads (the CLI, the cache's
# data-version read); they are closed when returned.
OVERFLOW = 4


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _ensure_sqlite_folder(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite(
    engine: Engine, query_timeout: float, synchronous: str, cache_mb: int
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy's "begin" event own transactions instead of pysqlite's legacy mode.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{cache_mb * 1024}")  # negative: KiB
        cursor.close()
        # The query time limit: SQLite calls this every few thousand VM steps, and a true
        # return interrupts the statement ("interrupted", mapped to 503). Waiting on a lock
        # runs no steps, so busy_timeout is not counted against it.
        deadline = record.info["query_deadline"] = [math.inf]
        dbapi_connection.set_progress_handler(
            lambda: time.monotonic() > deadline[0], SQLITE_PROGRESS_STEPS
        )

    @event.listens_for(engine, "before_cursor_execute")
    def _start_clock(conn: Any, *_args: Any) -> None:
        deadline = conn.info.get("query_deadline")
        if deadline is not None:
            unbounded = conn.get_execution_options().get(UNBOUNDED_OPTION)
            deadline[0] = math.inf if unbounded else time.monotonic() + query_timeout

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(settings: Settings) -> Engine:
    url = settings.database_url
    if is_sqlite(url):
        _ensure_sqlite_folder(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_size=settings.db_pool_size,
            max_overflow=OVERFLOW,
        )
        _configure_sqlite(
            engine,
            settings.query_timeout_seconds,
            settings.sqlite_synchronous,
            settings.sqlite_cache_mb,
        )
        return engine
    timeout_ms = int(settings.query_timeout_seconds * 1000)
    engine = create_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=OVERFLOW,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": 5,
            "options": f"-c statement_timeout={timeout_ms} "
            f"-c work_mem={settings.postgres_work_mem_mb}MB",
        },
    )

    @event.listens_for(engine, "begin")
    def _queue_writers(conn: Any) -> None:
        if conn.get_execution_options().get("write_lock"):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")

    return engine


def size_thread_pool(settings: Settings) -> None:
    """As many threads for sync endpoints as the pool has connections (anyio's default is
    40): more threads would only queue on the pool, or open and close overflow connections."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = settings.db_pool_size


# session.info key: the session's current transaction is a write (begin_write).
WROTE = "commentariat_wrote"


def create_session_factory(
    bind: Engine | Connection, join_transaction_mode: JoinTransactionMode = "conditional_savepoint"
) -> sessionmaker[Session]:
    """Sessions on ``bind``: an engine, or (for tests that roll back) one connection whose
    transaction every session joins, in a SAVEPOINT of its own with ``create_savepoint``."""
    factory = sessionmaker(
        bind=bind,
        expire_on_commit=False,
        autoflush=False,
        join_transaction_mode=join_transaction_mode,
    )
    event.listen(factory, "after_commit", _count_write)
    event.listen(factory, "after_transaction_end", _forget_write)
    return factory


def _count_write(session: Session) -> None:
    """A write transaction committed: the response cache reads the data version again."""
    if session.info.get(WROTE):
        note_committed_write()


def _forget_write(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(WROTE, None)


def begin_write(session: Session) -> None:
    """Open the session's write transaction: SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's
    writers' advisory lock, so writers queue instead of failing on a lock upgrade.

    Call it before the first query of the transaction; reads made earlier in the session
    (an authentication, an existence check) end first with :func:`end_read`. A session
    already in a transaction keeps it: its owner opened it (a command's write, or a test's
    outer transaction).
    """
    if not session.in_transaction():
        session.connection(execution_options=WRITE_OPTIONS)
    session.info[WROTE] = True


def end_read(session: Session) -> None:
    """End a transaction that only read, and give its connection back to the pool (before
    a parse, say, so a slow parse holds no connection). It writes nothing to lose."""
    if session.info.get(WROTE):
        raise RuntimeError("end_read after begin_write would throw the write away")
    session.rollback()


def write_session(request: Request) -> Iterator[Session]:
    """The write routes' session, one per request, and the only thing that commits for a
    route: on the endpoint's return, before the answer is sent; any error rolls back.

    A session holds no connection until its first query, and :func:`end_read` gives it
    back, so the route decides where its write transaction begins (after the parse)."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


WriteSession = Annotated[Session, Depends(write_session, scope="function")]

T = TypeVar("T")


def committed(factory: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    """Run ``work`` in a session of its own and commit it: how a command owns its
    transaction. Any error rolls it back."""
    with factory() as session:
        result = work(session)
        session.commit()
    return result
