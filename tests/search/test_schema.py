"""The search index is migration-made: FTS5 on SQLite, a ``search`` schema on PostgreSQL.
(tests/core/test_migrations.py checks that the rest of the schema matches the models.)"""

from __future__ import annotations

from sqlalchemy import inspect

from app.search.backend import FTS_TABLE_NAMES
from tests.conftest import Store


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
            "statement_words",  # statements per word (migration 0013)
        }
