"""Bad input gets a 4xx problem document naming the field, never a 500; hostile but
legal Unicode is stored verbatim with exact spans."""

from __future__ import annotations

import asyncio
import json
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message

from app.core.config import Settings
from app.main import create_app
from tests.conftest import Store

MIB = 1024 * 1024
LISTS = ["/v1/articles", "/v1/experts", "/v1/statements", "/v1/topics"]
ARTICLE = """Central bank surprises markets

Analysts were caught off guard on Tuesday.

Maria Lopez, chief economist at Banco Ejemplo, says:

– {quote}

Source: example.com
"""


def _problem(response: Any, status: int, *field: str | int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    if field:
        assert any(e["loc"][-len(field) :] == list(field) for e in body["errors"]), body
        assert str(field[-1]) in body["detail"], body["detail"]
    return body


def _article(
    quote: str = "Inflation is not going away on its own.", **extra: Any
) -> dict[str, Any]:
    return {"text": ARTICLE.format(quote=quote), "published_on": "2024-05-14", **extra}


# Body size


def test_body_over_1_mib_with_content_length_is_413(client: TestClient) -> None:
    body = b'{"text": "' + b"a" * MIB + b'", "published_on": "2024-05-14"}'
    response = client.post(
        "/v1/articles", content=body, headers={"Content-Type": "application/json"}
    )
    _problem(response, 413)


def test_body_over_1_mib_chunked_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 65536
        yield b'", "published_on": "2024-05-14"}'

    response = client.post(
        "/v1/articles/preview", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    _problem(response, 413)


def test_body_of_exactly_the_limit_is_not_413(client: TestClient) -> None:
    response = client.post(
        "/v1/articles", content=b" " * MIB, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400  # not JSON (issue 11: 400, was 422), but read in full


def test_a_chunked_body_is_not_read_past_the_limit(seeded_store: Store) -> None:
    """Drive the ASGI app by hand and count how much of a 64 MiB stream it pulls."""
    app = create_app(Settings(database_url=seeded_store.settings.database_url))
    chunk = b"a" * 65536
    total_chunks = 1024
    pulled = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": chunk, "more_body": pulled < total_chunks}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/articles/preview",
        "raw_path": b"/v1/articles/preview",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
        "state": {},
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert pulled * len(chunk) <= MIB + len(chunk), f"read {pulled} chunks"


# NUL, lone surrogates, invalid UTF-8


@pytest.mark.parametrize("path", LISTS)
def test_nul_in_any_query_value_is_422_naming_it(client: TestClient, path: str) -> None:
    _problem(client.get(path, params={"cursor": "ab\x00c"}), 422, "query", "cursor")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("expert=%00", "expert"),
        ("topic=ok&topic=a%00b", "topic"),
        ("q=%ED%A0%80", "q"),  # UTF-8 of a lone surrogate
        ("article=%FF%FE", "article"),  # not UTF-8 at all
        ("kind=quote%00", "kind"),
    ],
)
def test_bad_text_in_statement_filters_is_422(client: TestClient, query: str, field: str) -> None:
    _problem(client.get(f"/v1/statements?{query}"), 422, "query", field)


@pytest.mark.parametrize("path", ["/v1/experts/a%00b", "/v1/articles/%ED%B0%80", "/v1/topics/%C0"])
def test_bad_text_in_the_path_is_422(client: TestClient, path: str) -> None:
    _problem(client.get(path), 422, "path")


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ('{"text": "Hello\\u0000world", "published_on": "2024-05-14"}', ("body", "text")),
        ('{"text": "Hello \\ud800 world", "published_on": "2024-05-14"}', ("body", "text")),
        ('{"text": "x", "source": "\\udfff", "published_on": "2024-05-14"}', ("body", "source")),
        ('{"text": "x", "published_on": "2024-05-14", "\\ud83d": 1}', ("body", "\\ud83d")),
    ],
)
def test_nul_or_lone_surrogate_in_the_body_is_422_naming_it(
    write_client: TestClient, auth: dict[str, str], raw: str, field: tuple[str, ...]
) -> None:
    for path in ("/v1/articles", "/v1/articles/preview"):
        response = write_client.post(
            path, content=raw.encode(), headers={**auth, "Content-Type": "application/json"}
        )
        _problem(response, 422, *field)


