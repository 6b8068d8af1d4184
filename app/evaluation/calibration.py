"""How often parsed statements are right, per band of attribution confidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.evaluation.scoring import ParsedOutcome

# Lower bounds; each band runs to the next bound, the last one includes 1.0.
BAND_EDGES: tuple[float, ...] = (0.0, 0.5, 0.7, 0.85, 0.95)


@dataclass(frozen=True)
class Band:
    label: str
    statements: int
    right: int

    @property
    def accuracy(self) -> float | None:
        return self.right / self.statements if self.statements else None


def _label(index: int) -> str:
    low = BAND_EDGES[index]
    if index + 1 < len(BAND_EDGES):
        return f"[{low:.2f}, {BAND_EDGES[index + 1]:.2f})"
    return f"[{low:.2f}, 1.00]"


def calibration(outcomes: Iterable[ParsedOutcome]) -> list[Band]:
    """One band per confidence range, then ``none`` for statements without attribution."""
    counted = [[0, 0] for _ in BAND_EDGES]
    missing = [0, 0]
    for outcome in outcomes:
        if outcome.confidence is None:
            slot = missing
        else:
            index = max(i for i, edge in enumerate(BAND_EDGES) if outcome.confidence >= edge)
            slot = counted[index]
        slot[0] += 1
        slot[1] += outcome.right
    bands = [Band(_label(i), n, r) for i, (n, r) in enumerate(counted)]
    bands.append(Band("none", missing[0], missing[1]))
    return bands
