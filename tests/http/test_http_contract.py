"""The HTTP that browsers and proxies expect (issue 11): no-cache with the ETag by
default, RateLimit-* on writes, 400/415 for bodies, one rule for empty query values, and
an index at / and /v1."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.ingest.schemas import ArticleInput
from app.main import create_app
from tests.conftest import Store

ARTICLE = {
    "text": "Spice prices\n\nJane Doe, an economist at Example Bank, says:\n\n"
    "– Cloves will cost more this winter.",
    "published_on": "2023-03-01",
}


def _client(store: Store, **overrides: Any) -> TestClient:
    settings = Settings(database_url=store.settings.database_url, **overrides)
    return TestClient(create_app(settings), raise_server_exceptions=False)


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


# Cache-Control


def test_lists_are_no_cache_with_an_etag_so_a_write_is_seen_at_once(store: Store) -> None:
    with _client(store) as client:
        before = client.get("/v1/statements")
        assert before.headers["cache-control"] == "no-cache"
        etag = before.headers["etag"]
        assert client.get("/v1/statements", headers={"If-None-Match": etag}).status_code == 304
        store.ingest(
            ArticleInput.model_validate({**ARTICLE, "published_on": dt.date(2023, 3, 1)}),
        )
        # A browser revalidates every reuse: the next one after the write gets the new list.
        after = client.get("/v1/statements", headers={"If-None-Match": etag})
        assert after.status_code == 200
        assert after.json()["total"] == before.json()["total"] + 1


def test_a_configured_max_age_is_public_and_cacheable(seeded_store: Store) -> None:
    with _client(seeded_store, cache_max_age=30) as client:
        assert client.get("/v1/experts").headers["cache-control"] == "public, max-age=30"


# RateLimit-*


def test_every_counted_write_carries_the_rate_limit_headers(
    store: Store, auth: dict[str, str]
) -> None:
    with _client(store, write_rate_limit=3) as client:
        remaining = []
        for _ in range(3):
            response = client.post("/v1/articles/preview", json=ARTICLE, headers=auth)
            assert response.status_code == 200
            assert response.headers["ratelimit-limit"] == "3"
            assert int(response.headers["ratelimit-reset"]) >= 1
            remaining.append(int(response.headers["ratelimit-remaining"]))
        assert remaining == [2, 1, 0]
        refused = client.post("/v1/articles/preview", json=ARTICLE, headers=auth)
        _problem(refused, 429)
        assert refused.headers["ratelimit-remaining"] == "0"
        assert refused.headers["ratelimit-limit"] == "3"
        assert int(refused.headers["retry-after"]) >= 1
        # A read is not counted and says nothing of the limit.
        assert "ratelimit-limit" not in client.get("/v1/articles").headers


def test_created_and_invalid_writes_carry_them_too(store: Store, auth: dict[str, str]) -> None:
    with _client(store) as client:
        created = client.post("/v1/articles", json=ARTICLE, headers=auth)
        assert created.status_code == 201
        assert created.headers["location"].startswith("/v1/articles/")
        assert created.headers["ratelimit-limit"] == "60"
        invalid = client.post("/v1/articles", json={"text": "x"}, headers=auth)
        _problem(invalid, 422)
        assert int(invalid.headers["ratelimit-remaining"]) < int(
            created.headers["ratelimit-remaining"]
        )
        deleted = client.delete(created.headers["location"], headers=auth)
        assert deleted.status_code == 204
        assert "ratelimit-remaining" in deleted.headers


# 400 and 415


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/articles/preview"])
@pytest.mark.parametrize("raw", [b"{bad", b"not json at all", b'{"text": "x",}', b"   "])
def test_a_body_that_is_not_json_is_400(
    write_client: TestClient, auth: dict[str, str], path: str, raw: bytes
) -> None:
    response = write_client.post(
        path, content=raw, headers={**auth, "Content-Type": "application/json"}
    )
    assert "not valid JSON" in _problem(response, 400)["detail"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml", None]
)
def test_a_body_not_sent_as_json_is_415(
    write_client: TestClient, auth: dict[str, str], content_type: str | None
) -> None:
    headers = dict(auth)
    if content_type is not None:
        headers["Content-Type"] = content_type

    response = write_client.post(
        "/v1/articles/preview", content=json.dumps(ARTICLE).encode(), headers=headers
    )
    body = _problem(response, 415)
    assert "application/json" in body["detail"]
    assert response.headers["accept"] == "application/json"


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON"]
)
def test_json_with_parameters_or_any_case_is_accepted(
    write_client: TestClient, auth: dict[str, str], content_type: str
) -> None:

    response = write_client.post(
        "/v1/articles/preview",
        content=json.dumps(ARTICLE).encode(),
        headers={**auth, "Content-Type": content_type},
    )
    assert response.status_code == 200, response.text


def test_no_body_at_all_is_still_the_route_s_422(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    _problem(write_client.post("/v1/articles/preview", headers=auth), 422)


# Empty query values


def _query_parameters(client: TestClient) -> list[tuple[str, str]]:
    document = client.get("/openapi.json").json()
    found = []
    for path, item in document["paths"].items():
        get = item.get("get")
        if get is None:
            continue
        concrete = path.replace("{statement_id}", "1").replace("{slug}", "stabilization")
        if path.startswith("/v1/experts/"):
            concrete = path.replace("{slug}", "askar-nursha")
        if path.startswith("/v1/articles/"):
            concrete = path.replace(
                "{slug}", "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
            )
        found += [(concrete, p["name"]) for p in get.get("parameters", []) if p["in"] == "query"]
    return found


def test_every_query_parameter_is_checked(client: TestClient) -> None:
    names = {name for _, name in _query_parameters(client)}
    assert {"q", "expert", "topic", "kind", "article", "cursor", "limit", "source"} <= names


def test_an_empty_value_is_422_naming_it_on_every_parameter(client: TestClient) -> None:
    checked = 0
    for path, name in _query_parameters(client):
        for query in (f"{name}=", name):
            body = _problem(client.get(f"{path}?{query}"), 422)
            assert body["errors"][0]["loc"] == ["query", name], (path, query)
            assert body["errors"][0]["type"] == "empty_value"
            checked += 1
    assert checked > 40


def test_an_empty_value_beside_real_ones_is_still_refused(client: TestClient) -> None:
    body = _problem(client.get("/v1/statements?topic=stabilization&topic="), 422)
    assert body["errors"][0]["loc"] == ["query", "topic"]
    assert client.get("/v1/statements?topic=stabilization").json()["total"] > 0


# The index


@pytest.mark.parametrize("path", ["/", "/v1"])
def test_the_index_links_to_resources_that_answer(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Commentariat"
    links = body["links"]
    assert links[0] == {**links[0], "rel": "self", "href": path}
    for link in links:
        assert client.get(link["href"]).status_code == 200, link
    if path == "/v1":
        rels = {link["rel"] for link in links}
        assert {"statements", "experts", "articles", "topics", "stats-timeline"} <= rels
