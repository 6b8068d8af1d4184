"""Facets: for the current filter, each value with a count that a direct query confirms."""

from __future__ import annotations

import calendar
from typing import Any

import pytest
from fastapi.testclient import TestClient

FACETS = ["expert", "topic", "kind", "article", "month"]


def _facets(client: TestClient, names: list[str], **params: Any) -> dict[str, Any]:
    query = [("facet", name) for name in names] + list(params.items())
    response = client.get("/v1/statements", params=query)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"items", "total", "total_exact", "next_cursor", "facets"}
    return body["facets"]


def _filter_for(name: str, value: str) -> dict[str, str]:
    return {name: value}


@pytest.mark.parametrize(
    ("month", "expected"), [("2022-01", 8), ("2022-02", 0), ("2021-12", 0), ("2024-02", 0)]
)
def test_the_month_filter_takes_the_facet_value(
    client: TestClient, month: str, expected: int
) -> None:
    assert _direct_count(client, {"month": month}) == expected
    year, number = (int(part) for part in month.split("-"))
    last = calendar.monthrange(year, number)[1]
    by_dates = {"from": f"{month}-01", "to": f"{month}-{last:02d}"}
    assert _direct_count(client, by_dates) == expected
    narrowed = _direct_count(client, {"month": "2022-01", "from": "2022-01-11"})
    assert narrowed == _direct_count(client, {"from": "2022-01-11", "to": "2022-01-31"})


@pytest.mark.parametrize("month", ["2022-13", "2022-1", "22-01", "2022-01-01"])
def test_a_bad_month_is_422(client: TestClient, month: str) -> None:
    response = client.get("/v1/statements", params={"month": month})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def _direct_count(client: TestClient, params: dict[str, str]) -> int:
    response = client.get("/v1/statements", params=params)
    assert response.status_code == 200, response.text
    total: int = response.json()["total"]
    return total


@pytest.mark.parametrize(
    "current",
    # One expert's topics and months, and one topic's experts, come from the maintained
    # counters; the other filters count statements.
    [{}, {"kind": "quote"}, {"q": "csto"}, {"topic": "withdrawal"}, {"expert": "askar-nursha"}],
)
@pytest.mark.parametrize("name", FACETS)
def test_every_facet_count_matches_a_direct_count(
    client: TestClient, name: str, current: dict[str, str]
) -> None:
    values = _facets(client, [name], **current)[name]
    if not current:
        assert values
    for value in values:
        if name == "topic" and "topic" in current:
            # Repeated topics mean "any of", so count the intersection from the items.
            items = client.get("/v1/statements", params={**current, "limit": 100}).json()
            direct = sum(
                value["value"] in {t["slug"] for t in item["topics"]} for item in items["items"]
            )
        else:
            direct = _direct_count(client, {**current, **_filter_for(name, value["value"])})
        assert value["count"] == direct, (name, value)
        assert value["label"]
    counts = [v["count"] for v in values]
    assert counts == sorted(counts, reverse=True)


def test_facets_cover_the_whole_filter_not_the_page(client: TestClient) -> None:
    facets = _facets(client, FACETS, limit=1)
    total = _direct_count(client, {})
    assert sum(v["count"] for v in facets["kind"]) == total
    assert sum(v["count"] for v in facets["month"]) == total
    assert sum(v["count"] for v in facets["article"]) == total
    attributed = sum(v["count"] for v in facets["expert"])
    assert attributed <= total


def test_seed_facet_values_and_labels(client: TestClient) -> None:
    facets = _facets(client, FACETS)
    assert facets["kind"] == [
        {"value": "quote", "label": "Quote", "count": 5},
        {"value": "paraphrase", "label": "Paraphrase", "count": 3},
    ]
    assert facets["month"] == [{"value": "2022-01", "label": "January 2022", "count": 8}]
    assert facets["expert"][0] == {"value": "askar-nursha", "label": "Askar Nursha", "count": 3}
    assert (
        facets["article"][0]["label"] == "Rapid withdrawal of CSTO forces from Kazakhstan explained"
    )
    assert {"value": "stabilization", "label": "Stabilisation"}.items() <= next(
        v for v in facets["topic"] if v["value"] == "stabilization"
    ).items()


def test_facet_size_caps_values(client: TestClient) -> None:
    facets = _facets(client, ["topic"], facet_size=2)
    assert len(facets["topic"]) == 2


def test_without_facet_there_is_no_facets_key(client: TestClient) -> None:
    assert "facets" not in client.get("/v1/statements").json()


@pytest.mark.parametrize("params", [{"facet": "colour"}, {"facet": "topic", "facet_size": 0}])
def test_bad_facets_are_422(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/v1/statements", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_one_topic_lists_agree_with_the_any_of_path(client: TestClient) -> None:
    # A single topic is served from statement_topics' own index, several by an IN filter.
    one = client.get(
        "/v1/statements", params={"topic": "withdrawal", "limit": 100, "from": "2022-01-11"}
    ).json()
    both = client.get(
        "/v1/statements",
        params=[
            ("topic", "withdrawal"),
            ("topic", "withdrawal"),
            ("limit", "100"),
            ("from", "2022-01-11"),
        ],
    ).json()
    assert one == both
    assert one["total"] == len(one["items"]) > 0


@pytest.mark.parametrize(
    "path", ["/v1/statements", "/v1/experts", "/v1/articles", "/v1/stats/timeline", "/v1/topics"]
)
def test_a_single_valued_parameter_given_twice_is_422(client: TestClient, path: str) -> None:
    response = client.get(
        path,
        params=[("limit", "1"), ("limit", "2")]
        if path == "/v1/topics"
        else [("q", "csto"), ("q", "troops")],
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "more than once" in response.json()["detail"]
    if path in ("/v1/statements", "/v1/experts", "/v1/articles"):
        repeated = [("topic", "withdrawal"), ("topic", "stabilization")]
        assert client.get(path, params=repeated).status_code == 200
