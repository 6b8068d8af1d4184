"""The write path refuses what no store should hold (issue 14, D5, D6 and D14), on both
stores: NUL in any text field, also behind a UTF-8 byte order mark; deep JSON behind a
BOM; text made only of invisible characters; dates outside 1900-01-01..2100-12-31, given
or found in the text. Through the API (422 naming the field) and ``commentariat ingest``
(a failed-file line)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.core.date_range import EARLIEST_DATE, LATEST_DATE
from app.core.visible_text import has_visible_text
from app.models import Article, Statement
from tests.cli.helpers import run_cli
from tests.conftest import Store

BOM = b"\xef\xbb\xbf"
WRITES = ("/v1/articles", "/v1/articles/preview")
ARTICLE = """Central bank surprises markets

Analysts were caught off guard on Tuesday.

Maria Lopez, chief economist at Banco Ejemplo, says:

– Inflation is not going away on its own, she warned the markets.

Source: example.com
"""
TEXT_FIELDS = ("text", "title", "source", "url", "language", "original_language")


def _body(**extra: Any) -> dict[str, Any]:
    return {"text": ARTICLE, "published_on": "2024-05-14", **extra}


def _problem(response: Any, *field: str) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    if field:
        assert any(e["loc"][-len(field) :] == list(field) for e in body["errors"]), body
    return body


def _post_raw(client: TestClient, path: str, raw: bytes, auth: dict[str, str]) -> Any:
    return client.post(path, content=raw, headers={**auth, "Content-Type": "application/json"})


def _counts(store: Store) -> tuple[int, int]:
    with store.factory() as session:
        articles = session.scalar(select(func.count()).select_from(Article)) or 0
        statements = session.scalar(select(func.count()).select_from(Statement)) or 0
    return articles, statements


# D6: the byte order mark, and NUL in every text field


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_nul_in_any_text_field_is_422_with_or_without_a_bom(
    write_client: TestClient, store: Store, auth: dict[str, str], field: str
) -> None:
    before = _counts(store)
    value = ARTICLE + "\x00" if field == "text" else "en\x00"
    raw = json.dumps(_body(**{field: value})).encode()
    assert "\\u0000" in raw.decode()
    for path in WRITES:
        for prefix in (b"", BOM):
            _problem(_post_raw(write_client, path, prefix + raw, auth), "body", field)
    assert _counts(store) == before


def test_deep_json_after_a_bom_is_422_as_without_one(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    raw = ('{"text": "x", "published_on": "2024-05-14", "title": ' + nested + "}").encode()
    for prefix in (b"", BOM):
        body = _problem(_post_raw(write_client, "/v1/articles", prefix + raw, auth))
        assert body["errors"][0]["type"] == "json_too_deep", body


def test_a_valid_body_after_a_bom_is_stored_as_without_one(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    raw = json.dumps(_body()).encode()
    created = _post_raw(write_client, "/v1/articles", BOM + raw, auth)
    assert created.status_code == 201, created.text
    assert created.json()["text"] == ARTICLE  # the BOM was not part of any field
    again = _post_raw(write_client, "/v1/articles", raw, auth)
    assert again.status_code == 200  # the same article


@pytest.mark.slow  # the CLI in a child process, as tests/cli/
@pytest.mark.committed  # the child commits on a connection of its own
def test_ingest_refuses_a_file_holding_nul(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_text("---\npublished_on: 2024-05-14\n---\n" + ARTICLE + "\x00\n", encoding="utf-8")
    before = _counts(store)
    result = run_cli("ingest", str(path), url=store.settings.database_url)
    assert result.returncode == 1
    assert "text: Value error, must not contain NUL characters" in result.stderr, result.stderr
    assert _counts(store) == before


# D14: invisible text

INVISIBLE = [
    "\u200b",
    "\u200b\u200c\u200d\u2060\ufeff",
    " \u200b\n\t\u00a0\u3000\u200e",
    "\u3164\u115f\u2800",
    "\u00ad\u034f\u180e\ufe0f",
]


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_of_only_invisible_characters_is_422(
    write_client: TestClient, store: Store, auth: dict[str, str], text: str
) -> None:
    before = _counts(store)
    for path in WRITES:
        body = _problem(write_client.post(path, json=_body(text=text), headers=auth), "text")
        assert "invisible" in body["detail"]
    assert _counts(store) == before


def test_the_documented_text_pattern_says_what_the_validator_does(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    body = document["paths"]["/v1/articles"]["post"]["requestBody"]["content"]
    name = body["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    schema = document["components"]["schemas"][name]
    pattern = re.compile(schema["properties"]["text"]["pattern"])
    for text in [*INVISIBLE, "a", "\u200bé", "x\u200b", "Headline\n\nBody.", "\u0301"]:
        assert (pattern.search(text) is not None) == has_visible_text(text), repr(text)


# D5: the date range


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_published_on_outside_the_range_is_422(
    write_client: TestClient, store: Store, auth: dict[str, str], day: str
) -> None:
    before = _counts(store)
    for path in WRITES:
        _problem(
            write_client.post(path, json=_body(published_on=day), headers=auth), "published_on"
        )
    assert _counts(store) == before


def test_the_ends_of_the_range_are_accepted(write_client: TestClient, auth: dict[str, str]) -> None:
    for day in (EARLIEST_DATE, LATEST_DATE):
        body = _body(text=f"{ARTICLE}\nEdition of {day}.\n", published_on=day.isoformat())
        response = write_client.post("/v1/articles", json=body, headers=auth)
        assert response.status_code == 201, response.text
        said = {s["said_on"] for s in response.json()["statements"]}
        assert said == {day.isoformat()}


YESTERDAY = """Markets brace

