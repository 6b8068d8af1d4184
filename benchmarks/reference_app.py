"""The practical ceiling: bare Starlette building and serialising a 20-item page per request.

Issue 13 asks for the reference to do the work every list answer must do: build a page of
20 statements as Python dicts and serialise it on each request. The rows are those of a
real ``GET /v1/statements?limit=20`` body captured from the server under test, kept as
flat tuples (as a database driver hands them over); each request builds every item's
nested dicts from its row in one dict literal, as a hand-written endpoint would, and
Starlette's ``JSONResponse`` serialises the page: both servers answer pages of the same
shape and size, and only the work behind them differs.

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


def _row(item: dict[str, Any]) -> tuple[Any, ...]:
    """A captured statement as the flat row a query of its columns would give."""
    expert = item.get("expert") or {}
    attribution = item.get("attribution") or {}
    cue_span = attribution.get("cue_span") or {}
    article = item["article"]
    return (
        item["id"],
        item["text"],
        item["kind"],
        item["said_on"],
        item["created_at"],
        item["position"],
        item["span"]["start"],
        item["span"]["end"],
        item["span_utf16"]["start"],
        item["span_utf16"]["end"],
        expert.get("slug"),
        expert.get("name"),
        expert.get("kind"),
        expert.get("role"),
        expert.get("organization"),
        attribution.get("rule"),
        attribution.get("cue"),
        cue_span.get("start"),
        cue_span.get("end"),
        attribution.get("confidence"),
        article["slug"],
        article["title"],
        article["published_on"],
        article.get("source"),
        article.get("url"),
        tuple((t["slug"], t["name"]) for t in item.get("topics", [])),
    )


def _item(row: tuple[Any, ...]) -> dict[str, Any]:
    """One statement's dict, as a hand-written endpoint would build it from its row."""
    (sid, text, kind, said_on, created_at, position, start, end, u_start, u_end) = row[:10]
    (e_slug, e_name, e_kind, e_role, e_org, rule, cue, c_start, c_end, confidence) = row[10:20]
    a_slug, a_title, a_published, a_source, a_url, topics = row[20:]
    return {
        "id": sid,
        "text": text,
        "kind": kind,
        "said_on": said_on,
        "created_at": created_at,
        "position": position,
        "span": {"start": start, "end": end},
        "span_utf16": {"start": u_start, "end": u_end},
        "expert": None
        if e_slug is None
        else {
            "slug": e_slug,
            "name": e_name,
            "kind": e_kind,
            "role": e_role,
            "organization": e_org,
        },
        "attribution": None
        if rule is None
        else {
            "cue": cue,
            "cue_span": None if c_start is None else {"start": c_start, "end": c_end},
            "rule": rule,
            "confidence": confidence,
        },
        "article": {
            "slug": a_slug,
            "title": a_title,
            "published_on": a_published,
            "source": a_source,
            "url": a_url,
        },
        "topics": [{"slug": slug, "name": name} for slug, name in topics],
        "highlight": None,
    }


_captured = json.loads(PAGE)
ROWS = [_row(item) for item in _captured.get("items", [])]
TOTAL = _captured.get("total", len(ROWS))


async def page(_request: Request) -> Response:
    """A fresh 20-item page from the rows, serialised now."""
    return JSONResponse(
        {
            "items": [_item(row) for row in ROWS],
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
