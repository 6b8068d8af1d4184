from __future__ import annotations

from fastapi.testclient import TestClient

SLUG = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


def test_article_list(client: TestClient) -> None:
    body = client.get("/v1/articles").json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["slug"] == SLUG
    assert item["title"] == "Rapid withdrawal of CSTO forces from Kazakhstan explained"
    assert item["published_on"] == "2022-01-11"
    assert item["source"] == "Moskovsky Komsomolets (mk.ru)"
    assert (item["language"], item["original_language"]) == ("en", "ru")
    assert item["statement_count"] == 8


def test_article_detail_keeps_the_exact_text(client: TestClient, seed_text: str) -> None:
    response = client.get(f"/v1/articles/{SLUG}")
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == seed_text
    assert body["subtitle"] == "This is a big reputational burden on Tokayev"
    assert len(body["experts"]) == 5
    assert [s["position"] for s in body["statements"]] == list(range(1, 9))
    for statement in body["statements"]:
        span = statement["span"]
        assert seed_text[span["start"] : span["end"]] == statement["text"]


def test_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/v1/articles/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
