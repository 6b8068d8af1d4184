"""The byline test runs on every short paragraph, so a line that almost looks like a byline
must fail to match in time linear in its length: a run of capitals or digits in the tail
once split into "words" in exponentially many ways (24 capitals took 5.6 s, 40 never
finished)."""

from __future__ import annotations

import time

import pytest

from app.ingest.noise import is_byline

_SHAPES = {
    "byline": "By Ann Lee, {run} x?",
    "named credit": "Ann Lee, {run} x?",
    "tail line": "{run} x?",
}


def _cpu(line: str) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        is_byline(line)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_a_near_byline_fails_in_linear_time(shape: str) -> None:
    small = _cpu(_SHAPES[shape].format(run="A" * 20))
    large = _cpu(_SHAPES[shape].format(run="A" * 160))
    assert not is_byline(_SHAPES[shape].format(run="A" * 160))
    # 8x the characters: linear is about 8x; the old pattern grew about 10x per 4 capitals
    assert large / max(small, 1e-4) < 40, f"{small:.5f}s -> {large:.5f}s"
