"""A one-word search's total, read from the maintained count of statements per word
(PostgreSQL, migration 0013) instead of counted in the index; every other
query, and SQLite, counts. Each expectation here is a count of the index itself."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.ingest.schemas import ArticleInput
from app.main import create_app
from app.search import backend
from app.search.query import parse_query
from tests.conftest import Store
from tests.databases import PG_URL

on_postgresql = pytest.mark.skipif(not PG_URL, reason="the count per word is PostgreSQL's")

_RECOUNT = (
    "SELECT word, count(*) FROM search.statements, unnest(tsvector_to_array(document)) AS word "
    "GROUP BY word"
)


def _maintained(session: Session) -> dict[str, int]:
    rows = session.execute(text("SELECT word, statements FROM search.statement_words"))
    return {row.word: row.statements for row in rows if row.statements}


def _recounted(session: Session) -> dict[str, int]:
    return {row.word: row.count for row in session.execute(text(_RECOUNT))}


@pytest.mark.parametrize(
    ("q", "word"),
    [
        ("tokayev", "tokayev"),
        ('"Tokayev"', "tokayev"),
        ("Čeština", "cestina"),
        ("stabil*", None),
        ("csto kazakhstan", None),
        ("csto OR tokayev", None),
        ('"the organization"', None),
        ("the -csto", None),
    ],
)
def test_only_a_single_plain_word_reads_the_count(q: str, word: str | None) -> None:
    assert backend.single_word(parse_query(q)) == word


@on_postgresql
def test_the_counts_per_word_are_the_index_s_own(seeded_store: Store) -> None:
    with seeded_store.factory() as session:
        recounted = _recounted(session)
        assert len(recounted) > 50
        assert _maintained(session) == recounted


@on_postgresql
def test_writes_keep_the_counts_exact(store: Store) -> None:
    before = store.ingest(
        ArticleInput(
            text=(
                "Spice report\n\nJane Doe, an economist at Example Bank, says:\n\n"
                "– Zanzibar cloves and zanzibar pepper will cost more this winter.\n\n"
                "– The cloves of Zanzibar are the best, she added."
            ),
            published_on=dt.date(2023, 3, 1),
        )
    )
    with store.factory() as session:
        counted = _recounted(session)
        assert counted["zanzibar"] == 2
        assert _maintained(session) == counted
        session.execute(
            text("UPDATE statements SET text = 'Nutmeg only.' WHERE article_id = :a"),
            {"a": before.article_id},
        )
        counted = _recounted(session)
        assert "zanzibar" not in counted
        assert counted["nutmeg"] == 2
        assert _maintained(session) == counted
        session.execute(
            text("DELETE FROM statements WHERE article_id = :a"), {"a": before.article_id}
        )
        assert _maintained(session) == _recounted(session)
        assert "nutmeg" not in _maintained(session)


@on_postgresql
@pytest.mark.parametrize("cap", [1, 2, 1000])
def test_a_one_word_total_is_the_capped_count(seeded_store: Store, cap: int) -> None:
    with seeded_store.factory() as session:
        words = [*sorted(_recounted(session)), "absentword"]
        for word in words:
            query = parse_query(word)
            read = session.scalar(backend.count_matches("postgresql", "statements", query, cap))
            ids = backend.matching_ids("postgresql", "statements", query)
            counted = session.scalar(backend.capped_count(ids, cap))
            assert read == counted, (word, cap)


@on_postgresql
def test_the_api_total_of_one_word_says_when_it_is_capped(seeded_store: Store) -> None:
    changed = seeded_store.settings.model_copy(
        update={"response_cache_entries": 0, "search_total_cap": 2}
    )
    with seeded_store.factory() as session:
        counts = _recounted(session)
    many = next(word for word, n in sorted(counts.items()) if n > 2)
    one = next(word for word, n in sorted(counts.items()) if n == 1)
    with TestClient(create_app(changed)) as client:
        body = client.get("/v1/statements", params={"q": many}).json()
        assert (body["total"], body["total_exact"]) == (2, False)
        body = client.get("/v1/statements", params={"q": one}).json()
        assert (body["total"], body["total_exact"]) == (1, True)
        assert len(body["items"]) == 1