def test_body_that_is_not_utf8_is_422(write_client: TestClient, auth: dict[str, str]) -> None:
    response = write_client.post(
        "/v1/articles",
        content=b'{"text": "\xff"}',
        headers={**auth, "Content-Type": "application/json"},
    )
    _problem(response, 422, "body")


# Integers


def _integer_parameters(client: TestClient) -> list[tuple[str, str, str]]:
    found = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                schemas = [parameter["schema"], *parameter["schema"].get("anyOf", [])]
                if any(s.get("type") == "integer" for s in schemas):
                    found.append((method, path, parameter["name"]))
    return found


@pytest.mark.parametrize("value", [2**31, 2**63, 2**64, 10**30, -(2**63) - 1])
def test_integers_at_or_above_2_63_are_422_in_every_integer_parameter(
    client: TestClient, value: int
) -> None:
    parameters = _integer_parameters(client)
    assert ("get", "/v1/statements/{statement_id}", "statement_id") in parameters
    assert any(name == "limit" for _, _, name in parameters)
    for method, path, name in parameters:
        if f"{{{name}}}" in path:
            url, params = path.replace(f"{{{name}}}", str(value)), {}
        else:
            url, params = path.replace("{slug}", "x"), {name: str(value)}
        response = client.request(method.upper(), url, params=params)
        _problem(response, 422, name)


# q


def test_q_over_4096_characters_is_422(client: TestClient) -> None:
    _problem(client.get("/v1/statements", params={"q": "a" * 4097}), 422, "query", "q")
    assert client.get("/v1/statements", params={"q": "é" * 4096}).status_code != 500


# Dates


def _date_parameters(client: TestClient) -> list[tuple[str, str]]:
    found = []
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                schemas = [parameter["schema"], *parameter["schema"].get("anyOf", [])]
                if method == "get" and any(s.get("format") == "date" for s in schemas):
                    found.append((path, parameter["name"]))
    return found


@pytest.mark.parametrize(
    "value", ["2022-13-01", "2022-02-30", "99999-01-01", "0", "1641859200", "yesterday", "2022-1-1"]
)
def test_malformed_or_out_of_range_dates_are_422_in_every_date_parameter(
    client: TestClient, value: str
) -> None:
    parameters = _date_parameters(client)
    assert ("/v1/statements", "from") in parameters
    for path, name in parameters:
        _problem(client.get(path, params={name: value}), 422, name)


def test_extreme_but_valid_dates_are_answered(client: TestClient) -> None:
    response = client.get("/v1/statements", params={"from": "0001-01-01", "to": "9999-12-31"})
    assert response.status_code == 200


def test_to_before_from_is_an_empty_list(client: TestClient) -> None:
    """Documented on the `to` parameter: an empty result, not an error."""
    response = client.get("/v1/statements", params={"from": "2022-01-11", "to": "2022-01-10"})
    assert response.status_code == 200
    assert response.json()["items"] == []
    assert response.json()["total"] == 0


@pytest.mark.parametrize("value", ["2024-02-30", "14/05/2024", 0, 20240514, None, "10000-01-01"])
def test_malformed_published_on_is_422(
    write_client: TestClient, auth: dict[str, str], value: Any
) -> None:
    response = write_client.post(
        "/v1/articles/preview", json=_article(published_on=value), headers=auth
    )
    _problem(response, 422, "body", "published_on")


# Cursors


def _real_cursor(client: TestClient, path: str) -> str:
    cursor = client.get(path, params={"limit": 1}).json()["next_cursor"]
    assert cursor, f"{path} has a single page; the seed should give it two"
    return str(cursor)


