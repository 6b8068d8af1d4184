"""An empty query value (``topic=``, ``expert=``, ``cursor=``) is a 422 on every parameter.

Each filter used to treat it its own way: ``topic=`` matched nothing and gave an empty
list, ``expert=`` was a 422, ``cursor=`` meant the first page. One rule for all: a value
that matches nothing would silently empty a list, one that is ignored would silently
widen it, so neither is guessed. To not filter, leave the parameter out. The OpenAPI
document says so (``minLength: 1`` on every free-text parameter) and so does its
description.
"""

from __future__ import annotations

from urllib.parse import unquote_plus

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import problem_response
from app.core.operations import OperationIndex

MESSAGE = "must not be empty; leave the parameter out to not filter by it"


def first_empty(query_string: bytes) -> str | None:
    """The name of the first parameter given without a value, if any."""
    for pair in query_string.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        if not value:
            return unquote_plus(name.decode("utf-8", "replace"))
    return None


class EmptyValueMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.operations = OperationIndex()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            name = first_empty(scope["query_string"])
            if name is not None and self.operations.find(scope) is not None:
                response = problem_response(
                    Request(scope),
                    422,
                    f"query.{name}: {MESSAGE}",
                    slug="invalid-parameter",
                    errors=[{"loc": ["query", name], "msg": MESSAGE, "type": "empty_value"}],
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
