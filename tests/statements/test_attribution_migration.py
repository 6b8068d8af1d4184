"""Migration 0008 fills the attribution of stored statements by re-parsing their articles.

The store is built at the head, taken back to before 0008 (which drops the columns), and
brought up again with a parser that gives known attributions to some statements.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.core.config import Settings
from app.core.migrations import alembic_config, unbounded_transaction, upgrade_to_head
from app.ingest import parser
from app.ingest.parsed import ParsedArticle, ParsedAttribution
from app.ingest.schemas import ArticleInput
from tests.conftest import Store
from tests.databases import fresh_database

SECOND = (
    "Rates on hold\n\n"
    '"We will wait and see," said John Roe, a strategist at Fund House.\n\n'
    "Jane Doe, an economist at Example Bank, said that rates would stay where they are.\n"
)
TITLE = "Central bank leaves rates unchanged"
REAL_PARSE = parser.parse_article


def _evidenced(text: str, published_on: dt.date, *, title: str | None = None) -> ParsedArticle:
    """The real parse, with a known attribution on every other statement."""
    parsed = REAL_PARSE(text, published_on, title=title)
    statements = [
        s.model_copy(
            update={
                "attribution": ParsedAttribution(
                    cue=text[s.start : s.start + 3],
                    cue_start=s.start,
                    cue_end=s.start + 3,
                    rule=f"rule-{s.start}",
                    confidence=0.5 + index / 100,
                )
                if index % 2 == 0
                else None
            }
        )
        for index, s in enumerate(parsed.statements)
    ]
    return parsed.model_copy(update={"statements": statements})


def _down_to_before_0008(settings: Settings, store: Store) -> None:
    config = alembic_config(settings)
    before = ScriptDirectory.from_config(config).get_revision("0008").down_revision
    assert isinstance(before, str)
    with unbounded_transaction(store.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, before)


def test_upgrade_fills_attributions_by_span(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fresh_database(tmp_path, "attribution") as url:
        settings = Settings(database_url=url)
        store = Store(settings)
        try:
            store.seed()
            store.ingest(
                # stored under a title of its own, not its first line
                ArticleInput(text=SECOND, published_on=dt.date(2024, 5, 14), title=TITLE),
            )
            _down_to_before_0008(settings, store)
            monkeypatch.setattr(parser, "parse_article", _evidenced)
            upgrade_to_head(settings, store.engine)
            with store.client() as client:
                items: list[dict[str, Any]] = client.get(
                    "/v1/statements", params={"limit": 100}
                ).json()["items"]
                articles = {a["slug"]: a for a in client.get("/v1/articles").json()["items"]}
                texts = {
                    slug: client.get(f"/v1/articles/{slug}").json()["text"] for slug in articles
                }
        finally:
            store.engine.dispose()
    assert len(articles) == 2
    checked = 0
    assert TITLE in {a["title"] for a in articles.values()}
    for slug, article in articles.items():
        day = dt.date.fromisoformat(article["published_on"])
        reparsed = _evidenced(texts[slug], day, title=article["title"])
        expected = {(s.start, s.end): s.attribution for s in reparsed.statements}
        mine = [i for i in items if i["article"]["slug"] == slug]
        assert len(mine) == len(expected) > 0
        for item in mine:
            want = expected[(item["span"]["start"], item["span"]["end"])]
            if want is None:
                assert item["attribution"] is None
                continue
            checked += 1
            assert item["attribution"] == {
                "cue": want.cue,
                "cue_span": {"start": want.cue_start, "end": want.cue_end},
                "rule": want.rule,
                "confidence": pytest.approx(want.confidence),
            }
    assert checked >= 2
