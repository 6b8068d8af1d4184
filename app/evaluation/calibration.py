"""How often parsed statements are right, per band of attribution confidence and per
attribution rule (the rule's share right is what its prior in ``app/ingest/evidence.py``
is set from)."""

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


@dataclass(frozen=True)
class RuleTally:
    rule: str
    statements: int
    right: int
    confidence: float | None
    """The confidence the rule gave (its prior), or None when its statements disagree."""

    @property
    def accuracy(self) -> float | None:
        return self.right / self.statements if self.statements else None


def by_rule(outcomes: Iterable[ParsedOutcome]) -> list[RuleTally]:
    """Statements and how many are right per attribution rule, most used first; ``none``
    for statements without attribution."""
    tallies: dict[str, list[int]] = {}
    confidences: dict[str, set[float | None]] = {}
    for outcome in outcomes:
        rule = outcome.rule or "none"
        tally = tallies.setdefault(rule, [0, 0])
        tally[0] += 1
        tally[1] += outcome.right
        confidences.setdefault(rule, set()).add(outcome.confidence)
    ordered = sorted(tallies.items(), key=lambda item: (-item[1][0], item[0]))
    return [
        RuleTally(
            rule,
            statements,
            right,
            next(iter(confidences[rule])) if len(confidences[rule]) == 1 else None,
        )
        for rule, (statements, right) in ordered
    ]
