"""The reporting verbs of the name-run and pre-name-title rules, and the scholars' jobs,
come from the vocabulary files (reporting_verb_sets.txt, person_nouns.txt) through the one
loader, which refuses a form the verb lexicon lacks and a noun with no known tag.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest import vocabulary
from app.ingest.people.kinds import classify
from app.ingest.speech_verbs import verb_forms
from app.ingest.tokens import name_runs, tokenize
from app.ingest.vocabulary import person_nouns, reporting_verb_sets
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _runs(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(token.core for token in tokens[a:b]) for a, b in name_runs(tokens)]


def test_the_named_sets_exist() -> None:
    sets = reporting_verb_sets()
    assert set(sets["comma_goes_on"]) == {"said", "says", "told", "added"}
    assert set(sets["opens_inversion"]) == {"said", "says", "told"}
    assert set(verb_forms("opens_inversion")) == set(sets["opens_inversion"])


@pytest.mark.parametrize("verb", ["said", "says", "told", "added"])
def test_a_verb_after_name_and_comma_is_no_apposition(verb: str) -> None:
    # "Laura House, said the mayor": the comma ends a run; "House" is not taken for a surname
    assert _runs(f"Laura House, {verb} the mayor of Elmford")[0] == "Laura"


def test_a_job_after_name_and_comma_makes_a_surname() -> None:
    # negative: a lower-case job is the person's apposition, so "House" is a surname
    assert _runs("Laura House, senior economist at Northfield Bank")[0] == "Laura House"


@pytest.mark.parametrize("verb", ["Said", "Says"])
def test_an_inverting_verb_is_no_part_of_the_titles_place(verb: str) -> None:
    parsed = parse_body(f"{verb} Gov. Tess Vale: “We will build the bridge.”")
    assert kind_role_org_by_slug(parsed) == {"tess-vale": ("official", "Gov.", None)}


def test_a_place_before_a_title_still_glues() -> None:
    # negative: capitalised words that are no verb stay the title's place
    parsed = parse_body("Said Harlan County Commissioner Tess Vale: “We will build the bridge.”")
    assert kind_role_org_by_slug(parsed) == {
        "tess-vale": ("official", "Commissioner", "Harlan County")
    }


def test_a_set_form_missing_from_the_lexicon_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [["comma_goes_on", "said"], ["comma_goes_on", "blorbed"]]
    monkeypatch.setattr(vocabulary, "read_entries", lambda name: entries)
    with pytest.raises(ValueError, match="blorbed"):
        reporting_verb_sets.__wrapped__()


def test_scholars_come_from_person_nouns() -> None:
    scholars = person_nouns("scholar")
    assert {"economist", "analyst", "researcher", "adviser", "advisor", "fellow"} <= scholars
    assert not scholars & {"inspector", "spokesman", "official", "lawyer"}


@pytest.mark.parametrize(
    ("role", "kind"),
    [("senior fellow", "expert"), ("policy advisor", "expert"), ("inspector", "official")],
)
def test_a_scholar_of_a_state_body_stays_an_expert(role: str, kind: str) -> None:
    assert classify(role, "FDA", "") == kind


@pytest.mark.parametrize(
    "entries",
    [[["economist"]], [["economist", "scholar,guru"]]],
)
def test_a_person_noun_with_no_known_tag_is_refused(
    monkeypatch: pytest.MonkeyPatch, entries: list[list[str]]
) -> None:
    monkeypatch.setattr(vocabulary, "read_entries", lambda name: entries)
    with pytest.raises(ValueError, match="bad tags"):
        person_nouns.__wrapped__("scholar")