Yesterday, Maria Lopez, chief economist at Banco Ejemplo, said that inflation is not going away.
"""


def test_a_statement_dated_before_the_range_is_422(
    write_client: TestClient, store: Store, auth: dict[str, str]
) -> None:
    # published on the first day of the range, a statement made the day before it
    before = _counts(store)
    body = _body(text=YESTERDAY, published_on=EARLIEST_DATE.isoformat())
    for path in WRITES:
        problem = _problem(write_client.post(path, json=body, headers=auth))
        assert "said_on: 1899-12-31 is outside 1900-01-01..2100-12-31" in problem["detail"]
    assert _counts(store) == before


@pytest.mark.slow  # the CLI in a child process, as tests/cli/
@pytest.mark.committed  # the child commits on a connection of its own
def test_ingest_refuses_dates_outside_the_range(store: Store, tmp_path: Path) -> None:
    (tmp_path / "far.txt").write_text(
        "---\npublished_on: 9999-12-31\n---\n" + ARTICLE, encoding="utf-8"
    )
    (tmp_path / "early.txt").write_text(
        "---\npublished_on: 1900-01-01\n---\n" + YESTERDAY, encoding="utf-8"
    )
    before = _counts(store)
    result = run_cli("ingest", str(tmp_path), url=store.settings.database_url)
    assert result.returncode == 1
    assert "far.txt: published_on: Value error, 9999-12-31 is outside" in result.stderr
    assert "early.txt: statement 1 said_on: 1899-12-31 is outside" in result.stderr
    assert "failed: 2" in result.stdout
    assert _counts(store) == before


def test_the_documented_published_on_pattern_says_what_the_validator_does(
    client: TestClient,
) -> None:
    document = client.get("/openapi.json").json()
    body = document["paths"]["/v1/articles"]["post"]["requestBody"]["content"]
    name = body["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    schema = document["components"]["schemas"][name]
    pattern = re.compile(schema["properties"]["published_on"]["pattern"])
    for day, inside in [
        ("1900-01-01", True),
        ("2100-12-31", True),
        ("2024-05-14", True),
        ("1899-12-31", False),
        ("2101-01-01", False),
        ("0001-01-01", False),
        ("9999-12-31", False),
    ]:
        assert (pattern.search(day) is not None) is inside, day
