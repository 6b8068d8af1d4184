"""gzip over 1 KB with Vary: Accept-Encoding; small bodies and clients without gzip get
identity; a CSV or NDJSON export is compressed part by part, still a stream."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message

from app.core.compression import accepts_gzip
from app.core.config import Settings
from app.main import create_app
from tests.conftest import Store

GZIP = {"Accept-Encoding": "gzip"}
IDENTITY = {"Accept-Encoding": "identity"}


def _raw(client: TestClient, path: str, headers: dict[str, str]) -> Any:
    """The answer as sent: httpx would otherwise decode gzip before we see it."""
    with client.stream("GET", path, headers=headers) as response:
        body = b"".join(response.iter_raw())
    return response, body


# A list's answer varies on Accept too: Accept: text/csv gets its export.
VARY = {"/v1/statements": "Accept, Accept-Encoding", "/v1/experts": "Accept, Accept-Encoding"}


@pytest.mark.parametrize("path", ["/v1/statements", "/v1/experts", "/openapi.json"])
def test_a_large_body_is_gzipped_with_vary(client: TestClient, path: str) -> None:
    response, body = _raw(client, path, GZIP)
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["vary"] == VARY.get(path, "Accept-Encoding")
    assert int(response.headers["content-length"]) == len(body)
    plain, identity_body = _raw(client, path, IDENTITY)
    assert "content-encoding" not in plain.headers
    assert plain.headers["vary"] == VARY.get(path, "Accept-Encoding")
    assert len(identity_body) > 1024
    assert gzip.decompress(body) == identity_body
    assert len(body) < len(identity_body) / 2


def test_a_small_body_is_not_compressed_but_still_varies(client: TestClient) -> None:
    response, body = _raw(client, "/health", GZIP)
    assert len(body) < 1024
    assert "content-encoding" not in response.headers
    assert response.headers["vary"] == "Accept-Encoding"


@pytest.mark.parametrize("header", ["gzip;q=0", "br", "identity, *;q=0", ""])
def test_gzip_is_sent_only_when_accepted(client: TestClient, header: str) -> None:
    response, _ = _raw(client, "/v1/statements", {"Accept-Encoding": header})
    assert "content-encoding" not in response.headers
    assert accepts_gzip(header) is False


def test_accept_encoding_is_read_with_q_values() -> None:
    assert accepts_gzip("gzip, deflate, br")
    assert accepts_gzip("br;q=1.0, gzip;q=0.5")
    assert accepts_gzip("*")
    assert not accepts_gzip("*, gzip;q=0")


def test_a_304_keeps_vary_and_the_etag(client: TestClient) -> None:
    etag = client.get("/v1/statements", headers=GZIP).headers["etag"]
    response, body = _raw(client, "/v1/statements", {**GZIP, "If-None-Match": etag})
    assert response.status_code == 304
    assert body == b""
    assert response.headers["etag"] == etag
    assert response.headers["vary"] == "Accept, Accept-Encoding"


@pytest.mark.parametrize("export", ["csv", "ndjson"])
def test_an_export_is_compressed_as_a_stream(seeded_store: Store, export: str) -> None:
    """Drive the ASGI app by hand: the gzip stream leaves in several parts, each a valid
    flush point, with no Content-Length: nothing waited for the whole export."""
    settings = Settings(database_url=seeded_store.settings.database_url)
    app = create_app(settings)
    sent: list[Message] = []
    requested: set[int] = set()

    async def receive() -> Message:
        if not requested:
            requested.add(1)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client stays connected
        raise AssertionError("unreachable")

    async def send(message: Message) -> None:
        sent.append(message)

    def scope(encoding: bytes) -> dict[str, Any]:
        return {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": f"/v1/statements.{export}",
            "raw_path": f"/v1/statements.{export}".encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [(b"host", b"testserver"), (b"accept-encoding", encoding)],
            "client": ("127.0.0.1", 1),
            "server": ("testserver", 80),
            "state": {},
        }

    async def run(encoding: bytes) -> tuple[dict[bytes, bytes], list[bytes]]:
        sent.clear()
        requested.clear()
        await app(scope(encoding), receive, send)
        start = sent[0]
        bodies = [m.get("body", b"") for m in sent[1:] if m["type"] == "http.response.body"]
        return dict(start["headers"]), bodies

    headers, parts = asyncio.run(run(b"gzip"))
    assert headers[b"content-encoding"] == b"gzip"
    assert b"content-length" not in headers
    assert len([p for p in parts if p]) >= 2, "sent in parts, not gathered whole"
    first = next(p for p in parts if p)
    # Decodable on its own: each part was flushed as it went, not held for the next.
    assert zlib.decompressobj(31).decompress(first)
    identity_headers, identity_parts = asyncio.run(run(b"identity"))
    assert b"content-encoding" not in identity_headers
    assert gzip.decompress(b"".join(parts)) == b"".join(identity_parts)
