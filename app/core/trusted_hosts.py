"""Answer only for configured host names; anything else is a 400 problem document."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import problem_response


def host_allowed(host: str, patterns: Sequence[str]) -> bool:
    for pattern in patterns:
        if pattern == "*" or host == pattern:
            return True
        if pattern.startswith("*.") and host.endswith(pattern[1:]):
            return True
    return False


def _host_name(scope: Scope) -> str:
    host = Headers(scope=scope).get("host", "").lower()
    # "[::1]:8000" -> "[::1]", "example.org:8000" -> "example.org"
    return host.rsplit(":", 1)[0] if host.rfind(":") > host.rfind("]") else host


class TrustedHostMiddleware:
    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        self.app = app
        self.allowed_hosts = [h.lower() for h in allowed_hosts]
        self.allow_any = "*" in self.allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.allow_any:
            await self.app(scope, receive, send)
            return
        if host_allowed(_host_name(scope), self.allowed_hosts):
            await self.app(scope, receive, send)
            return
        response = problem_response(
            Request(scope), 400, "The Host header names a host this service does not serve."
        )
        await response(scope, receive, send)
