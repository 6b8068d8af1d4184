"""The expert detail is built from rows, not from its model: it must still be exactly the
document its declared response model describes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.experts.schemas import ExpertDetail


def test_every_expert_detail_is_exactly_its_declared_model(client: TestClient) -> None:
    slugs = [e["slug"] for e in client.get("/v1/experts", params={"limit": 100}).json()["items"]]
    assert len(slugs) == 5
    for slug in slugs:
        body = client.get(f"/v1/experts/{slug}").json()
        assert ExpertDetail.model_validate(body).model_dump(mode="json") == body
