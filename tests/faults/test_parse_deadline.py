"""Parsing never blocks serving (issue 14, D1 and D2).

A text parses in a worker process with a deadline that grows with its length. A parse
past it is a 422 problem saying so, its worker is killed and replaced, and while any parse
runs the event loop, the other endpoints and the write lock stay free.

The parser itself is being made linear elsewhere, so these tests do not rely on a slow
text: they swap the app's pool for one whose workers sleep first when the text holds a
marker (a real worker process, killed for real), or set a deadline no parse can meet.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.articles.parsing import PARSER_MODULES, parse_deadline, parse_text
from app.core.config import Settings
from app.core.deadline_pool import DeadlineExceeded, DeadlinePool
from app.ingest.parsed import ParsedArticle
from app.main import create_app
from app.models import Article
from tests.cli.helpers import run_cli
from tests.conftest import Store
from tests.faults.articles import article

SLOW = "SLOW-PARSE-MARKER-SLEEP-"
STUCK_S = 60.0  # a parse that would outlive the test: killed at its deadline
SLOW_S = 3.0  # a parse that finishes, slowly


def sleepy_parse(text: str, published_on: dt.date, title: str | None) -> ParsedArticle:
    """The real parse, after a sleep when the text holds the marker (runs in a worker)."""
    if SLOW in text:
        time.sleep(float(text.split(SLOW, 1)[1].split()[0]))
    return parse_text(text, published_on, title)


def sleep_for(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def warm_up() -> None:
    """A worker's initializer: unpickling it imports this module before the worker
    reports ready, so that no call's deadline pays for that import."""


class SleepyPool(DeadlinePool):
    """The app's pool, with ``sleepy_parse`` in place of the parser."""

    def run(self, seconds: float, fn: Any, *args: Any) -> Any:
        return super().run(seconds, sleepy_parse if fn is parse_text else fn, *args)


def _slow_article(i: int, seconds: float) -> dict[str, Any]:
    body = article(i)
    body["text"] += f"\n{SLOW}{seconds} \n"
    return body


def _article_count(store: Store) -> int:
    with store.factory() as session:
        return session.scalar(select(func.count()).select_from(Article)) or 0


@pytest.fixture
def sleepy_client(store: Store) -> Iterator[TestClient]:
    settings = store.settings.model_copy(
        update={"parse_workers": 2, "parse_timeout_seconds": 1.0, "write_rate_limit": 0}
    )
    app = create_app(settings)
    app.state.parser_pool = SleepyPool(2, initializer=warm_up, preload=PARSER_MODULES)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    app.state.parser_pool.close()


def test_a_parse_past_its_deadline_is_422_and_its_worker_is_replaced(
    sleepy_client: TestClient, store: Store, auth: dict[str, str]
) -> None:
    before = _article_count(store)
    pool: DeadlinePool = sleepy_client.app.state.parser_pool  # type: ignore[attr-defined]
    for path in ("/v1/articles", "/v1/articles/preview"):
        started = time.monotonic()
        response = sleepy_client.post(path, json=_slow_article(1, STUCK_S), headers=auth)
        waited = time.monotonic() - started
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert "could not be parsed in time" in response.json()["detail"]
        assert waited < STUCK_S / 4, "the answer came when the deadline passed, not the parse"
        assert not pool.pids(), "the stuck worker was killed"
    assert _article_count(store) == before
    # The slots are free again: normal texts parse in fresh workers.
    for i in (2, 3):
        assert sleepy_client.post("/v1/articles", json=article(i), headers=auth).status_code == 201
    assert len(pool.pids()) >= 1
    assert _article_count(store) == before + 2


def test_reads_and_writes_go_on_while_a_text_parses(
    sleepy_client: TestClient, auth: dict[str, str]
) -> None:
    """The slow parse holds neither the event loop, nor an endpoint thread, nor the write
    lock: /health, a read and a whole other write finish while it is still parsing."""
    settings: Settings = sleepy_client.app.state.settings  # type: ignore[attr-defined]
    sleepy_client.app.state.settings = settings.model_copy(  # type: ignore[attr-defined]
        update={"parse_timeout_seconds": 30.0}
    )
    done: dict[str, float] = {}

    def slow_post() -> None:
        response = sleepy_client.post("/v1/articles", json=_slow_article(10, SLOW_S), headers=auth)
        assert response.status_code == 201, response.text
        done["slow"] = time.monotonic()

    started = time.monotonic()
    writer = threading.Thread(target=slow_post)
    writer.start()
    time.sleep(0.3)  # the slow text is in its worker now
    assert sleepy_client.get("/health").status_code == 200
    assert sleepy_client.get("/v1/statements", params={"limit": 5}).status_code == 200
    fast = sleepy_client.post("/v1/articles", json=article(11), headers=auth)
    assert fast.status_code == 201, fast.text
    others_done = time.monotonic()
    writer.join(timeout=60)
    assert "slow" in done
    # Ratio, not wall time: the others took a fraction of the one parse they overlapped.
    assert others_done - started < (done["slow"] - started) * 0.8


