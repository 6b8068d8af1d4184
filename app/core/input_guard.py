"""Reject text no store can hold before any handler sees it: 422 naming the field.

Every string in the path, the query and a JSON body must be valid UTF-8 without NUL
characters or lone surrogates (PostgreSQL refuses NUL in text, and a lone surrogate
cannot be encoded at all). A query parameter the operation does not declare is refused
(``declared_params``). ``q`` is at most ``MAX_Q_CHARS`` characters. JSON bodies
must nest at most ``MAX_JSON_DEPTH`` levels. A JSON body's UTF-8 byte order mark is
stripped before any of this (RFC 8259 lets a parser ignore it, and FastAPI's does), so the
checks see exactly what the route will parse. Everything else is left to the routes' own
validation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.asgi_body import read_body, replay
from app.core.declared_params import CREDENTIAL_PARAMS, DeclaredParams
from app.core.errors import problem_response

MAX_Q_CHARS = 4096
MAX_JSON_DEPTH = 64
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
UTF8_BOM = b"\xef\xbb\xbf"

Loc = list[str | int]


class InvalidInput(Exception):
    def __init__(self, loc: Loc, msg: str, kind: str) -> None:
        super().__init__(msg)
        self.loc: Loc = [_printable(part) for part in loc]
        self.msg, self.kind = msg, kind


def _printable(part: str | int) -> str | int:
    """A location part safe to echo: an offending key is shown escaped."""
    if isinstance(part, int) or part.isprintable():
        return part
    return part.encode("unicode_escape").decode("ascii")


def check_text(loc: Loc, value: str) -> None:
    if "\x00" in value:
        raise InvalidInput(loc, "must not contain NUL characters (U+0000)", "nul_character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            loc, "must not contain lone surrogates (U+D800 to U+DFFF)", "lone_surrogate"
        ) from None


def _decode(loc: Loc, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Strict UTF-8 also refuses encoded surrogates (b"\xed\xa0\x80").
        raise InvalidInput(loc, "is not valid UTF-8", "invalid_utf8") from None
    check_text(loc, text)
    return text


def check_query(query_string: bytes, declared: frozenset[str] | None = None) -> None:
    """Every name and value is clean text; with ``declared``, every name is one of them."""
    for pair in query_string.split(b"&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition(b"=")
        name = _decode(["query"], unquote_to_bytes(raw_name.replace(b"+", b" ")))
        value = _decode(["query", name], unquote_to_bytes(raw_value.replace(b"+", b" ")))
        if declared is not None and name not in declared and name.lower() not in CREDENTIAL_PARAMS:
            raise InvalidInput(
                ["query", name], "is not a parameter of this operation", "unknown_parameter"
            )
        if name == "q" and len(value) > MAX_Q_CHARS:
            raise InvalidInput(
                ["query", "q"], f"must be at most {MAX_Q_CHARS} characters", "string_too_long"
            )


def check_path(raw_path: bytes) -> None:
    _decode(["path"], unquote_to_bytes(raw_path))


def _walk(document: Any) -> Iterator[tuple[Loc, Any, int]]:
    """Every value in a parsed JSON document with its location and depth, iteratively."""
    stack: list[tuple[Loc, Any, int]] = [(["body"], document, 1)]
    while stack:
        loc, value, depth = stack.pop()
        yield loc, value, depth
        if isinstance(value, dict):
            for key, item in value.items():
                yield [*loc, key], key, depth  # keys are strings too
                stack.append(([*loc, key], item, depth + 1))
        elif isinstance(value, list):
            stack.extend(([*loc, i], item, depth + 1) for i, item in enumerate(value))


def strip_bom(body: bytes) -> bytes:
    """The body without a leading UTF-8 byte order mark."""
    return body.removeprefix(UTF8_BOM)


def check_json(body: bytes) -> None:
    """Check a JSON body as the route will read it (a leading BOM does not count)."""
    body = strip_bom(body)
    if not body:
        return
    text = _decode(["body"], body)
    try:
        document = json.loads(text)
    except RecursionError:
        raise InvalidInput(
            ["body"], f"JSON nests deeper than {MAX_JSON_DEPTH} levels", "json_too_deep"
        ) from None
    except json.JSONDecodeError:
        return  # Malformed JSON: the route's own validation names the position.
    except ValueError as exc:  # e.g. an integer literal over Python's digit limit
        raise InvalidInput(["body"], str(exc), "json_invalid") from None
    for loc, value, depth in _walk(document):
        if depth > MAX_JSON_DEPTH:
            raise InvalidInput(
                ["body"], f"JSON nests deeper than {MAX_JSON_DEPTH} levels", "json_too_deep"
            )
        if isinstance(value, str):
            check_text(loc, value)


def _is_json(scope: Scope) -> bool:
    """JSON or no content type at all, which the routes also read as JSON."""
    content_type = Headers(scope=scope).get("content-type")
    if content_type is None:
        return True
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


class InputGuardMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.declared = DeclaredParams()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            check_path(scope.get("raw_path") or scope["path"].encode())
            check_query(scope.get("query_string", b""), self.declared.names(scope))
            if scope["method"] in _BODY_METHODS and _is_json(scope):
                # Bounded by the body limit, which sits outside this middleware.
                # Without its BOM: what is checked is what the route parses.
                body = strip_bom(await read_body(receive))
                check_json(body)
                receive = replay(body, receive)
        except InvalidInput as invalid:
            where = ".".join(str(part) for part in invalid.loc)
            response = problem_response(
                Request(scope),
                422,
                f"{where}: {invalid.msg}",
                slug="invalid-parameter",
                errors=[{"loc": invalid.loc, "msg": invalid.msg, "type": invalid.kind}],
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
