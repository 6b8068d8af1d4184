"""A rule that raises is a bug: the parser raises ParseError, never half-parses, and the
write path answers 422 with a problem document and stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from app.ingest import walk as walk_module
from app.ingest.errors import ParseError
from app.ingest.parser import parse_article

ARTICLE = (
    "Rates hold\n\n"
    "“We will wait for the data,” said Maria Lopez, chief economist at Foo Bank.\n\n"
    "Markets rose."
)


def _broken_rule(*_args: object, **_kwargs: object) -> None:
    raise IndexError("a rule read past its paragraph")


def test_a_rule_that_raises_is_a_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(walk_module, "paraphrase_in", _broken_rule)
    with pytest.raises(ParseError, match="IndexError: a rule read past its paragraph"):
        parse_article(ARTICLE, dt.date(2024, 5, 17))


def test_without_the_fault_the_same_text_parses() -> None:
    parsed = parse_article(ARTICLE, dt.date(2024, 5, 17))
    assert [s.text for s in parsed.statements] == ["We will wait for the data"]
    assert parsed.warnings == []


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/articles/preview"])
def test_the_write_path_refuses_an_unparseable_text_with_422(
    monkeypatch: pytest.MonkeyPatch, write_client: TestClient, auth: dict[str, str], path: str
) -> None:
    before = write_client.get("/v1/articles").json()["total"]
    monkeypatch.setattr(walk_module, "paraphrase_in", _broken_rule)
    body = {"text": ARTICLE, "published_on": "2024-05-17", "url": "https://example.org/rates"}
    response = write_client.post(path, json=body, headers=auth)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "could not be parsed" in response.json()["detail"]
    monkeypatch.undo()
    assert write_client.get("/v1/articles").json()["total"] == before
