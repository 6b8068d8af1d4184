"""The practical ceiling: bare Starlette returning a prebuilt JSON page of 20 statements.

The page is a real ``GET /v1/statements?limit=20`` body captured from the server under
test, so both answer with the same bytes; only the work behind them differs. Served by
the same uvicorn, with the same options, as ``commentariat serve``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PAGE = (
    Path(os.environ.get("BENCH_REFERENCE_PAGE", "")).read_bytes()
    if os.environ.get("BENCH_REFERENCE_PAGE")
    else b'{"items": []}'
)


async def page(_request: Request) -> Response:
    return Response(PAGE, media_type="application/json")


app = Starlette(routes=[Route("/page", page), Route("/health", page)])


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
