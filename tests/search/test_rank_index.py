"""Which index ranks a search, and that each returns matches in its own rank order.

SQLite ranks with FTS5's bm25; PostgreSQL with RUM where migration 0009 could build it
(the rum extension installed) and with GIN otherwise, or when
``COMMENTARIAT_SEARCH_RANK_INDEX=gin``. Each expected order here is computed by scoring
every match in SQL, apart from the index that serves the page, and broken by the newest id.

One PostgreSQL run tests both paths: where rum is installed the suite's stores rank with
RUM, and the GIN fallback is tested on a database whose rum extension was dropped
(``without_rum``) and with ``search_rank_index="gin"``. Where rum is not installed the RUM
tests skip, unless ``COMMENTARIAT_REQUIRE_RUM`` is set (CI sets it), which makes a missing
rum a failure: CI cannot silently test the GIN path alone.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.migrations import alembic_config, unbounded_transaction
from app.ingest.schemas import ArticleInput
from app.main import create_app
from app.search import backend
from app.search.options import SearchOptions
from app.search.query import parse_query
from tests.conftest import Store
from tests.databases import PG_URL, fresh_database

QUERIES = [
    "the",
    "stabil* OR troops",
    "csto kazakhstan",
    '"the organization" OR tokayev',
    "the -csto",
]

on_postgresql = pytest.mark.skipif(not PG_URL, reason="RUM and GIN are PostgreSQL's indexes")
REQUIRE_RUM = bool(os.environ.get("COMMENTARIAT_REQUIRE_RUM"))


def _client(store: Store, **settings: Any) -> TestClient:
    changed = store.settings.model_copy(update={"response_cache_entries": 0, **settings})
    return TestClient(create_app(changed), raise_server_exceptions=False)


def _ids(client: TestClient, q: str, **params: Any) -> list[int]:
    response = client.get("/v1/statements", params={"q": q, "limit": 100, **params})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def _walked(client: TestClient, q: str, limit: int = 2) -> list[int]:
    seen: list[int] = []
    cursor = None
    while True:
        params = {"q": q, "limit": limit} | ({"cursor": cursor} if cursor else {})
        body = client.get("/v1/statements", params=params).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def _rum_available(connection: Connection) -> bool:
    """Whether this server has the rum extension installed; where it does not, a
    PostgreSQL run with ``COMMENTARIAT_REQUIRE_RUM`` set fails here."""
    found = connection.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"))
    available = found.first() is not None
    if not available and REQUIRE_RUM:
        pytest.fail(
            "COMMENTARIAT_REQUIRE_RUM is set but this PostgreSQL server has no rum extension "
            "(apt-get install postgresql-15-rum; .ci/run does it)"
        )
    return available


def _require_rum(store: Store) -> None:
    """Skip a RUM test where rum is not installed (a failure under COMMENTARIAT_REQUIRE_RUM)."""
    with store.engine.connect() as connection:
        if not _rum_available(connection):
            pytest.skip("the rum extension is not installed (apt-get install postgresql-15-rum)")


_ORDERS = {
    # every match scored by the function itself, the indexes kept out of it
    "fts5": "SELECT rowid FROM {target}_fts WHERE {target}_fts MATCH :match "
    "ORDER BY -bm25({target}_fts, {weights}) DESC, rowid DESC",
    "gin": "SELECT id FROM search.{target} WHERE document @@ to_tsquery('simple', :tsquery) "
    "ORDER BY ts_rank(document, to_tsquery('simple', :tsquery))::float8 DESC, id DESC",
    "rum": "SELECT id FROM search.{target} WHERE document @@ to_tsquery('simple', :tsquery) "
    "ORDER BY rum_ts_distance(document, to_tsquery('simple', :tsquery)), id DESC",
}
_WEIGHTS = {"statements": "1.0", "articles": "10.0, 4.0, 1.0"}


def _rank_order(store: Store, index: str, q: str, target: str = "statements") -> list[int]:
    query = parse_query(q)
    sql = _ORDERS[index].format(target=target, weights=_WEIGHTS[target])
    with store.engine.connect() as connection:
        if index != "fts5":
            connection.execute(text("SET LOCAL enable_indexscan = off"))
            connection.execute(text("SET LOCAL enable_bitmapscan = off"))
        rows = connection.execute(
            text(sql), {"match": query.to_fts5(), "tsquery": query.to_tsquery()}
        )
        return [row[0] for row in rows]


def _indexes(store: Store) -> list[str]:
    if store.engine.dialect.name == "sqlite":
        return ["fts5"]
    with store.engine.connect() as connection:
        return ["gin", "rum"] if _rum_available(connection) else ["gin"]


@pytest.mark.parametrize("q", QUERIES)
def test_relevance_is_the_rank_order_on_every_index(seeded_store: Store, q: str) -> None:
    for index in _indexes(seeded_store):
        settings = {"search_rank_index": "gin"} if index == "gin" else {}
        expected = _rank_order(seeded_store, index, q)
        assert expected, q
        with _client(seeded_store, **settings) as client:
            assert _ids(client, q) == expected, (index, q)
            assert _walked(client, q) == expected, (index, q)


def _article_slugs(client: TestClient, q: str, limit: int = 100) -> list[str]:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"q": q, "limit": limit} | ({"cursor": cursor} if cursor else {})
        response = client.get("/v1/articles", params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [item["slug"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


@pytest.mark.committed  # reads the expected order on a connection of its own
def test_articles_rank_in_the_order_of_every_index(store: Store) -> None:
    # The seed has one article: these add eight, with the word in the title (weight A) or
    # only in the text (D), once or twice, so ranks differ and some tie.
    for day in range(1, 9):
        title = f"Zanzibar spice report {day}" if day % 3 == 0 else f"Spice report {day}"
        said = "Zanzibar cloves and zanzibar pepper" if day % 2 == 0 else "Zanzibar cloves"
        store.ingest(
            ArticleInput(
                text=(
                    f"{title}\n\nJane Doe, an economist at Example Bank, says:\n\n"
                    f"– {said} will cost more this winter."
                ),
                published_on=dt.date(2023, 4, day),
            ),
        )
    with store.engine.connect() as connection:
        slugs = {
            row.id: row.slug for row in connection.execute(text("SELECT id, slug FROM articles"))
        }
    for index in _indexes(store):
        settings = {"search_rank_index": "gin"} if index == "gin" else {}
        for q in ("zanzibar", "pepper OR spice", "report -pepper"):
            expected = [slugs[i] for i in _rank_order(store, index, q, "articles")]
            assert len(expected) >= 4, q
            with _client(store, **settings) as client:
                assert _article_slugs(client, q) == expected, (index, q)
                assert _article_slugs(client, q, limit=3) == expected, (index, q)


@on_postgresql
def test_the_migration_builds_rum_where_the_extension_is_installed(seeded_store: Store) -> None:
    with seeded_store.engine.connect() as connection:
        available = _rum_available(connection)
        rum = set(
            connection.scalars(
                text(
                    "SELECT indexname FROM pg_indexes WHERE schemaname = 'search' "
                    "AND indexdef LIKE '% USING rum %'"
                )
            )
        )
    assert rum == ({"ix_search_statements_rank", "ix_search_articles_rank"} if available else set())
    with seeded_store.factory() as session:
        chosen = backend.index_for(session, "statements", SearchOptions())
        forced = backend.index_for(session, "statements", SearchOptions(rank_index="gin"))
        experts = backend.index_for(session, "experts", SearchOptions())
    assert chosen == ("rum" if available else "gin")
    assert (forced, experts) == ("gin", "gin")
    # a session bound to a connection (a test's outer transaction, say) finds it as well
    with seeded_store.engine.connect() as connection, Session(bind=connection) as bound:
        assert backend.index_for(bound, "statements", SearchOptions()) == chosen


@pytest.fixture
def without_rum(tmp_path: Path) -> Iterator[Store]:
    """A seeded PostgreSQL store migrated to head, then without the rum extension, and so
    without the indexes migration 0009 built with it: what a server without rum has (a
    search that used a rum operator or function here would fail). The store stays at the
    head, so later migrations' columns are there for the reads."""
    with fresh_database(tmp_path, "norum") as url:
        store = Store(Settings(database_url=url))
        try:
            store.seed()
            with unbounded_transaction(store.engine) as connection:
                connection.execute(text("DROP EXTENSION IF EXISTS rum CASCADE"))
            yield store
        finally:
            store.engine.dispose()


