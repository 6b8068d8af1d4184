"""First render of the explorer's views in headless Chromium, on the seeded SQLite store.

``python -m benchmarks.explorer [--runs N]`` serves a freshly seeded store with uvicorn,
opens each view in a new tab of Debian's Chromium and reads the browser's own timings:
first contentful paint and the load event, from navigation start. The same server's static
stylesheet, opened the same way, is the reference measured in the same run, so the table
also shows each view as a ratio to serving a file. The target (issue 12) is a first render
under 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from tests.e2e.cdp import Page, chromium, chromium_path
from tests.e2e.server import seeded_sqlite_server

VIEWS = {
    "reference: static stylesheet": "/explore-static/explore.css",
    "/explore": "/explore",
    "/explore?q=CSTO&kind=quote": "/explore?q=CSTO&kind=quote",
    "/explore/experts/{slug}": "/explore/experts/askar-nursha",
    "/explore/topics/{slug}": "/explore/topics/peacekeeping-mission",
    "/explore/articles/{slug}": (
        "/explore/articles/rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
    ),
}
TIMINGS = """(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return [nav.responseEnd - nav.requestStart, paint ? paint.startTime : nav.loadEventEnd,
          nav.loadEventEnd];
})()"""


def _measure(page: Page, url: str) -> list[float]:
    page.navigate("about:blank")
    page.wait_for("location.href === 'about:blank'")
    page.navigate(url)
    page.wait_for("performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0")
    timings: list[float] = page.evaluate(TIMINGS)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20, help="renders per view after the first")
    args = parser.parse_args()
    binary = chromium_path()
    if binary is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    with (
        tempfile.TemporaryDirectory() as scratch,
        seeded_sqlite_server(Path(scratch)) as base,
        chromium(binary, Path(scratch) / "profile") as page,
    ):
        rows = []
        for label, path in VIEWS.items():
            first = _measure(page, base + path)
            warm = [_measure(page, base + path) for _ in range(args.runs)]
            rows.append((label, first, [statistics.median(t) for t in zip(*warm, strict=True)]))
    reference = rows[0][2][2]
    print(
        "| view | first: server ms | first: FCP ms | first: load ms "
        "| median: server ms | median: FCP ms | median: load ms | load / reference |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, first, median in rows:
        cells = " | ".join(f"{value:.0f}" for value in (*first, *median))
        print(f"| {label} | {cells} | {median[2] / reference:.1f}× |")


if __name__ == "__main__":
    main()
