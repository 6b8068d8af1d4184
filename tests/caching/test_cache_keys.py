"""A cached answer is replayed only to a request for the same URL: scheme and host included
(issue 14, D9). The ``Link`` header holds an absolute URL, so an answer cached for
``https://`` must not reach a plain-``http://`` client, nor one host's for another.

The app runs behind uvicorn's ``ProxyHeadersMiddleware``, as ``commentariat serve`` runs it
(``proxy_headers=True``): ``X-Forwarded-Proto`` from a trusted proxy sets the scheme.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app.core.caching import HttpCacheMiddleware
from app.core.config import Settings
from app.main import create_app
from tests.conftest import Store

PAGE = "/v1/topics?limit=1"


@pytest.fixture
def proxied(seeded_store: Store) -> Iterator[tuple[TestClient, HttpCacheMiddleware]]:
    # a long ttl: every request below is served under one data version
    settings = Settings(
        database_url=seeded_store.settings.database_url, data_version_ttl_seconds=60
    )
    app = create_app(settings)
    with TestClient(ProxyHeadersMiddleware(app, trusted_hosts="*")) as client:  # type: ignore[arg-type]
        stack: Any = app.middleware_stack
        while not isinstance(stack, HttpCacheMiddleware):
            stack = stack.app
        yield client, stack


def _link(client: TestClient, **headers: str) -> str:
    response = client.get(PAGE, headers=headers)
    assert response.status_code == 200
    return str(response.headers["link"])


def test_an_https_answer_is_not_replayed_to_http(
    proxied: tuple[TestClient, HttpCacheMiddleware],
) -> None:
    client, cache = proxied
    assert _link(client, **{"X-Forwarded-Proto": "https"}).startswith("<https://testserver/")
    assert _link(client).startswith("<http://testserver/"), "the https answer leaked"
    hits = cache.hits
    assert _link(client, **{"X-Forwarded-Proto": "https"}).startswith("<https://testserver/")
    assert _link(client).startswith("<http://testserver/")
    assert cache.hits == hits + 2, "each scheme is still cached, under its own key"


def test_an_http_answer_is_not_replayed_to_https(
    proxied: tuple[TestClient, HttpCacheMiddleware],
) -> None:
    client, _ = proxied
    assert _link(client).startswith("<http://testserver/")
    assert _link(client, **{"X-Forwarded-Proto": "https"}).startswith("<https://testserver/")


def test_one_hosts_answer_is_not_replayed_to_another(
    proxied: tuple[TestClient, HttpCacheMiddleware],
) -> None:
    client, _ = proxied
    assert _link(client, Host="a.example.org").startswith("<http://a.example.org/")
    assert _link(client, Host="b.example.org").startswith("<http://b.example.org/")
    assert _link(client, Host="a.example.org:8443").startswith("<http://a.example.org:8443/")