@on_postgresql
def test_without_rum_search_falls_back_to_gin(without_rum: Store, seeded_store: Store) -> None:
    with without_rum.engine.connect() as connection:
        assert not connection.scalars(
            text("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '% USING rum %'")
        ).all()
        assert connection.scalar(text("SELECT to_regproc('rum_ts_distance')")) is None
    with without_rum.factory() as session:
        assert backend.index_for(session, "statements", SearchOptions()) == "gin"
    with (
        _client(without_rum) as fallback,
        _client(seeded_store, search_rank_index="gin") as forced,
    ):
        for q in QUERIES:
            expected = _rank_order(without_rum, "gin", q)
            assert _ids(fallback, q) == expected == _ids(forced, q), q
            assert _walked(fallback, q) == expected, q
            body = fallback.get("/v1/articles", params={"q": "csto"}).json()
            assert (body["total"], body["total_exact"]) == (1, True)
            assert _article_slugs(fallback, q, limit=1) == _article_slugs(forced, q), q


@on_postgresql
def test_rum_and_gin_find_the_same_matches(seeded_store: Store) -> None:
    _require_rum(seeded_store)
    with seeded_store.factory() as session:
        assert backend.index_for(session, "articles", SearchOptions()) == "rum"
    with (
        _client(seeded_store) as auto,
        _client(seeded_store, search_rank_index="gin") as gin,
    ):
        for q in QUERIES:
            assert sorted(_ids(auto, q)) == sorted(_ids(gin, q)), q
            for path in ("/v1/statements", "/v1/articles", "/v1/experts"):
                one = auto.get(path, params={"q": q}).json()
                other = gin.get(path, params={"q": q}).json()
                assert (one["total"], one["total_exact"]) == (other["total"], other["total_exact"])


