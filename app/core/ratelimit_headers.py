"""``RateLimit-Limit``, ``RateLimit-Remaining`` and ``RateLimit-Reset`` on every answer to
a write that the rate limit counted: the 2xx, the 429, and any error after the count.

The limit is counted in the write routes' key dependency (``app.core.ratelimit``), which
leaves the figures on the request state; this middleware adds them to whatever answer
goes out, including one rendered from an exception.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.ratelimit import RATE_LIMIT_STATE


class RateLimitHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return

        # The route's request.state is this dict, even if a layer copies the scope.
        state = scope.setdefault("state", {})

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                figures = state.get(RATE_LIMIT_STATE)
                if figures:
                    headers = MutableHeaders(scope=message)
                    for name, value in figures.items():
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
