"""API keys: hashed at rest, constant-time, never in the URL, required on every write
route, and rate limited per key."""

from __future__ import annotations

import hashlib
import inspect
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.core.config import Settings
from app.core.ratelimit import RateLimiter
from app.keys import repository
from app.main import create_app
from tests.conftest import Store

ARTICLE = {
    "text": "Rates\n\nMaria Lopez, chief economist at Banco Ejemplo, says:\n\n– Rates will rise.",
    "published_on": "2024-05-14",
}


def _write_operations(client: TestClient) -> list[tuple[str, str]]:
    document = client.get("/openapi.json").json()
    return [
        (
            method.upper(),
            path.replace("{slug}", "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"),
        )
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if method in ("post", "put", "patch", "delete")
    ]


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        articles = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        statements = conn.execute(text("SELECT count(*) FROM statements")).scalar_one()
    return articles, statements


@pytest.mark.committed  # reads the key table on a connection of its own
def test_keys_are_stored_only_as_sha256(store: Store) -> None:
    key = store.create_key("at-rest")
    with store.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT * FROM api_keys"))]
    dump = repr(rows)
    assert key not in dump
    assert key[4:] not in dump
    assert hashlib.sha256(key.encode()).hexdigest() in dump


def test_keys_are_compared_in_constant_time() -> None:
    assert "hmac.compare_digest" in inspect.getsource(repository.authenticate)


def test_every_write_route_refuses_missing_unknown_and_revoked_keys(
    write_client: TestClient, store: Store
) -> None:
    revoked = store.create_key("revoked")
    store.revoke_key("revoked")
    operations = _write_operations(write_client)
    assert {m for m, _ in operations} == {"POST", "DELETE"}
    before = _counts(store)
    for method, path in operations:
        for headers in (
            {},
            {"Authorization": "Bearer cmt_not-a-key"},
            {"Authorization": f"Bearer {revoked}"},
            {"Authorization": f"Basic {revoked}"},
            {"Authorization": revoked},
            {"X-API-Key": revoked},
        ):
            response = write_client.request(method, path, json=ARTICLE, headers=headers)
            assert response.status_code == 401, (method, path, headers)
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.headers["content-type"] == "application/problem+json"
    assert _counts(store) == before, "a refused write changed the store"


@pytest.mark.parametrize("name", ["api_key", "key", "token", "access_token", "API_KEY"])
def test_a_key_in_the_query_string_is_refused(
    write_client: TestClient, store: Store, api_key: str, name: str
) -> None:
    before = _counts(store)
    for method, path in _write_operations(write_client):
        alone = write_client.request(method, path, params={name: api_key}, json=ARTICLE)
        assert alone.status_code == 401, (method, path)
        assert "URL" in alone.json()["detail"]
        both = write_client.request(
            method,
            path,
            params={name: api_key},
            json=ARTICLE,
            headers={"Authorization": f"Bearer {api_key}"},
        )
        assert both.status_code == 401, (method, path)
    assert _counts(store) == before


# Rate limit


def _limited_client(store: Store, **settings: Any) -> TestClient:
    return TestClient(
        create_app(Settings(database_url=store.settings.database_url, **settings)),
        raise_server_exceptions=False,
    )


def test_writes_over_the_limit_get_429_with_retry_after(store: Store) -> None:
    client = _limited_client(store, write_rate_limit=3)
    first = {"Authorization": f"Bearer {store.create_key('first')}"}
    other = {"Authorization": f"Bearer {store.create_key('other')}"}
    answers = [client.post("/v1/articles/preview", json=ARTICLE, headers=first) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    limited = answers[-1]
    assert limited.headers["content-type"] == "application/problem+json"
    assert 1 <= int(limited.headers["retry-after"]) <= 20
    assert "3 requests a minute" in limited.json()["detail"]
    # Every write route counts, and each key has its own bucket.
    assert client.post("/v1/articles", json=ARTICLE, headers=first).status_code == 429
    assert client.post("/v1/articles/preview", json=ARTICLE, headers=other).status_code == 200
    # Reads are never limited.
    assert all(client.get("/v1/topics").status_code == 200 for _ in range(10))


def test_the_limit_is_configurable_per_key(store: Store) -> None:
    client = _limited_client(store, write_rate_limit=1, write_rate_limits={"bulk": 5})
    bulk = {"Authorization": f"Bearer {store.create_key('bulk')}"}
    codes = [
        client.post("/v1/articles/preview", json=ARTICLE, headers=bulk).status_code
        for _ in range(6)
    ]
    assert codes == [200] * 5 + [429]


def test_default_limit_is_60_a_minute() -> None:
    assert Settings().write_rate_limit == 60


def test_token_bucket_refills_at_the_configured_rate() -> None:
    now = [1000.0]
    limiter = RateLimiter(60, clock=lambda: now[0])
    assert all(limiter.acquire("k") is None for _ in range(60))
    wait = limiter.acquire("k")
    assert wait == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.acquire("k") is None
    assert limiter.acquire("k") == pytest.approx(1.0)
    now[0] += 120
    assert all(limiter.acquire("k") is None for _ in range(60)), "a burst of the full limit"
    assert limiter.acquire("k") is not None
    assert RateLimiter(0).acquire("k") is None, "0 turns the limit off"
