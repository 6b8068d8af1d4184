"""Migration 0011 goes down and up again: the log is dropped with its triggers, and
rebuilt from the articles then stored, which it keeps logging.

The store is written only at the head: the models describe the head's schema (later
migrations add columns), so the test inspects the downgraded schema instead of writing to
it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from app.core.config import Settings
from app.core.migrations import alembic_config, unbounded_transaction, upgrade_to_head
from app.ingest.loader import delete_article
from tests.conftest import Store
from tests.databases import fresh_database

SEED_SLUG = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


def _down_to_before_0011(settings: Settings, store: Store) -> None:
    config = alembic_config(settings)
    before = ScriptDirectory.from_config(config).get_revision("0011").down_revision
    assert isinstance(before, str)
    with unbounded_transaction(store.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, before)


def _objects_naming_the_log(engine: Engine) -> list[str]:
    """The triggers (and PostgreSQL functions) left that would write ``article_changes``."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            query = (
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND sql LIKE '%article_changes%'"
            )
        else:
            query = (
                "SELECT tgname FROM pg_trigger WHERE tgname = 'article_changes_log' "
                "UNION ALL SELECT proname FROM pg_proc WHERE proname = 'article_changes_log'"
            )
        return list(connection.execute(text(query)).scalars())


def test_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    with fresh_database(tmp_path, "changes") as url:
        settings = Settings(database_url=url)
        store = Store(settings)
        try:
            store.seed()
            _down_to_before_0011(settings, store)
            inspector = inspect(store.engine)
            assert "article_changes" not in inspector.get_table_names()
            indexes = {index["name"] for index in inspector.get_indexes("articles")}
            assert "ix_articles_created_at" not in indexes
            # no trigger is left to write to the missing table
            assert _objects_naming_the_log(store.engine) == []
            upgrade_to_head(settings, store.engine)
            with store.client() as client:
                body = client.get("/v1/changes").json()
                assert [(c["kind"], c["article_slug"]) for c in body["items"]] == [
                    ("created", SEED_SLUG)
                ]
                article = client.get(f"/v1/articles/{SEED_SLUG}").json()
                assert body["items"][0]["changed_at"] == article["created_at"]
            assert store.write(lambda session: delete_article(session, SEED_SLUG))
            with store.client() as client:
                body = client.get("/v1/changes").json()
                assert [c["kind"] for c in body["items"]] == ["created", "deleted"]
        finally:
            store.engine.dispose()
