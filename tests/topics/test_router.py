from __future__ import annotations

from fastapi.testclient import TestClient


def test_topics_list_counts_match_statement_filter(client: TestClient) -> None:
    body = client.get("/v1/topics", params={"limit": 100}).json()
    assert body["total"] >= 9
    used = [t for t in body["items"] if t["statement_count"] > 0]
    assert len(used) >= 5
    for topic in used:
        statements = client.get(
            "/v1/statements", params={"topic": topic["slug"], "limit": 100}
        ).json()
        assert statements["total"] == topic["statement_count"]
        speakers = {s["expert"]["slug"] for s in statements["items"] if s["expert"]}
        assert topic["expert_count"] == len(speakers)


def test_topic_detail(client: TestClient) -> None:
    response = client.get("/v1/topics/stabilization")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Stabilisation"
    assert "stabili*" in body["terms"]
    assert body["top_experts"]
    counts = [e["count"] for e in body["top_experts"]]
    assert counts == sorted(counts, reverse=True)


def test_unknown_topic_is_404(client: TestClient) -> None:
    assert client.get("/v1/topics/astrology").status_code == 404
