"""A JSON body must be sent as JSON and be JSON: 415 for another media type, 400 for a
body that does not parse.

Applies to the operations whose OpenAPI document declares an ``application/json``
request body. The input guard, outside this middleware, has already refused with a 422
what no store can hold (invalid UTF-8, NUL, lone surrogates, too deep, a huge integer);
what reaches here is text, so a parse failure is a malformed document (400), not an
invalid value (422, which the route's validation gives a well-formed body).
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.asgi_body import read_body, replay
from app.core.errors import problem_response
from app.core.operations import OperationIndex

JSON_MEDIA_TYPE = "application/json"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def is_json_media_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == JSON_MEDIA_TYPE or (
        media.startswith("application/") and media.endswith("+json")
    )


class JsonBodyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.operations = OperationIndex()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        operation = self.operations.find(scope)
        content = ((operation or {}).get("requestBody") or {}).get("content", {})
        if JSON_MEDIA_TYPE not in content:
            await self.app(scope, receive, send)
            return
        content_type = Headers(scope=scope).get("content-type")
        body = await read_body(receive)
        if content_type is None and not body:
            # No body at all: the route says which fields are required (422).
            await self.app(scope, replay(body, receive), send)
            return
        if content_type is None or not is_json_media_type(content_type):
            sent = "no Content-Type" if content_type is None else f"Content-Type: {content_type}"
            response = problem_response(
                Request(scope),
                415,
                f"The body must be sent as Content-Type: {JSON_MEDIA_TYPE}, not with {sent}.",
                slug="unsupported-media-type",
                headers={"Accept": JSON_MEDIA_TYPE},
            )
            await response(scope, replay(body, receive), send)
            return
        if body:
            try:
                json.loads(body)
            except ValueError as exc:
                response = problem_response(
                    Request(scope),
                    400,
                    f"The body is not valid JSON: {exc}.",
                    slug="bad-request",
                )
                await response(scope, replay(body, receive), send)
                return
        await self.app(scope, replay(body, receive), send)
