"""The rolled-back store of tests/conftest.py: nothing a test writes outlives it, even raw
SQL run on ``store.engine``; a test that commits its outer transaction fails, and a commit
on another connection of the store's engine has the store emptied and re-seeded."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.conftest import OuterCommitted, Store

BUMP = text("UPDATE data_version SET version = version + 1000 WHERE id = 1")
READ = text("SELECT version FROM data_version WHERE id = 1")


@pytest.fixture
def base(_writable_store: Store) -> Store:
    """The writable store itself, from the seed alone, outside any test's transaction."""
    if _writable_store.dirty:
        _writable_store.reset()
        _writable_store.dirty = False
    return _writable_store


def _committed_version(store: Store) -> int:
    """The version another connection sees: what is committed."""
    with store.engine.connect() as connection:
        return int(connection.execute(READ).scalar_one())


def _version(store: Store) -> int:
    """The version the test's own sessions see."""
    return int(store.write(lambda session: session.scalar(READ)))


def test_raw_sql_on_the_engine_is_rolled_back_with_the_test(
    base: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _committed_version(base)
    with base.rolled_back(monkeypatch) as store:
        with store.engine.begin() as connection:
            connection.execute(BUMP)
        assert _version(store) == before + 1000, "the test sees its own write"
        with store.engine.connect() as connection:
            assert connection.execute(READ).scalar_one() == before + 1000
            connection.execute(BUMP)
            connection.commit()
            connection.execute(BUMP)  # never committed: gone when the block ends
        assert _version(store) == before + 2000
    assert _committed_version(base) == before, "a write outlived its test"


def _commit_the_outer_transaction(base: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with base.rolled_back(monkeypatch) as store:
        store.connection.execute(BUMP)  # type: ignore[attr-defined]
        store.connection.commit()  # type: ignore[attr-defined]


def test_a_commit_of_the_outer_transaction_fails_the_test(
    base: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _committed_version(base)
    with pytest.raises(OuterCommitted):
        _commit_the_outer_transaction(base, monkeypatch)
    try:
        assert _committed_version(base) == before + 1000
        assert base.dirty, "what it committed is cleaned up before the next test"
    finally:
        base.reset()
        base.dirty = False


def test_a_commit_on_another_connection_marks_the_store_for_a_reset(
    base: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with base.rolled_back(monkeypatch), base.engine.begin() as connection:
        connection.execute(BUMP)  # on the engine itself, not the test's view of it
    try:
        assert base.dirty
    finally:
        base.reset()
        base.dirty = False
