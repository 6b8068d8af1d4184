"""HTTP caching keyed by the store's data version: ETag, 304, Cache-Control, and an
in-memory cache of whole answers.

The data version is one row that database triggers bump in every writing transaction
(migration 0010), so it is shared by every process on the database. A process trusts the
value it read for ``data_version_ttl_seconds``; a write transaction committed by this
process (app/core/data_version.py) makes it read again at once.

The middleware is plain ASGI. A hit or a 304 never reaches the router, the session or the
database; a miss runs the app and keeps the answer when it is a 200 with a body that fits.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from typing import Any

import anyio
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.data_version import LocalWrites, read_data_version

CACHED_PREFIX = "/v1/"
# Answer headers that belong to one exchange, not to the resource, are not replayed.
_NOT_REPLAYED = {
    b"date",
    b"server",
    b"set-cookie",
    b"x-request-id",
    b"retry-after",
    b"x-ratelimit-limit",
    b"x-ratelimit-remaining",
    b"x-ratelimit-reset",
}


class _Flight:
    """One read of the data version that other requests can wait for."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.value: int | None = None
        self.error: BaseException | None = None

    def succeed(self, value: int) -> None:
        self.value = value
        self.done.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        self.done.set()

    async def wait_value(self) -> int:
        await self.done.wait()
        if self.error is not None:
            raise self.error
        assert self.value is not None
        return self.value


