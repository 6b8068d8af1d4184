from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app


def test_health_ok(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_health_is_503_when_the_database_does_not_answer() -> None:
    settings = Settings(database_url="postgresql+psycopg://postgres@127.0.0.1:1/nothing")
    with TestClient(create_app(settings)) as unreachable:
        response = unreachable.get("/health")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 503
