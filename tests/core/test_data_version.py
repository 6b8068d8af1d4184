"""The data version moves by itself: migration 0010's triggers bump it on every INSERT,
UPDATE and DELETE of a table answers are built from, whoever writes, and not on reads;
downgrading the migration takes the triggers away."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.db import create_db_engine
from app.core.migrations import alembic_config, unbounded_transaction, upgrade_to_head
from tests.conftest import Store
from tests.databases import fresh_database

WRITES = [
    "INSERT INTO topics (slug, name, description, terms) VALUES ('t-new', 'New', '', '[]')",
    "UPDATE topics SET name = name || '!'",
    "UPDATE articles SET title = title || '!'",
    "UPDATE experts SET role = 'Analyst'",
    "UPDATE statements SET kind = kind",
    "DELETE FROM statement_topics",
    "DELETE FROM appearances",
    "DELETE FROM articles",
]


def _version(session: Session | Connection) -> int:
    return int(session.execute(text("SELECT version FROM data_version WHERE id = 1")).scalar_one())


@pytest.mark.parametrize("sql", WRITES)
def test_a_write_to_any_served_table_moves_the_version(store: Store, sql: str) -> None:
    with store.factory() as session:
        before = _version(session)
        assert session.execute(text(sql)).rowcount > 0  # type: ignore[attr-defined]
        assert _version(session) > before


def test_a_read_does_not_move_it(store: Store) -> None:
    with store.factory() as session:
        before = _version(session)
        session.execute(text("SELECT count(*) FROM statements")).scalar_one()
        session.execute(text("UPDATE api_keys SET name = name")).close()  # not served
        assert _version(session) == before


def test_an_ingest_moves_it_and_a_repeat_does_not(store: Store, seed_text: str) -> None:
    from app.ingest.schemas import ArticleInput

    with store.factory() as session:
        before = _version(session)
    article = ArticleInput(
        text="Zanzibar spice prices\n\nJane Doe, an economist at Example Bank, says:\n\n"
        "– Zanzibar cloves will cost more this winter.",
        published_on="2023-03-01",  # type: ignore[arg-type]
    )
    assert store.ingest(article).created
    with store.factory() as session:
        after = _version(session)
    assert after > before
    assert not store.ingest(article).created
    with store.factory() as session:
        assert _version(session) == after


def test_the_downgrade_drops_the_triggers_and_the_upgrade_restores_them(tmp_path: Path) -> None:
    with fresh_database(tmp_path, "triggers") as url:
        settings = Settings(database_url=url)
        engine = create_db_engine(settings)
        try:
            upgrade_to_head(settings, engine)
            config = alembic_config(settings)
            with unbounded_transaction(engine) as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, "0009")
            with engine.begin() as connection:
                before = _version(connection)
                connection.execute(text(WRITES[0]))
                assert _version(connection) == before
            upgrade_to_head(settings, engine)
            with engine.begin() as connection:
                connection.execute(text("DELETE FROM topics"))
                assert _version(connection) > before
        finally:
            engine.dispose()
