"""evaluate(): splits, a parser that raises, a corpus without the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.evaluation import run
from app.evaluation.gold import GoldError
from app.evaluation.run import evaluate

TEXT = '"Rates will rise," said Anna Petrova, an economist at Example Bank.\n'
LINE: dict[str, Any] = {
    "text": TEXT,
    "genre": "web",
    "speakers": [{"name": "Anna Petrova", "role": "economist", "organization": "Example Bank"}],
    "statements": [
        {"speaker": "Anna Petrova", "kind": "quote", "anchor": "Rates will", "start": 1, "end": 16}
    ],
}


def _gold(tmp_path: Path, *lines: dict[str, Any]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_split_selects_the_lines(tmp_path: Path) -> None:
    gold = _gold(tmp_path, LINE, {**LINE, "split": "blind"}, {**LINE, "split": "dev"})
    assert len(evaluate([gold], split="dev").scores) == 2  # no split means dev
    assert len(evaluate([gold], split="blind").scores) == 1
    assert len(evaluate([gold]).scores) == 3


def test_a_parser_that_raises_scores_the_article_as_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyError("rule")

    monkeypatch.setattr(run, "parse_article", broken)
    (score,) = evaluate([_gold(tmp_path, LINE)]).scores
    assert score.error == "parser raised KeyError: 'rule'"
    assert (score.counts.gold_statements, score.counts.attributed) == (1, 0)
    assert [m.what for m in score.misses] == ["not found", "speaker missed"]


def test_a_file_missing_from_an_existing_corpus_is_an_error(tmp_path: Path) -> None:
    line = {**LINE, "text": None, "article": "absent.txt"}
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: .*absent\.txt"):
        evaluate([_gold(tmp_path, line)], corpus=tmp_path)


def test_unknown_fields_and_bad_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: speekers"):
        evaluate([_gold(tmp_path, {**LINE, "speekers": []})])
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: split"):
        evaluate([_gold(tmp_path, {**LINE, "split": "test"})])
    with pytest.raises(GoldError, match="needs one of 'text', 'path' or 'article'"):
        evaluate([_gold(tmp_path, {**LINE, "text": None})])
    with pytest.raises(GoldError, match=r"(?i)no such file"):
        evaluate([tmp_path / "nothing.jsonl"])
