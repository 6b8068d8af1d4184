"""The floors the parser has reached on the dev split of the real-news gold (issue 10).

Runs where the corpus is present (``../shared/corpus/real-news`` beside the repository,
or ``COMMENTARIAT_REAL_NEWS``) and gold files exist in ``tests/ingest/gold/``; skips
otherwise. The floors live in ``tests/ingest/gold/floors.json``: raise them when the
parser gets better, never lower them to make this pass. Blind articles are never parsed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.evaluation.report import genre_gap
from app.evaluation.run import evaluate
from app.evaluation.scoring import totals

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO / "tests" / "ingest" / "gold"
FLOORS = GOLD_DIR / "floors.json"
CORPUS = Path(os.environ.get("COMMENTARIAT_REAL_NEWS", REPO.parent / "shared/corpus/real-news"))


def test_dev_split_keeps_its_floors() -> None:
    gold_files = sorted(GOLD_DIR.glob("*.jsonl"))
    if not gold_files:
        pytest.skip(f"no gold files in {GOLD_DIR}")
    if not CORPUS.is_dir():
        pytest.skip(f"real-news corpus not found at {CORPUS}")
    limits = json.loads(FLOORS.read_text(encoding="utf-8"))
    evaluation = evaluate(gold_files, split="dev", corpus=CORPUS)
    assert not evaluation.skipped
    assert evaluation.scores, "no dev articles in the gold"
    errors = [f"{s.label}: {s.error}" for s in evaluation.scores if s.error]
    assert not errors, errors
    figures = totals(evaluation.scores).figures()
    low = {
        name: (figures[name], floor)
        for name, floor in limits["floors"].items()
        if figures[name] is None or figures[name] < floor  # type: ignore[operator]
    }
    assert not low, f"below the floor (measured, floor): {low}"
    gap = genre_gap(evaluation)
    ceiling = limits.get("max_genre_gap")
    if ceiling is not None and gap is not None:
        assert abs(gap) <= ceiling, f"translations vs web attributed recall differ by {gap:+.2f}"
