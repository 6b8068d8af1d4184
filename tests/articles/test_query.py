"""Article list filters (dates, source, expert, topic), search and sorts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.schemas import ArticleInput
from tests.conftest import Store

SEED = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


def _slugs(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/v1/articles", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return [a["slug"] for a in body["items"]]


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({}, True),
        ({"from": "2022-01-11", "to": "2022-01-11"}, True),
        ({"from": "2022-01-12"}, False),
        ({"to": "2022-01-10"}, False),
        ({"source": "MK.RU"}, True),
        ({"source": "reuters"}, False),
        ({"expert": "askar-nursha"}, True),
        ({"expert": "nobody"}, False),
        ({"topic": "stabilization"}, True),
        ({"topic": "energy"}, False),
        ({"q": "peacekeepers"}, True),
        ({"q": '"reputational burden"'}, True),
        ({"q": "peacekeep* -zanzibar"}, True),
        ({"q": "zanzibar"}, False),
    ],
)
def test_filters_on_the_seed(client: TestClient, params: dict[str, str], found: bool) -> None:
    assert _slugs(client, **params) == ([SEED] if found else [])


def test_filters_and_search_across_articles(store: Store, write_client: TestClient) -> None:
    store.ingest(
        ArticleInput(
            text=(
                "Zanzibar spice prices climb\n\nJane Doe, an economist at Example Bank, says:\n\n"
                "– Clove prices and the wider economy will suffer this winter."
            ),
            published_on=dt.date(2023, 3, 1),
            source="Example Wire",
        ),
    )
    newest_first = _slugs(write_client)
    assert newest_first[1] == SEED
    assert len(newest_first) == 2
    assert _slugs(write_client, sort="published_on") == newest_first[::-1]
    assert _slugs(write_client, source="wire") == [newest_first[0]]
    assert _slugs(write_client, topic="economy") == [newest_first[0]]
    assert _slugs(write_client, expert="jane-doe") == [newest_first[0]]
    assert _slugs(write_client, q="zanzibar OR peacekeepers") != []
    assert set(_slugs(write_client, q="zanzibar OR peacekeepers")) == set(newest_first)
    assert _slugs(write_client, q="zanzibar", **{"from": "2023-01-01"}) == [newest_first[0]]
    # A title match outranks a body match.
    assert _slugs(write_client, q="spice OR csto")[0] in newest_first
    seen, cursor = [], None
    while True:
        page = {"limit": 1, "q": "zanzibar OR peacekeepers"} | (
            {"cursor": cursor} if cursor else {}
        )
        body = write_client.get("/v1/articles", params=page).json()
        seen += [a["slug"] for a in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(newest_first)


@pytest.mark.parametrize(
    "params", [{"from": "2022-13-01"}, {"q": '"x'}, {"sort": "title"}, {"sort": "relevance"}]
)
def test_bad_parameters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/articles", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
