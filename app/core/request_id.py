"""The outermost middleware: a request id on every response, an access log line for
every request, and a generic 500 for anything that escaped every handler."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.access_log import log_access
from app.core.db_errors import describe_unavailable, first_line
from app.core.errors import problem_response
from app.core.head import HEAD_FLAG

REQUEST_ID_HEADER = "X-Request-ID"
# Sane: what a proxy or client would generate (uuids, ulids, hex), nothing to inject.
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

logger = logging.getLogger("commentariat.errors")


def incoming_or_new_id(scope: Scope) -> str:
    candidate = Headers(scope=scope).get(REQUEST_ID_HEADER)
    if candidate is not None and _SANE_ID.fullmatch(candidate):
        return candidate
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = incoming_or_new_id(scope)
        # Request.state reads scope["state"]; handlers put the id into problem documents.
        scope["state"] = {**scope.get("state", {}), "request_id": request_id}
        started = time.perf_counter()
        status = 500
        response_started = False
        sent_bytes = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started, sent_bytes
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            elif message["type"] == "http.response.body":
                sent_bytes += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            # Errors raised outside the routes (in another middleware) land here; the
            # database being unavailable is still a 503 wherever it was noticed.
            app_state = getattr(scope.get("app"), "state", None)
            limit = getattr(getattr(app_state, "settings", None), "query_timeout_seconds", 0.0)
            unavailable = describe_unavailable(exc, limit)
            if unavailable is None or response_started:
                logger.exception("unhandled error", extra={"request_id": request_id})
            else:
                logger.warning(
                    "database unavailable: %s", first_line(exc), extra={"request_id": request_id}
                )
            if response_started:
                raise  # Too late for a clean answer; the server drops the connection.
            if unavailable is not None:
                detail, retry_after = unavailable
                response = problem_response(
                    Request(scope),
                    503,
                    detail,
                    slug="unavailable",
                    headers={"Retry-After": str(retry_after)},
                )
            else:
                response = problem_response(
                    Request(scope),
                    500,
                    "An unexpected error occurred. Quote the request id when reporting it.",
                    slug="internal",
                )
            await response(scope, receive, send_with_id)
        finally:
            client = scope.get("client")
            log_access(
                request_id=request_id,
                method="HEAD" if scope.get(HEAD_FLAG) else scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=(time.perf_counter() - started) * 1000,
                client=client[0] if client else None,
                response_bytes=0 if scope.get(HEAD_FLAG) else sent_bytes,
            )
