"""Gold files in, scores out: each gold article parsed by the real parser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.evaluation.gold import CorpusMissing, GoldEntry, read_gold, resolve_text
from app.evaluation.scoring import ArticleScore, score_article
from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article

SplitChoice = Literal["dev", "blind", "all"]
DEFAULT_CORPUS = Path("../shared/corpus/real-news")
# Gold carries no dates; statements' dates are not scored, so any fixed day will do.
PUBLISHED_ON = dt.date(2000, 1, 1)


@dataclass
class Evaluation:
    scores: list[ArticleScore] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    missing_corpus: Path | None = None


def _parse(text: str) -> tuple[ParsedArticle, str | None]:
    try:
        return parse_article(text, PUBLISHED_ON), None
    except Exception as exc:  # a rule that raises is a bug: score the article as empty
        empty = ParsedArticle(text=text, title="", published_on=PUBLISHED_ON)
        return empty, f"parser raised {type(exc).__name__}: {exc}"


def select(entries: list[GoldEntry], split: SplitChoice) -> list[GoldEntry]:
    return [e for e in entries if split == "all" or e.gold.split == split]


def evaluate(
    gold_files: Sequence[Path], *, split: SplitChoice = "all", corpus: Path = DEFAULT_CORPUS
) -> Evaluation:
    """Parse and score every gold article of ``split``. Articles whose text is to come from
    an absent corpus directory are skipped and listed; every other problem raises
    :class:`app.evaluation.gold.GoldError`."""
    entries = [entry for path in gold_files for entry in read_gold(path)]
    result = Evaluation()
    for entry in select(entries, split):
        try:
            text = resolve_text(entry, corpus)
        except CorpusMissing:
            result.skipped.append(entry.gold.label)
            result.missing_corpus = corpus
            continue
        parsed, error = _parse(text)
        result.scores.append(score_article(entry.gold, parsed, error=error))
    return result
