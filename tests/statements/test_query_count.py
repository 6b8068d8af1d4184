"""No N+1: every list runs the same small number of SQL statements whatever the page size.

The response cache is off and the data version is re-read on every request, so the
counts below are the worst case: the version read, the page, the page's topics (for
statements) and the total. Facets add one GROUP BY each. A search alone ranked by a RUM
index (PostgreSQL with the rum extension) reads its ranking in one more statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.query_count import recorded_queries
from app.ingest.schemas import ArticleInput
from app.main import create_app
from app.search import backend
from app.search.options import SearchOptions
from tests.conftest import Store

MAX_STATEMENTS = 4
LISTS = [
    "/v1/statements",
    "/v1/statements?topic=withdrawal&topic=stabilization&kind=quote",
    "/v1/statements?expert=jane-doe&from=2022-01-01&to=2030-01-01",
    "/v1/statements?q=the",
    "/v1/statements?q=the&sort=-said_on",
    "/v1/statements?sort=said_on&article=rapid-withdrawal-of-csto-forces-from-kazakhstan-explained",
    "/v1/experts",
    "/v1/experts?sort=-statement_count&topic=economy",
    "/v1/experts?q=economist OR center",
    "/v1/experts?organization=bank&kind=expert",
    "/v1/articles",
    "/v1/articles?q=prices OR csto&source=wire",
    "/v1/articles?expert=jane-doe&topic=economy&from=2020-01-01",
    "/v1/topics",
]


# Statements counted on the app's own engine, in transactions of its own, as in production.
pytestmark = pytest.mark.committed


@pytest.fixture
def uncached(store: Store) -> Iterator[TestClient]:
    for day in range(1, 13):
        store.ingest(
            ArticleInput(
                text=(
                    f"Prices report {day}\n\nJane Doe, an economist at Example Bank, says:\n\n"
                    f"– The prices of the month {day} surprised the market and the economy."
                ),
                published_on=dt.date(2023, 1, day),
                source="Example Wire",
            ),
        )
    settings = Settings(
        database_url=store.settings.database_url,
        response_cache_entries=0,
        data_version_ttl_seconds=0,
    )
    with TestClient(create_app(settings)) as client:
        yield client


def _count(client: TestClient, url: str) -> tuple[int, int]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with recorded_queries(engine) as statements:
        response = client.get(url)
    assert response.status_code == 200, response.text
    return len(statements), len(response.json()["items"])


def _ranking_reads(client: TestClient, path: str) -> int:
    """1 for a search alone ranked by a RUM index: it reads its ranking, in the index's
    order, in a statement of its own before the page (see ``backend.rum_page``); else 0."""
    if path != "/v1/statements?q=the":
        return 0
    with client.app.state.session_factory() as session:  # type: ignore[attr-defined]
        return int(backend.index_for(session, "statements", SearchOptions()) == "rum")


@pytest.mark.parametrize("path", LISTS)
def test_a_list_costs_the_same_few_statements_at_any_page_size(
    uncached: TestClient, path: str
) -> None:
    joiner = "&" if "?" in path else "?"
    small, small_items = _count(uncached, f"{path}{joiner}limit=1")
    large, large_items = _count(uncached, f"{path}{joiner}limit=100")
    assert large_items > small_items or large_items <= 1, "the fixture should fill a page"
    assert 3 <= small == large <= MAX_STATEMENTS + _ranking_reads(uncached, path), (small, large)


def test_each_facet_adds_one_statement(uncached: TestClient) -> None:
    bare, _ = _count(uncached, "/v1/statements?limit=100")
    faceted, _ = _count(
        uncached,
        "/v1/statements?limit=100&facet=expert&facet=topic&facet=kind&facet=article&facet=month",
    )
    assert faceted == bare + 5


def test_details_do_not_grow_with_their_contents(uncached: TestClient) -> None:
    for url in (
        "/v1/experts/jane-doe",
        "/v1/topics/economy",
        "/v1/articles/rapid-withdrawal-of-csto-forces-from-kazakhstan-explained",
        "/v1/stats/timeline?interval=day",
    ):
        engine = uncached.app.state.engine  # type: ignore[attr-defined]
        with recorded_queries(engine) as statements:
            assert uncached.get(url).status_code == 200
        assert len(statements) <= 6, (url, statements)


def test_the_detail_reads_its_tags_once(uncached: TestClient) -> None:
    """The detail's tags come from its own query with their matched terms: its row query
    does not also aggregate the topics a list page carries (``PageTopics``)."""
    first = uncached.get("/v1/statements?limit=1").json()["items"][0]
    engine = uncached.app.state.engine  # type: ignore[attr-defined]
    with recorded_queries(engine) as statements:
        detail = uncached.get(f"/v1/statements/{first['id']}")
    assert detail.status_code == 200
    assert [t["slug"] for t in detail.json()["topics"]] == [t["slug"] for t in first["topics"]]
    aggregated = [s for s in statements if "json_group_array" in s or "json_agg" in s]
    assert aggregated == [], aggregated