def test_malformed_tampered_or_foreign_cursors_are_422(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    second = write_client.post("/v1/articles", json=_article(), headers=auth)
    assert second.status_code == 201, "every list needs a second page"
    for path in LISTS:
        real = _real_cursor(write_client, path)
        foreign = _real_cursor(write_client, "/v1/topics" if path != "/v1/topics" else LISTS[0])
        tampered = real[:-2] + ("A" if real[-2] != "A" else "B") + real[-1]
        for cursor in ["!!!", "a", "A" * 511, "=" * 8, tampered, foreign, real + "x"]:
            _problem(write_client.get(path, params={"cursor": cursor}), 422)
        assert write_client.get(path, params={"cursor": real}).status_code == 200


# JSON shape


def test_unknown_json_fields_are_422_naming_them(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    for path in ("/v1/articles", "/v1/articles/preview"):
        response = write_client.post(path, json=_article(author="someone"), headers=auth)
        _problem(response, 422, "body", "author")


@pytest.mark.parametrize("depth", [100, 10_000, 100_000])
def test_deeply_nested_json_is_400_or_422(
    write_client: TestClient, auth: dict[str, str], depth: int
) -> None:
    nested = "[" * depth + "]" * depth
    raw = '{"text": "x", "published_on": "2024-05-14", "title": ' + nested + "}"
    response = write_client.post(
        "/v1/articles", content=raw.encode(), headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"] == "application/problem+json"


def test_huge_integer_literal_in_json_is_4xx(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    raw = '{"text": "x", "published_on": ' + "9" * 5000 + "}"
    response = write_client.post(
        "/v1/articles", content=raw.encode(), headers={**auth, "Content-Type": "application/json"}
    )
    _problem(response, 422)


# Hostile but legal Unicode

HOSTILE = {
    "rtl override": "The \u202eticker reads EVIL\u202c today",
    "zero-width joiner": "A family 👨\u200d👩\u200d👧 and a zero\u200bwidth space",
    "combining marks": "Z\u0351\u0300\u0317a\u0308\u0301l\u0327go of n\u0303o",
    "emoji": "Markets 📉 fell, then 🚀 rose 🏳️\u200d🌈 and 🇰🇿",
    "nfc and nfd": unicodedata.normalize("NFC", "café crème")
    + " versus "
    + unicodedata.normalize("NFD", "café crème"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_unicode_is_stored_verbatim_with_exact_spans(
    write_client: TestClient, auth: dict[str, str], case: str
) -> None:
    quote = f"The outlook is grim: {HOSTILE[case]}, and it is not going away."
    body = _article(quote=quote, title=f"Title {HOSTILE[case]}")
    created = write_client.post("/v1/articles", json=body, headers=auth)
    assert created.status_code == 201, created.text
    slug = created.json()["slug"]
    stored = write_client.get(f"/v1/articles/{slug}").json()
    assert stored["text"] == body["text"]
    assert stored["title"] == body["title"]
    assert stored["statements"], "the quote was not found"
    for statement in stored["statements"]:
        start, end = statement["span"]["start"], statement["span"]["end"]
        assert stored["text"][start:end] == statement["text"]
    assert any(HOSTILE[case] in s["text"] for s in stored["statements"])
    # Raw bytes too: nothing normalised on the way out.
    raw = write_client.get(f"/v1/articles/{slug}").content
    assert json.loads(raw)["text"].encode() == body["text"].encode()


@pytest.mark.parametrize("month", ["0000-07", "0000-01", "10000-01", "٢٠٢٢-01", "2022-13"])
def test_months_a_date_cannot_hold_are_422(client: TestClient, month: str) -> None:
    for path in ("/v1/statements", "/v1/stats/timeline"):
        _problem(client.get(path, params={"month": month}), 422, "month")


@pytest.mark.parametrize("month", ["0001-01", "9999-12"])
def test_the_first_and_last_months_are_answered(client: TestClient, month: str) -> None:
    for path in ("/v1/statements", "/v1/stats/timeline"):
        assert client.get(path, params={"month": month}).status_code == 200


@pytest.mark.parametrize(
    ("path", "name"),
    [("/v1/statements", "limt"), ("/v1/topics", "topic"), ("/health", "x"), ("/v1/experts/x", "q")],
)
def test_unknown_query_parameters_are_422_naming_them(
    client: TestClient, path: str, name: str
) -> None:
    _problem(client.get(path, params={name: "1"}), 422, "query", name)


def test_pages_outside_the_api_take_any_query(client: TestClient) -> None:
    assert client.get("/docs", params={"anything": "1"}).status_code == 200
