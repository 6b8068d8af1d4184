"""Every export holds every matching row: row for row what paging through the JSON list
gives, under every sort and filter, across many batches (issue 14, D4).

The export batch is 7 rows here, so a few hundred stored rows make dozens of batches,
with batch boundaries inside a day and between experts of equal counts. SQLite exports
once stopped after their first batch: the key of the next batch carried its date as
text, which SQLite's Date type refuses.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.exports.streaming import csv_cell
from app.main import create_app
from tests.exports.corpus import corpus_store

BATCH = 7
PAGE = 10  # coprime with BATCH, so page and batch boundaries fall apart
EXPERT = "maria-lopez"

Case = tuple[str, dict[str, Any], bool]
"""(sort, filters, whether the case must span more than three batches)."""

STATEMENTS: list[Case] = [
    *[
        (sort, filters, big)
        for sort in ("-said_on", "said_on")
        for filters, big in [
            ({}, True),
            ({"expert": EXPERT}, False),
            ({"topic": "economy"}, True),
            ({"topic": ["energy", "diplomacy"]}, True),
            ({"kind": "quote"}, True),
            ({"kind": "paraphrase"}, False),
            ({"article": "{article}"}, False),
            ({"from": "2023-01-05"}, True),
            ({"to": "2023-01-09"}, True),
            ({"from": "2023-01-04", "to": "2023-01-10"}, True),
            ({"topic": "economy", "from": "2023-01-04", "to": "2023-01-12"}, True),
            ({"month": "2023-01"}, True),
            ({"month": "2023-01", "topic": "diplomacy"}, True),
            ({"topic": "economy", "expert": EXPERT}, False),
            ({"topic": "economy", "kind": "paraphrase"}, False),
            ({"q": "markets"}, False),
            ({"q": "economy OR election", "kind": "quote"}, False),
        ]
    ],
    ("relevance", {"q": "update OR case OR note OR point OR round OR poll"}, True),
    ("relevance", {"q": "economy OR election", "kind": "quote"}, False),
    ("relevance", {"q": "case", "topic": "economy"}, True),
]
EXPERTS: list[Case] = [
    *[
        (sort, filters, big)
        for sort in ("name", "statement_count", "-statement_count")
        for filters, big in [
            ({}, True),
            ({"kind": "expert"}, True),
            ({"topic": "economy"}, True),
            ({"topic": ["energy", "diplomacy"]}, True),
            ({"organization": "example"}, False),
            ({"q": "example"}, False),
        ]
    ],
    ("relevance", {"q": "example OR research OR institute"}, True),
    ("relevance", {"q": "maria OR john", "kind": "expert"}, False),
]
ARTICLES: list[Case] = [
    *[
        (sort, filters, big)
        for sort in ("-published_on", "published_on")
        for filters, big in [
            ({}, True),
            ({"from": "2023-01-05"}, True),
            ({"to": "2023-01-10"}, True),
            ({"source": "wire"}, False),
            ({"expert": EXPERT}, False),
            ({"topic": "energy"}, True),
            ({"q": "markets"}, True),
            ({"q": "outlook", "source": "sample"}, False),
        ]
    ],
    ("relevance", {"q": "markets"}, True),
    ("relevance", {"q": "outlook OR observers", "from": "2023-01-06"}, True),
]
CASES = [
    *[("/v1/statements", *case) for case in STATEMENTS],
    *[("/v1/experts", *case) for case in EXPERTS],
    *[("/v1/articles", *case) for case in ARTICLES],
]
ROW_KEY = {"/v1/statements": "id", "/v1/experts": "slug", "/v1/articles": "slug"}


@pytest.fixture(scope="module")
def small_batches(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with corpus_store(tmp_path_factory.mktemp("exports"), "exports") as store:
        settings = store.settings.model_copy(update={"export_batch_size": BATCH})
        with TestClient(create_app(settings)) as client:
            yield client


def _resolved(client: TestClient, filters: dict[str, Any]) -> dict[str, Any]:
    if filters.get("article") == "{article}":
        newest = client.get("/v1/articles", params={"limit": 1}).json()["items"][0]
        return {**filters, "article": newest["slug"]}
    return filters


def _pages(client: TestClient, path: str, params: dict[str, Any]) -> tuple[list[Any], int]:
    """Every item of the JSON list, page by page through next_cursor, and its total."""
    items: list[Any] = []
    cursor = None
    while True:
        query = {**params, "limit": PAGE, **({"cursor": cursor} if cursor else {})}
        response = client.get(path, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items, page["total"]


def _export(client: TestClient, path: str, params: dict[str, Any], export_format: str) -> str:
    response = client.get(path, params={**params, "format": export_format})
    assert response.status_code == 200, response.text
    return response.text


def _case_id(case: tuple[str, str, dict[str, Any], bool]) -> str:
    path, sort, filters, _ = case
    return f"{path.rsplit('/', 1)[1]}-{sort}-" + ",".join(f"{k}={v}" for k, v in filters.items())


@pytest.mark.parametrize(("path", "sort", "filters", "big"), CASES, ids=map(_case_id, CASES))
def test_every_export_is_the_paged_list_row_for_row(
    small_batches: TestClient, path: str, sort: str, filters: dict[str, Any], big: bool
) -> None:
    params = {**_resolved(small_batches, filters), "sort": sort}
    paged, total = _pages(small_batches, path, params)
    assert len(paged) == total
    if big:
        assert len(paged) > 3 * BATCH, "the case should span more than three batches"
    else:
        assert paged, "the case should match something"

    ndjson = [
        json.loads(line) for line in _export(small_batches, path, params, "ndjson").splitlines()
    ]
    assert ndjson == paged

    rows = list(csv.DictReader(io.StringIO(_export(small_batches, path, params, "csv"))))
    key = ROW_KEY[path]
    assert [row[key] for row in rows] == [str(item[key]) for item in paged]
    text = "text" if path == "/v1/statements" else "name" if path == "/v1/experts" else "title"
    assert [row[text] for row in rows] == [csv_cell(item[text]) for item in paged]


@pytest.mark.parametrize(
    ("path", "sort"),
    [("/v1/statements", "-said_on"), ("/v1/statements", "said_on"), ("/v1/experts", "name"),
     ("/v1/experts", "-statement_count"), ("/v1/articles", "published_on")],
)  # fmt: skip
def test_an_export_from_a_cursor_holds_every_row_after_it(
    small_batches: TestClient, path: str, sort: str
) -> None:
    paged, _ = _pages(small_batches, path, {"sort": sort})
    first = small_batches.get(path, params={"sort": sort, "limit": PAGE}).json()
    params = {"sort": sort, "cursor": first["next_cursor"]}
    ndjson = [
        json.loads(line) for line in _export(small_batches, path, params, "ndjson").splitlines()
    ]
    assert ndjson == paged[PAGE:]
