"""A rule that raises is a bug: the parser raises ParseError, never half-parses, and the
write path answers 422 with a problem document and stores nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.articles.parsing import PARSER_MODULES, parse_text
from app.core.deadline_pool import DeadlinePool
from app.ingest.errors import ParseError
from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article
from app.ingest.walk_rules import ordinary as walk_module
from app.main import create_app
from tests.conftest import Store

ARTICLE = (
    "Rates hold\n\n"
    "“We will wait for the data,” said Maria Lopez, chief economist at Foo Bank.\n\n"
    "Markets rose."
)


def _broken_rule(*_args: object, **_kwargs: object) -> None:
    raise IndexError("a rule read past its paragraph")


def broken_parse(text: str, published_on: dt.date, title: str | None) -> ParsedArticle:
    """``parse_text`` in a worker process whose reported-speech rule is broken."""
    walk_module.paraphrase_in = _broken_rule  # type: ignore[assignment]
    return parse_text(text, published_on, title)


class BrokenRulePool(DeadlinePool):
    """The app's pool of parse workers, each with the broken rule: the write path parses
    in worker processes, so the fault must be there, not in the test's process."""

    def run(self, seconds: float, fn: Any, *args: Any) -> Any:
        return super().run(seconds, broken_parse if fn is parse_text else fn, *args)


@pytest.fixture
def broken_client(store: Store) -> Iterator[TestClient]:
    app = create_app(store.settings)
    app.state.parser_pool = BrokenRulePool(1, preload=PARSER_MODULES)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
    app.state.parser_pool.close()


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
    broken_client: TestClient, write_client: TestClient, auth: dict[str, str], path: str
) -> None:
    before = write_client.get("/v1/articles").json()["total"]
    body = {"text": ARTICLE, "published_on": "2024-05-17", "url": "https://example.org/rates"}
    response = broken_client.post(path, json=body, headers=auth)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "could not be parsed" in response.json()["detail"]
    assert write_client.get("/v1/articles").json()["total"] == before
