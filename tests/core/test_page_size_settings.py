"""Page sizes come from the app's own settings, read per request: an app built with
``create_app(Settings(max_page_size=..., default_page_size=...))`` pages, refuses and
documents by those values, over HTTP, whatever the process's environment says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.conftest import Store

LISTS = ["/v1/statements", "/v1/experts", "/v1/articles", "/v1/topics"]
LONG_LISTS = ["/v1/statements", "/v1/experts", "/v1/topics"]  # the seed has one article


@pytest.fixture(scope="module")
def small_pages(seeded_store: Store) -> Iterator[TestClient]:
    settings = seeded_store.settings.model_copy(
        update={"max_page_size": 3, "default_page_size": 2, "response_cache_entries": 0}
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def _items(client: TestClient, path: str, **params: Any) -> list[Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


@pytest.mark.parametrize("path", LONG_LISTS)
def test_the_default_page_size_is_the_apps(small_pages: TestClient, path: str) -> None:
    assert len(_items(small_pages, path)) == 2
    assert len(_items(small_pages, path, limit=3)) == 3


@pytest.mark.parametrize("path", LISTS)
def test_a_limit_over_the_apps_maximum_is_a_422_naming_it(
    small_pages: TestClient, client: TestClient, path: str
) -> None:
    response = small_pages.get(path, params={"limit": 4})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert "limit" in problem["detail"]
    assert "less than or equal to 3" in problem["detail"]
    assert problem["errors"][0]["loc"] == ["query", "limit"]
    # the same request is fine for an app with the default maximum (100)
    assert client.get(path, params={"limit": 4}).status_code == 200


def test_expert_appearances_page_by_the_apps_sizes(small_pages: TestClient) -> None:
    slug = _items(small_pages, "/v1/experts")[0]["slug"]
    path = f"/v1/experts/{slug}/appearances"
    assert small_pages.get(path, params={"limit": 3}).status_code == 200
    assert small_pages.get(path, params={"limit": 4}).status_code == 422


def test_the_document_states_the_apps_page_sizes(
    small_pages: TestClient, client: TestClient
) -> None:
    for app_client, maximum, default in ((small_pages, 3, 2), (client, 100, 20)):
        document = app_client.get("/openapi.json").json()
        limits = [
            parameter
            for path_item in document["paths"].values()
            for operation in path_item.values()
            if isinstance(operation, dict)
            for parameter in operation.get("parameters", [])
            if parameter["in"] == "query" and parameter["name"] == "limit"
        ]
        assert len(limits) >= 5
        for parameter in limits:
            assert parameter["schema"]["maximum"] == maximum
            assert parameter["schema"]["default"] == default
            assert f"1 to {maximum}" in parameter["description"]
