"""One error tree, rendered by one handler as RFC 9457 ``application/problem+json``."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.db_errors import describe_unavailable, first_line

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://commentariat.dev/problems/"

logger = logging.getLogger("commentariat.errors")


class FieldError(BaseModel):
    """One offending input, as located by validation."""

    loc: list[str | int] = Field(description="Where the value was.", examples=[["query", "limit"]])
    msg: str = Field(description="What is wrong with it.", examples=["must be <= 100"])
    type: str = Field(description="Machine-readable error kind.", examples=["less_than_equal"])


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(
        description="URI naming the problem kind.", examples=[PROBLEM_BASE + "not-found"]
    )
    title: str = Field(description="Short summary of the problem kind.", examples=["Not Found"])
    status: int = Field(description="The HTTP status code.", examples=[404])
    detail: str = Field(
        description="What went wrong with this request.",
        examples=["No expert with slug 'nobody'."],
    )
    instance: str | None = Field(
        default=None, description="The request path.", examples=["/v1/experts/nobody"]
    )
    request_id: str | None = Field(
        default=None, description="Quote this when reporting a problem.", examples=["3f2b..."]
    )
    errors: list[FieldError] | None = Field(
        default=None,
        description="Per-field validation errors.",
        examples=[
            [{"loc": ["query", "limit"], "msg": "must be <= 100", "type": "less_than_equal"}]
        ],
    )


class ProblemError(Exception):
    """Base of every error the service answers with on purpose."""

    status = 500
    title = "Internal Server Error"
    slug = "internal"

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}


class BadRequest(ProblemError):
    status, title, slug = 400, "Bad Request", "bad-request"


class Unauthorized(ProblemError):
    status, title, slug = 401, "Unauthorized", "unauthorized"


class NotFound(ProblemError):
    status, title, slug = 404, "Not Found", "not-found"


class PayloadTooLarge(ProblemError):
    status, title, slug = 413, "Payload Too Large", "payload-too-large"


class InvalidParameter(ProblemError):
    status, title, slug = 422, "Unprocessable Content", "invalid-parameter"


class TooManyRequests(ProblemError):
    status, title, slug = 429, "Too Many Requests", "rate-limited"


class ServiceUnavailable(ProblemError):
    status, title, slug = 503, "Service Unavailable", "unavailable"


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> JSONResponse:
    title = title or _TITLES.get(status, "Error")
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + (slug or title.lower().replace(" ", "-")),
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "request_id": getattr(request.state, "request_id", None),
    }
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _clean_loc(loc: Any) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in loc]


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    cleaned = []
    for error in exc.errors():
        cleaned.append(
            {
                "loc": _clean_loc(error.get("loc", ())),
                "msg": str(error.get("msg", "")),
                "type": str(error.get("type", "")),
            }
        )
    encoded: list[dict[str, Any]] = jsonable_encoder(cleaned)
    return encoded


def _summarise(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error["loc"] if p not in ("body",)) or "request"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts) or "The request is invalid."


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(
        request, exc.status, exc.detail, slug=exc.slug, title=exc.title, headers=exc.headers
    )


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc)
    return problem_response(
        request, 422, _summarise(errors), slug="invalid-parameter", errors=errors
    )


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}."
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Starlette names only the first route that matched; list what the path serves.
        headers["Allow"] = allowed_methods(request) or headers.get("Allow", "")
        if detail == "Method Not Allowed":
            detail = f"{request.method} is not allowed on {request.url.path}."
    return problem_response(request, exc.status_code, detail, headers=headers)


def allowed_methods(request: Request) -> str:
    """The methods documented for this path, taken from the OpenAPI document.

    A literal path beats a template: ``/v1/articles/preview`` allows POST only, even
    though ``GET /v1/articles/{slug}`` would also take it. HEAD comes with every GET
    (app/core/head.py). Empty when undocumented.
    """
    best: tuple[int, list[str]] | None = None
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            params = template.count("{")
            if best is None or params < best[0]:
                served = {m.lower() for m in operations}
                if "get" in served:
                    served.add("head")
                best = (params, [m for m in _METHODS if m.lower() in served])
    return ", ".join(best[1]) if best else ""


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


async def _on_database(request: Request, exc: Exception) -> JSONResponse:
    """Outages, lock waits and query time limits are 503s the client may retry."""
    unavailable = describe_unavailable(exc, request.app.state.settings.query_timeout_seconds)
    if unavailable is None:
        return await _on_unexpected(request, exc)
    detail, retry_after = unavailable
    logger.warning(
        "database unavailable: %s",
        first_line(exc),
        extra={"request_id": getattr(request.state, "request_id", None)},
    )
    return problem_response(
        request, 503, detail, slug="unavailable", headers={"Retry-After": str(retry_after)}
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception(
        "unhandled error", extra={"request_id": getattr(request.state, "request_id", None)}
    )
    return problem_response(
        request,
        500,
        "An unexpected error occurred. Quote the request id when reporting it.",
        slug="internal",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(DBAPIError, _on_database)
    app.add_exception_handler(PoolTimeoutError, _on_database)
    app.add_exception_handler(Exception, _on_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry that documents each status as a problem document."""
    return {
        status: {
            "model": Problem,
            "description": _TITLES.get(status, "Error"),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
