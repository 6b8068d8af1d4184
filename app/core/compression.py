"""gzip for bodies over 1 KB, for clients that accept it, with ``Vary: Accept-Encoding``.

Plain ASGI, so a stream stays a stream: a response sent in several parts (the CSV and
NDJSON exports) is compressed part by part, each flushed as it goes, never gathered
whole. A body sent in one part is compressed only when it is at least
``minimum_size`` bytes; smaller ones are not worth the header.

Sits outside the HTTP cache: the cache keeps identity bodies and replays them through
here. The ``ETag`` is left as it is: it names the data version and the URL, and a 304
carries the same one whichever coding the 200 had (no Range requests are served, the one
place where a strong validator must tell codings apart). Starlette's ``GZipMiddleware``
is not used because it sends no ``Vary`` on the answers it leaves alone (small ones, or
to clients without gzip), so a shared cache could hand those to everyone. Brotli is not
offered: Starlette has no brotli middleware, and the ASGI packages for it are small and
thinly maintained.
"""

from __future__ import annotations

import zlib
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MINIMUM_SIZE = 1024
_COMPRESSIBLE = frozenset(
    {
        "application/json",
        "application/problem+json",
        "application/x-ndjson",
        "application/javascript",
        "application/xml",
        "image/svg+xml",
    }
)


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether ``Accept-Encoding`` allows gzip: named (or ``*``) with a q above 0."""
    gzip_q: float | None = None
    star_q: float | None = None
    for part in accept_encoding.split(","):
        coding, _, params = part.strip().partition(";")
        coding = coding.strip().lower()
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if coding in ("gzip", "x-gzip"):
            gzip_q = q
        elif coding == "*":
            star_q = q
    if gzip_q is not None:
        return gzip_q > 0
    return star_q is not None and star_q > 0


def _compressible(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return (
        (media.startswith("text/") and media != "text/event-stream")
        or media in _COMPRESSIBLE
        or media.endswith("+json")
    )


def _add_vary(headers: MutableHeaders) -> None:
    vary = headers.get("vary", "")
    names = {name.strip().lower() for name in vary.split(",")}
    if "accept-encoding" not in names and "*" not in names:
        headers["Vary"] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"


class CompressionMiddleware:
    def __init__(self, app: ASGIApp, minimum_size: int = MINIMUM_SIZE, level: int = 6) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.level = level

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wanted = accepts_gzip(Headers(scope=scope).get("accept-encoding", ""))
        responder = _Responder(send, wanted, self.minimum_size, self.level)
        await self.app(scope, receive, responder.send)


class _Responder:
    """Holds the start of the answer until its first body part shows whether to compress."""

    def __init__(self, send: Send, wanted: bool, minimum_size: int, level: int) -> None:
        self._send = send
        self.wanted = wanted
        self.minimum_size = minimum_size
        self.level = level
        self.start: Message | None = None
        self.compressor: Any = None  # zlib's compress object, once compressing
        self.decided = False

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self.start = message
            return
        if kind != "http.response.body" or self.decided:
            await self._body(message)
            return
        self.decided = True
        assert self.start is not None
        headers = MutableHeaders(scope=self.start)
        _add_vary(headers)
        body: bytes = message.get("body", b"")
        more = message.get("more_body", False)
        if (
            not self.wanted
            or "content-encoding" in headers
            or not _compressible(headers.get("content-type", ""))
            or (not more and len(body) < self.minimum_size)
        ):
            await self._send(self.start)
            await self._send(message)
            return
        # wbits 16 + 15: the gzip container around a deflate stream.
        self.compressor = zlib.compressobj(self.level, zlib.DEFLATED, 31)
        headers["Content-Encoding"] = "gzip"
        if more:
            del headers["content-length"]
            await self._send(self.start)
            await self._body(message)
            return
        compressed = self.compressor.compress(body) + self.compressor.flush()
        headers["Content-Length"] = str(len(compressed))
        await self._send(self.start)
        await self._send({**message, "body": compressed})

    async def _body(self, message: Message) -> None:
        if self.compressor is None or message["type"] != "http.response.body":
            await self._send(message)
            return
        more = message.get("more_body", False)
        data = self.compressor.compress(message.get("body", b""))
        # Each part leaves at once: a sync flush per part, the gzip trailer at the end.
        data += self.compressor.flush(zlib.Z_SYNC_FLUSH if more else zlib.Z_FINISH)
        await self._send({**message, "body": data})
