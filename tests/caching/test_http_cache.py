"""ETag, 304, Cache-Control and the in-memory cache, all keyed by the data version."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from app.core.caching import HttpCacheMiddleware
from app.core.config import Settings
from app.core.db import begin_write, is_sqlite
from app.ingest.schemas import ArticleInput
from app.main import create_app
from tests.conftest import Store

GETS = [
    "/v1/statements",
    "/v1/statements?q=csto&facet=topic",
    "/v1/statements?format=csv",
    "/v1/experts",
    "/v1/experts/askar-nursha",
    "/v1/articles",
    "/v1/topics",
    "/v1/topics/stabilization",
    "/v1/stats/timeline",
]


def _client(store: Store, **overrides: Any) -> TestClient:
    settings = Settings(database_url=store.settings.database_url, **overrides)
    return TestClient(create_app(settings), raise_server_exceptions=False)


def _ingest(store: Store, word: str = "Zanzibar") -> None:
    store.ingest(
        ArticleInput(
            text=(
                f"{word} spice prices\n\nJane Doe, an economist at Example Bank, says:\n\n"
                f"– {word} cloves will cost more this winter."
            ),
            published_on=dt.date(2023, 3, 1),
        ),
    )


@pytest.mark.parametrize("path", GETS)
def test_every_get_has_an_etag_and_cache_control(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["etag"].startswith('"v')
    assert response.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("path", GETS)
def test_a_matching_if_none_match_gets_304_and_no_body(client: TestClient, path: str) -> None:
    etag = client.get(path).headers["etag"]
    for header in (etag, f"W/{etag}", f'"other", {etag}'):
        response = client.get(path, headers={"If-None-Match": header})
        assert response.status_code == 304, header
        assert response.content == b""
        assert response.headers["etag"] == etag
        assert response.headers["cache-control"] == "no-cache"
    assert client.get(path, headers={"If-None-Match": '"v0-stale"'}).status_code == 200
    assert client.get(path, headers={"If-None-Match": "*"}).status_code == 200


def test_etags_differ_between_resources(client: TestClient) -> None:
    etags = {client.get(path).headers["etag"] for path in GETS}
    assert len(etags) == len(GETS)


def test_errors_are_not_tagged_or_cached(client: TestClient) -> None:
    response = client.get("/v1/statements", params={"limit": 1000})
    assert response.status_code == 422
    assert "etag" not in response.headers
    assert client.get("/v1/experts/nobody").status_code == 404


def test_max_age_is_configurable(seeded_store: Store) -> None:
    with _client(seeded_store, cache_max_age=5) as client:
        assert client.get("/v1/topics").headers["cache-control"] == "public, max-age=5"


def test_an_ingest_changes_the_etag_and_the_answer(store: Store, write_client: TestClient) -> None:
    before = write_client.get("/v1/statements")
    etag = before.headers["etag"]
    assert write_client.get("/v1/statements", headers={"If-None-Match": etag}).status_code == 304
    _ingest(store)
    after = write_client.get("/v1/statements", headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert after.headers["etag"] != etag
    assert after.json()["total"] == before.json()["total"] + 1


def _delete_every_article(session: Session) -> None:
    # No data-version bump here: the triggers (migration 0010) move it.
    begin_write(session)
    session.execute(text("DELETE FROM articles"))


def test_a_delete_changes_the_etag(store: Store, write_client: TestClient) -> None:
    etag = write_client.get("/v1/articles").headers["etag"]
    store.write(_delete_every_article)
    response = write_client.get("/v1/articles", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.json()["total"] == 0


_BUMP = """
import sys
url = sys.argv[1]
if url.startswith("sqlite"):
    import sqlite3
    connection = sqlite3.connect(url.split("///", 1)[1])
else:
    import psycopg
    connection = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
