"""Helpers every list router shares: cursor keys per sort, JSON bodies, export choice."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.responses import Response

from app.core.errors import InvalidParameter
from app.core.pagination import decode_cursor, encode_cursor

ExportFormat = Literal["json", "csv", "ndjson"]

Format = Annotated[
    ExportFormat,
    Query(
        alias="format",
        description=(
            "`json` (default) for pages; `csv` or `ndjson` stream every matching row as a "
            "download, ignoring `limit`."
        ),
        examples=["json"],
    ),
]


def cursor_key(request: Request, scope: str, cursor: str | None) -> list[Any] | None:
    if not cursor:
        return None
    return decode_cursor(request.app.state.cursor_secret, scope, cursor)


def next_cursor(request: Request, scope: str, key: list[Any] | None) -> str | None:
    """The cursor of a repository's key. Keys hold the row's own values (dates as dates),
    so that a key goes straight back into the next query, as an export's batches do; only
    the cursor spells a date as ISO text, which the repository's ``check_key`` reads back."""
    if key is None:
        return None
    wire = [value.isoformat() if isinstance(value, dt.date) else value for value in key]
    return encode_cursor(request.app.state.cursor_secret, scope, wire)


def json_page(
    request: Request,
    items: list[dict[str, Any]],
    total: int,
    cursor: str | None,
    **extra: Any,
) -> Response:
    """The list envelope serialised once, straight from dicts, with the Link header."""
    body: dict[str, Any] = {"items": items, "total": total, "next_cursor": cursor}
    body.update({name: value for name, value in extra.items() if value is not None})
    headers = {}
    if cursor is not None:
        url = request.url.include_query_params(cursor=cursor)
        headers["Link"] = f'<{url}>; rel="next"'
    return json_response(body, headers)


def json_response(body: Any, headers: dict[str, str] | None = None) -> Response:
    """A JSON answer serialised once, straight from dicts: for bodies built from rows that
    already have the shape of the endpoint's declared ``response_model``."""
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
        media_type="application/json",
        headers=headers,
    )


EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
        "description": "A page (JSON), or every matching row (CSV, NDJSON).",
    }
}


REPEATABLE = frozenset({"topic", "facet"})


async def no_repeated_parameters(request: Request) -> None:
    """A single-valued parameter given twice is ambiguous: 422, not "the last one wins"."""
    seen: set[str] = set()
    for name, _ in request.query_params.multi_items():
        if name in seen and name not in REPEATABLE:
            raise InvalidParameter(f"{name} is given more than once; it takes one value.")
        seen.add(name)
