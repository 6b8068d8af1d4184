"""Run Alembic from code, so the CLI, the tests and the container share one path."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.core.config import Settings
from app.core.db import UNBOUNDED_OPTION


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(settings.migrations_dir))
    config.set_main_option("sqlalchemy.url", settings.database_url.replace("%", "%%"))
    return config


@contextmanager
def unbounded_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction without the query time limit that guards requests: a migration's
    backfill on a large store runs longer than any request may."""
    with engine.connect() as connection:
        connection = connection.execution_options(**{UNBOUNDED_OPTION: True})
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
            yield connection


def upgrade_to_head(settings: Settings, engine: Engine) -> None:
    config = alembic_config(settings)
    with unbounded_transaction(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_behind(settings: Settings, engine: Engine) -> str | None:
    """Why the database's schema is not the code's, or None when it is at the head.

    A server on a store that was never migrated (or is behind the code) would answer every
    request with a 500; ``serve`` asks this first and stops with the reason instead.
    """
    heads = set(ScriptDirectory.from_config(alembic_config(settings)).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current == heads:
        return None
    found = ", ".join(sorted(current)) or "no schema"
    return (
        f"the database has {found}, the code needs revision {', '.join(sorted(heads))}: "
        "run `commentariat migrate` first"
    )
