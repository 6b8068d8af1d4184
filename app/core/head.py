"""HEAD is GET without the body (RFC 9110, section 9.3.2), on every GET route.

FastAPI routes declare GET only, so a HEAD would be a 405. This middleware hands the
rest of the stack a GET, so the headers (status, Content-Type, Content-Length, ETag,
Link, CORS) are the GET's own, and sends none of the body. The access log, outside it,
still records HEAD.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


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

        await self.app({**scope, "method": "GET"}, receive, headers_only)
