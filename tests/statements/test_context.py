"""Statements in context (issue 11): every statement names its article's outlet and URL
and carries its span in UTF-16 code units; ``include=context`` adds the sentences around
it and the one that attributes it, on the list, the detail and the exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.migrations import alembic_config, unbounded_transaction, upgrade_to_head
from app.core.utf16 import astral_offsets, utf16_length
from app.ingest.schemas import ArticleInput
from app.statements.context import ArticleLayout
from tests.conftest import Store
from tests.databases import fresh_database

# An emoji before each quote (and one inside the second): code point and UTF-16 offsets
# part there.
ARTICLE = """Markets 📈 rally on rate hopes

Stocks rose on Monday 🚀. Traders cheered the news. “Inflation is not going away on its \
own,” said Jane Doe, an economist at Example Bank. Bond yields fell.

Omar Haddad, a senior fellow at the Caspian Institute, says:

– The 🌍 economy will slow next year. Exports are already weaker.
"""
SOURCE = "Example Wire"
URL = "https://example.com/markets/rally"
FIRST = "Inflation is not going away on its own"
SECOND = "The 🌍 economy will slow next year. Exports are already weaker."


@pytest.fixture
def article(write_client: TestClient, auth: dict[str, str]) -> str:
    body = {"text": ARTICLE, "published_on": "2024-05-14", "source": SOURCE, "url": URL}
    response = write_client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code == 201, response.text
    slug: str = response.json()["slug"]
    # The write's answer is the article as a read gives it: no `context: null`.
    stored = write_client.get(f"/v1/articles/{slug}").json()
    assert response.json()["statements"] == stored["statements"]
    return slug


def _statements(client: TestClient, slug: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/statements", params={"article": slug, "sort": "said_on", **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    assert [item["text"] for item in items] == [FIRST, SECOND]
    return items


def _js_slice(text: str, start: int, end: int) -> str:
    """``text.slice(start, end)`` as JavaScript computes it: in UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_every_statement_carries_its_article_source_and_url(
    write_client: TestClient, article: str
) -> None:
    for item in _statements(write_client, article):
        assert item["article"]["source"] == SOURCE
        assert item["article"]["url"] == URL
        assert item["article"]["slug"] == article
    seeded = write_client.get("/v1/statements").json()["items"][0]["article"]
    assert {"source", "url"} <= set(seeded)


def test_span_utf16_is_what_javascript_slices_after_an_emoji(
    write_client: TestClient, article: str
) -> None:
    items = _statements(write_client, article)
    text = write_client.get(f"/v1/articles/{article}").json()["text"]
    for item in items:
        span, utf16 = item["span"], item["span_utf16"]
        assert text[span["start"] : span["end"]] == item["text"]  # code points
        assert _js_slice(text, utf16["start"], utf16["end"]) == item["text"]
        assert _js_slice(text, span["start"], span["end"]) != item["text"]  # the emoji
    first, second = items
    assert first["span_utf16"]["start"] == first["span"]["start"] + 2  # 📈 and 🚀
    assert first["span_utf16"]["end"] == first["span"]["end"] + 2
    assert second["span_utf16"]["start"] == second["span"]["start"] + 2
    assert second["span_utf16"]["end"] == second["span"]["end"] + 3  # and 🌍 inside


def test_span_utf16_is_the_same_everywhere(write_client: TestClient, article: str) -> None:
    listed = _statements(write_client, article)
    detail = write_client.get(f"/v1/articles/{article}").json()["statements"]
    assert [s["span_utf16"] for s in detail] == [s["span_utf16"] for s in listed]
    for item in listed:
        one = write_client.get(f"/v1/statements/{item['id']}").json()
        assert one["span_utf16"] == item["span_utf16"]


def test_without_an_emoji_span_utf16_is_span(client: TestClient) -> None:
    for item in client.get("/v1/statements", params={"limit": 100}).json()["items"]:
        assert item["span_utf16"] == item["span"]
        assert "context" not in item


