"""One topic's total within dates is read from ``topic_days`` (migration 0014), a count per
topic and day kept by triggers; it must stay equal to a COUNT(*) over the statements.

Each check compares the whole table with a GROUP BY over ``statement_topics``, and the
``total`` the API answers with a COUNT(*) over the statements for ranges whose edges sit
on a day with statements, the day before and the day after (``from`` and ``to`` are
inclusive). Writes go through the API where it can make them (ingest, delete, ingest
again), through the seed's re-tagging for a taxonomy change, and straight to the tables
for what no API does (moved dates and topics, a deleted topic or expert).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.migrations import alembic_config
from app.ingest.seed import sync_taxonomy
from app.ingest.topics import TopicDefinition
from app.main import create_app
from app.models import Expert, Statement, StatementTopic, Topic, TopicDay
from app.statements.filters import one_topic_within_dates
from app.statements.schemas import StatementFilter
from tests.conftest import Store
from tests.databases import fresh_database

CORPUS = Path(__file__).parents[1] / "ingest" / "corpus"
ARTICLES = {
    "01-wire-rates": "2021-11-03",
    "04-multipara-climate": "2022-03-15",
    "11-officials-border": "2022-01-20",
    "20-mixed-sanctions": "2022-06-01",
}
DAY = dt.timedelta(days=1)

Days = dict[tuple[int, dt.date], int]
Range = tuple[dt.date | None, dt.date | None]


def kept_days(session: Session) -> Days:
    return {
        (row.topic_id, row.said_on): row.statement_count
        for row in session.execute(select(TopicDay)).scalars()
    }


def recounted_days(session: Session) -> Days:
    return {
        (topic_id, said_on): n
        for topic_id, said_on, n in session.execute(
            select(StatementTopic.topic_id, StatementTopic.said_on, func.count()).group_by(
                StatementTopic.topic_id, StatementTopic.said_on
            )
        )
    }


def counted(session: Session, topic_id: int, date_from: dt.date | None, to: dt.date | None) -> int:
    """COUNT(*) of the topic's statements said from ``date_from`` to ``to``, both kept."""
    statement = (
        select(func.count())
        .select_from(Statement)
        .join(StatementTopic, StatementTopic.statement_id == Statement.id)
        .where(StatementTopic.topic_id == topic_id)
    )
    if date_from is not None:
        statement = statement.where(Statement.said_on >= date_from)
    if to is not None:
        statement = statement.where(Statement.said_on <= to)
    return session.scalar(statement) or 0


