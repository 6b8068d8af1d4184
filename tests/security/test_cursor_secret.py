"""No built-in cursor secret (issue 14, D8): generated once in development, required in
production, and `commentariat serve` settles it before any worker starts."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app import cli
from app.core import cursor_secret
from app.core.config import Settings, get_settings
from app.core.cursor_secret import CursorSecretError, resolve_cursor_secret
from app.main import create_app
from tests.conftest import Store

STRONG = "s" * 40


@pytest.fixture(autouse=True)
def _no_secret_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CURSOR_SECRET", "CURSOR_SECRET_FILE", "ENVIRONMENT"):
        monkeypatch.delenv(f"COMMENTARIAT_{name}", raising=False)


def _settings(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'store.db'}", **overrides)


def test_there_is_no_built_in_secret() -> None:
    assert Settings().cursor_secret is None
    assert Settings().environment == "development"


def test_development_generates_a_secret_once_beside_the_sqlite_store(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first = resolve_cursor_secret(settings)
    path = tmp_path / "cursor_secret"
    assert path.read_text().strip() == first
    assert len(first) >= cursor_secret.MIN_LENGTH
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, "readable by the owner only"
    assert resolve_cursor_secret(settings) == first, "kept, not regenerated"
    assert [p.name for p in tmp_path.iterdir()] == ["cursor_secret"], "no draft left behind"


def test_each_installation_gets_its_own_secret(tmp_path: Path) -> None:
    one = resolve_cursor_secret(_settings(tmp_path / "one"))
    two = resolve_cursor_secret(_settings(tmp_path / "two"))
    assert one != two


def test_the_file_can_be_configured(tmp_path: Path) -> None:
    path = tmp_path / "secrets" / "cursor"
    secret = resolve_cursor_secret(_settings(tmp_path, cursor_secret_file=path))
    assert path.read_text().strip() == secret


def test_postgresql_keeps_the_secret_under_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(database_url="postgresql+psycopg://u@db.invalid/x")
    assert cursor_secret.secret_file(settings) == Path("data") / "cursor_secret"
    monkeypatch.chdir(tmp_path)
    secret = resolve_cursor_secret(settings)
    assert (tmp_path / "data" / "cursor_secret").read_text().strip() == secret


def test_a_configured_secret_is_used_as_given(tmp_path: Path) -> None:
    settings = _settings(tmp_path, cursor_secret=STRONG)
    assert resolve_cursor_secret(settings) == STRONG
    assert STRONG not in repr(settings), "settings can be printed without the secret"
    assert not (tmp_path / "cursor_secret").exists(), "nothing generated"


def test_production_refuses_to_start_without_a_secret(tmp_path: Path) -> None:
    settings = _settings(tmp_path, environment="production")
    with pytest.raises(CursorSecretError, match="COMMENTARIAT_CURSOR_SECRET"):
        resolve_cursor_secret(settings)
    with pytest.raises(CursorSecretError):
        create_app(settings)
    assert not (tmp_path / "cursor_secret").exists(), "production never invents one"


@pytest.mark.parametrize("weak", ["commentariat-cursor-v1", "change-me", "short"])
def test_production_refuses_a_short_or_published_secret(tmp_path: Path, weak: str) -> None:
    with pytest.raises(CursorSecretError, match="forge"):
        resolve_cursor_secret(_settings(tmp_path, environment="production", cursor_secret=weak))
    (tmp_path / "cursor_secret").write_text(weak + "\n")
    with pytest.raises(CursorSecretError, match="forge"):
        resolve_cursor_secret(_settings(tmp_path, environment="production"))


def test_production_takes_a_strong_secret_from_the_environment_or_the_file(
    tmp_path: Path,
) -> None:
    production = _settings(tmp_path, environment="production", cursor_secret=STRONG)
    assert resolve_cursor_secret(production) == STRONG
    (tmp_path / "cursor_secret").write_text("f" * 43 + "\n")
    assert resolve_cursor_secret(_settings(tmp_path, environment="production")) == "f" * 43


def test_an_empty_secret_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "cursor_secret").write_text("\n")
    with pytest.raises(CursorSecretError, match="empty"):
        resolve_cursor_secret(_settings(tmp_path))


def test_serve_in_production_without_a_secret_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import uvicorn

    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(a))
    monkeypatch.setenv("COMMENTARIAT_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("COMMENTARIAT_ENVIRONMENT", "production")
    get_settings.cache_clear()
    try:
        status = cli.main(["serve"])
    finally:
        get_settings.cache_clear()
    error = capsys.readouterr().err
    assert status == 1
    assert not started, "no server was started"
    assert error.count("\n") == 1
    assert error.startswith("commentariat serve: error: no cursor secret in production mode")
    assert "COMMENTARIAT_CURSOR_SECRET" in error


def test_serve_in_development_writes_the_secret_before_workers_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    path = tmp_path / "cursor_secret"
    seen: list[bool] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: seen.append(path.exists()))
    monkeypatch.setenv("COMMENTARIAT_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    get_settings.cache_clear()
    try:
        assert cli.main(["migrate"]) == 0
        assert cli.main(["serve", "--workers", "2"]) == 0
    finally:
        get_settings.cache_clear()
    assert seen == [True]


def test_apps_on_one_store_share_the_secret_so_cursors_survive_a_restart(
    seeded_store: Store,
) -> None:
    settings = Settings(database_url=seeded_store.settings.database_url)
    with TestClient(create_app(settings)) as before:
        cursor = before.get("/v1/topics", params={"limit": 1}).json()["next_cursor"]
    with TestClient(create_app(settings)) as after:
        assert after.get("/v1/topics", params={"limit": 1, "cursor": cursor}).status_code == 200


def test_a_cursor_from_another_secret_is_422(seeded_store: Store) -> None:
    settings = Settings(database_url=seeded_store.settings.database_url)
    strong = Settings(database_url=seeded_store.settings.database_url, cursor_secret=STRONG)
    with TestClient(create_app(strong)) as other:
        cursor = other.get("/v1/topics", params={"limit": 1}).json()["next_cursor"]
    with TestClient(create_app(settings), raise_server_exceptions=False) as this:
        response = this.get("/v1/topics", params={"limit": 1, "cursor": cursor})
        assert response.status_code == 422


def test_the_secret_is_not_in_any_answer(client: TestClient) -> None:
    secret = client.app.state.cursor_secret  # type: ignore[attr-defined]
    for path in ("/openapi.json", "/health", "/v1/topics?limit=1", "/docs"):
        response = client.get(path)
        assert secret not in response.text
        assert secret not in str(response.headers)
