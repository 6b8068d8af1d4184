"""Exports and clients that stop reading (issue 14, D3).

A client that requests an export and then reads nothing makes the server's sends wait
once the socket buffers are full. Exports once held their session (a pooled connection,
and on PostgreSQL an open transaction) across that wait: ten such clients emptied the
pool, `/health` answered 503, and the connections stayed "idle in transaction" long
after the clients left. Each batch now has its own short-lived session, and a client
that accepts nothing for ``export_send_timeout_seconds`` is dropped.

The server runs in a thread of the test (uvicorn on a real socket), so the test can read
its pool. Accepted sockets get an 8 KiB send buffer and the readers an 8 KiB receive
buffer, so a stall starts after about 100 KiB (those buffers and the 64 KiB the
transport buffers), a small part of the export.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from app.core.config import Settings
from app.ingest.loader import load_tagger
from app.ingest.schemas import ArticleInput
from app.main import create_app
from tests.conftest import Store
from tests.databases import PG_URL, fresh_database
from tests.faults.live_server import threaded_server

STALLED = 10
SEND_BUFFER = 8 * 1024
RECEIVE_BUFFER = 8 * 1024
# What the kernel (which doubles a requested buffer) and the server's transport
# (64 KiB before it pauses the sender) can hold before a send has to wait.
BUFFERED_AT_MOST = 2 * SEND_BUFFER + 2 * RECEIVE_BUFFER + 64 * 1024
WAIT_S = 15.0
EXPORTS = [
    "/v1/statements.csv",
    "/v1/statements.ndjson",
    "/v1/statements.csv?sort=said_on",
    "/v1/statements.ndjson?kind=quote",
    "/v1/statements.csv?topic=economy",
]
SENTENCE = (
    "The outlook for markets depends on how quickly the central bank moves and on how "
    "households respond to the measures announced this week, point {mark}."
)
SPEAKERS = ["Maria Lopez", "John Smith", "Anna Petrova", "Omar Haddad"]


def long_article(i: int) -> ArticleInput:
    parts = [f"Long interview on the outlook, part {i}", f"The talk ran long, session {i}."]
    for k, name in enumerate(SPEAKERS):
        parts.append(f"{name}, an analyst at Example Capital, says:")
        parts.append("– " + " ".join(SENTENCE.format(mark=f"{i}.{k}.{s}") for s in range(12)))
    return ArticleInput(text="\n\n".join(parts) + "\n", published_on=f"2024-05-{i % 28 + 1:02}")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The seed and 600 statements of about 1.8 KB each."""
    with fresh_database(tmp_path_factory.mktemp("stalls"), "stalls") as url:
        store = Store(Settings(database_url=url))
        try:
            store.seed()
            with store.factory() as session:
                tagger = load_tagger(session)
            for i in range(150):
                store.ingest(long_article(i), tagger=tagger)
            yield store
        finally:
            store.engine.dispose()


@contextmanager
def serving(store: Store, **settings: Any) -> Iterator[tuple[FastAPI, str]]:
    app = create_app(store.settings.model_copy(update={"export_batch_size": 50, **settings}))
    with threaded_server(app, send_buffer_bytes=SEND_BUFFER) as base_url:
        yield app, base_url


def stalled_reader(base_url: str, path: str) -> tuple[socket.socket, bytes]:
    """A client that asks for ``path``, reads the start of the answer (so the export has
    begun) and then nothing more; the socket and what it read."""
    address = urlsplit(base_url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    sock.connect((str(address.hostname), int(address.port or 80)))
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {address.netloc}\r\n\r\n".encode())
    sock.settimeout(WAIT_S)
    start = b""
    while b"\r\n\r\n" not in start:
        chunk = sock.recv(1024)
        assert chunk, "the server closed before answering"
        start += chunk
    assert start.startswith(b"HTTP/1.1 200"), start[:200]
    return sock, start


def checked_out(app: FastAPI) -> int:
    count: int = app.state.engine.pool.checkedout()
    return count


def idle_in_transaction(store: Store) -> int:
    """Connections to the store's PostgreSQL database holding a transaction and doing
    nothing: 0 on SQLite, which has no such view."""
    if not PG_URL:
        return 0
    with store.engine.connect() as connection:
        count = connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND state LIKE 'idle in transaction%'"
            )
        )
    return int(count or 0)


def wait_until(condition: Any, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_stalled_exports_hold_no_connection_and_the_pool_is_whole_after_they_leave(
    big_store: Store,
) -> None:
    with (
        serving(big_store, export_send_timeout_seconds=600) as (app, base_url),
        httpx.Client(base_url=base_url, timeout=WAIT_S) as client,
    ):
        sizes = [len(client.get(path).content) for path in EXPORTS]
        assert min(sizes) > 8 * BUFFERED_AT_MOST, "each export must outgrow the buffers"

        readers = [stalled_reader(base_url, EXPORTS[n % len(EXPORTS)])[0] for n in range(STALLED)]
        try:
            # Every stalled export is waiting on its client, holding no connection and no
            # transaction. An export still filling the buffers checks a connection out per
            # batch, and its transaction is "idle in transaction" between two statements, so
            # a moment with no connection checked out can fall between two batches while
            # another export reads: wait until both hold at once. An export that stalled
            # holding either never gets there.
            wait_until(
                lambda: checked_out(app) == 0 and idle_in_transaction(big_store) == 0,
                "stalled exports hold connections or transactions",
            )

            # The service stays up, exports included, while they stall.
            assert client.get("/health").status_code == 200
            for path in ("/v1/statements?limit=5", "/v1/experts", "/v1/stats/timeline"):
                assert client.get(path).status_code == 200, path
            assert len(client.get(EXPORTS[0]).content) == sizes[0]
        finally:
            for reader in readers:
                reader.close()

        time.sleep(1.0)
        assert checked_out(app) == 0
        assert idle_in_transaction(big_store) == 0
        assert client.get("/health").status_code == 200


def _read_to_the_end(sock: socket.socket) -> tuple[bytes, bool]:
    """Everything the server sends, and whether it then closed the connection."""
    sock.settimeout(WAIT_S)
    received = bytearray()
    try:
        while chunk := sock.recv(1 << 16):
            received += chunk
    except TimeoutError:
        return bytes(received), False
    return bytes(received), True


def test_a_client_that_stops_reading_is_dropped_after_the_send_timeout(
    big_store: Store,
) -> None:
    timeout_s = 1.0
    path = EXPORTS[0]
    with serving(big_store, export_send_timeout_seconds=timeout_s) as (app, base_url):
        full = httpx.get(base_url + path, timeout=WAIT_S).content
        reader, start = stalled_reader(base_url, path)
        try:
            time.sleep(3 * timeout_s)
            rest, closed = _read_to_the_end(reader)
        finally:
            reader.close()
        _, _, body = (start + rest).partition(b"\r\n\r\n")
        assert closed, "the server should close the connection of a client that stalled"
        # chunked: a complete body ends with the zero-length chunk; this one was cut off
        assert not body.endswith(b"0\r\n\r\n")
        assert BUFFERED_AT_MOST // 4 < len(body) < len(full)
        assert checked_out(app) == 0
        # and the next client is served in full
        assert httpx.get(base_url + path, timeout=WAIT_S).content == full
