"""Reads stay well-formed whatever dates the store holds (issue 14, D5).

A statement on 9999-12-31 made the timeline and the speaker's detail a 500: zero-filling
stepped one period past the last date Python can hold. Statements on 0001-01-01 and
9999-12-30 made `interval=day` a 146 MB answer. The write side bounds the dates it
accepts (app/core/date_range.py); these tests put the extreme dates into the store
through the parser and loader with that bound lifted, as a store written before the bound
existed holds them, so that the read side is held to them regardless.
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

FIRST = dt.date.min  # 0001-01-01, a Monday
LAST = dt.date.max  # 9999-12-31, a Friday
PROBLEM = "application/problem+json"


def _say(store: Store, day: dt.date, name: str, word: str) -> None:
    """One statement by ``name`` said on ``day``, stored through the parser and loader.
    ``model_construct`` skips the request's date bounds, not the parsing."""
    text = (
        f"{word.title()} report {day.isoformat()}\n\n{name}, an economist at Example Bank, "
        f"says:\n\n– The {word} numbers are worse than expected this time."
    )
    stored = store.ingest(ArticleInput.model_construct(text=text, published_on=day))
    assert stored.statement_count == 1, stored.warnings


def _client(store: Store, **settings: Any) -> TestClient:
    return TestClient(create_app(store.settings.model_copy(update=settings)))


def _ok(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def extreme(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The seed, plus Ada Lovelace on the last two days there are, Boris Firsov on the first,
    and Clara Bothwell on the first and the last."""
    monkeypatch.setattr("app.ingest.loader.check_in_range", lambda _field, day: day)
    _say(store, LAST, "Ada Lovelace", "export")
    _say(store, LAST - dt.timedelta(days=1), "Ada Lovelace", "import")
    _say(store, FIRST, "Boris Firsov", "harvest")
    _say(store, FIRST, "Clara Bothwell", "grain")
    _say(store, LAST, "Clara Bothwell", "tariff")
    with _client(store) as client:
        yield client


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        ("day", [("9999-12-30", 1), ("9999-12-31", 1)]),
        ("week", [("9999-12-27", 2)]),
        ("month", [("9999-12-01", 2)]),
    ],
)
def test_the_timeline_ends_on_the_last_day_there_is(
    extreme: TestClient, interval: str, expected: list[tuple[str, int]]
) -> None:
    points = _ok(extreme, "/v1/stats/timeline", interval=interval, expert="ada-lovelace")
    assert [(p["period_start"], p["count"]) for p in points] == expected


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_the_timeline_starts_on_the_first_day_there_is(extreme: TestClient, interval: str) -> None:
    points = _ok(extreme, "/v1/stats/timeline", interval=interval, expert="boris-firsov")
    assert points == [{"period_start": "0001-01-01", "count": 1}]


@pytest.mark.parametrize(
    ("slug", "timeline"),
    [
        ("ada-lovelace", [{"month": "9999-12", "count": 2}]),
        ("boris-firsov", [{"month": "0001-01", "count": 1}]),
        # 119,988 months apart, more than timeline_max_periods: only the months with any
        ("clara-bothwell", [{"month": "0001-01", "count": 1}, {"month": "9999-12", "count": 1}]),
    ],
)
def test_an_expert_detail_at_the_ends_of_the_calendar(
    extreme: TestClient, slug: str, timeline: list[dict[str, Any]]
) -> None:
    assert _ok(extreme, f"/v1/experts/{slug}")["timeline"] == timeline


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_a_timeline_from_the_first_day_to_the_last_is_a_422_not_a_huge_body(
    extreme: TestClient, interval: str
) -> None:
    response = extreme.get("/v1/stats/timeline", params={"interval": interval})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    detail = response.json()["detail"]
    assert "0001-01-01" in detail
    assert "10,000" in detail
    # narrowed, it answers
    assert _ok(
        extreme,
        "/v1/stats/timeline",
        interval=interval,
        **{"from": "2022-01-01", "to": "2022-12-31"},
    )


def test_lists_and_exports_carry_the_extreme_dates(extreme: TestClient) -> None:
    newest = _ok(extreme, "/v1/statements", limit=2)["items"]
    assert [s["said_on"] for s in newest] == ["9999-12-31", "9999-12-31"]
    oldest = _ok(extreme, "/v1/statements", sort="said_on", limit=1)["items"][0]
    assert oldest["said_on"] == "0001-01-01"
    exported = extreme.get("/v1/statements", params={"format": "csv"}).text.splitlines()
    assert len(exported) == 1 + _ok(extreme, "/v1/statements")["total"]


def _days_apart(client: TestClient) -> int:
    points = _ok(client, "/v1/stats/timeline", interval="day")
    return len(points)


def test_the_zero_fill_cap_is_a_setting_and_exact(store: Store) -> None:
    """The seed holds 2022-01-10 and 2022-01-11; one more statement on 2022-02-08 makes a
    daily timeline of 30 periods, 5 weeks and 2 months."""
    _say(store, dt.date(2022, 2, 8), "Dina Laterre", "export")
    with _client(store, timeline_max_periods=30) as at_the_cap:
        assert _days_apart(at_the_cap) == 30
    with _client(store, timeline_max_periods=29) as below:
        response = below.get("/v1/stats/timeline", params={"interval": "day"})
        assert response.status_code == 422
        assert response.headers["content-type"] == PROBLEM
        assert "30 days" in response.json()["detail"]
        assert len(_ok(below, "/v1/stats/timeline", interval="week")) == 5
        assert len(_ok(below, "/v1/stats/timeline", interval="day", to="2022-01-31")) == 2
    with _client(store, timeline_max_periods=1) as tiny:
        # the expert detail never refuses: past the cap it lists the months with statements
        assert _ok(tiny, "/v1/experts/askar-nursha")["timeline"] == [
            {"month": "2022-01", "count": 3}
        ]


def test_a_realistic_century_by_day_is_refused_by_default(store: Store) -> None:
    _say(store, dt.date(1900, 1, 1), "Elias Ernst", "harvest")
    _say(store, dt.date(2100, 12, 31), "Fiona Fuchs", "harvest")
    with _client(store) as client:
        response = client.get("/v1/stats/timeline", params={"interval": "day"})
        assert response.status_code == 422
        assert "73,414 days" in response.json()["detail"]
        months = _ok(client, "/v1/stats/timeline", interval="month")
        assert len(months) == 201 * 12
        assert sum(p["count"] for p in months) == _ok(client, "/v1/statements")["total"]
