"""Screenshots of the explorer's main views for the README:
``python -m tests.e2e.screenshots`` (needs chromium; serves a fresh seeded SQLite store)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.e2e.cdp import chromium, chromium_path
from tests.e2e.server import seeded_sqlite_server

DOCS = Path(__file__).resolve().parents[2] / "docs"
VIEWS = {
    "explore-search.png": ("/explore?q=CSTO", 1280),
    "explore-expert.png": ("/explore/experts/askar-nursha", 1280),
    "explore-topic.png": ("/explore/topics/peacekeeping-mission", 1280),
    "explore-article.png": (
        "/explore/articles/rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
        "?statement=3#statement-3",
        1280,
    ),
    "explore-phone.png": ("/explore?topic=stabilization", 390),
}


def main() -> None:
    binary = chromium_path()
    if binary is None:
        raise SystemExit("chromium is not installed")
    DOCS.mkdir(exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as scratch,
        seeded_sqlite_server(Path(scratch)) as base,
        chromium(binary, Path(scratch) / "profile") as page,
    ):
        for name, (path, width) in VIEWS.items():
            page.send(
                "Emulation.setDeviceMetricsOverride",
                width=width,
                height=900,
                deviceScaleFactor=1,
                mobile=width < 600,
            )
            page.navigate(base + path)
            page.wait_for("document.readyState === 'complete'")
            page.screenshot(DOCS / name)
            print(DOCS / name)


if __name__ == "__main__":
    main()
