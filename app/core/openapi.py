"""Make the OpenAPI document tell the truth about what the middleware enforces.

The middleware applies to every operation, so its rules are added here rather than
repeated on each route: strings (parameters and request bodies) never contain NUL
(``pattern``), ``q`` is at most ``MAX_Q_CHARS`` long, every operation may answer 422
(the input guard) and 503 (the database is unavailable), every operation with a body
413 (the body limit), every keyed operation 429 (the write rate limit), and every
write 403 (CORS: a browser page from an origin that may not write).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from app.core.errors import PROBLEM_MEDIA_TYPE
from app.core.input_guard import MAX_Q_CHARS

NO_NUL_PATTERN = "^[^\\u0000]*$"
_PROBLEM = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
_ALWAYS = {
    "422": "Unprocessable Content: a parameter or the body is invalid.",
    "503": "Service Unavailable: the database is down, busy, or the query ran too long; "
    "see Retry-After.",
}
_WITH_BODY = {"413": "Payload Too Large: the body is over the limit (1 MiB by default)."}
_WITH_KEY = {"429": "Too Many Requests: over this key's write rate limit; see Retry-After."}
_WRITES = {"403": "Forbidden: sent by a browser page whose origin may not write."}
_HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _forbid_nul(schema: dict[str, Any], components: dict[str, Any], seen: set[str]) -> None:
    """Add the no-NUL pattern to every free-text string in ``schema``, recursively."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        if name not in seen and name in components:
            seen.add(name)
            _forbid_nul(components[name], components, seen)
        return
    if (
        schema.get("type") == "string"
        and not {"enum", "const", "pattern", "format"} & schema.keys()
    ):
        schema["pattern"] = NO_NUL_PATTERN
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for sub in schema.get(key, []):
            _forbid_nul(sub, components, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _forbid_nul(schema[key], components, seen)
    for sub in schema.get("properties", {}).values():
        _forbid_nul(sub, components, seen)


def _limit_q(schema: dict[str, Any]) -> None:
    for sub in [schema, *schema.get("anyOf", [])]:
        if sub.get("type") == "string":
            sub["maxLength"] = min(sub.get("maxLength", MAX_Q_CHARS), MAX_Q_CHARS)


def _document_operation(method: str, operation: dict[str, Any], components: dict[str, Any]) -> None:
    seen: set[str] = set()
    for parameter in operation.get("parameters", []):
        if "schema" in parameter:
            _forbid_nul(parameter["schema"], components, seen)
            if parameter.get("in") == "query" and parameter.get("name") == "q":
                _limit_q(parameter["schema"])
    body = operation.get("requestBody")
    for media in (body or {}).get("content", {}).values():
        if "schema" in media:
            _forbid_nul(media["schema"], components, seen)
    extra = {
        **_ALWAYS,
        **(_WITH_BODY if body else {}),
        **(_WITH_KEY if operation.get("security") else {}),
        **(_WRITES if method not in ("get", "head") else {}),
    }
    responses = operation.setdefault("responses", {})
    for status, description in extra.items():
        responses.setdefault(status, {"description": description, "content": _PROBLEM})


DocumentPass = Callable[[dict[str, Any]], None]


def add_document_pass(app: FastAPI, shape: DocumentPass) -> None:
    """Run ``shape`` on the document, in place, after the middleware's rules are added."""
    passes: list[DocumentPass] = app.state.document_passes
    passes.append(shape)


def document_middleware(app: FastAPI) -> None:
    """Wrap ``app.openapi`` so the generated document includes the middleware's rules."""
    generate: Callable[[], dict[str, Any]] = app.openapi
    app.state.document_passes = []

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        components = document.get("components", {}).get("schemas", {})
        for path_item in document.get("paths", {}).values():
            for method, operation in path_item.items():
                if method in _HTTP_METHODS:
                    _document_operation(method, operation, components)
        for shape in app.state.document_passes:
            shape(document)
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