class DataVersionSource:
    """The current data version, re-read at most every ``ttl`` seconds, or at once after
    a local write."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._value: int | None = None
        self._expires = 0.0
        self._generation = -1
        self._reading: _Flight | None = None

    async def current(self, factory: sessionmaker[Session], *, inline: bool = False) -> int:
        """The version, re-read when stale: in a thread, or on the event loop when
        ``inline`` (SQLite, whose bounded reads run there too: app/core/read_session.py).

        On SQLite the inline read is a one-row read of the server's own file. In a thread
        it made every request that found the version stale wait 0.1-0.6 s behind the
        pages served inline meanwhile (32 requests in flight, 100k store: p99 583 ms,
        against 4.5 ms read inline; benchmarks/RESULTS.md, issue 13)."""
        generation = LocalWrites.generation
        if (
            self._value is not None
            and generation == self._generation
            and time.monotonic() < self._expires
        ):
            return self._value
        if inline:  # no await until it is stored: no other request can find it stale
            value = read_data_version(factory)
            self._store(value, generation)
            return value
        # Single flight: concurrent requests that find the version stale share one read.
        if self._reading is not None:
            return await self._reading.wait_value()
        self._reading = _Flight()
        try:
            value = await anyio.to_thread.run_sync(read_data_version, factory)
        except BaseException as exc:
            self._reading.fail(exc)
            raise
        finally:
            flight, self._reading = self._reading, None
        self._store(value, generation)
        flight.succeed(value)
        return value

    def _store(self, value: int, generation: int) -> None:
        previous, self._value = self._value, value
        # A write that commits while this read runs leaves the generation stale: until
        # the new version is seen, keep reading instead of trusting the old one a whole ttl.
        if generation == self._generation or value != previous or previous is None:
            self._generation = generation
            self._expires = time.monotonic() + self.ttl


def _etag(version: int, path: str, query: bytes) -> bytes:
    digest = hashlib.blake2b(path.encode() + b"?" + query, digest_size=6).hexdigest()
    return f'"v{version}-{digest}"'.encode()


def _matches(if_none_match: bytes, etag: bytes) -> bool:
    # "*" is not honoured: it would turn a 404 or a 422 into a 304.
    weak_free = etag.removeprefix(b"W/")
    return any(
        candidate.strip().removeprefix(b"W/") == weak_free
        for candidate in if_none_match.split(b",")
    )


class _Entry:
    __slots__ = ("body", "etag", "headers", "status")

    def __init__(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes, etag: bytes
    ) -> None:
        self.status = status
        self.headers = headers
        self.body = body
        self.etag = etag


class HttpCacheMiddleware:
    """ETag / If-None-Match / Cache-Control on GET /v1, and an LRU of whole answers."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        # no-cache: caches keep the answer but revalidate it (ETag) before each reuse.
        max_age = settings.cache_max_age
        self.cache_control = f"public, max-age={max_age}".encode() if max_age else b"no-cache"
        self.max_entries = settings.response_cache_entries
        self.max_body = settings.response_cache_max_body_bytes
        self.max_total = settings.response_cache_total_bytes
        self.total = 0
        self.versions = DataVersionSource(settings.data_version_ttl_seconds)
        self.entries: OrderedDict[tuple[Any, ...], _Entry] = OrderedDict()
        self.entries_version: int | None = None
        self.hits = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(CACHED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        try:
            state = scope["app"].state
            version = await self.versions.current(
                state.session_factory, inline=getattr(state, "inline_sqlite_reads", False)
            )
        except SQLAlchemyError:
            # No version, no caching: the app meets the same fault and answers for it (503).
            await self.app(scope, receive, send)
            return
        if version != self.entries_version:
            self.entries.clear()
            self.total = 0
            self.entries_version = version
        if_none_match = accept_encoding = host = b""
        for name, value in scope["headers"]:
            if name == b"if-none-match":
                if_none_match = value
            elif name == b"accept-encoding":
                accept_encoding = value
            elif name == b"host":
                host = value
        # Scheme and host are in the key because the Link header holds absolute URLs: an
        # answer built for https://a.example must not be replayed to http://b.example. The
        # scheme is the one the server settled on (uvicorn's proxy headers set it from a
        # trusted X-Forwarded-Proto).
        key = (
            scope.get("scheme", "http"),
            host,
            scope["path"],
            scope["query_string"],
            accept_encoding,
        )
        entry = self.entries.get(key)
        etag = (
            entry.etag
            if entry is not None
            else _etag(version, scope["path"], scope["query_string"])
        )
        if if_none_match and _matches(if_none_match, etag):
            await self._not_modified(send, etag)
            return
        if entry is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            await send(
                {"type": "http.response.start", "status": entry.status, "headers": entry.headers}
            )
            await send({"type": "http.response.body", "body": entry.body})
            return
        await self._miss(scope, receive, send, etag, key, version)

    async def _not_modified(self, send: Send, etag: bytes) -> None:
        headers = [(b"etag", etag), (b"cache-control", self.cache_control)]
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _miss(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        etag: bytes,
        key: tuple[Any, ...],
        version: int,
    ) -> None:
        state: dict[str, Any] = {"keep": False, "chunks": [], "size": 0}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 200:
                    headers = [
                        (name, value)
                        for name, value in message.get("headers", [])
                        if name not in (b"etag", b"cache-control")
                    ]
                    headers += [(b"etag", etag), (b"cache-control", self.cache_control)]
                    message = {**message, "headers": headers}
                    state["keep"] = self.max_entries > 0
                    state["status"] = 200
                    state["etag"] = etag
                    state["headers"] = headers
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > self.max_body:
                    state["keep"] = False
                    state["chunks"] = []
                else:
                    state["chunks"].append(body)
                if not message.get("more_body", False) and state["keep"]:
                    self._store(key, version, state)
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key: tuple[Any, ...], version: int, state: dict[str, Any]) -> None:
        if version != self.entries_version:
            return
        headers = [(n, v) for n, v in state["headers"] if n.lower() not in _NOT_REPLAYED]
        body = b"".join(state["chunks"])
        replaced = self.entries.pop(key, None)
        if replaced is not None:
            self.total -= len(replaced.body)
        self.entries[key] = _Entry(200, headers, body, state["etag"])
        self.total += len(body)
        while self.entries and (
            len(self.entries) > self.max_entries or self.total > self.max_total
        ):
            _, evicted = self.entries.popitem(last=False)
            self.total -= len(evicted.body)
