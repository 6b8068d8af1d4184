"""HEAD is GET without the body (RFC 9110, section 9.3.2), on every GET route.

FastAPI routes declare GET only, so a HEAD would be a 405. This middleware, the
outermost, hands the whole stack a GET, so every header (status, Content-Type,
Content-Length, ETag, Link, CORS, the docs pages' script hashes) is the GET's own, and
sends none of the body. It marks the scope (``HEAD_FLAG``) so the access log records HEAD.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEAD_FLAG = "commentariat.head"


class HeadMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        finished = False

        async def headers_only(message: Message) -> None:
            nonlocal finished
            if message["type"] == "http.response.body":
                if finished or message.get("more_body", False):
                    return
                finished = True
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET", HEAD_FLAG: True}, receive, headers_only)
