"""Progress for ``commentariat ingest``: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from app.ingest.batch import FileOutcome

_BAR_WIDTH = 30


class Progress:
    def __init__(
        self,
        total: int,
        stream: TextIO | None = None,
        labels: Mapping[Path, str] | None = None,
    ) -> None:
        self.total = total
        self.labels = labels or {}  # how to name a file in a line: a fetched page by its URL
        self.done = 0
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty()
        self._started = time.monotonic()
        self._last_draw = 0.0

    def __call__(self, outcome: FileOutcome) -> None:
        self.done += 1
        name = self.labels.get(outcome.path, outcome.path)
        if outcome.error is not None:
            self._line(f"FAILED {name}: {outcome.error}")
        elif not self.interactive and outcome.result is not None:
            state = "stored" if outcome.result.created else "unchanged"
            warnings = "".join(f"; warning: {w}" for w in outcome.result.warnings)
            count = outcome.result.statement_count
            self._line(f"{state} {name} ({count} statements{warnings})")
        if self.interactive:
            self._draw()

    def _line(self, text: str) -> None:
        if self.interactive:
            self.stream.write("\r\033[K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def _draw(self) -> None:
        now = time.monotonic()
        if now - self._last_draw < 0.1 and self.done < self.total:
            return
        self._last_draw = now
        filled = _BAR_WIDTH * self.done // max(self.total, 1)
        rate = self.done / max(now - self._started, 1e-6)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} files, {rate:.0f}/s")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
