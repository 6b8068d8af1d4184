"""Query plans of the benchmarked requests: every SQL statement each request runs, explained.

    python -m benchmarks.explain --database-url sqlite:///benchmarks/out/bench-100000.db

The app is built by the factory and called in-process; every statement it sends is
captured with its parameters and explained on the same store (``EXPLAIN QUERY PLAN`` on
SQLite, ``EXPLAIN`` on PostgreSQL). Lines that scan a large table without an index, or
sort, are flagged: on a keyset-paginated list either one means a page's cost grows with
the archive.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, text

from app.core.config import Settings
from app.core.db import is_sqlite
from app.main import create_app
from benchmarks import queries

BIG_TABLES = ("statements", "statement_topics", "articles", "appearances", "experts")
_SQLITE_FULL_SCAN = re.compile(r"\bSCAN (\w+)(?! USING (?:COVERING )?INDEX)")
_PG_FULL_SCAN = re.compile(r"Seq Scan on (\w+)")


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    found: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            found.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", before)


def flags(plan: str, sqlite: bool) -> list[str]:
    problems = []
    pattern = _SQLITE_FULL_SCAN if sqlite else _PG_FULL_SCAN
    for match in pattern.finditer(plan):
        if match.group(1) in BIG_TABLES:
            problems.append(f"full scan of {match.group(1)}")
    if sqlite and "USE TEMP B-TREE FOR ORDER BY" in plan:
        problems.append("sorts every matching row before the LIMIT")
    if sqlite and "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in plan:
        problems.append("sorts ties within the index order (mixed ASC/DESC keys)")
    if sqlite and "LIST SUBQUERY" in plan:
        problems.append("materialises an IN (subquery) list: cost grows with its size")
    if not sqlite and re.search(r"^\s*(?:->\s*)?(?:Incremental )?Sort\b", plan, re.MULTILINE):
        problems.append("sorts")
    return problems


def explain(engine: Engine, statement: str, parameters: Any) -> str:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        cursor = raw.cursor()
        prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
        cursor.execute(prefix + statement, parameters)
        rows = cursor.fetchall()
        cursor.close()
    if sqlite:
        return "\n".join(str(row[-1]) for row in rows)
    return "\n".join(str(row[0]) for row in rows)


def requests_to_explain(database_url: str, seed: int) -> dict[str, str]:
    draw = queries.draw(database_url, seed)
    rng = random.Random(seed)
    return {
        "1. statements by expert": queries.statements_by_expert(draw, rng)[0],
        "1b. statements by expert, page 2": "",
        "2. statements by topic within a date range": queries.statements_by_topic_and_dates(
            draw, rng
        )[0],
        "3. full-text q": queries.full_text(draw, rng)[0],
        "4. expert detail": queries.expert_detail(draw, rng)[0],
        "5. facet": queries.facet(draw, rng, "topic")[0],
        "6. hot query": queries.hot(draw)[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    settings = Settings(database_url=args.database_url)
    app = create_app(settings)
    engine: Engine = app.state.engine
    sqlite = is_sqlite(args.database_url)
    total_problems = 0
    with TestClient(app) as client:
        paths = requests_to_explain(args.database_url, args.seed)
        first = client.get(paths["1. statements by expert"]).json()
        cursor = first.get("next_cursor")
        if cursor:
            paths["1b. statements by expert, page 2"] = (
                paths["1. statements by expert"] + f"&cursor={cursor}"
            )
        params = {
            p["name"] for p in app.openapi()["paths"]["/v1/statements"]["get"].get("parameters", [])
        }
        for title, path in paths.items():
            if not path:
                continue
            missing = [name for name in ("q", "facet") if f"{name}=" in path and name not in params]
            if missing:
                print(f"## {title}\n\n(skipped: no `{missing[0]}` parameter on this server)\n")
                continue
            with captured(engine) as statements:
                response = client.get(path)
            print(f"## {title}\n\n`GET {path}` → {response.status_code}\n")
            if response.status_code != 200:
                print("(not explained: the request did not succeed)\n")
                continue
            for statement, parameters in statements:
                plan = explain(engine, statement, parameters)
                problems = flags(plan, sqlite)
                total_problems += len(problems)
                one_line = " ".join(statement.split())
                print("```sql\n" + one_line[:600] + ("…" if len(one_line) > 600 else ""))
                print("```\n```\n" + plan + "\n```")
                print(("**" + "; ".join(problems) + "**\n") if problems else "")
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    print(f"{total_problems} flagged plan line(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
