"""Searchable lists count exactly up to ``search_total_cap`` and say when they stopped:
``total_exact`` is true while ``total`` is exact, false once more match than the cap (then
``total`` is the cap). Lists without ``q`` keep exact totals. Same assertions on both stores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.schemas import ArticleInput
from app.main import create_app
from tests.conftest import Store


def _client(store: Store, **settings: Any) -> TestClient:
    changed = store.settings.model_copy(update={"response_cache_entries": 0, **settings})
    return TestClient(create_app(changed), raise_server_exceptions=False)


@pytest.fixture
def capped(seeded_store: Store) -> Iterator[TestClient]:
    with _client(seeded_store, search_total_cap=2) as client:
        yield client


def _page(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _walk(client: TestClient, path: str, **params: Any) -> list[Any]:
    seen: list[Any] = []
    cursor = None
    while True:
        body = _page(client, path, limit=1, **params, **({"cursor": cursor} if cursor else {}))
        seen += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def test_under_the_cap_the_total_is_exact_and_says_so(client: TestClient) -> None:
    body = _page(client, "/v1/statements", q="the", limit=100)
    assert len(body["items"]) > 2
    assert body["total"] == len(body["items"])
    assert body["total_exact"] is True


def test_past_the_cap_the_total_is_the_cap_and_not_exact(
    client: TestClient, capped: TestClient
) -> None:
    matches = _page(client, "/v1/statements", q="the", limit=100)["items"]
    assert len(matches) > 2
    body = _page(capped, "/v1/statements", q="the", limit=100)
    assert (body["total"], body["total_exact"]) == (2, False)
    # only the count stops at the cap: every match is still listed, and walked
    assert [i["id"] for i in body["items"]] == [i["id"] for i in matches]
    assert [i["id"] for i in _walk(capped, "/v1/statements", q="the")] == [i["id"] for i in matches]


def test_exactly_the_cap_is_exact(seeded_store: Store, client: TestClient) -> None:
    found = _page(client, "/v1/statements", q="the", limit=100)["total"]
    with _client(seeded_store, search_total_cap=found) as at_cap:
        body = _page(at_cap, "/v1/statements", q="the")
    assert (body["total"], body["total_exact"]) == (found, True)
    with _client(seeded_store, search_total_cap=found - 1) as below:
        body = _page(below, "/v1/statements", q="the")
    assert (body["total"], body["total_exact"]) == (found - 1, False)


def test_a_search_with_filters_is_capped_too(client: TestClient, capped: TestClient) -> None:
    params = {"q": "the OR csto", "kind": "quote", "limit": 100}
    exact = _page(client, "/v1/statements", **params)
    assert exact["total"] == len(exact["items"]) > 2
    assert exact["total_exact"] is True
    body = _page(capped, "/v1/statements", **params)
    assert (body["total"], body["total_exact"]) == (2, False)
    by_date = _page(capped, "/v1/statements", **params, sort="-said_on")
    assert (by_date["total"], by_date["total_exact"]) == (2, False)
    assert {i["id"] for i in by_date["items"]} == {i["id"] for i in exact["items"]}


@pytest.mark.parametrize("params", [{}, {"kind": "quote"}, {"expert": "askar-nursha"}])
def test_lists_without_q_stay_exact_past_the_cap(
    capped: TestClient, params: dict[str, Any]
) -> None:
    body = _page(capped, "/v1/statements", limit=100, **params)
    assert body["total"] == len(body["items"])
    assert body["total_exact"] is True
    if not params:
        assert body["total"] > 2


def test_expert_search_is_capped(client: TestClient, seeded_store: Store) -> None:
    q = "putin OR tokayev"
    exact = _page(client, "/v1/experts", q=q)
    assert (exact["total"], exact["total_exact"]) == (2, True)
    with _client(seeded_store, search_total_cap=1) as capped:
        body = _page(capped, "/v1/experts", q=q)
        assert (body["total"], body["total_exact"]) == (1, False)
        assert len(body["items"]) == 2
        everyone = _page(capped, "/v1/experts")
        assert everyone["total"] == len(everyone["items"]) > 1
        assert everyone["total_exact"] is True


def test_article_search_is_capped(store: Store) -> None:
    store.ingest(
        ArticleInput(
            text=(
                "CSTO drills in Armenia\n\nJane Doe, an analyst at Example Institute, says:\n\n"
                "– The CSTO will hold its drills in the spring."
            ),
            published_on=dt.date(2023, 3, 1),
        ),
    )
    with _client(store) as exact:
        body = _page(exact, "/v1/articles", q="csto")
        assert (body["total"], body["total_exact"]) == (2, True)
    with _client(store, search_total_cap=1) as capped:
        for params in ({"q": "csto"}, {"q": "csto", "from": "2020-01-01"}):
            body = _page(capped, "/v1/articles", **params)
            assert (body["total"], body["total_exact"]) == (1, False), params
            assert len(body["items"]) == 2
        everything = _page(capped, "/v1/articles")
        assert (everything["total"], everything["total_exact"]) == (2, True)


def test_the_schema_documents_total_exact(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for name in (
        "StatementPage",
        "SearchablePage_ExpertSummary_",
        "SearchablePage_ArticleSummary_",
    ):
        assert "total_exact" in schemas[name]["required"], name
        assert schemas[name]["properties"]["total_exact"]["description"]
