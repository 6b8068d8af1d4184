"""The database misbehaves: slow queries, lock waits, an outage. Each is a 503 problem
document with Retry-After, never a hang or a 500, and the service recovers by itself."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.core.db import is_sqlite
from app.core.read_session import ReadSession
from app.main import create_app
from tests.conftest import Store
from tests.databases import PG_URL
from tests.faults.articles import article

TIME_LIMIT_S = 0.5


def _assert_503(response: object) -> dict[str, object]:
    from httpx import Response

    assert isinstance(response, Response)
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) >= 1
    body: dict[str, object] = response.json()
    assert body["status"] == 503
    assert body["request_id"] == response.headers["x-request-id"]
    return body


# Slow queries


def _slow_app(store: Store) -> TestClient:
    settings = Settings(
        database_url=store.settings.database_url, query_timeout_seconds=TIME_LIMIT_S
    )
    app = create_app(settings)
    slow_sql = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
        "SELECT count(*) FROM c"
        if is_sqlite(settings.database_url)
        else "SELECT pg_sleep(30)"
    )

    # A read that takes far longer than the limit, through the real session dependency.
    @app.get("/slow")
    def slow(session: ReadSession) -> int:
        return int(session.execute(text(slow_sql)).scalar_one())

    return TestClient(app, raise_server_exceptions=False)


def test_a_query_past_the_time_limit_is_503_and_frees_the_worker(seeded_store: Store) -> None:
    with _slow_app(seeded_store) as client:
        started = time.monotonic()
        body = _assert_503(client.get("/slow"))
        elapsed = time.monotonic() - started
        assert "time limit" in str(body["detail"])
        assert elapsed < TIME_LIMIT_S + 3, f"the query ran {elapsed:.1f} s"
        # The connection went back to the pool usable, and other requests still work.
        for _ in range(3):
            assert client.get("/v1/topics").status_code == 200
        assert client.get("/health").status_code == 200


def test_concurrent_slow_queries_do_not_exhaust_the_workers(seeded_store: Store) -> None:
    with _slow_app(seeded_store) as client:
        results: list[int] = []

        def call() -> None:
            results.append(client.get("/slow").status_code)

        threads = [threading.Thread(target=call) for _ in range(12)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert results == [503] * 12
        assert time.monotonic() - started < 30
        assert client.get("/v1/topics").status_code == 200


# Lock waits (SQLite)


@pytest.mark.skipif(bool(PG_URL), reason="SQLite's single writer lock")
def test_a_write_that_waits_out_the_lock_is_503_not_database_is_locked(
    store: Store, auth: dict[str, str]
) -> None:
    holder = store.engine.raw_connection()
    try:
        holder.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        with TestClient(create_app(store.settings), raise_server_exceptions=False) as client:
            response = client.post("/v1/articles", json=article(1), headers=auth)
        body = _assert_503(response)
        assert "locked" not in response.text.lower()
        assert "busy" in str(body["detail"])
    finally:
        holder.rollback()
        holder.close()
    with TestClient(create_app(store.settings)) as client:
        assert client.post("/v1/articles", json=article(1), headers=auth).status_code == 201


# Outage (PostgreSQL, through a proxy we can cut)


class _Proxy:
    """A TCP relay on 127.0.0.1 to the test PostgreSQL server that can be cut and restored."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        probe = socket.create_server(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.listener: socket.socket | None = None
        self.links: list[socket.socket] = []
        self.lock = threading.Lock()

    def restore(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self) -> None:
        if self.listener is not None:
            # shutdown() first: close() alone leaves a thread blocked in accept() serving.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            for link in self.links:
                with contextlib.suppress(OSError):
                    link.shutdown(socket.SHUT_RDWR)
                link.close()
            self.links.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.links += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def proxied_settings(seeded_store: Store) -> Iterator[tuple[Settings, _Proxy]]:
    url = make_url(seeded_store.settings.database_url)
    proxy = _Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.restore()
    try:
        proxied = url.set(host="127.0.0.1", port=proxy.port)
        yield Settings(database_url=proxied.render_as_string(hide_password=False)), proxy
    finally:
        proxy.cut()


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL run")
def test_outage_gives_503_then_the_service_recovers_by_itself(
    proxied_settings: tuple[Settings, _Proxy],
) -> None:
    settings, proxy = proxied_settings
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        assert client.get("/health").status_code == 200
        assert client.get("/v1/topics").status_code == 200  # the pool now holds connections

        proxy.cut()
        # A process trusts the data version it read (and the answers cached under it) for
        # data_version_ttl_seconds; after that, every read meets the outage.
        time.sleep(getattr(settings, "data_version_ttl_seconds", 0.0) + 0.5)
        _assert_503(client.get("/health"))
        for path in ("/v1/topics", "/v1/statements", "/v1/experts/askar-nursha"):
            _assert_503(client.get(path))

        proxy.restore()
        deadline = time.monotonic() + 20
        while client.get("/health").status_code != 200:
            assert time.monotonic() < deadline, "did not recover within 20 s"
            time.sleep(0.2)
        for path in ("/v1/topics", "/v1/statements", "/v1/experts/askar-nursha"):
            assert client.get(path).status_code == 200, path


def test_an_unreachable_database_is_503_for_health_and_reads() -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"
    with TestClient(
        create_app(Settings(database_url=url)), raise_server_exceptions=False
    ) as client:
        _assert_503(client.get("/health"))
        for path in ("/v1/topics", "/v1/articles", "/v1/statements/1"):
            _assert_503(client.get(path))