def edge_ranges(days: list[dt.date]) -> Iterator[Range]:
    """Ranges whose edges are days with statements and the days just outside them."""
    first, last = days[0], days[-1]
    middle = days[len(days) // 2]
    yield first, last
    yield first - DAY, last + DAY
    yield first + DAY, last - DAY  # both edge days left out (empty when they are one day)
    yield middle, middle
    yield middle + DAY, None
    yield None, middle - DAY
    yield middle, None
    yield None, middle
    yield last + DAY, None
    yield last, first - DAY  # `to` before `from`


def total(client: TestClient, slug: str, date_from: dt.date | None, to: dt.date | None) -> int:
    params: dict[str, Any] = {"topic": slug, "limit": 1}
    if date_from is not None:
        params["from"] = date_from.isoformat()
    if to is not None:
        params["to"] = to.isoformat()
    response = client.get("/v1/statements", params=params)
    assert response.status_code == 200, response.text
    found: int = response.json()["total"]
    return found


def assert_days(store: Store) -> Days:
    """The table equals a recount of the tags."""
    with store.factory() as session:
        kept = kept_days(session)
        assert kept == recounted_days(session)
    return kept


def assert_exact(store: Store, client: TestClient) -> Days:
    """The table equals the recount, and every topic's total within its edge ranges equals
    a COUNT(*)."""
    kept = assert_days(store)
    with store.factory() as session:
        slugs = dict(session.execute(select(Topic.id, Topic.slug)).all())
        by_topic: dict[int, list[dt.date]] = {}
        for topic_id, day in sorted(kept):
            by_topic.setdefault(topic_id, []).append(day)
        expected = {
            (topic_id, bounds): counted(session, topic_id, *bounds)
            for topic_id, days in by_topic.items()
            for bounds in edge_ranges(days)
        }
    found = {
        (topic_id, bounds): total(client, slugs[topic_id], *bounds) for topic_id, bounds in expected
    }
    assert found == expected
    return kept


@pytest.fixture
def uncached(store: Store) -> Iterator[TestClient]:
    """The API without its response cache: a write made straight to the tables moves the
    data version, but a cache reads that only every ``data_version_ttl_seconds``."""
    settings = store.settings.model_copy(update={"response_cache_entries": 0})
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def _corpus_body(name: str, published_on: str) -> dict[str, Any]:
    return {
        "text": (CORPUS / f"{name}.txt").read_text(encoding="utf-8"),
        "published_on": published_on,
    }


def test_the_seed_days_are_exact(seeded_store: Store, client: TestClient) -> None:
    assert assert_exact(seeded_store, client)


def test_ingest_delete_and_ingest_again_keep_the_days_exact(
    store: Store, uncached: TestClient, auth: dict[str, str]
) -> None:
    seeded = assert_exact(store, uncached)
    slugs = {}
    for name, published_on in ARTICLES.items():
        response = uncached.post(
            "/v1/articles", json=_corpus_body(name, published_on), headers=auth
        )
        assert response.status_code == 201, response.text
        slugs[name] = response.json()["slug"]
        assert_days(store)
    grown = assert_exact(store, uncached)
    assert set(grown) > set(seeded)

    for name in ARTICLES:
        assert uncached.delete(f"/v1/articles/{slugs[name]}", headers=auth).status_code == 204
        assert_days(store)
    assert assert_exact(store, uncached) == seeded  # the emptied days are gone

    # ingested again, one of them a day later: the same statements on other days
    for name, published_on in ARTICLES.items():
        day = dt.date.fromisoformat(published_on)
        if name == "04-multipara-climate":
            day += DAY
        body = _corpus_body(name, day.isoformat())
        assert uncached.post("/v1/articles", json=body, headers=auth).status_code == 201
        assert_days(store)
    assert_exact(store, uncached)


def _statement_rows(article_id: int, expert_id: int | None, days: list[dt.date]) -> list[Any]:
    return [
        {
            "article_id": article_id,
            "expert_id": expert_id,
            "kind": "quote",
            "text": "A sentence written for this test.",
            "said_on": day,
            "position": 100 + index,
            "span_start": 0,
            "span_end": 1,
        }
        for index, day in enumerate(days)
    ]


def test_other_writers_keep_the_days_exact(store: Store, uncached: TestClient) -> None:
    """Many tags of one day in one INSERT, moved dates and topics, a tag deleted, a
    statement and a topic deleted (their tags go by cascade), an expert deleted."""
    with store.factory() as session:
        expert_id, article_id = session.execute(
            select(Statement.expert_id, Statement.article_id)
            .where(Statement.expert_id.is_not(None))
            .order_by(Statement.id)
            .limit(1)
        ).one()
        first_topic, second_topic = session.scalars(select(Topic.id).order_by(Topic.id)).all()[:2]
        busy = dt.date(2023, 5, 2)
        days = [busy] * 40 + [busy - DAY, busy + DAY, dt.date(2023, 5, 31), dt.date(2023, 6, 1)]
        ids = session.scalars(
            insert(Statement).returning(Statement.id, sort_by_parameter_order=True),
            _statement_rows(article_id, expert_id, days),
        ).all()
        said = dict(zip(ids, days, strict=True))
        session.execute(
            insert(StatementTopic),
            [
                {
                    "statement_id": statement_id,
                    "topic_id": topic_id,
                    "matched_terms": [],
                    "said_on": day,
                    "position": 100,
                }
                for statement_id, day in said.items()
                for topic_id in (first_topic, second_topic)
            ],
        )
        session.commit()
        slug = session.scalar(select(Topic.slug).where(Topic.id == first_topic))
        assert slug is not None
    kept = assert_exact(store, uncached)
    assert kept[(first_topic, busy)] >= 40
    # the edges, by hand: from and to are inclusive
    assert total(uncached, slug, busy, busy) == kept[(first_topic, busy)]
    assert total(uncached, "no-such-topic", busy, busy) == 0
    assert total(uncached, slug, busy + DAY, busy - DAY) == 0
    may = uncached.get("/v1/statements", params={"topic": slug, "month": "2023-05"}).json()
    with store.factory() as session:
        assert may["total"] == counted(
            session, first_topic, dt.date(2023, 5, 1), dt.date(2023, 5, 31)
        )

    moved, other = ids[0], ids[1]
    steps: list[list[Any]] = [
        [  # a statement said on another day: the statement and its tags move together
            update(Statement).where(Statement.id == moved).values(said_on=dt.date(2020, 2, 29)),
            update(StatementTopic)
            .where(StatementTopic.statement_id == moved)
            .values(said_on=dt.date(2020, 2, 29)),
        ],
        [  # a tag moved to another topic
            update(StatementTopic)
            .where(StatementTopic.statement_id == other, StatementTopic.topic_id == first_topic)
            .values(topic_id=third_topic(store, first_topic, second_topic))
        ],
        [update(StatementTopic).where(StatementTopic.statement_id == ids[2]).values(position=7)],
        [delete(StatementTopic).where(StatementTopic.statement_id == ids[3])],
        [delete(Statement).where(Statement.id.in_(ids[4:10]))],
        [delete(Expert).where(Expert.id == expert_id)],
        [delete(Topic).where(Topic.id == second_topic)],
    ]
    for step in steps:
        with store.factory() as session:
            for statement in step:
                session.execute(statement)
            session.commit()
        assert_exact(store, uncached)
    with store.factory() as session:
        assert not session.scalar(select(func.count()).where(TopicDay.topic_id == second_topic))


def third_topic(store: Store, *taken: int) -> int:
    with store.factory() as session:
        found = session.scalar(select(Topic.id).where(Topic.id.not_in(taken)).order_by(Topic.id))
    assert found is not None
    return found


def test_a_taxonomy_change_keeps_the_days_exact(store: Store, uncached: TestClient) -> None:
    """Changed topics re-tag every statement (``sync_taxonomy``): all tags deleted and
    written again, in one transaction."""
    before = assert_days(store)
    with store.factory() as session:
        topics = session.scalars(select(Topic).order_by(Topic.id)).all()
        # the busiest topic loses its terms for one never said; another gains a common word
        busiest = max(topics, key=lambda t: t.statement_count)
        widened = next(t for t in reversed(topics) if t.id != busiest.id)
        definitions = [
            TopicDefinition(
                slug=t.slug,
                name=t.name,
                description=t.description,
                terms=(
                    ["zzyzx-never-said"]
                    if t is busiest
                    else [*t.terms, "the"]
                    if t is widened
                    else list(t.terms)
                ),
            )
            for t in topics
        ]
        assert sync_taxonomy(session, definitions) == 2
        session.commit()
    after = assert_exact(store, uncached)
    assert after != before
    assert not any(topic_id == busiest.id for topic_id, _ in after)
    assert sum(n for (topic_id, _), n in after.items() if topic_id == widened.id) > sum(
        n for (topic_id, _), n in before.items() if topic_id == widened.id
    )


def test_the_total_of_one_topic_within_dates_is_the_maintained_sum(
    store: Store, uncached: TestClient
) -> None:
    """Tampering with one day moves the totals the days answer (one topic with from, to,
    both, or a month) and no other: with another filter as well, the statements are
    counted."""
    with store.factory() as session:
        topic_id, day = session.execute(
            select(TopicDay.topic_id, TopicDay.said_on)
            .order_by(TopicDay.statement_count.desc(), TopicDay.topic_id)
            .limit(1)
        ).one()
        slug = session.scalar(select(Topic.slug).where(Topic.id == topic_id))
    month = day.strftime("%Y-%m")
    shapes: list[dict[str, Any]] = [
        {"from": day.isoformat(), "to": day.isoformat()},
        {"from": day.isoformat()},
        {"to": day.isoformat()},
        {"month": month},
        {"from": day.isoformat(), "to": day.isoformat(), "kind": "quote"},
        {"from": day.isoformat(), "kind": "paraphrase"},
        {},
    ]
    answered_by_days = 4

    def totals(limit: int) -> list[int]:
        return [
            uncached.get("/v1/statements", params={"topic": slug, "limit": limit, **shape}).json()[
                "total"
            ]
            for shape in shapes
        ]

    exact = totals(1)
    with store.factory() as session:
        session.execute(
            update(TopicDay)
            .where(TopicDay.topic_id == topic_id, TopicDay.said_on == day)
            .values(statement_count=TopicDay.statement_count + 1000)
        )
        session.commit()
    tampered = totals(2)
    moved = [after - before for before, after in zip(exact, tampered, strict=True)]
    assert moved == [1000] * answered_by_days + [0] * (len(shapes) - answered_by_days)


def test_the_days_answer_only_one_topic_with_dates() -> None:
    day = dt.date(2022, 1, 10)
    answered = [
        StatementFilter(topic=["a"], date_from=day),
        StatementFilter(topic=["a"], date_to=day),
        StatementFilter(topic=["a"], date_from=day, date_to=day),
    ]
    counted_otherwise = [
        StatementFilter(topic=["a"]),  # the topic's own counter answers it
        StatementFilter(date_from=day, date_to=day),
        StatementFilter(topic=["a", "b"], date_from=day),
        StatementFilter(topic=["a"], date_from=day, kind="quote"),
        StatementFilter(topic=["a"], expert=["x"], date_from=day),
        StatementFilter(topic=["a"], date_from=day, q="word"),
    ]
    assert [one_topic_within_dates(f) for f in answered] == [True] * len(answered)
    assert [one_topic_within_dates(f) for f in counted_otherwise] == [False] * len(
        counted_otherwise
    )


def test_downgrade_and_upgrade_rebuild_the_days(tmp_path: Path) -> None:
    """Down to 0013 the table and its triggers go (writes still work); back up, the
    backfill counts the store as the triggers would have."""
    with fresh_database(tmp_path, "topic_days") as url:
        store = Store(Settings(database_url=url))
        try:
            store.seed()
            with store.factory() as session:
                kept = kept_days(session)
                assert kept == recounted_days(session)
            config = alembic_config(store.settings)
            with store.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, "0013")
            with store.engine.connect() as connection:
                assert "topic_days" not in inspect(connection).get_table_names()
            with store.engine.begin() as connection:  # a write with no trigger to fire
                connection.execute(
                    delete(StatementTopic).where(
                        StatementTopic.statement_id
                        == select(func.min(StatementTopic.statement_id)).scalar_subquery()
                    )
                )
            with store.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            with store.factory() as session:
                rebuilt = kept_days(session)
                assert rebuilt == recounted_days(session)
            assert sum(rebuilt.values()) < sum(kept.values())
        finally:
            store.engine.dispose()


def test_sqlite_reads_the_range_of_days_by_the_primary_key(seeded_store: Store) -> None:
    if seeded_store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    settings = seeded_store.settings.model_copy(update={"response_cache_entries": 0})
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM topic_days" in statement:
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", capture)
    try:
        with TestClient(create_app(settings)) as client:
            response = client.get(
                "/v1/statements",
                params={"topic": "withdrawal", "from": "2022-01-01", "to": "2022-06-30"},
            )
    finally:
        event.remove(Engine, "before_cursor_execute", capture)
    assert response.status_code == 200
    assert len(seen) == 1
    statement, parameters = seen[0]
    with seeded_store.engine.connect() as connection:
        plan = [
            row[-1]
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
    assert any(
        step.startswith(
            "SEARCH topic_days USING PRIMARY KEY (topic_id=? AND said_on>? AND said_on<?)"
        )
        for step in plan
    ), plan
