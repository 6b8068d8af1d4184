"""The authenticated write path: ingest, idempotency, preview, delete."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Store

ARTICLE = """Central bank surprises markets

Analysts were caught off guard on Tuesday.

Maria Lopez, chief economist at Banco Ejemplo, says:

– The decision shows the bank is worried about inflation expectations, not growth.

Source: example.com
"""


def _body(text: str = ARTICLE, **extra: Any) -> dict[str, Any]:
    return {"text": text, "published_on": "2024-05-14", **extra}


def test_writes_need_a_bearer_key(write_client: TestClient, api_key: str) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        response = write_client.post("/v1/articles", json=_body(), headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"].startswith("Bearer")
    response = write_client.post(
        "/v1/articles",
        json=_body(),
        headers={"Authorization": f"Bearer {api_key}"},
    )
    assert response.status_code == 201


def test_revoked_key_is_refused(write_client: TestClient, store: Store) -> None:

    key = store.create_key("soon-revoked")
    headers = {"Authorization": f"Bearer {key}"}
    assert (
        write_client.post("/v1/articles/preview", json=_body(), headers=headers).status_code == 200
    )
    store.revoke_key("soon-revoked")
    response = write_client.post("/v1/articles/preview", json=_body(), headers=headers)
    assert response.status_code == 401


def test_key_in_query_string_is_rejected(write_client: TestClient, api_key: str) -> None:
    response = write_client.post(f"/v1/articles?api_key={api_key}", json=_body())
    assert response.status_code == 401
    response = write_client.post(
        f"/v1/articles?key={api_key}", json=_body(), headers={"Authorization": f"Bearer {api_key}"}
    )
    assert response.status_code == 401


def test_ingest_then_same_text_is_idempotent(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    first = write_client.post("/v1/articles", json=_body(source="Example Wire"), headers=auth)
    assert first.status_code == 201, first.text
    body = first.json()
    assert first.headers["location"] == f"/v1/articles/{body['slug']}"
    assert body["text"] == ARTICLE
    assert body["source"] == "Example Wire"
    assert len(body["statements"]) == 1
    statement = body["statements"][0]
    assert statement["expert"]["slug"] == "maria-lopez"
    assert ARTICLE[statement["span"]["start"] : statement["span"]["end"]] == statement["text"]
    assert write_client.get(first.headers["location"]).status_code == 200

    again = write_client.post("/v1/articles", json=_body(), headers=auth)
    assert again.status_code == 200
    assert again.json()["slug"] == body["slug"]
    assert write_client.get("/v1/articles").json()["total"] == 2


@pytest.mark.committed  # two writers at once, each on a connection of its own
def test_two_identical_concurrent_posts_store_one_article(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    def post(_: int) -> int:
        return write_client.post("/v1/articles", json=_body(), headers=auth).status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(post, range(2)))
    assert statuses == [200, 201]
    assert write_client.get("/v1/articles").json()["total"] == 2


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (_body(text=""), "text"),
        (_body(text="   \n\t "), "empty"),
        (_body(colour="red"), "colour"),
        ({"text": ARTICLE}, "published_on"),
        (_body(published_on="2024-02-30"), "published_on"),
    ],
)
def test_bad_bodies_get_422_naming_the_field(
    write_client: TestClient, auth: dict[str, str], body: dict[str, Any], needle: str
) -> None:
    response = write_client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert needle in response.json()["detail"]


def test_text_over_one_mebibyte_is_413(write_client: TestClient, auth: dict[str, str]) -> None:
    text = "Title\n\n" + "x" * (1024 * 1024)
    response = write_client.post("/v1/articles", json=_body(text=text), headers=auth)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_article_without_statements_is_stored_with_warnings(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    response = write_client.post(
        "/v1/articles", json=_body(text="Weather\n\nIt rained all day.\n"), headers=auth
    )
    assert response.status_code == 201
    body = response.json()
    assert body["statements"] == []
    assert body["warnings"]


def test_preview_stores_nothing(write_client: TestClient, auth: dict[str, str]) -> None:
    before = write_client.get("/v1/statements").json()["total"]
    response = write_client.post("/v1/articles/preview", json=_body(), headers=auth)
    assert response.status_code == 200
    preview = response.json()
    assert preview["already_stored_as"] is None
    assert [s["expert"]["name"] for s in preview["statements"]] == ["Maria Lopez"]
    assert preview["experts"][0]["organization"] == "Banco Ejemplo"
    assert write_client.get("/v1/statements").json()["total"] == before
    assert write_client.get("/v1/experts/maria-lopez").status_code == 404


def test_delete_then_reingest(write_client: TestClient, auth: dict[str, str]) -> None:
    slug = write_client.post("/v1/articles", json=_body(), headers=auth).json()["slug"]
    assert write_client.delete(f"/v1/articles/{slug}").status_code == 401
    response = write_client.delete(f"/v1/articles/{slug}", headers=auth)
    assert response.status_code == 204
    assert write_client.get(f"/v1/articles/{slug}").status_code == 404
    assert write_client.get("/v1/statements", params={"expert": "maria-lopez"}).json()["total"] == 0
    expert = write_client.get("/v1/experts/maria-lopez")
    assert expert.status_code == 200
    assert expert.json()["statement_count"] == 0
    assert write_client.delete(f"/v1/articles/{slug}", headers=auth).status_code == 404

    fixed = ARTICLE.replace("not growth", "not about growth")
    again = write_client.post("/v1/articles", json=_body(text=fixed), headers=auth)
    assert again.status_code == 201
    assert "not about growth" in again.json()["statements"][0]["text"]
    assert write_client.get("/v1/experts/maria-lopez").json()["statement_count"] == 1


def test_the_same_person_across_articles_is_one_expert(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    later = """Inflation cools

Dr. Maria E. Lopez, head of research at Fondo Sur, said:

– We expect the next move to be a cut.
"""
    write_client.post("/v1/articles", json=_body(), headers=auth)
    response = write_client.post(
        "/v1/articles", json={"text": later, "published_on": "2024-09-01"}, headers=auth
    )
    assert response.status_code == 201, response.text
    assert response.json()["statements"][0]["expert"]["slug"] == "maria-lopez"
    expert = write_client.get("/v1/experts/maria-lopez").json()
    assert expert["statement_count"] == 2
    assert (expert["role"], expert["organization"]) == ("head of research", "Fondo Sur")
    assert [(a["role"], a["organization"]) for a in expert["appearances"]] == [
        ("head of research", "Fondo Sur"),
        ("chief economist", "Banco Ejemplo"),
    ]