def test_include_context_gives_the_sentences_around_and_the_attribution(
    write_client: TestClient, article: str
) -> None:
    first, second = _statements(write_client, article, include="context")
    assert first["context"] == {
        "before": "Traders cheered the news.",
        "after": "Bond yields fell.",
        "attribution": "“Inflation is not going away on its own,” said Jane Doe, an economist "
        "at Example Bank.",
    }
    # Two sentences alone on their line: nothing before or after in the paragraph.
    assert second["context"]["before"] is None
    assert second["context"]["after"] is None
    assert second["context"]["attribution"] == "– The 🌍 economy will slow next year."
    detail = write_client.get(f"/v1/statements/{first['id']}", params={"include": "context"})
    assert detail.json()["context"] == first["context"]
    plain = write_client.get(f"/v1/statements/{first['id']}").json()
    assert "context" not in plain


def test_include_context_in_the_exports(write_client: TestClient, article: str) -> None:
    params = {"article": article, "sort": "said_on", "include": "context"}
    listed = _statements(write_client, article, include="context")
    ndjson = write_client.get("/v1/statements.ndjson", params=params)
    assert [json.loads(line) for line in ndjson.text.splitlines()] == listed
    rows = list(
        csv.DictReader(io.StringIO(write_client.get("/v1/statements.csv", params=params).text))
    )
    assert [row["context_before"] for row in rows] == ["Traders cheered the news.", ""]
    assert [row["context_after"] for row in rows] == ["Bond yields fell.", ""]
    assert rows[0]["context_attribution"].startswith("“Inflation is not going away")
    # a cell starting with the dash block's "–" (not a formula start) is left as it is
    assert rows[1]["context_attribution"] == "– The 🌍 economy will slow next year."
    for row, item in zip(rows, listed, strict=True):
        assert row["article_source"] == SOURCE
        assert row["article_url"] == URL
        assert int(row["span_utf16_start"]) == item["span_utf16"]["start"]
        assert int(row["span_utf16_end"]) == item["span_utf16"]["end"]
    plain = write_client.get("/v1/statements.csv", params={"article": article}).text
    assert "context_before" not in plain.splitlines()[0]


@pytest.mark.parametrize("value", ["contexts", "all", "CONTEXT"])
def test_an_unknown_include_is_422(client: TestClient, value: str) -> None:
    for path in ("/v1/statements", "/v1/statements/1", "/v1/statements.ndjson"):
        response = client.get(path, params={"include": value})
        assert response.status_code == 422, path
        assert "include" in response.json()["detail"]


def test_context_stays_within_the_paragraph() -> None:
    text = "Title\n\nFirst one. Second one runs\non here. Third one.\n\nNext paragraph."
    layout = ArticleLayout(text)
    second = text.index("Second")
    assert layout.context(second, second + 6, None) == {
        "before": "First one.",
        "after": "Third one.",
        "attribution": None,
    }
    first = text.index("First")
    assert layout.context(first, first + 5, second) == {
        "before": None,
        "after": "Second one runs\non here.",  # a hard-wrapped sentence keeps its break
        "attribution": "Second one runs\non here.",
    }
    third = text.index("Third")
    assert layout.context(third, third + 5, None)["after"] is None  # not the next paragraph


def test_an_article_without_blank_lines_has_a_paragraph_per_line() -> None:
    text = "Title\nFirst line.\nSecond line. More of it.\nThird line."
    second = text.index("Second")
    assert ArticleLayout(text).context(second, second + 6, None) == {
        "before": None,
        "after": "More of it.",
        "attribution": None,
    }


def test_utf16_length_counts_surrogate_pairs() -> None:
    assert utf16_length("a📈b") == 4
    assert astral_offsets("📈a🌍b") == [0, 2]


def test_migration_0012_fills_the_utf16_shift_of_statements_stored_before(
    tmp_path: Path,
) -> None:
    with fresh_database(tmp_path, "utf16") as url:
        settings = Settings(database_url=url)
        store = Store(settings)
        try:
            store.ingest(ArticleInput(text=ARTICLE, published_on=dt.date(2024, 5, 14)))
            with store.client() as client:
                stored = client.get("/v1/statements", params={"sort": "said_on"}).json()["items"]
            config = alembic_config(settings)
            with unbounded_transaction(store.engine) as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, "0012-1")
            upgrade_to_head(settings, store.engine)
            with store.client() as client:
                refilled = client.get("/v1/statements", params={"sort": "said_on"}).json()["items"]
        finally:
            store.engine.dispose()
    assert [item["text"] for item in stored] == [FIRST, SECOND]
    assert [item["span_utf16"]["start"] - item["span"]["start"] for item in stored] == [2, 2]
    assert [item["span_utf16"] for item in refilled] == [item["span_utf16"] for item in stored]
