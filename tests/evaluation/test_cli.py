"""``commentariat eval`` end to end, in a child process, on gold written here."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

TEXT = (
    "Grain prices rise again\n\n"
    "Grain prices rose for a third week in a row.\n\n"
    '"Farmers will plant less wheat next spring," said Anna Petrova, an economist at the '
    "Higher School of Economics.\n\n"
    "Agriculture Minister Ivan Sidorov said that the government would buy the surplus.\n\n"
    '"We will not let prices fall," Sidorov told reporters.\n'
)


def _statement(speaker: str, kind: str, part: str) -> dict[str, Any]:
    start = TEXT.index(part)
    return {
        "speaker": speaker,
        "kind": kind,
        "anchor": part.split(",")[0],
        "start": start,
        "end": start + len(part),
    }


def _gold(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "text": TEXT,
        "sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        "split": "dev",
        "genre": "web",
        "speakers": [
            {
                "name": "Anna Petrova",
                "aliases": ["Petrova"],
                "kind": "expert",
                "role": "economist",
                "organization": "Higher School of Economics",
            },
            {
                "name": "Ivan Sidorov",
                "aliases": ["Sidorov"],
                "kind": "official",
                "role": "Agriculture Minister",
                "organization": None,
            },
            # The annotator gives the last quote to someone else: a deliberate miss.
            {"name": "Boris Lee", "kind": "expert", "role": None, "organization": None},
        ],
        "statements": [
            _statement("Anna Petrova", "quote", "Farmers will plant less wheat next spring"),
            _statement("Ivan Sidorov", "paraphrase", "the government would buy the surplus"),
            _statement("Boris Lee", "quote", "We will not let prices fall"),
        ],
    }
    gold.update(changes)
    return gold


def _write(path: Path, *lines: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _eval(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "eval", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_text_report_with_totals_and_misses(tmp_path: Path) -> None:
    gold = _write(tmp_path / "mine.jsonl", _gold())
    result = _eval(str(gold), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "1 gold article(s) scored (split: all)" in out
    assert "(attributed recall): 2/3 = 0.67" in out
    assert "stored statements that are right (speaker and span): 2/3 = 0.67" in out
    assert "speakers: precision 2/2 = 1.00, recall 2/3 = 0.67, F1 0.80" in out
    assert "role and organisation recall (speakers with either): 2/2 = 1.00" in out
    assert "web          2/3 = 0.67" in out
    assert "Misses" in out
    assert "wrong speaker: quote by Boris Lee" in out
    assert "given to Ivan Sidorov" in out
    assert "speaker missed: Boris Lee" in out
    assert "Misses" not in _eval(str(gold), "--no-misses", cwd=tmp_path).stdout


def test_json_report(tmp_path: Path) -> None:
    gold = _write(tmp_path / "mine.jsonl", _gold(), _gold(split="blind", genre="translation"))
    result = _eval(str(gold), "--json", "--split", "dev", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["split"] == "dev"
    assert len(report["articles"]) == 1  # the blind line is not parsed
    total = report["total"]
    assert total["counts"]["gold_statements"] == 3
    assert total["counts"]["attributed"] == 2
    assert total["counts"]["right"] == 2
    assert total["figures"]["speaker_f1"] == 0.8
    assert report["by_genre"]["web"]["counts"]["attributed"] == 2
    assert report["genre_gap"] is None
    assert sum(band["statements"] for band in report["calibration"]) == 3
    assert report["skipped"] == []
    whats = [m["what"] for m in report["articles"][0]["misses"]]
    assert whats.count("wrong speaker") == 1


def test_texts_from_paths_and_the_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    gold = _write(
        tmp_path / "mine.jsonl",
        _gold(text=None, article="a.txt"),
        _gold(text=None, path="b.txt", genre="translation"),
    )
    result = _eval(str(gold), "--corpus", str(corpus), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [a["article"] for a in report["articles"]] == ["a.txt", "b.txt"]
    assert report["total"]["counts"]["attributed"] == 4
    assert report["genre_gap"] == 0.0


def test_skips_cleanly_without_the_corpus(tmp_path: Path) -> None:
    gold = _write(tmp_path / "real.jsonl", _gold(text=None, article="a.txt"))
    result = _eval(str(gold), cwd=tmp_path)  # ../shared/corpus/real-news is not there
    assert result.returncode == 0, result.stderr
    assert "skipped 1 gold article(s)" in result.stdout
    assert "../shared/corpus/real-news not found" in result.stdout
    assert "nothing to score" in result.stdout
    as_json = json.loads(_eval(str(gold), "--json", cwd=tmp_path).stdout)
    assert as_json["skipped"] == ["a.txt"]
    assert as_json["articles"] == []


def test_bad_gold_is_one_line_and_status_1(tmp_path: Path) -> None:
    cases = {
        "speaker": _gold(statements=[_statement("Someone Else", "quote", "We will not")]),
        "anchor": _gold(
            statements=[{**_statement("Boris Lee", "quote", "We will"), "anchor": "Farmers"}]
        ),
        "sha256": _gold(sha256="0" * 64),
        "beyond": _gold(
            statements=[
                {"speaker": "Boris Lee", "kind": "quote", "anchor": "x", "start": 5, "end": 10_000}
            ]
        ),
    }
    expected = {
        "speaker": "is not a speakers[].name",
        "anchor": "anchor is not inside text[start:end]",
        "sha256": "sha256",
        "beyond": "beyond the text",
    }
    for name, line in cases.items():
        gold = _write(tmp_path / f"{name}.jsonl", _gold(), line)
        result = _eval(str(gold), cwd=tmp_path)
        assert result.returncode == 1, name
        assert result.stderr.startswith("commentariat eval: error: "), result.stderr
        assert f"{name}.jsonl:2" in result.stderr
        assert expected[name] in result.stderr
        assert "Traceback" not in result.stderr
    (tmp_path / "notjson.jsonl").write_text("{nope\n", encoding="utf-8")
    result = _eval(str(tmp_path / "notjson.jsonl"), cwd=tmp_path)
    assert result.returncode == 1
    assert "notjson.jsonl:1: not JSON" in result.stderr
