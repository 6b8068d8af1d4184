""" "He said Acme needs …": a bare reported clause whose subject is a proper noun and whose
verb is a present-tense third-person form (issue 10).  Made-up sentences."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.speech_verbs import bare_clause_ok


def test_a_proper_noun_and_its_verb_are_a_clause() -> None:
    assert bare_clause_ok("said", " Acme needs a more efficient organization to grow.")


def test_a_name_and_an_apposition_are_no_clause() -> None:
    assert not bare_clause_ok("said", " Smith, the director.")


def test_the_pronoun_speaker_gets_the_clause() -> None:
    parsed = parse_article(
        "Title\n\nNext steps will be shared on Friday, Marcelo Claure said in the email.\n\n"
        "He said Acme needs a more efficient organization to grow.\n",
        dt.date(2024, 5, 17),
    )
    statements = [(s.speaker, s.text) for s in parsed.statements]
    assert ("marcelo-claure", "Acme needs a more efficient organization to grow") in statements
