""" "Elon Vance, founder, CEO, and lead designer of Orbitex, says": a comma list of job
nouns inside an apposition is one role, and its "of <Org>" tail the organisation (r3 R8);
a list whose items are not all jobs is not."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_a_comma_list_of_jobs_is_one_role_with_its_organisation() -> None:
    parsed = parse_body(
        "Arlo Prentiss, founder, CEO, and lead designer of Quillmark Motors, says the new "
        "car is ready."
    )
    assert speaker_text(parsed) == [("arlo-prentiss", "the new car is ready")]
    _, role, org = kind_role_org_of(parsed, "arlo-prentiss")
    assert role == "founder, CEO, and lead designer"
    assert org == "Quillmark Motors"


def test_after_an_inverted_verb() -> None:
    parsed = parse_body(
        "“The car is ready,” said Arlo Prentiss, founder, CEO and lead designer of "
        "Quillmark Motors."
    )
    _, role, org = kind_role_org_of(parsed, "arlo-prentiss")
    assert role == "founder, CEO and lead designer"
    assert org == "Quillmark Motors"


def test_a_list_of_names_is_no_role_list() -> None:
    parsed = parse_body(
        "Arlo Prentiss, founder, Tessa Wilde, and Ben Oduya of Quillmark Motors, said the "
        "car is ready."
    )
    assert "arlo-prentiss" not in [slug for slug, _ in speaker_text(parsed)] or (
        kind_role_org_of(parsed, "arlo-prentiss")[1] in (None, "founder")
    )
