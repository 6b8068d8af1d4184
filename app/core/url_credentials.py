"""A credential in the URL is refused with 401 on every route, before anything echoes it.

Keys go only in ``Authorization: Bearer <key>``. A key in the query string ends up in
proxy and browser histories, and a list answer would copy it into its ``Link`` header
(and the HTTP cache would keep it there). So a query parameter named like a credential
(``api_key``, ``key``, ``token``, ``access_token``, ... in any case or spelling, see
``looks_like_credential``) is refused here, whatever its value and whatever the route.
The answer names no parameter and no value.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.declared_params import looks_like_credential
from app.core.errors import problem_response

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="commentariat"'}
DETAIL = (
    "API keys are not accepted in the URL; send `Authorization: Bearer <key>`. "
    "Treat a key that was sent in a URL as exposed, and revoke it."
)


def credential_in_query(query_string: bytes) -> bool:
    for pair in query_string.split(b"&"):
        raw_name = pair.partition(b"=")[0]
        name = unquote_to_bytes(raw_name.replace(b"+", b" ")).decode("utf-8", "replace")
        if looks_like_credential(name):
            return True
    return False


class UrlCredentialsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not credential_in_query(scope.get("query_string", b"")):
            await self.app(scope, receive, send)
            return
        response = problem_response(
            Request(scope), 401, DETAIL, slug="unauthorized", headers=CHALLENGE
        )
        await response(scope, receive, send)
