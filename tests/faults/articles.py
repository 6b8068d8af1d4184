"""Distinct articles, each with several statements, for the write-path fault tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text

from app.core.config import Settings
from app.core.db import create_db_engine, create_session_factory
from app.ingest.loader import extract, load_tagger
from app.ingest.schemas import ArticleInput

TEMPLATE = """Central bank surprises markets, report {i}

Analysts were caught off guard on Tuesday, in update number {i}.

Maria Lopez, chief economist at Banco Ejemplo, says:

– The decision shows the bank is worried about inflation expectations, not growth.

John Smith, a strategist at Example Capital, disagreed.

– This is a policy mistake that will hurt borrowers, case {i}.

Anna Petrova, professor of economics at Example University, says:

– Markets will adjust within a few weeks.

Source: example.com
"""


def article(i: int) -> dict[str, Any]:
    return {"text": TEMPLATE.format(i=i), "published_on": "2024-05-14"}


def incomplete_articles(database_url: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Slugs of stored articles whose statements differ from what their text parses to.

    An article is complete when its stored statements are exactly the parse of its
    stored text: same count, same spans. Anything else is half an article.
    """
    engine: Engine = create_db_engine(Settings(database_url=database_url))
    try:
        factory = create_session_factory(engine)
        with factory() as session:
            tagger = load_tagger(session)
            rows = session.execute(
                text("SELECT id, slug, text, published_on FROM articles ORDER BY id")
            ).all()
            broken = []
            for article_id, slug, body, published_on in rows:
                if slug in skip:
                    continue
                stored = session.execute(
                    text(
                        "SELECT span_start, span_end FROM statements "
                        "WHERE article_id = :id ORDER BY position"
                    ),
                    {"id": article_id},
                ).all()
                parsed = extract(ArticleInput(text=body, published_on=published_on), tagger).parsed
                expected = [(s.start, s.end) for s in parsed.statements]
                if [tuple(r) for r in stored] != expected:
                    broken.append(slug)
            return broken
    finally:
        engine.dispose()
