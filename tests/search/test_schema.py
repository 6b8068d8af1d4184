"""The search index is migration-made (FTS5 on SQLite, a ``search`` schema on PostgreSQL);
apart from it, models and migrations agree."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import Base
from app.search.backend import FTS_TABLE_NAMES, include_name
from tests.conftest import Store


def test_models_and_migrations_agree_apart_from_the_search_index(seeded_store: Store) -> None:
    with seeded_store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_search_index_exists(seeded_store: Store) -> None:
    inspector = inspect(seeded_store.engine)
    if seeded_store.engine.dialect.name == "sqlite":
        assert {"statements_fts", "articles_fts", "experts_fts"} <= set(inspector.get_table_names())
        assert set(inspector.get_table_names()) & FTS_TABLE_NAMES
    else:
        assert set(inspector.get_table_names(schema="search")) == {
            "statements",
            "articles",
            "experts",
        }
