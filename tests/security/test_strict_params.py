"""Parameters accept what the OpenAPI document says and nothing looser (issue 14, D14)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.params import TOPIC_SLUG_MAX_LENGTH, TOPIC_SLUG_PATTERN

LOOSE_INTEGERS = ["+5", " 5", "5 ", "5.0", "5e0", "0x5", "1_0", "٥", "５", "five"]


def _problem(response: Any, *where: str) -> None:
    assert response.status_code == 422, (response.request.url, response.status_code)
    assert response.headers["content-type"] == "application/problem+json"
    for part in where:
        assert part in response.json()["detail"], (part, response.json()["detail"])


def _integer_parameters(client: TestClient) -> list[tuple[str, str]]:
    found = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            schemas = [parameter["schema"], *parameter["schema"].get("anyOf", [])]
            if any(s.get("type") == "integer" for s in schemas):
                found.append((path, parameter["name"]))
    return found


@pytest.mark.parametrize("value", LOOSE_INTEGERS)
def test_an_integer_written_any_other_way_than_digits_is_422_everywhere(
    client: TestClient, value: str
) -> None:
    parameters = _integer_parameters(client)
    assert ("/v1/statements/{statement_id}", "statement_id") in parameters
    assert ("/v1/statements", "facet_size") in parameters
    for path, name in parameters:
        if f"{{{name}}}" in path:
            response = client.get(path.replace(f"{{{name}}}", value))
        else:
            response = client.get(path.replace("{slug}", "askar-nursha"), params={name: value})
        _problem(response, name)


def test_the_issue_reproductions_are_422(client: TestClient) -> None:
    _problem(client.get("/v1/statements?limit=%2B5"), "limit")
    _problem(client.get("/v1/statements/1.0"), "statement_id")
    _problem(client.get("/v1/experts", params={"topic": "-1.07e+144"}), "topic")
    _problem(client.get("/v1/topics/" + "a" * 10_000), "slug")
    _problem(client.get("/v1/experts", params={"topic": "a" * 10_000}), "topic")


def test_plain_digits_are_still_integers(client: TestClient) -> None:
    assert client.get("/v1/statements?limit=5&facet=kind&facet_size=2").status_code == 200
    assert client.get("/v1/statements/1").status_code == 200
    # a negative number is a number, refused by its range
    _problem(client.get("/v1/statements?limit=-5"), "greater than or equal")


LISTS = ["/v1/statements", "/v1/experts", "/v1/articles"]
TOPIC_LISTS = [
    *LISTS,
    *[f"{path}.{export}" for path in LISTS for export in ("csv", "ndjson")],
    "/v1/stats/timeline",
]
NOT_SLUGS = [
    "-1.07e+144",
    "a" * (TOPIC_SLUG_MAX_LENGTH + 1),
    "a" * 10_000,
    "Stabilization",
    "stabil ization",
    "stabilization-",
    "-stabilization",
    "stabi--lization",
    "stabilisation\u00e9",
    "",
]


@pytest.mark.parametrize("path", TOPIC_LISTS)
def test_a_topic_that_cannot_be_a_slug_is_422_naming_it(client: TestClient, path: str) -> None:
    for value in NOT_SLUGS:
        _problem(client.get(path, params={"topic": value}), "topic")
        # the second of two topics too
        _problem(client.get(path, params={"topic": ["stabilization", value]}), "topic")
    assert client.get(path, params={"topic": "stabilization"}).status_code == 200
    assert client.get(path, params={"topic": "a" * TOPIC_SLUG_MAX_LENGTH}).status_code == 200


def test_a_topic_path_that_cannot_be_a_slug_is_422(client: TestClient) -> None:
    for value in NOT_SLUGS[:-1]:
        _problem(client.get(f"/v1/topics/{value}"), "slug")
    assert client.get("/v1/topics/stabilization").status_code == 200
    assert client.get("/v1/topics/no-such-topic").status_code == 404


def test_the_document_declares_the_slug_pattern_and_length(client: TestClient) -> None:
    declared = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["name"] not in ("topic", "slug") or (
                parameter["name"] == "slug" and not path.startswith("/v1/topics")
            ):
                continue
            schemas = [parameter["schema"], *parameter["schema"].get("anyOf", [])]
            strings = [s.get("items", s) for s in schemas if s.get("type") in ("array", "string")]
            assert strings, (path, parameter["name"])
            for schema in strings:
                assert schema["pattern"] == TOPIC_SLUG_PATTERN, path
                assert schema["maxLength"] == TOPIC_SLUG_MAX_LENGTH, path
            declared.append(path)
    assert sorted(declared) == sorted([*TOPIC_LISTS, "/v1/topics/{slug}"])
