"""Expert list filters, sorts, search and counts; detail topic counts and timeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.schemas import ArticleInput
from tests.conftest import Store


def _experts(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/experts", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body["items"]


def _statements(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    return client.get("/v1/statements", params={"limit": 100, **params}).json()["items"]


def test_each_item_counts_statements_and_dates_the_latest(client: TestClient) -> None:
    for expert in _experts(client):
        said = _statements(client, expert=expert["slug"])
        assert expert["statement_count"] == len(said)
        assert expert["last_said_on"] == max((s["said_on"] for s in said), default=None)


def test_topic_filter_gives_people_who_spoke_on_it(client: TestClient) -> None:
    for topic in ("stabilization", "withdrawal", "sovereignty"):
        expected = {s["expert"]["slug"] for s in _statements(client, topic=topic) if s["expert"]}
        assert {e["slug"] for e in _experts(client, topic=topic)} == expected
        assert expected
    assert _experts(client, topic="no-such-topic") == []


def test_organization_is_a_case_insensitive_substring(client: TestClient) -> None:
    found = {e["slug"] for e in _experts(client, organization="center FOR")}
    assert found == {"stanislav-pritchin", "askar-nursha"}
    assert _experts(client, organization="100%_") == []


def test_kind_and_filters_combine(client: TestClient) -> None:
    found = _experts(client, kind="expert", organization="council")
    assert [e["slug"] for e in found] == ["chingiz-lepsibaev"]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("nursha", {"askar-nursha"}),
        ("NÜRSHA", {"askar-nursha"}),
        ("pritch*", {"stanislav-pritchin"}),
        ('"eurasian expert council"', {"chingiz-lepsibaev"}),
        ("researcher OR president", {"stanislav-pritchin", "chingiz-lepsibaev"}),
        ("center -researcher", {"askar-nursha"}),
    ],
)
def test_q_searches_name_role_and_organisation(
    client: TestClient, q: str, expected: set[str]
) -> None:
    assert {e["slug"] for e in _experts(client, q=q)} >= expected
    assert expected <= {e["slug"] for e in _experts(client, q=q, sort="name")}


def test_sorts_by_statement_count_both_ways_with_stable_ties(client: TestClient) -> None:
    most = _experts(client, sort="-statement_count")
    counts = [e["statement_count"] for e in most]
    assert counts == sorted(counts, reverse=True)
    assert most[0]["slug"] == "askar-nursha"
    fewest = _experts(client, sort="statement_count")
    assert [e["statement_count"] for e in fewest] == sorted(counts)
    names = [e["name"] for e in _experts(client, sort="name")]
    assert names == sorted(names)


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "name"},
        {"sort": "statement_count"},
        {"sort": "-statement_count"},
        {"q": "center OR council OR researcher"},
    ],
)
def test_cursors_visit_everyone_once_under_every_sort(
    client: TestClient, params: dict[str, str]
) -> None:
    whole = [e["slug"] for e in _experts(client, **params)]
    seen, cursor = [], None
    while True:
        page = {"limit": 1, **params} | ({"cursor": cursor} if cursor else {})
        body = client.get("/v1/experts", params=page).json()
        seen += [e["slug"] for e in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == whole


@pytest.mark.parametrize(
    "params",
    [{"sort": "statements"}, {"sort": "relevance"}, {"q": "OR"}, {"kind": "pundit"}],
)
def test_bad_parameters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/experts", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_detail_topic_counts_and_monthly_timeline(client: TestClient) -> None:
    body = client.get("/v1/experts/chingiz-lepsibaev").json()
    said = _statements(client, expert="chingiz-lepsibaev")
    for topic in body["topics"]:
        assert topic["count"] == sum(
            topic["slug"] in {t["slug"] for t in s["topics"]} for s in said
        )
    assert sum(p["count"] for p in body["timeline"]) == len(said) == body["statement_count"]


def test_detail_timeline_fills_empty_months(store: Store, write_client: TestClient) -> None:
    for day in (dt.date(2022, 4, 5), dt.date(2022, 4, 20)):
        store.ingest(
            ArticleInput(
                text=(
                    f"Report of {day}\n\nAskar Nursha, head of the Center for International "
                    f"Studies, says:\n\n– The situation on {day} is calm, and stays calm."
                ),
                published_on=day,
            ),
        )
    body = write_client.get("/v1/experts/askar-nursha").json()
    assert body["timeline"] == [
        {"month": "2022-01", "count": 3},
        {"month": "2022-02", "count": 0},
        {"month": "2022-03", "count": 0},
        {"month": "2022-04", "count": 2},
    ]
    assert body["statement_count"] == 5
    assert body["last_said_on"] == "2022-04-20"
