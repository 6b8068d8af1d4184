"""Server CPU per request in process: the app's whole ASGI stack called directly, no
sockets, no uvicorn, and the bare-Starlette reference the same way, alternately.

    python -m benchmarks.inprocess --database-url sqlite:///benchmarks/out/bench-100000.db

On a machine shared with other work, requests/s and even CPU per request of a served
process move ±30% between runs; here both apps run in one process, in alternating
rounds, on the same paths, so their ratio is steadier. ``--concurrency`` requests are
in flight at once (as the driver's connections would be), so thread hand-offs and
pool waits count. It leaves out uvicorn's HTTP parsing, the same for both apps.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from pathlib import Path
from typing import Any

from benchmarks import queries


async def _call(app: Any, path: str, headers: list[tuple[bytes, bytes]]) -> int:
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def _drive(app: Any, paths: list[str], requests: int, concurrency: int) -> float:
    """CPU ms per request (the process's, every thread counted)."""
    queue = iter(range(requests))
    bad = 0

    async def worker(seed: int) -> None:
        nonlocal bad
        rng = random.Random(seed)
        for _ in queue:
            if await _call(app, rng.choice(paths), []) != 200:
                bad += 1

    cpu = time.process_time()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    used = time.process_time() - cpu
    if bad:
        raise RuntimeError(f"{bad} answers were not 200")
    return 1000 * used / requests


async def _main(args: argparse.Namespace) -> None:
    os.environ["COMMENTARIAT_DATABASE_URL"] = args.database_url
    os.environ["COMMENTARIAT_RESPONSE_CACHE_ENTRIES"] = "0"
    os.environ.setdefault("BENCH_REFERENCE_PAGE", args.reference_page)
    import logging

    from app.core.access_log import ACCESS_LOGGER
    from app.core.config import Settings
    from app.main import create_app
    from benchmarks import reference_app  # reads the page at import

    logging.getLogger(ACCESS_LOGGER).disabled = not args.access_log
    app = create_app(Settings())
    # The hot query on an app with the response cache on (its default size): a hit.
    os.environ.pop("COMMENTARIAT_RESPONSE_CACHE_ENTRIES")
    cached_app = create_app(Settings())
    draw = queries.draw(args.database_url, 1)
    rng = random.Random(1)
    kinds = {
        "by_expert": queries.statements_by_expert(draw, rng),
        "topic_dates": queries.statements_by_topic_and_dates(draw, rng),
    }
    hot = queries.hot(draw)
    async with app.router.lifespan_context(app), cached_app.router.lifespan_context(cached_app):
        for kind_paths in kinds.values():  # warm up: statement caches, page cache
            await _drive(app, kind_paths, 200, args.concurrency)
        await _drive(reference_app.app, ["/page"], 200, args.concurrency)
        await _drive(cached_app, hot, 200, args.concurrency)
        figures: dict[str, list[float]] = {"reference": [], **{k: [] for k in kinds}, "hot": []}
        for _ in range(args.rounds):
            figures["reference"].append(
                await _drive(reference_app.app, ["/page"], args.requests, args.concurrency)
            )
            for name, kind_paths in kinds.items():
                figures[name].append(await _drive(app, kind_paths, args.requests, args.concurrency))
            figures["hot"].append(await _drive(cached_app, hot, args.requests, args.concurrency))
    best_ref = min(figures["reference"])
    print(f"load average {os.getloadavg()[0]:.2f}; best of {args.rounds} rounds, CPU ms/request")
    for name, values in figures.items():
        best = min(values)
        print(f"{name:12s} {best:7.3f}  (reference / this: {best_ref / best:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument(
        "--reference-page",
        default="benchmarks/out/sqlite-100000-reference-page.json",
        help="the page the bare reference serves: a benchmarks.run capture of this store",
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--access-log", action="store_true", help="keep the access log on")
    args = parser.parse_args()
    if not Path(args.reference_page).is_file():
        parser.error(
            f"no reference page at {args.reference_page}: `python -m benchmarks.run` writes "
            "one beside the store it builds (<out>/<backend>-<N>-reference-page.json)"
        )
    asyncio.run(_main(args))


if __name__ == "__main__":
    main()
