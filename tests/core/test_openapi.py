"""The OpenAPI document is what analysts read: it must describe every part of the API."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def _schema(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_every_operation_has_summary_description_and_problem_responses(client: TestClient) -> None:
    document = _schema(client)
    paths = document["paths"]
    shared = document["components"]["responses"]
    assert "/v1/statements" in paths
    for path, operations in paths.items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation.get("description"), f"{method} {path} has no description"
            assert operation.get("operationId"), f"{method} {path} has no operationId"
            for status, response in operation["responses"].items():
                if "$ref" in response:  # a response shared by every operation
                    response = shared[response["$ref"].rsplit("/", 1)[1]]
                if status.startswith(("4", "5")):
                    assert "application/problem+json" in response["content"], (path, status)


def test_every_field_has_a_description_and_an_example(client: TestClient) -> None:
    schemas = _schema(client)["components"]["schemas"]
    missing = []
    for name, schema in schemas.items():
        if name in {"HTTPValidationError", "ValidationError"}:
            continue
        for field, spec in schema.get("properties", {}).items():
            if "description" not in spec:
                missing.append(f"{name}.{field}: description")
            has_example = "examples" in spec or "example" in spec
            nested = (
                "$ref" in spec
                or spec.get("type") == "array"
                or ("anyOf" in spec and any("$ref" in option for option in spec["anyOf"]))
            )
            if not has_example and not nested:
                missing.append(f"{name}.{field}: example")
    assert not missing, missing


def test_every_query_parameter_is_described(client: TestClient) -> None:
    for path, operations in _schema(client)["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                assert parameter.get("description"), (path, parameter["name"])
