"""The practical ceiling: bare Starlette building and serialising a 20-item page per request.

Issue 13 asks for the reference to do the work every list answer must do: build a page of
20 statements as Python dicts and serialise it on each request. The rows are those of a
real ``GET /v1/statements?limit=20`` body captured from the server under test, kept as
flat tuples (as a database driver hands them over); each request builds the nested dicts
of every item from them and Starlette's ``JSONResponse`` serialises the page, so both
servers answer pages of the same shape and size and only the work behind them differs.

``/prebuilt`` answers the captured bytes as they are (the reference of earlier rounds,
kept as a second yardstick: uvicorn's and Starlette's cost alone). Served by the same
uvicorn, with the same options, as ``commentariat serve``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

PAGE = (
    Path(os.environ.get("BENCH_REFERENCE_PAGE", "")).read_bytes()
    if os.environ.get("BENCH_REFERENCE_PAGE")
    else b'{"items": []}'
)

Shape = list[tuple[str, str, Any]]
"""Each key of an item: ``(key, "value", None)``, ``(key, "object", shape)`` for a nested
object, or ``(key, "objects", shape)`` for a list of objects."""


def _shape(items: list[dict[str, Any]]) -> Shape:
    """The shape of ``items``, taking each key's nesting from the items where it has one."""
    shape: Shape = []
    for key in items[0] if items else ():
        values = [item.get(key) for item in items]
        objects = [v for v in values if isinstance(v, dict)]
        lists = [o for v in values if isinstance(v, list) for o in v if isinstance(o, dict)]
        if objects:
            shape.append((key, "object", _shape(objects)))
        elif lists:
            shape.append((key, "objects", _shape(lists)))
        else:
            shape.append((key, "value", None))
    return shape


def _flatten(item: dict[str, Any], shape: Shape) -> tuple[Any, ...]:
    values: list[Any] = []
    for key, kind, sub in shape:
        value = item.get(key)
        if kind == "objects":  # kept as a list of flat tuples
            values.append([_flatten(v, sub) for v in value or []])
        elif kind == "object" and value is not None:
            values.append(_flatten(value, sub))
        else:
            values.append(value)
    return tuple(values)


def _build(row: tuple[Any, ...], shape: Shape) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for (key, kind, sub), value in zip(shape, row, strict=True):
        if kind == "objects":
            item[key] = [_build(v, sub) for v in value]
        elif kind == "object" and value is not None:
            item[key] = _build(value, sub)
        else:
            item[key] = value
    return item


_captured = json.loads(PAGE)
_items: list[dict[str, Any]] = _captured.get("items", [])
SHAPE: Shape = _shape(_items)
ROWS = [_flatten(item, SHAPE) for item in _items]
TOTAL = _captured.get("total", len(ROWS))


async def page(_request: Request) -> Response:
    """A fresh 20-item page from the rows, serialised now."""
    return JSONResponse(
        {
            "items": [_build(row, SHAPE) for row in ROWS],
            "total": TOTAL,
            "next_cursor": None,
            "total_exact": True,
        }
    )


async def prebuilt(_request: Request) -> Response:
    return Response(PAGE, media_type="application/json")


app = Starlette(
    routes=[Route("/page", page), Route("/prebuilt", prebuilt), Route("/health", prebuilt)]
)


def main() -> None:
    import uvicorn

    # The options of ``commentariat serve`` (app/cli.py), so the comparison is like for like.
    uvicorn.run(
        "benchmarks.reference_app:app",
        host="127.0.0.1",
        port=int(sys.argv[1]),
        workers=int(sys.argv[2]) if len(sys.argv) > 2 else 1,
        proxy_headers=True,
        access_log=False,
    )


if __name__ == "__main__":
    main()
