"""The OpenAPI document declares every query parameter of the analyst endpoints, with
enums where the values are closed, and examples that work against the seed."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

LISTS = ["/v1/statements", "/v1/experts", "/v1/articles", "/v1/stats/timeline"]
ENUMS = {
    "/v1/statements": {"sort", "kind", "facet", "format"},
    "/v1/experts": {"sort", "kind", "format"},
    "/v1/articles": {"sort", "format"},
    "/v1/stats/timeline": {"interval", "kind"},
}
DECLARED = {
    "/v1/statements": {
        "q", "expert", "topic", "kind", "article", "from", "to", "month", "sort", "facet",
        "facet_size", "format", "limit", "cursor",
    },
    "/v1/experts": {"q", "topic", "organization", "kind", "sort", "format", "limit", "cursor"},
    "/v1/articles": {
        "q", "from", "to", "source", "expert", "topic", "sort", "format", "limit", "cursor",
    },
    "/v1/stats/timeline": {
        "interval", "q", "expert", "topic", "kind", "article", "from", "to", "month",
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    body: dict[str, Any] = client.get("/openapi.json").json()
    return body


def _parameters(document: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    parameters = document["paths"][path]["get"]["parameters"]
    return {p["name"]: p for p in parameters if p["in"] == "query"}


def _enum(schema: dict[str, Any], components: dict[str, Any]) -> list[Any] | None:
    if "$ref" in schema:  # a named, shared enum
        return _enum(components[schema["$ref"].rsplit("/", 1)[1]], components)
    if "enum" in schema:
        return list(schema["enum"])
    for option in schema.get("anyOf", []):
        found = _enum(option, components)
        if found:
            return found
    if "items" in schema:
        return _enum(schema["items"], components)
    return None


def _example(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    examples = parameter.get("examples")
    if isinstance(examples, dict):
        return next(iter(examples.values()))["value"]
    schema = parameter["schema"]
    if "examples" in schema:
        return schema["examples"][0]
    return schema.get("example")


@pytest.mark.parametrize("path", LISTS)
def test_every_query_parameter_is_declared(document: dict[str, Any], path: str) -> None:
    assert set(_parameters(document, path)) >= DECLARED[path]


@pytest.mark.parametrize("path", LISTS)
def test_closed_parameters_have_enums(document: dict[str, Any], path: str) -> None:
    parameters = _parameters(document, path)
    components = document["components"]["schemas"]
    for name in ENUMS[path]:
        assert _enum(parameters[name]["schema"], components), (path, name)
    if path == "/v1/statements":
        assert set(_enum(parameters["facet"]["schema"], components) or []) == {
            "expert", "topic", "kind", "article", "month", "source", "organization"
        }  # fmt: skip
        assert set(_enum(parameters["format"]["schema"], components) or []) == {
            "json", "csv", "ndjson"
        }  # fmt: skip
        assert set(_enum(parameters["sort"]["schema"], components) or []) == {
            "said_on", "-said_on", "relevance"
        }  # fmt: skip


@pytest.mark.parametrize("path", LISTS)
def test_each_example_works_against_the_seed(
    client: TestClient, document: dict[str, Any], path: str
) -> None:
    for name, parameter in _parameters(document, path).items():
        example = _example(parameter)
        if example is None:
            assert name == "cursor", f"{path} {name} has no example"
            continue
        response = client.get(path, params={name: example})
        assert response.status_code == 200, (name, example, response.text)
        if response.headers["content-type"] != "application/json":
            continue
        body = response.json()
        found = body["total"] if isinstance(body, dict) else len(body)
        assert found > 0, f"{path}?{name}={example} finds nothing in the seed"
