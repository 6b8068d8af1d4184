"""The request id of every response, and the generic 500 (or database 503) for anything
that escaped every handler; the edge layer (``edge.py``) applies both and writes the
access log line."""

from __future__ import annotations

import logging
import re
import uuid

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope

from app.core.db_errors import describe_unavailable, first_line
from app.core.errors import problem_response

REQUEST_ID_HEADER = "X-Request-ID"
# Sane: what a proxy or client would generate (uuids, ulids, hex), nothing to inject.
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

logger = logging.getLogger("commentariat.errors")


def incoming_or_new_id(headers: Headers) -> str:
    candidate = headers.get(REQUEST_ID_HEADER)
    if candidate is not None and _SANE_ID.fullmatch(candidate):
        return candidate
    return uuid.uuid4().hex


def failure_response(
    scope: Scope, exc: Exception, request_id: str, response_started: bool
) -> Response:
    """Log an error that escaped every handler (raised in a middleware, say) and give the
    answer for it: the database being unavailable is still a 503 wherever it was noticed,
    anything else a generic 500. Sending it is the caller's, unless the response had
    already started (then the server drops the connection)."""
    app_state = getattr(scope.get("app"), "state", None)
    limit = getattr(getattr(app_state, "settings", None), "query_timeout_seconds", 0.0)
    unavailable = describe_unavailable(exc, limit)
    if unavailable is None or response_started:
        logger.exception("unhandled error", extra={"request_id": request_id})
    else:
        logger.warning(
            "database unavailable: %s", first_line(exc), extra={"request_id": request_id}
        )
    if unavailable is not None:
        detail, retry_after = unavailable
        return problem_response(
            Request(scope),
            503,
            detail,
            slug="unavailable",
            headers={"Retry-After": str(retry_after)},
        )
    return problem_response(
        Request(scope),
        500,
        "An unexpected error occurred. Quote the request id when reporting it.",
        slug="internal",
    )
