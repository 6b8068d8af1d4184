"""Speaker attribution measured over the development corpus (tests/ingest/corpus/).

A predicted statement is *correct* when its span overlaps a golden statement by at least
half of the longer of the two and its speaker is the golden speaker's slug.  Precision is
correct / predicted, recall is matched golden / golden.  The floors are the levels the
parser reached when they were set; a change that lowers them is a regression.

First-sight scores (articles written, with their golden YAML, before the parser was ever
run on them; measured, then the rules were generalised):

* 23-30 (8 articles): precision 0.96, recall 0.84.
* 31-42 (12 articles, 65 golden statements): precision 0.942 (49/52), recall 0.754
  (49/65), kind 1.000, person fields 0.753.  Misses: interviews (Q/A and dashed turns),
  "told reporters <clause>", "According to him" / "In her opinion", "the minister also
  said", a title before the name in a quote attribution ("Federal Reserve Governor X
  said"), narration after a dashed block, a pronoun skipping a "spokeswoman".
* 43-47 (5 articles, 23 golden, written after the fixes for 31-42): precision 0.889
  (16/18), recall 0.696 (16/23), person fields 0.773.  Misses: a participle after a quote
  attribution (", adding that"), a quoted organisation name inside a title ("the
  analytical center "Sovecon" X"), "Q." labels, an interviewee named only in the
  headline, "given that" taken for the reported "that", a surname with an apposition.

* 48-52 (5 articles, 28 golden, written after the fixes for 43-47): precision 0.885
  (23/26), recall 0.821 (23/28), person fields 0.727.  Misses: "…, he said:" followed by
  a paragraph in quote marks, "expects <noun phrase>", a known speaker ending someone
  else's dash block ("Orlova added that"), a whole quotation after "writes that";
  person fields: "ECB President", "Nigerien", "a former prime minister", "global head of
  macro at ING", "Crisis Group's ... director".  Two golden labels were corrected after
  first sight (a quotation after "writes that" is a quote; the director of a state
  agency's centre is an official); the figures above use the original labels.

* 53-57 (5 articles, 21 golden, written after the fixes for 48-52): precision 0.947
  (18/19), recall 0.857 (18/21), person fields 0.731.  Misses: "Amrita Sen" (a surname
  read as the abbreviation "Sen."), "said he understood … but that …"; person fields:
  "Farmers' union president", "Minister of Transport of Kazakhstan", "consultancy
  Energy Aspects", "the outplacement firm Challenger, Gray & Christmas".

* 58-62 (5 articles, 24 golden, written after the fixes for 53-57): precision 0.955
  (21/22), recall 0.875 (21/24), person fields 0.815.  Misses: "is sure that" (only the
  last of the multi-word verbs sharing "is" was recognised), "Labrune, 53, said", a
  dash quote credited to the wrong "analyst" after a misclassified speaker; person
  fields: "U.S. Secretary of State", "the WHO's regional director for Europe", "head of
  the analytical department of Alpari" (an official by the lower-case "department").

* 63-67 (5 articles, 22 golden, written after the fixes for 58-62): precision 1.000
  (20/20), recall 0.909 (20/22), person fields 0.926.  Misses: "she explains" (a
  "brother" in the apposition had made the speaker male), "He says young people no
  longer want" (no finite verb the bare-clause rule knew); person fields: "Judge X",
  "University of California, Berkeley".

* 68-71 (4 articles, 15 golden, written after the fixes for 63-67): precision 1.000
  (14/14), recall 0.933 (14/15), person fields 0.920.  Miss: "spokeswoman He Yadong"
  (the surname He read as the pronoun); person field: "Commerce ministry spokeswoman".

All 71 score 1.000 after the fixes; the floors below hold them there.  The first-sight
figures, not the floors, are the estimate for unseen articles: precision about 0.9-1.0,
recall about 0.75-0.93, person fields about 0.75-0.93, improving batch by batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article
from app.ingest.slugs import slugify

CORPUS = Path(__file__).parent / "corpus"
PRECISION_FLOOR = 1.0
RECALL_FLOOR = 1.0
KIND_FLOOR = 1.0  # share of matched statements whose kind (quote/paraphrase) is right
PEOPLE_FLOOR = 1.0  # share of expected person fields (kind/role/organization) that are right


@dataclass(frozen=True)
class Golden:
    speaker: str
    kind: str
    start: int
    end: int
    said_on: dt.date | None


def _articles() -> list[str]:
    return sorted(path.stem for path in CORPUS.glob("*.txt"))


def _load(name: str) -> tuple[str, dict[str, Any]]:
    text = (CORPUS / f"{name}.txt").read_bytes().decode("utf-8")
    meta = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    return text, meta


def _golden(text: str, meta: dict[str, Any]) -> list[Golden]:
    found: list[Golden] = []
    cursor = 0
    for item in meta.get("statements") or []:
        start = text.find(item["text"], cursor)
        if start < 0:
            start = text.find(item["text"])
        assert start >= 0, f"golden text not in article: {item['text']!r}"
        end = start + len(item["text"])
        found.append(
            Golden(slugify(item["speaker"]), item["kind"], start, end, item.get("said_on"))
        )
        cursor = start + 1
    return found


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= max(a_end - a_start, b_end - b_start)


def _parse(name: str) -> tuple[str, dict[str, Any], ParsedArticle]:
    text, meta = _load(name)
    return text, meta, parse_article(text, meta["published_on"])


@pytest.mark.parametrize("name", _articles())
def test_span_invariant(name: str) -> None:
    text, _, parsed = _parse(name)
    assert parsed.text == text
    for statement in parsed.statements:
        assert text[statement.start : statement.end] == statement.text
    starts = [statement.start for statement in parsed.statements]
    assert starts == sorted(starts)
    slugs = {person.slug for person in parsed.people}
    assert {statement.speaker for statement in parsed.statements} <= slugs
    assert len(slugs) == len(parsed.people)


def _score() -> dict[str, float]:
    predicted = correct = golden_total = matched = kind_ok = 0
    people_total = people_ok = 0
    report: list[str] = []
    for name in _articles():
        text, meta, parsed = _parse(name)
        golden = _golden(text, meta)
        golden_total += len(golden)
        used: set[int] = set()
        for statement in parsed.statements:
            predicted += 1
            hit = next(
                (
                    index
                    for index, gold in enumerate(golden)
                    if index not in used
                    and gold.speaker == statement.speaker
                    and _overlaps(statement.start, statement.end, gold.start, gold.end)
                ),
                None,
            )
            if hit is None:
                report.append(f"  {name}: extra {statement.speaker} {statement.text[:60]!r}")
                continue
            used.add(hit)
            correct += 1
            kind_ok += golden[hit].kind == statement.kind
            gold_date = golden[hit].said_on
            if gold_date is not None and gold_date != statement.said_on:
                report.append(f"  {name}: date {statement.said_on} != {gold_date}")
        matched += len(used)
        for index, gold in enumerate(golden):
            if index not in used:
                report.append(
                    f"  {name}: missed {gold.speaker} {text[gold.start : gold.end][:60]!r}"
                )
        people = {person.slug: person for person in parsed.people}
        for person_name, fields in (meta.get("people") or {}).items():
            person = people.get(slugify(person_name))
            for field, value in fields.items():
                people_total += 1
                got = getattr(person, field) if person is not None else None
                if got == value:
                    people_ok += 1
                else:
                    report.append(f"  {name}: {person_name}.{field} {got!r} != {value!r}")
    scores = {
        "precision": correct / predicted if predicted else 1.0,
        "recall": matched / golden_total if golden_total else 1.0,
        "kind": kind_ok / correct if correct else 1.0,
        "people": people_ok / people_total if people_total else 1.0,
    }
    print()
    print("\n".join(report))
    print(
        f"corpus: {len(_articles())} articles, {golden_total} golden, {predicted} predicted, "
        f"{correct} correct; precision {scores['precision']:.3f} recall "
        f"{scores['recall']:.3f} kind {scores['kind']:.3f} people {scores['people']:.3f}"
    )
    return scores


def test_attribution_precision_and_recall() -> None:
    scores = _score()
    assert scores["precision"] >= PRECISION_FLOOR
    assert scores["recall"] >= RECALL_FLOOR
    assert scores["kind"] >= KIND_FLOOR
    assert scores["people"] >= PEOPLE_FLOOR


def test_corpus_is_big_enough() -> None:
    assert len(_articles()) >= 71
