"""413 for request bodies over the limit, whether or not they declare a Content-Length.

A declared length over the limit is refused before any of the body is read. A chunked
body is counted as it streams in: the chunk that crosses the limit stops the read, and
whatever the application was about to answer is replaced by the 413. Nothing past the
limit is ever buffered.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import problem_response


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is over the limit of {limit} bytes.")


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_413(scope, receive, send, self.max_bytes)
            return

        received = 0
        exceeded = False
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                raise BodyTooLarge(self.max_bytes)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if exceeded:
                # Whatever the app made of the truncated body, the answer is the 413.
                if message["type"] == "http.response.start" and not response_started:
                    response_started = True
                    await _send_413(scope, receive, send, self.max_bytes)
                return
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            if not response_started:
                await _send_413(scope, receive, send, self.max_bytes)


async def _send_413(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = problem_response(
        Request(scope),
        413,
        f"The request body is over the limit of {limit} bytes.",
        slug="payload-too-large",
        # The rest of an oversized body is never read, so the connection cannot be reused.
        headers={"Connection": "close"},
    )
    await response(scope, receive, send)