connection.execute("UPDATE data_version SET version = version + 1 WHERE id = 1")
connection.commit()
connection.close()
"""


@pytest.mark.committed  # another process writes
def test_a_write_by_another_process_changes_the_etag(store: Store) -> None:
    # No SQLAlchemy in the writer: only the shared data version can tell this process.
    with _client(store, data_version_ttl_seconds=0.2) as client:
        etag = client.get("/v1/topics").headers["etag"]
        subprocess.run([sys.executable, "-c", _BUMP, store.settings.database_url], check=True)
        time.sleep(0.3)
        response = client.get("/v1/topics", headers={"If-None-Match": etag})
        assert response.status_code == 200
        assert response.headers["etag"] != etag


@pytest.fixture
def statements_run(seeded_store: Store) -> Iterator[tuple[TestClient, list[str]]]:
    executed: list[str] = []
    with _client(seeded_store, data_version_ttl_seconds=60) as client:
        engine = client.app.state.engine  # type: ignore[attr-defined]

        def count(*args: Any) -> None:
            executed.append(args[2])

        event.listen(engine, "before_cursor_execute", count)
        try:
            yield client, executed
        finally:
            event.remove(engine, "before_cursor_execute", count)


def test_a_hot_query_touches_the_database_once(
    statements_run: tuple[TestClient, list[str]],
) -> None:
    client, executed = statements_run
    path = "/v1/statements?q=the&facet=expert&limit=3"
    first = client.get(path)
    assert first.status_code == 200
    assert executed
    executed.clear()
    for _ in range(5):
        again = client.get(path)
        assert again.content == first.content
        assert again.headers["etag"] == first.headers["etag"]
        assert again.headers["link"] == first.headers["link"]
    assert executed == []


def test_the_cache_is_keyed_by_the_whole_query(
    statements_run: tuple[TestClient, list[str]],
) -> None:
    client, _ = statements_run
    quotes = client.get("/v1/statements", params={"kind": "quote"}).json()
    paraphrases = client.get("/v1/statements", params={"kind": "paraphrase"}).json()
    assert quotes["total"] + paraphrases["total"] == client.get("/v1/statements").json()["total"]
    assert {i["kind"] for i in quotes["items"]} == {"quote"}


def test_the_cache_stays_within_its_byte_budget(seeded_store: Store) -> None:
    with _client(seeded_store, response_cache_total_bytes=20_000) as client:
        middleware = _cache_of(client)
        for limit in range(1, 40):
            assert client.get("/v1/statements", params={"limit": limit}).status_code == 200
            assert middleware.total <= 20_000
        assert 0 < len(middleware.entries) < 39
        assert middleware.total == sum(len(e.body) for e in middleware.entries.values())


def _cache_of(client: TestClient) -> HttpCacheMiddleware:
    app: Any = client.app
    stack = app.middleware_stack
    while not isinstance(stack, HttpCacheMiddleware):
        stack = stack.app
    return stack


def test_concurrent_stale_requests_share_one_version_read(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anyio

    from app.core import caching

    reads: list[int] = []

    def slow_read(engine: Any) -> int:
        reads.append(1)
        time.sleep(0.05)
        return 7

    monkeypatch.setattr(caching, "read_data_version", slow_read)
    source = caching.DataVersionSource(ttl=60)
    found: list[int] = []

    async def many() -> None:
        async def one() -> None:
            found.append(await source.current(seeded_store.engine))

        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)

    anyio.run(many)
    assert found == [7] * 20
    assert len(reads) == 1


def test_a_stale_version_is_read_on_the_event_loop_when_reads_run_there(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's inline reads: the version is read where the pages are, with no thread hop
    for requests to queue behind; PostgreSQL's (inline false) still goes to a thread."""
    import anyio

    from app.core import caching

    versions = iter([3, 4])
    monkeypatch.setattr(caching, "read_data_version", lambda factory: next(versions))
    hops: list[object] = []

    async def no_hop(work: Any, *args: Any, **kwargs: Any) -> Any:
        hops.append(work)
        return work(*args)

    monkeypatch.setattr(caching.anyio.to_thread, "run_sync", no_hop)
    source = caching.DataVersionSource(ttl=0)

    async def read(inline: bool) -> int:
        return await source.current(seeded_store.engine, inline=inline)  # type: ignore[arg-type]

    assert anyio.run(read, True) == 3
    assert hops == []
    assert anyio.run(read, False) == 4  # ttl 0: stale again, read in a thread
    assert len(hops) == 1


def test_the_app_reads_its_version_inline_on_sqlite_only(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core import caching

    original = caching.anyio.to_thread.run_sync
    hops: list[object] = []

    async def recording(work: Any, *args: Any, **kwargs: Any) -> Any:
        if work is caching.read_data_version:
            hops.append(work)
        return await original(work, *args, **kwargs)

    monkeypatch.setattr(caching.anyio.to_thread, "run_sync", recording)
    with _client(seeded_store, data_version_ttl_seconds=0) as client:
        for _ in range(3):  # ttl 0: every request reads the version
            assert client.get("/v1/statements").status_code == 200
    assert len(hops) == (0 if is_sqlite(seeded_store.settings.database_url) else 3)