def test_the_deadline_grows_with_the_length_of_the_text() -> None:
    settings = Settings(parse_timeout_seconds=2.0, parse_timeout_seconds_per_mib=30.0)
    assert parse_deadline(settings, "x") == pytest.approx(2.0, abs=0.001)
    assert parse_deadline(settings, "x" * 1024 * 1024) == pytest.approx(32.0, abs=0.001)
    assert parse_deadline(settings, "é" * 1024 * 512) == pytest.approx(32.0, abs=0.001)


def test_the_pool_is_bounded_and_replaces_a_worker_past_its_deadline() -> None:
    with DeadlinePool(2) as pool:
        assert pool.run(5, sleep_for, 0.0) == 0.0
        first = pool.pids()
        with pytest.raises(DeadlineExceeded):
            pool.run(0.2, sleep_for, 30.0)
        alive = pool.pids()
        assert len(alive) <= 1
        assert alive <= first
        results: list[float] = []
        started = time.monotonic()
        runners = [
            threading.Thread(target=lambda: results.append(pool.run(5, sleep_for, 0.5)))
            for _ in range(4)
        ]
        for runner in runners:
            runner.start()
        for runner in runners:
            runner.join()
        elapsed = time.monotonic() - started
        assert results == [0.5] * 4
        # four half-second calls on two workers: two rounds, never four at once
        assert elapsed >= 1.0
        assert len(pool.pids()) == 2
    assert not pool.pids()


def test_the_parse_workers_start_with_the_app_and_serve_the_first_write(
    store: Store, auth: dict[str, str]
) -> None:
    """No request pays a worker's cold start (the release gate's first write took 20 s
    on a loaded machine when the first parse started the pool): the workers are up
    before the first request, and the first writes run in them."""
    settings = store.settings.model_copy(update={"parse_workers": 2, "write_rate_limit": 0})
    app = create_app(settings)
    pool: DeadlinePool = app.state.parser_pool
    assert not pool.pids(), "nothing starts before the app does"
    with TestClient(app, raise_server_exceptions=False) as client:
        started = pool.pids()
        assert len(started) == 2
        for i in (1, 2, 3):
            response = client.post("/v1/articles", json=article(i), headers=auth)
            assert response.status_code == 201, response.text
        assert pool.pids() == started, "the writes ran in the workers started with the app"
    assert not pool.pids(), "the workers stop with the app"


def test_ingest_reports_a_file_past_its_deadline_as_failed(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(3):
        # ~60 KB each: a parse takes tens of milliseconds, far past the deadline below
        # (the kernel's poll rounds a wait up to 1 ms)
        text = "\n".join(article(100 + i)["text"] + f"Part {part}.\n" for part in range(100))
        (folder / f"{i}.txt").write_text(
            f"---\npublished_on: 2024-05-14\n---\n{text}", encoding="utf-8"
        )
    before = _article_count(store)
    os.environ["COMMENTARIAT_PARSE_TIMEOUT_SECONDS"] = "0.000001"
    os.environ["COMMENTARIAT_PARSE_TIMEOUT_SECONDS_PER_MIB"] = "0"
    try:
        result = run_cli("ingest", str(folder), url=store.settings.database_url)
    finally:
        del os.environ["COMMENTARIAT_PARSE_TIMEOUT_SECONDS"]
        del os.environ["COMMENTARIAT_PARSE_TIMEOUT_SECONDS_PER_MIB"]
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("could not be parsed in time") == 3, result.stderr
    assert "failed: 3" in result.stdout
    assert _article_count(store) == before
    # the same files with the default deadline are stored
    result = run_cli("ingest", str(folder), url=store.settings.database_url)
    assert result.returncode == 0, result.stderr
    assert _article_count(store) == before + 3
