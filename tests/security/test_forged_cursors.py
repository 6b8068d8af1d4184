"""Cursors signed with the server's own secret but holding a forged key are 422 (issue 14, D8).

The signature proves who made a cursor, not that its key is sane. These cursors are signed
exactly as the server signs (``encode_cursor`` with ``app.state.cursor_secret``), so they
pass the HMAC check and only the key's validation stands between them and the database.
Each list is first shown to accept a well-formed key signed the same way, so a test that
signs wrongly fails instead of passing on a 422 for the wrong reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.pagination import encode_cursor


@dataclass(frozen=True)
class Listing:
    path: str
    scope: str
    key: list[Any]  # a well-formed key: the position after some row


DAY, SCORE, ROW, COUNT, NAME, SLUG = "2022-01-11", 0.5, 3, 1, "Vladimir Putin", "diplomacy"

LISTINGS = [
    Listing("/v1/statements", "statements:-said_on", [DAY, COUNT, ROW]),
    Listing("/v1/statements?sort=said_on", "statements:said_on", [DAY, COUNT, ROW]),
    Listing("/v1/statements?q=csto", "statements:relevance", [SCORE, ROW]),
    # the window's floor score is a legitimate key too
    Listing("/v1/statements?q=csto", "statements:relevance", [-1.0e300, ROW]),
    Listing("/v1/statements?format=csv", "statements:-said_on", [DAY, COUNT, ROW]),
    Listing("/v1/statements?format=ndjson", "statements:-said_on", [DAY, COUNT, ROW]),
    Listing("/v1/experts", "experts:name", [NAME, ROW]),
    Listing("/v1/experts?sort=-statement_count", "experts:-statement_count", [COUNT, ROW]),
    Listing("/v1/experts?sort=statement_count", "experts:statement_count", [COUNT, ROW]),
    Listing("/v1/experts?q=putin", "experts:relevance", [SCORE, ROW]),
    Listing("/v1/experts?format=csv", "experts:name", [NAME, ROW]),
    Listing("/v1/experts?format=ndjson", "experts:name", [NAME, ROW]),
    Listing("/v1/experts/askar-nursha/appearances", "experts:appearances", [DAY, ROW]),
    Listing("/v1/articles", "articles:-published_on", [DAY, ROW]),
    Listing("/v1/articles?sort=published_on", "articles:published_on", [DAY, ROW]),
    Listing("/v1/articles?q=csto", "articles:relevance", [SCORE, ROW]),
    Listing("/v1/articles?format=csv", "articles:-published_on", [DAY, ROW]),
    Listing("/v1/articles?format=ndjson", "articles:-published_on", [DAY, ROW]),
    Listing("/v1/topics", "topics:slug", [SLUG]),
]

# What a forger can put in one slot of the key. json.dumps writes floats that are not
# finite as Infinity/NaN, which Python's JSON parser would otherwise accept.
BAD_VALUES: list[Any] = [
    float("inf"),
    float("-inf"),
    float("nan"),
    1e308,
    -1e308,
    1e23,
    10**23,  # an integer literal: 24 digits
    -(10**23),
    2**31,  # one past PostgreSQL's INTEGER
    -1,
    "\ud800",  # a lone surrogate: no UTF-8 encoding exists
    "a\x00b",
    "",
    "x" * 300,
    "2022-02-30",
    "20220111",  # ISO basic format: date.fromisoformat takes it, the cursor never holds it
    "0",
    True,
    None,
    [],
    {},
    [1, 2],
    {"a": 1},
    1.5,
]


def _with_cursor(path: str, cursor: str) -> str:
    # base64url needs no escaping; httpx's params= would replace the path's own query
    return f"{path}{'&' if '?' in path else '?'}cursor={cursor}"


def _get(client: TestClient, listing: Listing, key: Any) -> Any:
    secret = client.app.state.cursor_secret  # type: ignore[attr-defined]
    return client.get(_with_cursor(listing.path, encode_cursor(secret, listing.scope, key)))


def _is_valid_for_its_slot(value: Any, good: Any) -> bool:
    """A bad value that happens to fit the slot (1.5 as a score, "0" as a name)."""
    if isinstance(good, float):
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and abs(value) <= 1e300  # NaN compares False
        )
    if good in (NAME, SLUG):
        return isinstance(value, str) and value in ("0", "20220111", "2022-02-30")
    if good == DAY:
        return False
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def _assert_422(response: Any, what: str) -> None:
    assert response.status_code == 422, (what, response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/problem+json", what
    assert response.json()["detail"].startswith("cursor is malformed"), what


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda item: f"{item.path}:{item.key[0]}")
def test_a_forged_key_in_a_signed_cursor_is_422(client: TestClient, listing: Listing) -> None:
    assert _get(client, listing, listing.key).status_code == 200, "the well-formed key"
    for slot, good in enumerate(listing.key):
        for value in BAD_VALUES:
            if _is_valid_for_its_slot(value, good):
                continue
            forged = [*listing.key[:slot], value, *listing.key[slot + 1 :]]
            _assert_422(_get(client, listing, forged), f"slot {slot} = {value!r}")


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda item: f"{item.path}:{item.key[0]}")
def test_a_key_of_the_wrong_arity_or_shape_is_422(client: TestClient, listing: Listing) -> None:
    for key in [[], listing.key[:-1], [*listing.key, 1], {"k": listing.key}, "k", 7, None]:
        if key == listing.key[:-1] and not key:
            continue  # topics: its key minus one slot is the empty key, tested already
        _assert_422(_get(client, listing, key), f"key {key!r}")


def test_constants_python_parses_but_json_does_not_are_422(client: TestClient) -> None:
    """``Infinity`` where the key holds a number, signed: refused by the parse itself."""
    listing = LISTINGS[2]  # statements by relevance: the score slot takes any finite float
    for constant in (float("inf"), float("-inf"), float("nan")):
        _assert_422(_get(client, listing, [constant, ROW]), repr(constant))


def test_a_cursor_signed_with_the_old_public_default_is_422(client: TestClient) -> None:
    """The secret that used to be built in no longer signs anything the server accepts."""
    for listing in LISTINGS:
        cursor = encode_cursor("commentariat-cursor-v1", listing.scope, listing.key)
        response = client.get(_with_cursor(listing.path, cursor))
        assert response.status_code == 422, listing.path
