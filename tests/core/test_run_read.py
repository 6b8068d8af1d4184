"""``run_read``: a bounded read on SQLite runs on the event loop (no thread hop); anything
else, and every PostgreSQL read, in a worker thread."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import anyio
import pytest

from app.core.read_session import run_read


def _request(inline: bool) -> Any:
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(inline_sqlite_reads=inline)))


@pytest.mark.parametrize(
    ("inline", "bounded", "on_loop"),
    [(True, True, True), (True, False, False), (False, True, False), (False, False, False)],
)
def test_where_a_read_runs(inline: bool, bounded: bool, on_loop: bool) -> None:
    async def main() -> tuple[int, int]:
        loop_thread = threading.get_ident()
        ran_on = await run_read(_request(inline), threading.get_ident, bounded=bounded)
        return loop_thread, ran_on

    loop_thread, ran_on = anyio.run(main)
    assert (ran_on == loop_thread) is on_loop


def test_an_error_in_the_read_reaches_the_caller() -> None:
    def fail() -> None:
        raise LookupError("gone")

    for inline in (True, False):
        with pytest.raises(LookupError):
            anyio.run(lambda: run_read(_request(inline), fail, bounded=True))  # noqa: B023


def test_the_app_reads_inline_only_on_sqlite(client: Any) -> None:
    app = client.app
    assert app.state.inline_sqlite_reads is (app.state.engine.dialect.name == "sqlite")
