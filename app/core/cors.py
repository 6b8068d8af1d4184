"""Cross-origin policy: any origin may read, only configured origins may write.

Reads carry ``Access-Control-Allow-Origin: *`` and never credentials. A write from a
browser page on another origin is refused (403) unless that origin is configured in
``cors_origins``; requests without an ``Origin`` header (servers, CLIs) and same-origin
requests are not affected. Preflights are answered here, before routing.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import problem_response

READ_METHODS = frozenset({"GET", "HEAD"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_READ_HEADERS = "Accept, Accept-Language, Content-Language, If-None-Match, X-Request-ID"
_WRITE_HEADERS = _READ_HEADERS + ", Authorization, Content-Type"
_EXPOSED = "ETag, Link, Location, Retry-After, X-Request-ID"
_MAX_AGE = "600"


class CorsPolicy:
    """The policy, for the edge layer (``edge.py``): it calls ``app`` with the request."""

    def __init__(self, write_origins: Sequence[str]) -> None:
        self.write_origins = frozenset(o.rstrip("/") for o in write_origins)

    def _same_origin(self, origin: str, headers: Headers, scope: Scope) -> bool:
        return origin == f"{scope.get('scheme', 'http')}://{headers.get('host', '')}"

    async def __call__(
        self, app: ASGIApp, scope: Scope, receive: Receive, send: Send, headers: Headers
    ) -> None:
        origin = headers.get("origin")
        if origin is None:
            await app(scope, receive, send)
            return
        method = scope["method"]
        requested = headers.get("access-control-request-method")
        if method == "OPTIONS" and requested is not None:
            await self._preflight(scope, receive, send, origin, requested.upper())
            return
        may_write = origin in self.write_origins
        if method not in READ_METHODS and not may_write:
            if self._same_origin(origin, headers, scope):
                await app(scope, receive, send)
                return
            response = problem_response(
                Request(scope),
                403,
                f"Origin {origin} may read but not write; writes are allowed only from "
                "configured origins.",
                slug="origin-not-allowed",
            )
            await response(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                if method in READ_METHODS and not may_write:
                    out["Access-Control-Allow-Origin"] = "*"
                else:
                    out["Access-Control-Allow-Origin"] = origin
                    out.add_vary_header("Origin")
                out["Access-Control-Expose-Headers"] = _EXPOSED
            await send(message)

        await app(scope, receive, send_with_cors)

    async def _preflight(
        self, scope: Scope, receive: Receive, send: Send, origin: str, requested: str
    ) -> None:
        if requested in READ_METHODS:
            allow = {
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": "GET, HEAD",
                "Access-Control-Allow-Headers": _READ_HEADERS,
                "Access-Control-Max-Age": _MAX_AGE,
            }
            await Response(status_code=204, headers=allow)(scope, receive, send)
            return
        if requested in WRITE_METHODS and origin in self.write_origins:
            allow = {
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Methods": "GET, HEAD, POST, DELETE",
                "Access-Control-Allow-Headers": _WRITE_HEADERS,
                "Access-Control-Max-Age": _MAX_AGE,
                "Vary": "Origin",
            }
            await Response(status_code=204, headers=allow)(scope, receive, send)
            return
        response = problem_response(
            Request(scope),
            403,
            f"Origin {origin} may not send {requested} requests; writes are allowed only "
            "from configured origins.",
            slug="origin-not-allowed",
        )
        await response(scope, receive, send)
