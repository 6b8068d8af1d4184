"""``commentariat ingest`` of web pages: ``.html`` files, and URLs fetched from a local server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.ingest.web_pages import extract_web_page
from tests.cli.helpers import run_cli
from tests.conftest import Store
from tests.ingest.page_server import HUGE_BYTES, fixture_page, page_server

FETCH_TIMEOUT_S = 1.0


def _articles(store: Store) -> list[dict[str, Any]]:
    with store.client() as client:
        items = client.get("/v1/articles", params={"limit": 100}).json()["items"]
        return [client.get(f"/v1/articles/{item['slug']}").json() for item in items]


def _titled(articles: list[dict[str, Any]], title: str) -> dict[str, Any]:
    (found,) = [article for article in articles if article["title"] == title]
    return found


def _failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("FAILED")]


def test_html_files_beside_text_files(store: Store, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "harbour.html").write_bytes(fixture_page("article.html"))
    # A sidecar's values win over the page's.
    (tmp_path / "pages" / "frost.htm").write_bytes(fixture_page("structured.html"))
    (tmp_path / "pages" / "frost.meta.yaml").write_text(
        yaml.safe_dump({"source": "Courier Wire", "title": "Frost in the valley"})
    )
    # Front matter in an .html file: a date for a page that has none.
    (tmp_path / "ferry.html").write_bytes(
        b"---\npublished_on: 2024-03-01\n---\n" + fixture_page("no_date.html")
    )
    (tmp_path / "undated.html").write_bytes(fixture_page("no_date.html"))
    (tmp_path / "video.html").write_bytes(fixture_page("no_text.html"))
    (tmp_path / "plain.txt").write_text(
        "---\npublished_on: 2023-03-01\n---\nRates on hold\n\n"
        "“We will wait and see,” said John Roe, a strategist at Fund House.\n",
        encoding="utf-8",
    )
    result = run_cli("ingest", str(tmp_path), url=store.settings.database_url)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    failures = _failures(result.stderr)
    assert len(failures) == 2, result.stderr
    assert any(
        "undated.html" in line
        and "no publication date; give published_on (front matter, sidecar or --published-on)"
        in line
        for line in failures
    )
    assert any("video.html" in line and "no article text" in line for line in failures)
    assert result.stdout.strip().splitlines()[-1].startswith("stored: 4, unchanged: 0, failed: 2")

    articles = _articles(store)
    harbour = _titled(articles, "Harbour towns weigh the cost of higher seas")
    assert harbour["text"] == extract_web_page(fixture_page("article.html")).text
    assert harbour["url"] == "https://ledger.example/coast/2025/03/18/harbour-towns-sea-walls"
    assert (harbour["published_on"], harbour["source"]) == ("2025-03-18", "The Tidewater Ledger")
    assert len(harbour["statements"]) >= 3
    for statement in harbour["statements"]:
        span = statement["span"]
        assert harbour["text"][span["start"] : span["end"]] == statement["text"]
    frost = _titled(articles, "Frost in the valley")
    assert (frost["source"], frost["published_on"]) == ("Courier Wire", "2024-04-29")
    ferry = _titled(articles, "Ferry timetable to change in the spring")
    assert (ferry["published_on"], ferry["source"]) == ("2024-03-01", "Riverside Weekly")
    assert _titled(articles, "Rates on hold")["statements"]

    # --published-on dates the undated page, whose text ferry.html already stored.
    dated = run_cli(
        "ingest", "--published-on", "2024-05-05", str(tmp_path), url=store.settings.database_url
    )
    assert "stored: 0, unchanged: 5, failed: 1" in dated.stdout, dated.stderr


def test_urls_are_fetched_and_each_failure_is_one_line(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMENTARIAT_FETCH_TIMEOUT_SECONDS", str(FETCH_TIMEOUT_S))
    monkeypatch.setenv("COMMENTARIAT_FETCH_MAX_BYTES", str(HUGE_BYTES // 2))
    monkeypatch.setenv("COMMENTARIAT_FETCH_MAX_REDIRECTS", "3")
    local = tmp_path / "harbour.html"
    local.write_bytes(fixture_page("article.html"))
    with page_server() as server:
        good = server.url("/pages/article.html")
        moved = server.url("/moved")  # one redirect, within the limit
        latin = server.url("/latin-1")
        bad = {
            server.url("/loop/0"): "more than 3 redirects (fetch_max_redirects)",
            server.url("/pages/absent.html"): "HTTP 404 Not Found",
            server.url("/stall"): "no complete answer within 1 s (fetch_timeout_seconds)",
            server.url("/drip"): "no complete answer within 1 s (fetch_timeout_seconds)",
            server.url("/huge-declared"): f"larger than {HUGE_BYTES // 2} bytes (fetch_max_bytes)",
            server.url("/huge-streamed"): f"larger than {HUGE_BYTES // 2} bytes (fetch_max_bytes)",
            server.url("/report.pdf"): "not a web page (Content-Type: application/pdf)",
            server.url("/pages/no_text.html"): "the page has no article text",
            "http://127.0.0.1:9/nothing-listens-here": "could not fetch: ",
        }
        result = run_cli(
            "ingest", good, *bad, str(local), moved, latin, url=store.settings.database_url
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    failures = _failures(result.stderr)
    assert len(failures) == len(bad), result.stderr
    for url, reason in bad.items():
        assert any(line.startswith(f"FAILED {url}: {reason}") for line in failures), (
            url,
            result.stderr,
        )
    # The fetched copy of the local file's page is the same text: stored once.
    assert f"stored {good} (" in result.stderr or f"unchanged {good} (" in result.stderr
    assert (
        result.stdout.strip()
        .splitlines()[-1]
        .startswith(f"stored: 3, unchanged: 1, failed: {len(bad)}")
    )

    by_url = {article["url"]: article for article in _articles(store)}
    harbour = by_url["https://ledger.example/coast/2025/03/18/harbour-towns-sea-walls"]
    assert harbour["statements"]
    # The URL is where the page was fetched (after its redirect), not its canonical one.
    frost = by_url[server.url("/pages/structured.html")]
    assert (frost["source"], frost["published_on"]) == ("Valley Courier", "2024-04-29")
    assert frost["statements"][0]["expert"]["slug"] == "gareth-pugh"
    # The charset named only by the Content-Type header is honoured.
    assert "Vallée" in by_url[latin]["text"]
