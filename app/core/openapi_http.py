"""Declare in the OpenAPI document the HTTP that the middleware and the routes speak.

What every route shares is added here, once, rather than on each route: the response
headers (``ETag``, ``Cache-Control``, ``Link``, ``Content-Disposition``, ``Retry-After``,
``RateLimit-*``), ``If-None-Match`` and the 304 on every cacheable GET, 405 (with
``Allow``), 400 and 415 on operations that take a JSON body, ``security: []`` on public
operations, one correct example per error status, and query parameters shaped as a
query string can carry them (no ``null``; an array's example is an array; an empty
value is refused, so every free-text value has ``minLength: 1``).
"""

from __future__ import annotations

import re
from typing import Any

from app.core.caching import CACHED_PREFIX
from app.core.errors import PROBLEM_BASE, PROBLEM_MEDIA_TYPE

_REF = "#/components/"
_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Validator of this answer. Send it back as `If-None-Match`: while "
        "nothing was written, the answer is a 304 without a body.",
        "schema": {"type": "string", "examples": ['"v12-3f2b9c0a1d4e"']},
    },
    "Cache-Control": {
        "description": "`no-cache` (the default): a cache may keep the answer but must "
        "revalidate it with `If-None-Match` before each reuse, so no client shows a list "
        "older than the last write. `public, max-age=N` when the server is configured "
        "with a max age (`COMMENTARIAT_CACHE_MAX_AGE`).",
        "schema": {"type": "string", "examples": ["no-cache"]},
    },
    "Vary": {
        "description": "`Accept-Encoding`: the body may be gzip-compressed "
        "(`Content-Encoding: gzip`) when the client accepts it and it is over 1 KB. On the "
        "lists and their exports also `Accept`: a list's URL sent with `Accept: text/csv` "
        "or `application/x-ndjson` answers its export.",
        "schema": {"type": "string", "examples": ["Accept, Accept-Encoding"]},
    },
    "Link": {
        "description": 'The next page, as `<URL>; rel="next"` (RFC 8288); absent on the '
        "last page. The URL is this request's with `cursor` set to `next_cursor`.",
        "schema": {
            "type": "string",
            "examples": ['<http://localhost:8000/v1/statements?cursor=AbC>; rel="next"'],
        },
    },
    "Content-Disposition": {
        "description": "An export is an attachment: its file name.",
        "schema": {"type": "string", "examples": ['attachment; filename="statements.csv"']},
    },
    "Location": {
        "description": "The path of the article, to `GET`.",
        "schema": {"type": "string", "examples": ["/v1/articles/a-new-article"]},
    },
    "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer", "minimum": 0, "examples": [1]},
    },
    "RateLimit-Limit": {
        "description": "Writes this key may make per minute (IETF RateLimit header fields).",
        "schema": {"type": "integer", "minimum": 0, "examples": [60]},
    },
    "RateLimit-Remaining": {
        "description": "Writes this key may still make now.",
        "schema": {"type": "integer", "minimum": 0, "examples": [59]},
    },
    "RateLimit-Reset": {
        "description": "Seconds until this key's allowance is whole again.",
        "schema": {"type": "integer", "minimum": 0, "examples": [1]},
    },
    "Allow": {
        "description": "The methods this path serves.",
        "schema": {"type": "string", "examples": ["GET, HEAD"]},
    },
    "Accept": {
        "description": "The media type the request body must have.",
        "schema": {"type": "string", "examples": ["application/json"]},
    },
}

IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The `ETag` of an answer this client holds: a 304 without a body while "
    "it is still current.",
    "schema": {"type": "string", "examples": ['"v12-3f2b9c0a1d4e"']},
}

_RATE_LIMIT = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")

