"""Topic counts agree with the statements they summarise."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_list_counts_match_statements(client: TestClient) -> None:
    topics = client.get("/v1/topics", params={"limit": 100}).json()["items"]
    assert topics
    for topic in topics:
        said = client.get("/v1/statements", params={"topic": topic["slug"], "limit": 100}).json()[
            "items"
        ]
        assert topic["statement_count"] == len(said)
        assert topic["expert_count"] == len({s["expert"]["slug"] for s in said if s["expert"]})


def test_detail_lists_top_experts_most_first(client: TestClient) -> None:
    body = client.get("/v1/topics/peacekeeping-mission").json()
    top = body["top_experts"]
    assert top
    counts = [e["count"] for e in top]
    assert counts == sorted(counts, reverse=True)
    for expert in top:
        said = client.get(
            "/v1/statements",
            params={"topic": "peacekeeping-mission", "expert": expert["slug"]},
        ).json()
        assert expert["count"] == said["total"]
