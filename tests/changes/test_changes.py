"""Issue 11's sync: ingest timestamps, ``updated_since``, and the change log with its
tombstones (``GET /v1/changes``), over HTTP on the store under test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from app.models import Article
from tests.conftest import Store

SEED_SLUG = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
ARTICLE = """Central bank surprises markets

Analysts were caught off guard on Tuesday.

Maria Lopez, chief economist at Banco Ejemplo, says:

– The decision shows the bank is worried about inflation expectations, not growth.

"""
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def _instant(text: str) -> dt.datetime:
    assert text.endswith("Z"), text  # RFC 3339 in UTC
    value = dt.datetime.fromisoformat(text)
    assert value.utcoffset() == dt.timedelta(0)
    return value


def _changes(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = client.get("/v1/changes", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            assert body["total"] == len(items)
            return items


def _post(client: TestClient, auth: dict[str, str], text: str = ARTICLE) -> str:
    response = client.post(
        "/v1/articles", json={"text": text, "published_on": "2024-05-14"}, headers=auth
    )
    assert response.status_code == 201, response.text
    slug: str = response.json()["slug"]
    return slug


def _age_the_seed(store: Store) -> None:
    """The seed written long ago, so that what a test writes is later by the clock."""
    with store.factory.begin() as session:
        session.execute(update(Article).values(created_at=LONG_AGO))


def test_the_stored_articles_are_logged_as_created(client: TestClient) -> None:
    changes = _changes(client)
    assert [(c["kind"], c["article_slug"]) for c in changes] == [("created", SEED_SLUG)]
    article = client.get("/v1/articles").json()["items"][0]
    assert changes[0]["changed_at"] == article["created_at"]
    _instant(article["created_at"])


def test_every_article_and_statement_carries_its_ingest_time(client: TestClient) -> None:
    article = client.get(f"/v1/articles/{SEED_SLUG}").json()
    created = _instant(article["created_at"])
    assert created <= dt.datetime.now(dt.UTC)
    statements = client.get("/v1/statements", params={"limit": 100}).json()["items"]
    assert statements
    assert {s["created_at"] for s in statements} == {article["created_at"]}
    one = client.get(f"/v1/statements/{statements[0]['id']}").json()
    assert one["created_at"] == article["created_at"]
    assert {s["created_at"] for s in article["statements"]} == {article["created_at"]}


def test_a_deletion_leaves_a_tombstone_in_order(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    slug = _post(write_client, auth)
    assert write_client.delete(f"/v1/articles/{slug}", headers=auth).status_code == 204
    again = _post(write_client, auth)  # the same text, ingested anew after the deletion
    assert again == slug
    assert write_client.delete(f"/v1/articles/{SEED_SLUG}", headers=auth).status_code == 204
    changes = _changes(write_client)
    mine = [(c["kind"], c["article_slug"]) for c in changes if c["article_slug"] == slug]
    assert mine == [("created", slug), ("deleted", slug), ("created", slug)]
    assert (changes[-1]["kind"], changes[-1]["article_slug"]) == ("deleted", SEED_SLUG)
    times = [_instant(c["changed_at"]) for c in changes]
    assert times == sorted(times)
    # what the log says is what the articles say
    assert write_client.get(f"/v1/articles/{SEED_SLUG}").status_code == 404
    assert write_client.get(f"/v1/articles/{slug}").status_code == 200


def test_since_is_inclusive_and_pages_with_a_cursor(
    write_client: TestClient, auth: dict[str, str], store: Store
) -> None:
    _age_the_seed(store)
    slug = _post(write_client, auth)
    write_client.delete(f"/v1/articles/{slug}", headers=auth)
    everything = _changes(write_client)
    created = next(c for c in everything if c["article_slug"] == slug)
    since = _changes(write_client, since=created["changed_at"])
    start = _instant(created["changed_at"])
    assert since == [c for c in everything if _instant(c["changed_at"]) >= start]
    assert [c["kind"] for c in since if c["article_slug"] == slug] == ["created", "deleted"]
    later = (start + dt.timedelta(microseconds=1)).isoformat()
    assert created not in _changes(write_client, since=later)  # inclusive, not earlier
    # one at a time, with the cursor, the same list
    assert _changes(write_client, since=created["changed_at"], limit=1) == since
    # the same instant in another offset
    moment = _instant(created["changed_at"]).astimezone(dt.timezone(dt.timedelta(hours=2)))
    assert _changes(write_client, since=moment.isoformat()) == since
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert _changes(write_client, since=future.isoformat()) == []


@pytest.mark.parametrize(
    "value", ["2026-12-01T09:30:00", "2026-12-01", "yesterday", "2026-12-01T09:30:00+2"]
)
@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/v1/changes", "since"),
        ("/v1/statements", "updated_since"),
        ("/v1/articles", "updated_since"),
    ],
)
def test_a_time_without_an_offset_is_422(
    client: TestClient, path: str, name: str, value: str
) -> None:
    response = client.get(path, params={name: value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    detail = response.json()["detail"]
    assert name in detail
    assert "offset" in detail


@pytest.mark.parametrize(
    ("since", "status"),
    [
        ("0001-01-01T00:00:00+01:00", 422),  # year 0 in UTC
        ("0001-01-01T00:00:00Z", 200),
        ("9999-12-31T23:59:59.999999Z", 200),
        ("9999-12-31T23:59:59-01:00", 422),
        ("2026-12-01T25:00:00Z", 422),
        ("2026-12-01T09:30:00.1234567891Z", 200),  # RFC 3339 allows any decimals
    ],
)
def test_extreme_instants_are_answered(client: TestClient, since: str, status: int) -> None:
    for path, name in [("/v1/changes", "since"), ("/v1/statements", "updated_since")]:
        response = client.get(path, params={name: since})
        assert response.status_code == status, response.text


def test_an_unencoded_plus_is_read_as_one(client: TestClient) -> None:
    # "+02:00" typed into a URL arrives as " 02:00"
    response = client.get("/v1/changes?since=2000-01-01T00:00:00+02:00")
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 1


def test_a_cursor_of_another_list_is_422(client: TestClient) -> None:
    cursor = client.get("/v1/statements", params={"limit": 1}).json()["next_cursor"]
    response = client.get("/v1/changes", params={"cursor": cursor})
    assert response.status_code == 422
    assert "cursor" in response.json()["detail"]


def test_the_change_log_is_cacheable(write_client: TestClient, auth: dict[str, str]) -> None:
    first = write_client.get("/v1/changes")
    etag = first.headers["etag"]
    assert (
        first.headers["cache-control"].startswith("no-cache")
        or "max-age" in (first.headers["cache-control"])
    )
    revalidated = write_client.get("/v1/changes", headers={"If-None-Match": etag})
    assert revalidated.status_code == 304
    assert revalidated.content == b""
    head = write_client.head("/v1/changes")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == etag
    write_client.delete(f"/v1/articles/{SEED_SLUG}", headers=auth)
    after = write_client.get("/v1/changes", headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert after.json()["items"][-1]["kind"] == "deleted"


def test_updated_since_on_statements_and_articles(
    write_client: TestClient, auth: dict[str, str], store: Store
) -> None:
    _age_the_seed(store)
    slug = _post(write_client, auth)
    article = write_client.get(f"/v1/articles/{slug}").json()
    since = article["created_at"]
    articles = write_client.get("/v1/articles", params={"updated_since": since}).json()
    assert [a["slug"] for a in articles["items"]] == [slug]
    assert articles["total"] == 1
    statements = write_client.get("/v1/statements", params={"updated_since": since}).json()
    assert statements["total"] == len(article["statements"]) >= 1
    assert {s["article"]["slug"] for s in statements["items"]} == {slug}
    old = (LONG_AGO - dt.timedelta(seconds=1)).isoformat()
    everything = write_client.get("/v1/statements", params={"updated_since": old}).json()
    assert everything["total"] == write_client.get("/v1/statements").json()["total"]
    assert everything["total"] > statements["total"]
    # combines with the other filters, facets and counts
    query = {"updated_since": since, "facet": "article", "kind": "quote"}
    faceted = write_client.get("/v1/statements", params=query).json()
    assert [v["value"] for v in faceted["facets"]["article"]] in ([slug], [])
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    assert write_client.get("/v1/articles", params={"updated_since": future}).json()["items"] == []
    timeline = write_client.get("/v1/stats/timeline", params={"updated_since": since}).json()
    assert sum(point["count"] for point in timeline) == statements["total"]