# One example per status, each what the service sends for it.
_EXAMPLES: dict[int, tuple[str, str, str]] = {
    400: ("bad-request", "Bad Request", "The body is not valid JSON: Expecting value: line 1 "
          "column 1 (char 0)."),
    401: ("unauthorized", "Unauthorized",
          "This operation needs an API key: send `Authorization: Bearer <key>`."),
    403: ("origin-not-allowed", "Forbidden",
          "Origin https://elsewhere.example may read but not write; writes are allowed only "
          "from configured origins."),
    404: ("not-found", "Not Found", "No resource at {path}."),
    405: ("method-not-allowed", "Method Not Allowed", "PUT is not allowed on {path}."),
    413: ("payload-too-large", "Payload Too Large",
          "The request body is over the limit of 1048576 bytes."),
    415: ("unsupported-media-type", "Unsupported Media Type",
          "The body must be sent as Content-Type: application/json, not with "
          "Content-Type: text/plain."),
    422: ("invalid-parameter", "Unprocessable Content",
          "query.limit: Input should be less than or equal to 100"),
    429: ("rate-limited", "Too Many Requests",
          "Over the write rate limit of 60 requests a minute for this key; retry in 2 s."),
    503: ("unavailable", "Service Unavailable",
          "The database is busy with other writes; retry shortly."),
}  # fmt: skip
_DESCRIPTIONS = {
    304: "Not Modified: the `If-None-Match` ETag is current; no body.",
    400: "Bad Request: the body is not valid JSON.",
    403: "Forbidden: sent by a browser page whose origin may not write.",
    413: "Payload Too Large: the body is over the limit (1 MiB by default).",
    429: "Too Many Requests: over this key's write rate limit; see Retry-After.",
    503: "Service Unavailable: the database is down, busy, or the query ran too long; "
    "see Retry-After.",
    405: "Method Not Allowed: this path does not serve this method; see `Allow`.",
    415: "Unsupported Media Type: the body must be sent as `application/json`.",
}
# Sent on every answer that declares them; the others only in some cases (the last page
# has no Link; the rate limit can be turned off).
_ALWAYS_SENT = {"ETag", "Cache-Control", "Vary", "Location", "Retry-After", "Allow", "Accept"}


def problem_example(
    status: int, path: str, operation: dict[str, Any] | None = None
) -> dict[str, Any]:
    slug, title, detail = _EXAMPLES[status]
    instance = re.sub(r"\{[^}]+\}", "nobody", path)
    example: dict[str, Any] = {
        "type": PROBLEM_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail.format(path=instance),
        "instance": instance,
        "request_id": "3f2b9c0a1d4e4b7a",
    }
    if status == 422:
        error = _invalid_input(operation or {})
        where = ".".join(str(part) for part in error["loc"] if part != "body")
        example["detail"] = f"{where}: {error['msg']}"
        example["errors"] = [error]
    return example


def _invalid_input(operation: dict[str, Any]) -> dict[str, Any]:
    """A 422 this operation really gives: the first of its inputs that can be wrong."""
    for parameter in operation.get("parameters", []):
        name, where = parameter.get("name"), parameter.get("in")
        if where == "query" and name == "limit":
            return {
                "loc": ["query", "limit"],
                "msg": "Input should be less than or equal to 100",
                "type": "less_than_equal",
            }
        if where == "path" and parameter.get("schema", {}).get("type") == "integer":
            return {
                "loc": ["path", name],
                "msg": "Input should be a valid integer, unable to parse string as an integer",
                "type": "int_parsing",
            }
        if where == "path":
            return {
                "loc": ["path", name],
                "msg": "String should have at most 200 characters",
                "type": "string_too_long",
            }
    if _json_body(operation):
        return {"loc": ["body", "published_on"], "msg": "Field required", "type": "missing"}
    return {
        "loc": ["query", "limt"],
        "msg": "is not a parameter of this operation",
        "type": "unknown_parameter",
    }


def _header_refs(*names: str) -> dict[str, Any]:
    return {name: {"$ref": f"{_REF}headers/{name}"} for name in names}


def _add_headers(response: dict[str, Any], *names: str) -> None:
    response.setdefault("headers", {}).update(_header_refs(*names))


def _problem_response(status: int, path: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF, "example": problem_example(status, path)}
        },
    }


def _query_schema(parameter: dict[str, Any]) -> None:
    """A query value is absent or a string: drop ``null``, wrap an array's examples."""
    schema = parameter["schema"]
    schema.pop("title", None)  # the parameter's name says it
    options = schema.get("anyOf")
    if isinstance(options, list):
        kept = [option for option in options if option.get("type") != "null"]
        if len(kept) == 1:
            del schema["anyOf"]
            schema.update({k: v for k, v in kept[0].items() if k not in schema})
        else:
            schema["anyOf"] = kept
    if schema.get("examples") == [None]:
        del schema["examples"]
    if schema.get("type") == "array":
        examples = schema.get("examples")
        if isinstance(examples, list) and examples and not isinstance(examples[0], list):
            schema["examples"] = [examples]
        if isinstance(schema.get("items"), dict):
            _non_empty(schema["items"])
    else:
        _non_empty(schema)


def _non_empty(schema: dict[str, Any]) -> None:
    """An empty value is refused on every parameter (``app.core.empty_values``)."""
    if schema.get("type") == "string" and not {"enum", "const", "format"} & schema.keys():
        schema["minLength"] = max(1, schema.get("minLength", 1))


