from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

EXPERTS = {
    "stanislav-pritchin": (
        "Stanislav Pritchin",
        "researcher",
        "Center for the Study of Central Asia and the Caucasus",
    ),
    "askar-nursha": (
        "Askar Nursha",
        "head",
        "Center for International Studies of the Institute of World Economy and Politics "
        "under the Foundation of the First President of the Republic of Kazakhstan",
    ),
    "chingiz-lepsibaev": ("Chingiz Lepsibaev", "President", "Eurasian Expert Council"),
}


def test_lists_three_experts_and_two_officials(client: TestClient) -> None:
    everyone = client.get("/v1/experts").json()
    assert everyone["total"] == 5
    experts = client.get("/v1/experts", params={"kind": "expert"}).json()
    assert {e["slug"] for e in experts["items"]} == set(EXPERTS)
    officials = client.get("/v1/experts", params={"kind": "official"}).json()
    assert {e["slug"] for e in officials["items"]} == {"kassym-zhomart-tokayev", "vladimir-putin"}
    names = [e["name"] for e in everyone["items"]]
    assert names == sorted(names)


@pytest.mark.parametrize("slug", sorted(EXPERTS))
def test_expert_roles_and_organisations(client: TestClient, slug: str) -> None:
    body = client.get(f"/v1/experts/{slug}").json()
    assert (body["name"], body["role"], body["organization"]) == EXPERTS[slug]
    assert body["kind"] == "expert"


def test_expert_detail_counts(client: TestClient) -> None:
    response = client.get("/v1/experts/askar-nursha")
    assert response.status_code == 200
    body = response.json()
    assert body["statement_count"] == 3
    assert body["last_said_on"] == "2022-01-11"
    assert body["topics"]
    statements = client.get("/v1/statements", params={"expert": "askar-nursha"}).json()["items"]
    for topic in body["topics"]:
        direct = sum(1 for s in statements if topic["slug"] in {t["slug"] for t in s["topics"]})
        assert topic["count"] == direct
    counts = [t["count"] for t in body["topics"]]
    assert counts == sorted(counts, reverse=True)
    assert body["timeline"] == [{"month": "2022-01", "count": 3}]
    assert len(body["appearances"]) == 1
    assert body["appearances"][0]["role"] == "head"


def test_experts_paginate_without_loss(client: TestClient) -> None:
    seen, cursor = [], None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/v1/experts", params=params).json()
        seen += [e["slug"] for e in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 5


def test_unknown_expert_is_404_problem(client: TestClient) -> None:
    response = client.get("/v1/experts/no-such-person")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "no-such-person" in response.json()["detail"]


def test_bad_kind_is_422(client: TestClient) -> None:
    assert client.get("/v1/experts", params={"kind": "pundit"}).status_code == 422
