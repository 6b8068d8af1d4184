"""The OpenAPI document declares what the service does (issue 11): named shared enums,
headers, 304, 405, 400/415, one correct example per error status, security, servers,
tags, licence, contact and the concepts."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient

from app.document import NAMED_ENUMS
from app.statements.schemas import Facet, FacetCounts

HTTP_METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    body: dict[str, Any] = client.get("/openapi.json").json()
    return body


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = document["components"][section][name]
    return node


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def test_each_closed_value_set_is_one_named_component(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    value_sets = {frozenset(enum.values): name for name, enum in NAMED_ENUMS.items()}
    for name, enum in NAMED_ENUMS.items():
        component = schemas[name]
        assert component["enum"] == list(enum.values)
        assert len(component["x-enum-varnames"]) == len(enum.values)
        assert all(v.isidentifier() and v.isupper() for v in component["x-enum-varnames"])
    assert schemas["StatementSort"]["x-enum-varnames"] == ["SAID_ON", "SAID_ON_DESC", "RELEVANCE"]
    # No inline copy anywhere else: every use is a $ref to the one component.
    for name, schema in schemas.items():
        for node in _walk(schema):
            if "enum" in node and name not in NAMED_ENUMS:
                assert frozenset(node["enum"]) not in value_sets, (name, node)
    for path, method, operation in _operations(document):
        for node in _walk(operation):
            if "enum" in node:
                assert frozenset(node["enum"]) not in value_sets, (method, path, node)
    uses = str(document).count("'#/components/schemas/StatementKind'")
    assert uses >= 4  # statement summaries, previews, the list filter, the timeline filter


def test_facets_are_typed_by_name(document: dict[str, Any]) -> None:
    assert set(FacetCounts.model_fields) == set(get_args(Facet))
    page = document["components"]["schemas"]["StatementPage"]
    refs = [node["$ref"] for node in _walk(page["properties"]["facets"]) if "$ref" in node]
    assert refs == ["#/components/schemas/FacetCounts"]
    facets = document["components"]["schemas"]["FacetCounts"]["properties"]
    assert set(facets) == set(get_args(Facet))


def test_public_operations_need_no_key_and_writes_the_bearer_scheme(
    document: dict[str, Any],
) -> None:
    schemes = document["components"]["securitySchemes"]
    assert schemes["ApiKey"] == {**schemes["ApiKey"], "type": "http", "scheme": "bearer"}
    for path, method, operation in _operations(document):
        if method == "get":
            assert operation["security"] == [], (method, path)
        else:
            assert operation["security"] == [{"ApiKey": []}], (method, path)


def test_cacheable_gets_declare_etag_cache_control_304_and_if_none_match(
    document: dict[str, Any],
) -> None:
    for path, method, operation in _operations(document):
        if method != "get" or not path.startswith("/v1/"):
            continue
        ok = _resolve(document, operation["responses"]["200"])
        assert {"ETag", "Cache-Control", "Vary"} <= set(ok["headers"]), path
        not_modified = _resolve(document, operation["responses"]["304"])
        assert "content" not in not_modified
        assert {"ETag", "Cache-Control"} <= set(not_modified["headers"])
        names = {p.get("name") for p in operation["parameters"]}
        assert "If-None-Match" in names, path


def test_lists_declare_link_and_exports_content_disposition(document: dict[str, Any]) -> None:
    for path in ("/v1/statements", "/v1/experts", "/v1/articles", "/v1/topics"):
        ok = document["paths"][path]["get"]["responses"]["200"]
        assert "Link" in ok["headers"], path
    for path in ("/v1/statements", "/v1/experts", "/v1/articles"):
        responses = document["paths"][path]["get"]["responses"]
        assert set(responses["200"]["content"]) == {"application/json"}, path
        assert "Content-Disposition" not in responses["200"]["headers"], path
        assert "Location" in responses["307"]["headers"], path
        (format_parameter,) = [
            p for p in document["paths"][path]["get"]["parameters"] if p["name"] == "format"
        ]
        assert format_parameter["deprecated"] is True
        for export, media in (("csv", "text/csv"), ("ndjson", "application/x-ndjson")):
            ok = document["paths"][f"{path}.{export}"]["get"]["responses"]["200"]
            assert set(ok["content"]) == {media}, (path, export)
            assert "Content-Disposition" in ok["headers"], (path, export)


def test_writes_declare_location_and_rate_limit_headers(document: dict[str, Any]) -> None:
    create = document["paths"]["/v1/articles"]["post"]["responses"]
    for status in ("200", "201"):
        headers = create[status]["headers"]
        assert {"Location", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"} <= set(
            headers
        )
    for _path, method, operation in _operations(document):
        if method == "get":
            continue
        too_many = _resolve(document, operation["responses"]["429"])
        assert {"Retry-After", "RateLimit-Limit", "RateLimit-Reset"} <= set(too_many["headers"])
        unavailable = _resolve(document, operation["responses"]["503"])
        assert "Retry-After" in unavailable["headers"]


def test_every_operation_declares_405_and_json_bodies_400_and_415(
    document: dict[str, Any],
) -> None:
    for path, method, operation in _operations(document):
        not_allowed = _resolve(document, operation["responses"]["405"])
        assert "Allow" in not_allowed["headers"], (method, path)
        if "requestBody" in operation:
            assert {"400", "415"} <= set(operation["responses"]), (method, path)


def test_each_error_example_is_the_document_of_its_own_status(document: dict[str, Any]) -> None:
    seen = set()
    for path, method, operation in _operations(document):
        for status, response in operation["responses"].items():
            if not status.startswith(("4", "5")):
                continue
            content = _resolve(document, response)["content"]
            assert set(content) == {"application/problem+json"}, (method, path, status)
            example = content["application/problem+json"]["example"]
            assert example["status"] == int(status), (method, path, status)
            assert example["title"] != "Not Found" or status == "404"
            seen.add(int(status))
    assert {400, 401, 404, 405, 413, 415, 422, 429, 503} <= seen


def test_422_examples_name_an_input_of_their_operation(document: dict[str, Any]) -> None:
    for path, method, operation in _operations(document):
        example = operation["responses"]["422"]["content"]["application/problem+json"]["example"]
        where, name = example["errors"][0]["loc"][:2]
        if where in ("query", "path"):
            names = {p["name"] for p in operation.get("parameters", []) if p["in"] == where}
            assert name in names or name == "limt", (method, path, name)  # limt: unknown
        else:
            assert where == "body"
            assert "requestBody" in operation


def test_query_parameters_have_no_null_and_refuse_empty_values(document: dict[str, Any]) -> None:
    for path, _method, operation in _operations(document):
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            schema = parameter["schema"]
            assert {"type": "null"} not in schema.get("anyOf", []), (path, parameter["name"])
            target = _resolve(document, schema.get("items", schema))
            if target.get("type") == "string" and not {"enum", "format"} & target.keys():
                assert target.get("minLength", 0) >= 1, (path, parameter["name"])
            if schema.get("type") == "array" and "examples" in schema:
                assert all(isinstance(e, list) for e in schema["examples"]), parameter["name"]


def test_info_servers_tags_and_concepts(document: dict[str, Any]) -> None:
    info = document["info"]
    assert info["license"]["name"]
    assert info["contact"]["url"]
    assert document["servers"]
    assert document["servers"][0]["url"] == "/"  # the origin that served the document
    tags = {tag["name"]: tag for tag in document["tags"]}
    assert all(tag["description"] for tag in tags.values())
    for path, method, operation in _operations(document):
        assert set(operation["tags"]) <= set(tags), (method, path)
    description = info["description"]
    for concept in ("`expert`", "`official`", "`quote`", "`paraphrase`", "`said_on`",
                    "`published_on`", "Unicode code points", "An empty value"):  # fmt: skip
        assert concept in description, concept


def test_error_examples_have_the_type_and_title_the_service_sends(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    document = write_client.get("/openapi.json").json()
    create = document["paths"]["/v1/articles"]["post"]["responses"]
    expert = document["paths"]["/v1/experts/{slug}"]["get"]["responses"]
    sent = {
        "400": (create, write_client.post(
            "/v1/articles", content=b"x", headers={**auth, "Content-Type": "application/json"}
        )),
        "401": (create, write_client.post("/v1/articles", json={})),
        "404": (expert, write_client.get("/v1/experts/nobody")),
        "405": (create, write_client.put("/v1/articles")),
        "415": (create, write_client.post(
            "/v1/articles", content=b"{}", headers={**auth, "Content-Type": "text/plain"}
        )),
        "422": (expert, write_client.get("/v1/experts/" + "x" * 201)),
    }  # fmt: skip
    for status, (responses, response) in sent.items():
        example = _resolve(document, responses[status])["content"]["application/problem+json"]
        body = response.json()
        assert response.status_code == int(status), (status, body)
        for field in ("type", "title", "status"):
            assert example["example"][field] == body[field], (status, field)
        if status == "422":
            assert example["example"]["errors"][0]["loc"] == body["errors"][0]["loc"]
        if status in ("400", "405", "415"):
            assert example["example"]["detail"] == body["detail"], status


def test_statements_document_offsets_context_and_source(document: dict[str, Any]) -> None:
    description = document["info"]["description"]
    assert "Unicode code points" in description
    assert "span_utf16" in description
    schemas = document["components"]["schemas"]
    summary = schemas["StatementSummary"]
    assert {"span", "span_utf16", "article"} <= set(summary["required"])
    assert "context" not in summary["required"]  # only with include=context
    assert "UTF-16" in summary["properties"]["span_utf16"]["description"]
    article = _resolve(document, summary["properties"]["article"])
    assert {"source", "url"} <= set(article["required"])
    assert set(schemas["StatementContext"]["properties"]) == {"before", "after", "attribution"}
    assert schemas["StatementInclude"]["enum"] == ["context"]
    for path in ("/v1/statements", "/v1/statements/{statement_id}", "/v1/statements.csv"):
        parameters = {p["name"]: p for p in document["paths"][path]["get"]["parameters"]}
        include = parameters["include"]["schema"]
        assert include["$ref"] == "#/components/schemas/StatementInclude", path
