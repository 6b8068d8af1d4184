"""Trigger-maintained aggregates equal the same figures recomputed from the base tables.

Every check compares whole dicts: the maintained counters and tables on one side, a
GROUP BY over ``statements`` and ``statement_topics`` on the other. Writes go through the
API where the API can make them, and straight to the tables for what it cannot (an
unattributed statement, an edited statement, a deleted expert), since the triggers are
there precisely so that every writer stays correct.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import delete, distinct, func, insert, select, update
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.db import PG_WRITE_LOCK_KEY
from app.core.migrations import alembic_config
from app.models import (
    Expert,
    ExpertMonth,
    ExpertTopic,
    Statement,
    StatementTopic,
    StoreCounts,
    Topic,
)
from app.statements.facets import month_of
from tests.conftest import Store
from tests.databases import fresh_database

CORPUS = Path(__file__).parents[1] / "ingest" / "corpus"
# a few corpus articles, dated so that timelines span months (and one precedes the seed)
ARTICLES = {
    "01-wire-rates": "2021-11-03",
    "04-multipara-climate": "2022-03-15",
    "11-officials-border": "2022-01-20",
    "20-mixed-sanctions": "2022-06-01",
}

Aggregates = dict[str, dict[Any, Any]]


def recomputed(session: Session) -> Aggregates:
    """Every maintained figure, counted afresh from statements and statement_topics."""
    by_expert = dict.fromkeys(session.scalars(select(Expert.id)), (0, None))
    by_expert |= {
        expert_id: (n, last)
        for expert_id, n, last in session.execute(
            select(Statement.expert_id, func.count(), func.max(Statement.said_on))
            .where(Statement.expert_id.is_not(None))
            .group_by(Statement.expert_id)
        )
    }
    tagged = select(StatementTopic.topic_id, Statement.expert_id).join(
        Statement, Statement.id == StatementTopic.statement_id
    )
    by_topic = dict.fromkeys(session.scalars(select(Topic.id)), (0, 0))
    by_topic |= {
        topic_id: (n, experts)
        for topic_id, n, experts in session.execute(
            select(
                StatementTopic.topic_id,
                func.count(),
                func.count(distinct(Statement.expert_id)),
            )
            .join(Statement, Statement.id == StatementTopic.statement_id)
            .group_by(StatementTopic.topic_id)
        )
    }
    pairs = tagged.where(Statement.expert_id.is_not(None)).subquery()
    month = month_of(session.get_bind().dialect.name, Statement.said_on)
    return {
        "statements": session.scalar(select(func.count()).select_from(Statement)),
        "experts": by_expert,
        "topics": by_topic,
        "expert_topics": {
            (expert_id, topic_id): n
            for topic_id, expert_id, n in session.execute(
                select(pairs.c.topic_id, pairs.c.expert_id, func.count()).group_by(
                    pairs.c.topic_id, pairs.c.expert_id
                )
            )
        },
        "expert_months": {
            (expert_id, key): n
            for expert_id, key, n in session.execute(
                select(Statement.expert_id, month, func.count())
                .where(Statement.expert_id.is_not(None))
                .group_by(Statement.expert_id, month)
            )
        },
    }


def maintained(session: Session) -> Aggregates:
    """The same figures as the triggers keep them."""
    return {
        "statements": session.scalar(select(StoreCounts.statements).where(StoreCounts.id == 1)),
        "experts": {
            row.id: (row.statement_count, row.last_said_on)
            for row in session.execute(
                select(Expert.id, Expert.statement_count, Expert.last_said_on)
            )
        },
        "topics": {
            row.id: (row.statement_count, row.expert_count)
            for row in session.execute(select(Topic.id, Topic.statement_count, Topic.expert_count))
        },
        "expert_topics": {
            (row.expert_id, row.topic_id): row.statement_count
            for row in session.execute(select(ExpertTopic)).scalars().all()
        },
        "expert_months": {
            (row.expert_id, row.month): row.statement_count
            for row in session.execute(select(ExpertMonth)).scalars().all()
        },
    }


def assert_exact(store: Store) -> Aggregates:
    with store.factory() as session:
        found, expected = maintained(session), recomputed(session)
    assert found == expected
    return found


def _corpus_body(name: str, published_on: str) -> dict[str, Any]:
    return {
        "text": (CORPUS / f"{name}.txt").read_text(encoding="utf-8"),
        "published_on": published_on,
    }


def _topic_counts(client: TestClient) -> dict[str, tuple[int, int]]:
    items = client.get("/v1/topics", params={"limit": 100}).json()["items"]
    return {t["slug"]: (t["statement_count"], t["expert_count"]) for t in items}


def test_seed_aggregates_are_exact(store: Store) -> None:
    found = assert_exact(store)
    assert found["expert_topics"]
    assert found["expert_months"]


def test_ingest_delete_and_reingest_keep_aggregates_exact(
    store: Store, write_client: TestClient, auth: dict[str, str]
) -> None:
    before = _topic_counts(write_client)
    idle = {slug for slug, (n, _) in before.items() if n == 0}
    slugs = {}
    for name, published_on in ARTICLES.items():
        response = write_client.post(
            "/v1/articles", json=_corpus_body(name, published_on), headers=auth
        )
        assert response.status_code == 201, response.text
        slugs[name] = response.json()["slug"]
        assert_exact(store)
    grown = _topic_counts(write_client)
    woken = {slug for slug in idle if grown[slug][0] > 0}
    assert woken, "the added articles should tag a topic the seed leaves empty"

    for name in ARTICLES:
        assert write_client.delete(f"/v1/articles/{slugs[name]}", headers=auth).status_code == 204
        assert_exact(store)
    assert _topic_counts(write_client) == before  # the woken topics are back at zero

    for name, published_on in ARTICLES.items():
        body = _corpus_body(name, published_on)
        assert write_client.post("/v1/articles", json=body, headers=auth).status_code == 201
    assert _topic_counts(write_client) == grown
    assert_exact(store)

    # the API shows the maintained figures: every expert's list entry and timeline
    with store.factory() as session:
        expected = recomputed(session)
        ids = dict(session.execute(select(Expert.slug, Expert.id)).all())
    experts = write_client.get("/v1/experts", params={"limit": 100}).json()["items"]
    for item in experts:
        count, last = expected["experts"][ids[item["slug"]]]
        assert (item["statement_count"], item["last_said_on"]) == (
            count,
            last.isoformat() if last else None,
        )
        detail = write_client.get(f"/v1/experts/{item['slug']}").json()
        months = {m["month"]: m["count"] for m in detail["timeline"] if m["count"]}
        assert months == {
            key: n
            for (expert_id, key), n in expected["expert_months"].items()
            if expert_id == ids[item["slug"]]
        }


def test_writers_other_than_the_loader_keep_aggregates_exact(store: Store) -> None:
    """Unattributed statements, edits, tag removal and a deleted expert (SET NULL)."""
    with store.factory() as session:
        expert_id, article_id = session.execute(
            select(Statement.expert_id, Statement.article_id)
            .where(Statement.expert_id.is_not(None))
            .order_by(Statement.id)
            .limit(1)
        ).one()
        topic_ids = session.scalars(select(Topic.id).order_by(Topic.id)).all()
        common = {"article_id": article_id, "kind": "quote", "text": "x", "span_start": 0}
        unattributed, extra = session.scalars(
            insert(Statement).returning(Statement.id, sort_by_parameter_order=True),
            [
                {
                    **common,
                    "expert_id": None,
                    "said_on": dt.date(2022, 2, 1),
                    "position": 90,
                    "span_end": 1,
                },
                {
                    **common,
                    "expert_id": expert_id,
                    "said_on": dt.date(2023, 5, 2),
                    "position": 91,
                    "span_end": 1,
                },
            ],
        ).all()
        session.execute(
            insert(StatementTopic),
            [
                {
                    "statement_id": sid,
                    "topic_id": tid,
                    "matched_terms": [],
                    "said_on": day,
                    "position": 90,
                }
                for sid, day in ((unattributed, dt.date(2022, 2, 1)), (extra, dt.date(2023, 5, 2)))
                for tid in topic_ids[-2:]
            ],
        )
        session.commit()
    found = assert_exact(store)
    assert found["experts"][expert_id][1] == dt.date(2023, 5, 2)

    steps = [
        update(Statement).where(Statement.id == extra).values(said_on=dt.date(2020, 1, 1)),
        update(Statement).where(Statement.id == unattributed).values(expert_id=expert_id),
        update(Statement).where(Statement.id == extra).values(expert_id=None),
        delete(StatementTopic).where(StatementTopic.statement_id == unattributed),
        delete(Statement).where(Statement.id == extra),
        delete(Expert).where(Expert.id == expert_id),  # its statements become unattributed
    ]
    for step in steps:
        with store.factory() as session:
            session.execute(step)
            session.commit()
        assert_exact(store)
    with store.factory() as session:
        assert session.scalar(select(func.count()).where(ExpertTopic.expert_id == expert_id)) == 0


def test_backfill_rebuilds_what_the_triggers_kept(tmp_path: Path) -> None:
    """Downgrade then upgrade a seeded store: the set-based backfill equals the triggers."""
    with fresh_database(tmp_path, "backfill") as url:
        store = Store(Settings(database_url=url))
        try:
            store.seed()
            kept = assert_exact(store)
            config = alembic_config(store.settings)
            for target in ("0003", "head"):
                with store.engine.begin() as connection:
                    config.attributes["connection"] = connection
                    (command.downgrade if target == "0003" else command.upgrade)(config, target)
            assert assert_exact(store) == kept
        finally:
            store.engine.dispose()


def test_writers_take_the_lock_the_triggers_take() -> None:
    # PostgreSQL writers queue on one advisory lock taken when their transaction begins;
    # the triggers of migration 0004 take the same key, so a writer that skipped it would
    # still queue there, only later.
    path = Path(__file__).parents[2] / "migrations" / "versions" / "2026_11_28_aggregates.py"
    spec = importlib.util.spec_from_file_location("aggregates_migration", path)
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.PG_LOCK_KEY == PG_WRITE_LOCK_KEY


def test_the_unfiltered_total_is_counted_when_its_row_is_missing(
    store: Store, write_client: TestClient
) -> None:
    expected = write_client.get("/v1/statements").json()["total"]
    assert expected == assert_exact(store)["statements"] > 0
    # through the store's sessions, so the deletion is rolled back with the test (a
    # connection of its own would commit it and leave later tests without the row)
    with store.factory.begin() as session:
        session.execute(delete(StoreCounts))
    # another page size: a new request, not the response cache's copy of the first
    assert write_client.get("/v1/statements?limit=5").json()["total"] == expected
