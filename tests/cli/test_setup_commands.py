from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.core.config import get_settings
from app.models import Article, Statement, Topic
from tests.cli.helpers import run_cli
from tests.conftest import Store


def _counts(store: Store) -> tuple[int, int, int]:
    with store.factory() as session:
        return (
            session.scalar(select(func.count(Article.id))) or 0,
            session.scalar(select(func.count(Statement.id))) or 0,
            session.scalar(select(func.count(Topic.id))) or 0,
        )


def test_migrate_and_seed_twice_change_nothing(store: Store) -> None:
    url = store.settings.database_url
    before = _counts(store)
    assert before[0] == 1
    for command in ("migrate", "seed"):
        result = run_cli(command, url=url)
        assert result.returncode == 0, result.stderr
    result = run_cli("seed", url=url)
    assert "articles stored: 0, unchanged: 1" in result.stdout
    assert _counts(store) == before


def test_unreachable_database_is_one_line_error() -> None:
    result = run_cli("migrate", url="postgresql+psycopg://postgres@127.0.0.1:1/none")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("commentariat migrate: error:")


def test_serve_refuses_a_store_that_is_not_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every request on an unmigrated store would be a 500: serve says why and stops."""
    import uvicorn

    started: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(a))
    monkeypatch.setenv("COMMENTARIAT_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    get_settings.cache_clear()
    try:
        status = cli.main(["serve"])
        error = capsys.readouterr().err
        assert status == 2
        assert not started
        assert error.count("\n") == 1
        assert error.startswith("commentariat serve: error: the database has no schema")
        assert "commentariat migrate" in error

        assert cli.main(["migrate"]) == 0
        assert cli.main(["serve"]) == 0
        assert len(started) == 1
    finally:
        get_settings.cache_clear()
