"""Exports as operations of their own, and the two ways a list still leads to them.

A list (``GET /v1/statements``) answers a JSON page, and only that: its export is
``GET /v1/statements.csv`` or ``.ndjson``, an operation with the list's filters and its own
media type, so a generated client types each answer as one thing. Two older ways to get
an export from the list's URL keep working:

- ``format=csv|ndjson`` (deprecated): a 307 to the export operation with the same query,
  less what only a page reads (``limit``, ``facet``, ``facet_size``, ``format``);
- ``Accept: text/csv`` or ``application/x-ndjson`` preferred to ``application/json``:
  content negotiation. :class:`NegotiationMiddleware` hands the request to the export
  operation (the same query, less the page's parameters) before the HTTP cache sees it,
  so the cache keys and tags the CSV by the export's own URL, never as the JSON page; every
  answer of a list says ``Vary: Accept``.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import unquote_plus

from fastapi import Request
from fastapi.responses import Response
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ExportMedia = Literal["csv", "ndjson"]
EXPORTS: tuple[ExportMedia, ...] = ("csv", "ndjson")
MEDIA_TYPES: dict[ExportMedia, str] = {"csv": "text/csv", "ndjson": "application/x-ndjson"}
LISTS = frozenset({"/v1/statements", "/v1/experts", "/v1/articles"})
"""The lists that have exports: ``{list}.csv`` and ``{list}.ndjson``."""
PAGE_ONLY = frozenset({"format", "limit", "facet", "facet_size"})
"""A list's parameters that shape a page, not the set of rows: an export takes none."""

_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("json", "application/json"),
    ("csv", MEDIA_TYPES["csv"]),
    ("ndjson", MEDIA_TYPES["ndjson"]),
)


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    """The media ranges of an ``Accept`` header as (type, subtype, q)."""
    found = []
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        kind, _, sub = media.strip().lower().partition("/")
        if not kind or not sub:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        found.append((kind, sub, q))
    return found


def _quality(media: str, ranges: list[tuple[str, str, float]]) -> float:
    """The q of ``media``: that of the most specific range matching it (RFC 9110 12.5.1)."""
    kind, _, sub = media.partition("/")
    best: tuple[int, float] | None = None
    for range_kind, range_sub, q in ranges:
        if (range_kind, range_sub) == (kind, sub):
            rank = 2
        elif range_kind == kind and range_sub == "*":
            rank = 1
        elif (range_kind, range_sub) == ("*", "*"):
            rank = 0
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, q)
    return best[1] if best is not None else 0.0


def negotiated(accept: str) -> Literal["json", "csv", "ndjson"]:
    """What a list answers for this ``Accept``: JSON unless the client prefers CSV or
    NDJSON to it. Equal preference, no header, or nothing acceptable all give JSON (the
    list's own type; a list never answers 406)."""
    if not accept.strip():
        return "json"
    ranges = _ranges(accept)
    qualities = [(name, _quality(media, ranges)) for name, media in _CANDIDATES]
    name, q = max(qualities, key=lambda item: item[1])  # the first of equals: JSON first
    if q <= 0 or name == "json":
        return "json"
    return "csv" if name == "csv" else "ndjson"


def export_query(query_string: str) -> str:
    """A list's query string as its export takes it: the page's own parameters dropped,
    every other pair kept as it was sent."""
    pairs = [pair for pair in query_string.split("&") if pair]
    return "&".join(pair for pair in pairs if unquote_plus(pair.partition("=")[0]) not in PAGE_ONLY)


def export_redirect(request: Request, export: ExportMedia) -> Response:
    """The 307 of a list's deprecated ``format=csv|ndjson``: the export operation, with
    the same filters."""
    url = request.url.replace(
        path=f"{request.url.path}.{export}", query=export_query(request.url.query) or None
    )
    return Response(status_code=307, headers={"Location": str(url)})


EXPORT_REDIRECT: dict[int | str, dict[str, Any]] = {
    307: {
        "description": "Temporary Redirect: the deprecated `format=csv` or `format=ndjson` "
        "answers with the export operation (`.csv` or `.ndjson` after the list's path) and "
        "the same filters.",
        "headers": {
            "Location": {
                "description": "The export operation's URL, with this request's query less "
                "`format`, `limit`, `facet` and `facet_size`.",
                "required": True,
                "schema": {
                    "type": "string",
                    "examples": ["http://localhost:8000/v1/statements.csv?topic=economy"],
                },
            }
        },
    }
}
"""The ``responses=`` entry of a list's 307."""


def _has_format(query_string: bytes) -> bool:
    return any(
        unquote_plus(pair.partition(b"=")[0].decode("latin-1")) == "format"
        for pair in query_string.split(b"&")
    )


class NegotiationMiddleware:
    """``Accept: text/csv`` (or ``application/x-ndjson``) on a list is its export.

    Sits just outside the HTTP cache: a negotiated request reaches the cache, and every
    layer below, as the export operation's own request, so the cache keys it, and its
    ETag names it, as that variant. An explicit ``format`` wins over ``Accept``.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in LISTS:
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if not _has_format(query):
            accept = b", ".join(value for name, value in scope["headers"] if name == b"accept")
            export = negotiated(accept.decode("latin-1"))
            if export != "json":
                path = f"{scope['path']}.{export}"
                kept = export_query(query.decode("latin-1")).encode("latin-1")
                scope = {**scope, "path": path, "raw_path": path.encode(), "query_string": kept}

        async def vary_accept(message: Message) -> None:
            if message["type"] == "http.response.start":
                # A copy: the cache replays the header list it keeps.
                message = {**message, "headers": list(message.get("headers", []))}
                headers = MutableHeaders(scope=message)
                vary = headers.get("vary", "")
                if "accept" not in {name.strip().lower() for name in vary.split(",")}:
                    headers["Vary"] = f"Accept, {vary}" if vary else "Accept"
            await send(message)

        await self.app(scope, receive, vary_accept)
