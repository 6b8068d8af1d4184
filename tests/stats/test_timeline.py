"""The timeline: counts per day, week or month under the statement filters, zero-filled."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.schemas import ArticleInput
from tests.conftest import Store


def _timeline(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/stats/timeline", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _add(store: Store, day: dt.date, word: str) -> None:
    store.ingest(
        ArticleInput(
            text=(
                f"{word} report\n\nJane Doe, an economist at Example Bank, says:\n\n"
                f"– The {word} numbers are worse than expected."
            ),
            published_on=day,
        ),
    )


def test_seed_by_day(client: TestClient) -> None:
    assert _timeline(client, interval="day") == [
        {"period_start": "2022-01-10", "count": 1},
        {"period_start": "2022-01-11", "count": 7},
    ]


def test_default_interval_is_month(client: TestClient) -> None:
    assert _timeline(client) == [{"period_start": "2022-01-01", "count": 8}]


def test_filters_apply(client: TestClient) -> None:
    assert _timeline(client, interval="day", expert="askar-nursha") == [
        {"period_start": "2022-01-11", "count": 3}
    ]
    assert _timeline(client, interval="day", q="nothing-matches-this") == []
    for params in ({"kind": "quote"}, {"topic": "stabilization"}, {"q": "csto"}):
        total = client.get("/v1/statements", params=params).json()["total"]
        assert sum(p["count"] for p in _timeline(client, interval="day", **params)) == total


@pytest.mark.parametrize(
    ("interval", "later", "expected"),
    [
        (
            "day",
            dt.date(2022, 1, 14),
            [
                ("2022-01-10", 1),
                ("2022-01-11", 7),
                ("2022-01-12", 0),
                ("2022-01-13", 0),
                ("2022-01-14", 1),
            ],
        ),
        (
            "week",
            dt.date(2022, 1, 26),
            [("2022-01-10", 8), ("2022-01-17", 0), ("2022-01-24", 1)],
        ),
        (
            "month",
            dt.date(2022, 4, 2),
            [("2022-01-01", 8), ("2022-02-01", 0), ("2022-03-01", 0), ("2022-04-01", 1)],
        ),
    ],
)
def test_empty_periods_are_filled_with_zero(
    store: Store,
    write_client: TestClient,
    interval: str,
    later: dt.date,
    expected: list[tuple[str, int]],
) -> None:
    _add(store, later, "Tariff")
    points = _timeline(write_client, interval=interval)
    assert [(p["period_start"], p["count"]) for p in points] == expected


def test_weeks_start_on_monday_across_a_year_end(store: Store, write_client: TestClient) -> None:
    _add(store, dt.date(2021, 12, 29), "Winter")  # a Wednesday
    points = _timeline(write_client, interval="week", **{"from": "2021-12-01", "to": "2021-12-31"})
    assert points == [{"period_start": "2021-12-27", "count": 1}]


@pytest.mark.parametrize("params", [{"interval": "year"}, {"interval": ""}, {"q": '"open'}])
def test_bad_parameters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/stats/timeline", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
