"""Deep pages cost what the first page costs: SQLite's plan for a page after a cursor
seeks the filter's own index to the cursor instead of reading by date from the start.

Plans depend on the statistics ANALYZE keeps, so the store gets those of the benchmark's
1M-statement store (benchmarks/RESULTS.md), under which the planner once read every
statement older than the cursor for page 2 of one expert (1.9 s)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from tests.conftest import Store


def _page_two_plans(store: Store, client: TestClient, params: dict[str, str]) -> list[str]:
    first = client.get("/v1/statements", params={**params, "limit": "1"}).json()
    assert first["next_cursor"], params
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.startswith("SELECT statements.id"):
            seen.append((statement, parameters))

    # the app under test has its own engine on the same store: listen on every engine
    event.listen(Engine, "before_cursor_execute", capture)
    try:
        page = client.get(
            "/v1/statements", params={**params, "limit": "1", "cursor": first["next_cursor"]}
        )
    finally:
        event.remove(Engine, "before_cursor_execute", capture)
    assert page.status_code == 200
    assert len(seen) == 1
    statement, parameters = seen[0]
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return [row[-1] for row in rows]


# sqlite_stat1 of the 1M-statement benchmark store, for the tables these pages read
STATS_1M = [
    ("articles", "ix_articles_published_on_id", "133333 37 1"),
    ("articles", "sqlite_autoindex_articles_2", "133333 1"),
    ("articles", "sqlite_autoindex_articles_1", "133333 1"),
    ("experts", "ix_experts_kind_name", "4000 4000 1"),
    ("experts", "sqlite_autoindex_experts_2", "4000 1"),
    ("experts", "sqlite_autoindex_experts_1", "4000 1"),
    ("topics", "sqlite_autoindex_topics_1", "35 1"),
    ("statements", "ix_statements_said_on_position_id", "1000366 274 23 1"),
    ("statements", "ix_statements_kind_said_on", "1000366 500183 137 13 1"),
    ("statements", "ix_statements_expert_said_on", "1000366 251 4 1 1"),
    ("statements", "ix_statements_article_position", "1000366 8 1"),
    ("statement_topics", "ix_statement_topics_topic_said_on", "1657212 47349 16 3 1"),
    ("statement_topics", "sqlite_autoindex_statement_topics_1", "1657212 2 1"),
]


@pytest.mark.parametrize(
    ("params", "index"),
    [
        ({"expert": "askar-nursha"}, "ix_statements_expert_said_on"),
        ({"expert": "askar-nursha", "sort": "said_on"}, "ix_statements_expert_said_on"),
        ({"topic": "withdrawal"}, "ix_statement_topics_topic_said_on"),
        ({}, "ix_statements_said_on_position_id"),
    ],
)
def test_a_page_after_a_cursor_seeks_the_filters_index(
    store: Store, params: dict[str, str], index: str
) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's plan; PostgreSQL's depends on its own statistics")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        for row in STATS_1M:
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", row)
        # the planner reads the statistics again (the test's connection, rolled back after it)
        conn.exec_driver_sql("ANALYZE sqlite_schema")
    with store.client() as client:
        plan = _page_two_plans(store, client, params)
    assert any(index in line for line in plan), plan
    assert not any("MULTI-INDEX OR" in line for line in plan), plan
