""" "Starmer has defended the plan, insisting it was right.": a participle clause of a
reporting verb hangs on the sentence's subject, who says what follows it. The -ing forms
of verbs that often take a noun for object ("stating the obvious", "pointing out the
mistakes") report only a "that" clause; those that mostly report nothing ("maintaining
roads", "declaring bankruptcy", "conceding a goal") are no speech verbs at all.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text

SCENE = "The lead paragraph has no speaker in it.\n\n"
SUBJECT = "Prime Minister Carl Stern has defended the plan, "


@pytest.mark.parametrize(
    ("participle", "clause"),
    [
        # already read before this file (kept here as a class)
        ("insisting", "it was right"),
        ("arguing that", "it would cut waiting lists"),
        ("warning that", "delay would cost lives"),
        ("adding that", "it would be reviewed in a year"),
        # added: a clause with or without "that"
        ("predicting that", "it would pass"),
        ("asserting that", "it would cut costs"),
        ("contending", "it would cut costs"),
        # added: a "that" clause only
        ("pointing out that", "costs had fallen"),
        ("acknowledging that", "it had flaws"),
        ("vowing that", "it would pass"),
        ("stating that", "it would take time"),
        ("cautioning that", "it would take time"),
        ("reiterating that", "nobody would lose out"),
        ("underlining that", "nobody would lose out"),
    ],
)
def test_a_participle_report_hangs_on_the_subject(participle: str, clause: str) -> None:
    parsed = parse_body(f"{SCENE}{SUBJECT}{participle} {clause}.")
    assert speaker_kind_text(parsed) == [("carl-stern", "paraphrase", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ann Hale signed the order on Monday, declaring a state of emergency in "
        "three counties.",
        "Governor Ann Hale read the report, pointing out the mistakes to her aides.",
        "Governor Ann Hale signed the bill, declaring it a victory for workers.",
        "Governor Ann Hale left the stage, stating the obvious.",
        "Governor Ann Hale thanked the crews, acknowledging the crowd with a wave.",
        "Governor Ann Hale met the miners, vowing revenge on the company.",
        "Governor Ann Hale toured the hospital, which had stopped admitting patients after "
        "the flood.",
        "Maintaining the bridge costs the county a million dollars a year.",
        "Police charged Tom Reed with theft, maintaining a common nuisance, possession of "
        "drug paraphernalia, held in jail in lieu of bond.",
        "Keeper Tom Reed was at fault, conceding a goal that deflected off his knee.",
        "Governor Ann Hale watched as the engineers kept maintaining the pumps.",
    ],
)
def test_an_ing_form_with_an_object_reports_nothing(sentence: str) -> None:
    parsed = parse_body(SCENE + sentence)
    assert speaker_kind_text(parsed) == []


def test_a_narrated_clause_with_maintaining_before_a_quote_is_the_speaker_s() -> None:
    clause = "Expenses on maintaining the old town hall in three villages amount to half a budget"
    parsed = parse_body(f"{SCENE}{clause}, “and nobody checks them”, noted Ann Hale.")
    assert speaker_kind_text(parsed) == [
        ("ann-hale", "paraphrase", clause),
        ("ann-hale", "quote", "and nobody checks them"),
    ]
