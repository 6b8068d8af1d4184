"""The scorer on hand-made parses: every figure is counted here by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.evaluation.calibration import by_rule, calibration
from app.evaluation.gold import GoldArticle
from app.evaluation.scoring import Counts, ParsedOutcome, score_article
from app.ingest.parsed import ParsedArticle, ParsedAttribution, ParsedPerson, ParsedStatement

TEXT = (
    "Prices\n\n"
    '"Wheat will cost more," said Anna Petrova, an economist at the Higher School of '
    "Economics.\n\n"
    "Agriculture Minister Ivan Sidorov said the state would buy grain.\n\n"
    '"Not this year," Sidorov added. "Maybe later."\n\n'
    "Boris Lee, a trader, thinks prices have peaked.\n"
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _gold_statement(speaker: str, kind: str, part: str) -> dict[str, Any]:
    start, end = _span(part)
    return {"speaker": speaker, "kind": kind, "anchor": part, "start": start, "end": end}


GOLD = GoldArticle.model_validate(
    {
        "text": TEXT,
        "genre": "web",
        "speakers": [
            {
                "name": "Anna Petrova",
                "kind": "expert",
                "role": "economist",
                "organization": "Higher School of Economics",
            },
            {
                "name": "Ivan Sidorov",
                "aliases": ["Sidorov"],
                "kind": "official",
                "role": "Agriculture Minister",
                "organization": "Russia",
            },
            {"name": "Boris Lee", "kind": "expert", "role": "trader"},
            {"name": "Nobody Quoted", "kind": "expert", "role": "bystander"},
        ],
        "statements": [
            _gold_statement("Anna Petrova", "quote", "Wheat will cost more"),
            _gold_statement("Ivan Sidorov", "paraphrase", "the state would buy grain"),
            _gold_statement("Ivan Sidorov", "quote", "Not this year"),
            _gold_statement("Ivan Sidorov", "quote", "Maybe later."),
            _gold_statement("Boris Lee", "paraphrase", "prices have peaked"),
        ],
    }
)

PEOPLE = [
    ParsedPerson(
        slug="petrova",
        name="A. Petrova",
        kind="expert",
        role="an economist",
        organization="the Higher School of Economics",
    ),
    ParsedPerson(slug="sidorov", name="Sidorov", kind="expert", role="Minister"),
    ParsedPerson(slug="ivan-sidorov", name="Ivan Sidorov", kind="official", role=None),
    ParsedPerson(slug="lee", name="Boris Lee", kind="expert", role="trader"),
]


def _parsed(part: str, speaker: str | None, confidence: float | None) -> ParsedStatement:
    start, end = _span(part)
    attribution = (
        None
        if confidence is None
        else ParsedAttribution(cue="said", cue_start=0, cue_end=4, rule="t", confidence=confidence)
    )
    return ParsedStatement(
        speaker=speaker,
        kind="quote",
        start=start,
        end=end,
        text=part,
        said_on=dt.date(2000, 1, 1),
        attribution=attribution,
    )


STATEMENTS = [
    # right, and overlapping only part of the gold span still counts
    _parsed("Wheat will cost", "petrova", 0.97),
    # right: the paraphrase, by a surname-only person who is Ivan Sidorov
    _parsed("the state would buy grain", "sidorov", 0.9),
    # wrong speaker for a gold statement of Sidorov
    _parsed("Not this year", "lee", 0.6),
    # the whole sentence: overlaps "Maybe later." by Sidorov, right via the full name
    _parsed('"Maybe later."', "ivan-sidorov", 0.75),
    # no gold statement here
    _parsed("Agriculture Minister Ivan Sidorov", "ivan-sidorov", 0.2),
    # unattributed statements are never right
    _parsed("prices have peaked", None, None),
]


def _score() -> Counts:
    parsed = ParsedArticle(
        text=TEXT,
        title="Prices",
        published_on=dt.date(2000, 1, 1),
        people=PEOPLE,
        statements=STATEMENTS,
    )
    return score_article(GOLD, parsed).counts


def test_statement_counts() -> None:
    counts = _score()
    assert counts.gold_statements == 5
    assert counts.found == 5  # every gold statement is overlapped by something
    assert counts.attributed == 3  # Petrova, Sidorov's paraphrase, "Maybe later."
    assert counts.parsed_statements == 6
    assert counts.right == 3
    # every parsed statement here is a quote: the attributed paraphrase has the wrong kind
    assert counts.statement_kinds_right == 2


def test_speakers_pair_one_to_one() -> None:
    counts = _score()
    # Gold speakers with statements: Petrova, Sidorov, Lee (Nobody Quoted has none).
    assert counts.gold_speakers == 3
    # Parsed people with statements: petrova, sidorov, ivan-sidorov, lee.
    assert counts.parsed_speakers == 4
    # Sidorov is split in two: the exact "Ivan Sidorov" pairs, "Sidorov" is extra.
    assert counts.speakers_matched == 3
    figures = counts.figures()
    assert figures["speaker_precision"] == pytest.approx(0.75)
    assert figures["speaker_recall"] == pytest.approx(1.0)
    assert figures["speaker_f1"] == pytest.approx(2 * 0.75 / 1.75)


def test_roles_and_organisations() -> None:
    counts = _score()
    # Petrova: role and organisation right. Ivan Sidorov (paired): no role, organisation
    # Russia missing. Lee: role right, no gold organisation.
    assert (counts.roles, counts.roles_right) == (3, 2)
    assert (counts.organizations, counts.organizations_right) == (2, 1)
    assert (counts.role_org, counts.role_org_right) == (3, 2)
    assert (counts.kinds, counts.kinds_right) == (3, 3)


def test_figures_are_ratios_of_the_counts() -> None:
    figures = _score().figures()
    assert figures["attributed_recall"] == pytest.approx(3 / 5)
    assert figures["statement_precision"] == pytest.approx(3 / 6)
    assert figures["role_org_recall"] == pytest.approx(2 / 3)


def test_misses_name_what_went_wrong() -> None:
    parsed = ParsedArticle(
        text=TEXT,
        title="Prices",
        published_on=dt.date(2000, 1, 1),
        people=PEOPLE,
        statements=STATEMENTS,
    )
    misses = [(m.what, m.detail) for m in score_article(GOLD, parsed).misses]
    whats = [what for what, _ in misses]
    assert whats.count("wrong speaker") == 2  # "Not this year" and Lee's paraphrase
    assert whats.count("not found") == 0
    assert whats.count("statement kind") == 1
    assert whats.count("wrong statement") == 3
    assert ("extra speaker", "Sidorov") in misses
    assert any(what == "wrong speaker" and "given to Boris Lee" in d for what, d in misses)
    assert any(what == "wrong speaker" and "given to nobody" in d for what, d in misses)


def test_empty_parse_misses_everything() -> None:
    parsed = ParsedArticle(text=TEXT, title="Prices", published_on=dt.date(2000, 1, 1))
    score = score_article(GOLD, parsed)
    assert (score.counts.found, score.counts.attributed, score.counts.right) == (0, 0, 0)
    assert [m.what for m in score.misses].count("not found") == 5
    assert score.counts.figures()["statement_precision"] is None
    assert score.counts.figures()["speaker_f1"] is None


def test_calibration_bands() -> None:
    parsed = ParsedArticle(
        text=TEXT,
        title="Prices",
        published_on=dt.date(2000, 1, 1),
        people=PEOPLE,
        statements=STATEMENTS,
    )
    bands = {
        b.label: (b.statements, b.right) for b in calibration(score_article(GOLD, parsed).outcomes)
    }
    assert bands == {
        "[0.00, 0.50)": (1, 0),
        "[0.50, 0.70)": (1, 0),
        "[0.70, 0.85)": (1, 1),
        "[0.85, 0.95)": (1, 1),
        "[0.95, 1.00]": (1, 1),
        "none": (1, 0),
    }


def test_rules_are_tallied_most_used_first() -> None:
    outcomes = [
        ParsedOutcome(0.9, True, "quote-after"),
        ParsedOutcome(0.9, False, "quote-after"),
        ParsedOutcome(0.9, True, "quote-after"),
        ParsedOutcome(0.6, True, "reported-clause"),
        ParsedOutcome(0.7, False, "reported-clause"),
        ParsedOutcome(None, False, None),
    ]
    tallies = {t.rule: (t.statements, t.right, t.confidence) for t in by_rule(outcomes)}
    assert [t.rule for t in by_rule(outcomes)] == ["quote-after", "reported-clause", "none"]
    assert tallies == {
        "quote-after": (3, 2, 0.9),
        "reported-clause": (2, 1, None),  # two confidences: no single prior to show
        "none": (1, 0, None),
    }
    assert by_rule(outcomes)[0].accuracy == 2 / 3
