"""The benchmark harness end to end at a tiny scale, so it cannot rot.

It asserts that every stage produced figures, never what they are: timings on a shared
machine are not a pass/fail signal. Runs on PostgreSQL too when the suite does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("COMMENTARIAT_TEST_DATABASE_URL")
STATEMENTS = 300


@pytest.fixture
def backend_args() -> list[str]:
    if not PG_URL:
        return ["--backend", "sqlite"]
    prefix = make_url(PG_URL).set(database="commentariat_bench_smoke")
    return [
        "--backend",
        "postgresql",
        "--pg-url",
        prefix.render_as_string(hide_password=False),
    ]


@pytest.fixture
def drop_pg_database() -> Iterator[None]:
    yield None
    if PG_URL:
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(
                text(
                    f'DROP DATABASE IF EXISTS "commentariat_bench_smoke_{STATEMENTS}" WITH (FORCE)'
                )
            )
        admin.dispose()


@pytest.mark.usefixtures("drop_pg_database")
def test_harness_produces_figures(tmp_path: Path, backend_args: list[str]) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            *backend_args,
            "--statements",
            str(STATEMENTS),
            "--seconds",
            "1",
            "--warmup",
            "0.2",
            "--agreement-sample",
            "20",
            "--no-datasette",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    print(completed.stdout)  # the figures, for whoever reads the CI log
    backend = backend_args[1]
    report = json.loads((tmp_path / f"{backend}-{STATEMENTS}.json").read_text())
    assert report["load"]["statements"] > 0
    assert report["load"]["articles_per_second"] > 0
    assert report["agreement"]["statements_expected"] > 0
    for name in ("reference", "by_expert", "topic_dates", "expert_detail", "hot"):
        assert report["results"][name]["requests"] > 0, name
    assert report["server_rss_mb"] > 0
    assert "| 1. statements by expert |" in completed.stdout
