"""Races, many writers and kill -9 against a real server process: no acknowledged
write is lost, no article is ever half stored, and no lock error reaches a client."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.core.config import Settings
from app.core.db import create_db_engine, create_session_factory
from tests.core.test_aggregates import maintained, recomputed
from tests.databases import PG_URL, fresh_database
from tests.faults.articles import article, incomplete_articles
from tests.faults.live_server import LiveServer, live_server, prepare

SEED_SLUGS = frozenset({"rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"})


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[LiveServer, str, dict[str, str]]]:
    with fresh_database(tmp_path, "writes") as url:
        key = prepare(url, key_name="writer")
        # A small pool (4 + 4 overflow) so that concurrent writes contend for connections.
        with live_server(
            url, tmp_path / "server.log", write_rate_limit="0", db_pool_size="4"
        ) as running:
            yield running, url, {"Authorization": f"Bearer {key}"}


def _check_problem(response: httpx.Response) -> None:
    assert response.headers["content-type"] == "application/problem+json", response.text
    assert "database is locked" not in response.text.lower()


def test_twenty_identical_posts_store_one_article(
    server: tuple[LiveServer, str, dict[str, str]],
) -> None:
    running, url, auth = server
    start = threading.Barrier(20)

    def post(_: int) -> httpx.Response:
        with httpx.Client(base_url=running.base_url, timeout=60) as client:
            start.wait(timeout=30)
            return client.post("/v1/articles", json=article(1), headers=auth)

    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(post, range(20)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 19 + [201], [r.text for r in responses if r.status_code >= 300]
    assert len({r.json()["slug"] for r in responses}) == 1
    assert len({r.headers["location"] for r in responses}) == 1
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            count = conn.execute(
                text("SELECT count(*) FROM articles WHERE text = :t"), {"t": article(1)["text"]}
            ).scalar_one()
    finally:
        engine.dispose()
    assert count == 1


@pytest.mark.skipif(bool(PG_URL), reason="SQLite's single writer is what is under test")
def test_eight_writers_and_readers_never_see_a_lock_error(
    server: tuple[LiveServer, str, dict[str, str]],
) -> None:
    running, url, auth = server
    writers, per_writer = 8, 6
    stop_reading = threading.Event()
    created: dict[str, int] = {}
    problems: list[httpx.Response] = []
    read_statuses: list[int] = []
    lock = threading.Lock()

    def write(w: int) -> None:
        with httpx.Client(base_url=running.base_url, timeout=60) as client:
            for n in range(per_writer):
                response = client.post(
                    "/v1/articles", json=article(1000 + w * 100 + n), headers=auth
                )
                with lock:
                    if response.status_code == 201:
                        created[response.json()["slug"]] = len(response.json()["statements"])
                    else:
                        problems.append(response)

    def read() -> None:
        with httpx.Client(base_url=running.base_url, timeout=60) as client:
            deadline = time.monotonic() + 120
            while not stop_reading.is_set() and time.monotonic() < deadline:
                for path in ("/v1/articles", "/v1/statements?limit=50", "/v1/experts"):
                    response = client.get(path)
                    with lock:
                        read_statuses.append(response.status_code)
                        if response.status_code != 200:
                            problems.append(response)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        with ThreadPoolExecutor(max_workers=writers) as pool:
            list(pool.map(write, range(writers)))
    finally:
        stop_reading.set()
        for reader in readers:
            reader.join(timeout=60)

    for response in problems:
        _check_problem(response)
        assert response.status_code == 503, response.text
        assert int(response.headers["retry-after"]) >= 1
    assert read_statuses, "the readers did not run"
    assert len(created) + len(problems) >= writers * per_writer
    with httpx.Client(base_url=running.base_url, timeout=30) as client:
        for slug, statements in created.items():
            stored = client.get(f"/v1/articles/{slug}")
            assert stored.status_code == 200, slug
            assert len(stored.json()["statements"]) == statements
    assert incomplete_articles(url, skip=SEED_SLUGS) == []


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL's concurrent writers are what is under test")
def test_concurrent_writers_on_postgresql_all_succeed_and_keep_counts_exact(
    server: tuple[LiveServer, str, dict[str, str]],
) -> None:
    # Every article names the same three people and shares topics, so concurrent writers
    # update the same expert and counter rows: without one queue they would deadlock.
    running, url, auth = server
    writers, per_writer = 8, 5
    start = threading.Barrier(writers)

    def write(w: int) -> list[httpx.Response]:
        with httpx.Client(base_url=running.base_url, timeout=60) as client:
            start.wait(timeout=30)
            return [
                client.post("/v1/articles", json=article(3000 + w * 100 + n), headers=auth)
                for n in range(per_writer)
            ]

    with ThreadPoolExecutor(max_workers=writers) as pool:
        responses = [r for batch in pool.map(write, range(writers)) for r in batch]
    assert [r.status_code for r in responses] == [201] * (writers * per_writer), [
        r.text for r in responses if r.status_code != 201
    ]
    engine = create_db_engine(Settings(database_url=url))
    try:
        with create_session_factory(engine)() as session:
            assert maintained(session) == recomputed(session)
    finally:
        engine.dispose()
    assert incomplete_articles(url, skip=SEED_SLUGS) == []


def _integrity(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if url.startswith("sqlite"):
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            orphans = conn.execute(
                text(
                    "SELECT count(*) FROM statements s "
                    "LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
                )
            ).scalar_one()
            assert orphans == 0
    finally:
        engine.dispose()


def test_kill_9_mid_ingest_loses_no_acknowledged_write_and_leaves_no_half_article(
    server: tuple[LiveServer, str, dict[str, str]],
) -> None:
    running, url, auth = server
    acknowledged: dict[str, dict[str, Any]] = {}
    lock = threading.Lock()
    killed = threading.Event()
    counter = iter(range(10_000, 20_000))
    in_flight = [0]
    interrupted = [0]

    def ingest_until_killed() -> None:
        # Short timeouts: after the kill, the socket (ours) still accepts, nobody answers.
        with httpx.Client(base_url=running.base_url, timeout=8) as client:
            deadline = time.monotonic() + 60
            while not killed.is_set() and time.monotonic() < deadline:
                with lock:
                    i = next(counter)
                    in_flight[0] += 1
                try:
                    response = client.post("/v1/articles", json=article(i), headers=auth)
                except httpx.HTTPError:
                    with lock:
                        interrupted[0] += 1
                    continue  # the server died under this request: not acknowledged
                finally:
                    with lock:
                        in_flight[0] -= 1
                if response.status_code == 201:
                    with lock:
                        acknowledged[response.json()["slug"]] = response.json()

    clients = [threading.Thread(target=ingest_until_killed) for _ in range(4)]
    for client_thread in clients:
        client_thread.start()
    deadline = time.monotonic() + 60
    while (len(acknowledged) < 8 or in_flight[0] < 3) and time.monotonic() < deadline:
        time.sleep(0.005)
    running.kill()  # SIGKILL, with requests in flight
    killed.set()
    for client_thread in clients:
        client_thread.join(timeout=60)
    assert len(acknowledged) >= 8, "too few writes before the kill to mean anything"
    assert interrupted[0] >= 1, "no ingest was in flight when the server died"

    _integrity(url)
    assert incomplete_articles(url, skip=SEED_SLUGS) == []

    running.start()
    with httpx.Client(base_url=running.base_url, timeout=30) as client:
        for slug, answer in acknowledged.items():
            stored = client.get(f"/v1/articles/{slug}")
            assert stored.status_code == 200, f"acknowledged {slug} is gone"
            assert stored.json()["text"] == answer["text"]
            assert stored.json()["statements"] == answer["statements"]
        # And the restarted server takes writes again.
        assert client.post("/v1/articles", json=article(1), headers=auth).status_code == 201


def test_an_oversized_chunked_body_over_the_wire_is_413_before_it_is_all_sent(
    server: tuple[LiveServer, str, dict[str, str]],
) -> None:
    """Real HTTP/1.1 chunked upload of up to 64 MiB: the server answers 413 and stops
    reading long before the end."""
    running, _url, auth = server
    host, port = running.sock.getsockname()
    chunk = b"a" * 65536
    sent = 0
    with socket.create_connection((host, port), timeout=10) as conn:
        conn.sendall(
            b"POST /v1/articles HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            + f"Authorization: {auth['Authorization']}\r\n".encode()
            + b"Transfer-Encoding: chunked\r\n\r\n"
        )
        try:
            while sent < 64 * 1024 * 1024:
                conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:
            pass  # the server answered and closed: exactly the point
        answer = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in answer and len(answer) < 65536:
                data = conn.recv(65536)
                if not data:
                    break
                answer += data
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"application/problem+json" in answer
    assert sent < 64 * 1024 * 1024, "the server read the whole 64 MiB"
