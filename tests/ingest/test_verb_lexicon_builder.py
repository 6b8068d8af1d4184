"""The one verb lexicon as regex (issue 10): speech_verbs.verb_forms / verb_alternation /
verb_pattern / is_verb_form, the named subsets of reporting_verb_sets.txt, and the one
list of person nouns (person_nouns.txt).  Every sentence here is made up."""

from __future__ import annotations

import re

import pytest

from app.ingest.people.names import PERSON_REFERENCE_NOUNS
from app.ingest.speech_verbs import is_verb_form, verb_alternation, verb_forms, verb_pattern
from app.ingest.vocabulary import (
    person_nouns,
    reporting_verb_sets,
    reporting_verb_tenses,
    reporting_verbs,
)
from tests.ingest.parsing import parse_body, speaker_kind_text


def test_the_whole_lexicon_is_in_the_alternation() -> None:
    forms = verb_forms()
    assert set(forms) == set(reporting_verbs())
    for form in ("said", "says", "told", "warned", "pointed out", "underscored"):
        assert form in forms
    assert re.fullmatch(verb_alternation(), "pointed  out")  # words joined by \s+


def test_forms_come_longest_first() -> None:
    lengths = [len(form) for form in verb_forms()]
    assert lengths == sorted(lengths, reverse=True)
    # a longer form is tried before its prefix: "added" never stops at "add"
    match = re.match(verb_alternation(tenses=("past", "base")), "added")
    assert match is not None
    assert match.group() == "added"
    match = re.match(verb_alternation(), "pointed out the flaw")
    assert match is not None
    assert match.group() == "pointed out"


def test_the_pattern_keeps_to_whole_words() -> None:
    pattern = verb_pattern()
    assert pattern.search("Mira Tal said the fund was empty") is not None
    assert pattern.search("the unsaid rule, the sayso of the board") is None
    assert pattern.search("the warnedness of it") is None
    assert pattern is verb_pattern()  # compiled once
    assert verb_pattern(flags=re.IGNORECASE).search("Said the mayor") is not None
    assert pattern.search("Said the mayor") is None  # lower case unless asked


def test_tenses_restrict_the_forms() -> None:
    past = verb_forms(tenses="past")
    assert "said" in past
    assert "warned" in past
    assert "says" not in past
    assert "saying" not in past
    present = verb_forms(tenses="present")
    assert "says" in present
    assert "said" not in present
    both = set(verb_forms(tenses=("past", "present")))
    assert both == set(past) | set(present)
    assert all(reporting_verb_tenses()[form] & {"past"} for form in past)
    with pytest.raises(ValueError, match="unknown tenses"):
        verb_forms(tenses="future")


def test_a_verb_class_restricts_the_forms() -> None:
    content = verb_forms(tenses="past", verb_class="as")
    assert "noted" in content
    assert "put it" in content
    assert "testified" not in content
    assert "answered" not in content
    with pytest.raises(ValueError, match="unknown verb class"):
        verb_forms(verb_class="nonsense")


def test_named_subsets_come_from_the_data_file() -> None:
    own = verb_forms("own_voice")
    assert set(own) == set(reporting_verb_sets()["own_voice"])
    assert "said" in own
    assert "reported" not in own
    assert "told" not in own
    assert "told" in verb_forms("own_voice_after_quote")
    pattern = verb_pattern("own_voice")
    assert pattern.search("Varga added: the plan holds") is not None
    assert pattern.search("Varga reported a loss") is None
    with pytest.raises(KeyError):
        verb_forms("no_such_set")


def test_every_subset_form_is_a_lexicon_form() -> None:
    lexicon = reporting_verbs()
    for name, forms in reporting_verb_sets().items():
        assert forms, name
        assert all(form in lexicon for form in forms), name


def test_membership_check() -> None:
    assert is_verb_form("Said")
    assert is_verb_form("pointed  out")
    assert not is_verb_form("sayso")
    assert is_verb_form("noted", "as_pronoun")
    assert not is_verb_form("warned", "as_pronoun")
    assert not is_verb_form("says", tenses="past")


def test_person_nouns_have_one_file() -> None:
    assert person_nouns("reference") == PERSON_REFERENCE_NOUNS
    assert {"athlete", "champion"} <= PERSON_REFERENCE_NOUNS
    unnamed = person_nouns("unnamed")
    assert {"resident", "witness", "spokeswoman"} <= unnamed
    assert "athlete" not in unnamed
    assert person_nouns("male") <= unnamed
    assert "mother" in person_nouns("female")
    assert {"suspect", "detainee"} <= person_nouns("antecedent")
    with pytest.raises(ValueError, match="unknown tag"):
        person_nouns("animal")


def test_a_body_before_any_lexicon_verb_ends_at_the_verb() -> None:
    # "cautions" was missing from the hand list: the body ran on to the sentence's end
    parsed = parse_body("Ana Ruiz of the Harlow Institute cautions that rents will rise again.")
    assert speaker_kind_text(parsed) == [("ana-ruiz", "paraphrase", "rents will rise again")]
    assert [(p.name, p.organization) for p in parsed.people] == [("Ana Ruiz", "Harlow Institute")]


def test_a_home_place_before_a_lexicon_verb_is_no_body() -> None:
    parsed = parse_body("Ana Ruiz from Ohio cautions that rents will rise again next year.")
    assert [(p.name, p.organization) for p in parsed.people] == [("Ana Ruiz", None)]


def test_a_relative_clause_reports_speech_only_with_a_plain_verb() -> None:
    from app.ingest.subject_span import _SPEECH_IN_RELATIVE

    assert _SPEECH_IN_RELATIVE.search("who said the case was closed") is not None
    assert _SPEECH_IN_RELATIVE.search("who tells voters the plan is sound") is not None
    # a passive participle or a plural noun that the lexicon holds as a verb form
    assert _SPEECH_IN_RELATIVE.search("whose study was cited in court") is None
    assert _SPEECH_IN_RELATIVE.search("whose book was challenged in ten states") is None