def _json_body(operation: dict[str, Any]) -> bool:
    content = (operation.get("requestBody") or {}).get("content", {})
    return "application/json" in content


def _page_schema(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    ref = schema.get("$ref", "")
    target = components.get(ref.rsplit("/", 1)[-1], {}) if ref else schema
    return "next_cursor" in target.get("properties", {})


# Statuses whose answer is the same on every operation: one shared response each.
_SHARED = {
    400: "BadRequest",
    403: "Forbidden",
    405: "MethodNotAllowed",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    429: "TooManyRequests",
    503: "ServiceUnavailable",
}
_SHARED_HEADERS = {
    405: ("Allow",),
    415: ("Accept",),
    429: ("Retry-After", *_RATE_LIMIT),
    503: ("Retry-After",),
}


def declare_http(document: dict[str, Any], deprecated_query: dict[str, str]) -> None:
    """Add the shared headers, responses and parameter shapes to every operation.

    ``deprecated_query`` names query parameters kept for old clients, with the note that
    says what to use instead.
    """
    components = document.setdefault("components", {})
    schemas = components.get("schemas", {})
    components["headers"] = {
        name: {**header, "required": True} if name in _ALWAYS_SENT else header
        for name, header in HEADERS.items()
    }
    shared: dict[int, dict[str, Any]] = {}
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                if int(status) in _SHARED and "$ref" not in response:
                    shared.setdefault(int(status), response)
    responses: dict[str, Any] = {
        "NotModified": {
            "description": _DESCRIPTIONS[304],
            "headers": _header_refs("ETag", "Cache-Control", "Vary"),
        }
    }
    for status, name in _SHARED.items():
        description = _DESCRIPTIONS.get(status) or shared.get(status, {}).get("description")
        response = _problem_response(status, "/v1/articles", description or name)
        if status in _SHARED_HEADERS:
            _add_headers(response, *_SHARED_HEADERS[status])
        responses[name] = response
    components["responses"] = responses
    for path, path_item in document.get("paths", {}).items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and "responses" in operation:
                _declare_operation(path, method, operation, schemas, deprecated_query)


def _declare_operation(
    path: str,
    method: str,
    operation: dict[str, Any],
    schemas: dict[str, Any],
    deprecated_query: dict[str, str],
) -> None:
    operation.setdefault("security", [])
    writes = bool(operation["security"])
    responses: dict[str, Any] = operation["responses"]
    for parameter in operation.get("parameters", []):
        if parameter.get("in") != "query" or "schema" not in parameter:
            continue
        _query_schema(parameter)
        note = deprecated_query.get(parameter["name"])
        if note:
            parameter["deprecated"] = True
            parameter["description"] = f"Deprecated: {note} {parameter.get('description', '')}"
    shared = {405} | ({400, 415} if _json_body(operation) else set())
    for code in shared | {int(s) for s in responses if int(s) in _SHARED}:
        responses[str(code)] = {"$ref": f"{_REF}responses/{_SHARED[code]}"}
    cacheable = method == "get" and path.startswith(CACHED_PREFIX)
    if cacheable:
        # Inline, not a $ref: the middleware reads each operation's parameters by name.
        operation.setdefault("parameters", []).append(dict(IF_NONE_MATCH))
        responses["304"] = {"$ref": f"{_REF}responses/NotModified"}
    for status, response in responses.items():
        if "$ref" in response:
            continue
        code = int(status)
        if 200 <= code < 300:
            _declare_success(response, cacheable=cacheable, writes=writes, schemas=schemas)
        elif code >= 400:
            content = response.setdefault("content", {})
            for media in [m for m in content if m != PROBLEM_MEDIA_TYPE]:
                del content[media]  # errors are problem+json only, whatever the 200 is
            media = content.setdefault(PROBLEM_MEDIA_TYPE, {"schema": _PROBLEM_REF})
            if code in _EXAMPLES:
                media["example"] = problem_example(code, path, operation)
    operation["responses"] = dict(sorted(responses.items()))


def _declare_success(
    response: dict[str, Any], *, cacheable: bool, writes: bool, schemas: dict[str, Any]
) -> None:
    content = response.get("content", {})
    if cacheable:
        _add_headers(response, "ETag", "Cache-Control", "Vary")
        json_media = content.get("application/json", {})
        if _page_schema(json_media.get("schema", {}), schemas):
            _add_headers(response, "Link")
        if {"text/csv", "application/x-ndjson"} & content.keys():
            _add_headers(response, "Content-Disposition")
    if writes:
        _add_headers(response, *_RATE_LIMIT)
