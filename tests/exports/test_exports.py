"""CSV and NDJSON exports: every matching row, streamed, with the right headers."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.conftest import Store

LISTS = ["/v1/statements", "/v1/experts", "/v1/articles"]
FILTERS = {
    "/v1/statements": [{}, {"topic": "withdrawal"}, {"q": "csto"}, {"kind": "paraphrase"}],
    "/v1/experts": [{}, {"kind": "expert"}, {"q": "center"}, {"sort": "-statement_count"}],
    "/v1/articles": [{}, {"q": "peacekeepers"}, {"source": "nowhere"}],
}


def _total(client: TestClient, path: str, params: dict[str, Any]) -> int:
    total: int = client.get(path, params=params).json()["total"]
    return total


def _csv(client: TestClient, path: str, params: dict[str, Any]) -> list[dict[str, str]]:
    response = client.get(path, params={**params, "format": "csv"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    name = path.rsplit("/", 1)[1]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.csv"'
    return list(csv.DictReader(io.StringIO(response.text)))


def _ndjson(client: TestClient, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.get(path, params={**params, "format": "ndjson"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/x-ndjson"
    name = path.rsplit("/", 1)[1]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.ndjson"'
    assert response.text == "" or response.text.endswith("\n")
    return [json.loads(line) for line in response.text.splitlines()]


@pytest.mark.parametrize(
    ("path", "params"), [(path, params) for path in LISTS for params in FILTERS[path]]
)
def test_row_count_equals_total(client: TestClient, path: str, params: dict[str, Any]) -> None:
    total = _total(client, path, params)
    assert len(_csv(client, path, params)) == total
    assert len(_ndjson(client, path, params)) == total


@pytest.mark.parametrize("path", LISTS)
def test_ndjson_lines_are_the_json_items_without_a_page_limit(
    client: TestClient, path: str
) -> None:
    items = client.get(path, params={"limit": 100}).json()["items"]
    assert _ndjson(client, path, {"limit": 1}) == items


def test_statement_csv_flattens_nested_fields(client: TestClient) -> None:
    items = client.get("/v1/statements", params={"limit": 100}).json()["items"]
    rows = _csv(client, "/v1/statements", {})
    assert [int(r["id"]) for r in rows] == [i["id"] for i in items]
    for row, item in zip(rows, items, strict=True):
        assert row["text"] == item["text"]
        assert row["expert_name"] == (item["expert"]["name"] if item["expert"] else "")
        assert row["expert_slug"] == (item["expert"]["slug"] if item["expert"] else "")
        assert row["article_slug"] == item["article"]["slug"]
        assert row["topics"] == ";".join(t["slug"] for t in item["topics"])
        assert (int(row["span_start"]), int(row["span_end"])) == (
            item["span"]["start"],
            item["span"]["end"],
        )


def test_search_exports_carry_the_highlight(client: TestClient) -> None:
    rows = _csv(client, "/v1/statements", {"q": '"reputational burden"'})
    assert len(rows) == 1
    assert "<mark>reputational burden</mark>" in rows[0]["highlight"]


@pytest.mark.parametrize("path", LISTS)
def test_many_small_batches_stream_every_row(
    client: TestClient, seeded_store: Store, path: str
) -> None:
    expected = _ndjson(client, path, {})
    settings = seeded_store.settings.model_copy(update={"export_batch_size": 1})
    with TestClient(create_app(settings)) as one_row_batches:
        assert _ndjson(one_row_batches, path, {}) == expected
        assert len(_csv(one_row_batches, path, {})) == len(expected)


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("value", ["xml", "CSV", ""])
def test_an_unknown_format_is_422(client: TestClient, path: str, value: str) -> None:
    response = client.get(path, params={"format": value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("path", LISTS)
def test_json_stays_the_default(client: TestClient, path: str) -> None:
    assert client.get(path).headers["content-type"] == "application/json"
    assert client.get(path, params={"format": "json"}).json() == client.get(path).json()