@pytest.mark.committed  # reads the expected order on a connection of its own
def test_large_groups_of_tied_matches_keep_newest_first(store: Store) -> None:
    # Twelve matches in two groups of equal rank (one mention or two): more than the first
    # read of a RUM page, so the page reads on until each tied group is complete.
    for day in range(1, 13):
        said = "Zanzibar cloves and zanzibar pepper" if day % 4 == 0 else "Zanzibar cloves"
        store.ingest(
            ArticleInput(
                text=(
                    f"Spice report {day}\n\nJane Doe, an economist at Example Bank, says:\n\n"
                    f"– {said} will cost more this winter."
                ),
                published_on=dt.date(2023, 3, day),
            ),
        )
    for index in _indexes(store):
        settings = {"search_rank_index": "gin"} if index == "gin" else {}
        expected = _rank_order(store, index, "zanzibar")
        assert len(expected) == 12
        with _client(store, **settings) as client:
            assert _ids(client, "zanzibar") == expected, index
            for limit in (1, 2, 5):
                assert _walked(client, "zanzibar", limit=limit) == expected, (index, limit)


@on_postgresql
def test_a_role_that_may_not_create_rum_migrates_with_gin(seeded_store: Store) -> None:
    # rum is not a trusted extension: only a superuser may create it. Migration 0009 then
    # leaves the store on GIN instead of failing.
    assert PG_URL
    name = f"commentariat_norum_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN NOSUPERUSER'))
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{name}"'))
    url = make_url(PG_URL).set(database=name, username=name, password=None)
    store = Store(Settings(database_url=url.render_as_string(hide_password=False)))
    try:
        store.seed()
        with store.engine.connect() as connection:
            # migrated to the head, 0009 included, though it could not build the index
            head = ScriptDirectory.from_config(alembic_config(store.settings)).get_current_head()
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == head
            assert not connection.scalars(
                text("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '% USING rum %'")
            ).all()
        with store.factory() as session:
            assert backend.index_for(session, "statements", SearchOptions()) == "gin"
        with _client(store) as client:
            assert _ids(client, "the") == _rank_order(store, "gin", "the")
    finally:
        store.engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()
