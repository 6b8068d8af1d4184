"""Upper-case speaker labels in broadcast transcripts: "ANA SILVA: …" then "SILVA: …" are
that person's quotes; a narrator's label ("TOM REED, BYLINE: …") never is.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_full_name_then_surname_labels_are_the_same_persons_turns() -> None:
    body = (
        "LEO PRAT, BYLINE: Nora Vidal stayed behind when the lake rose.\n\n"
        "NORA VIDAL: We carried sandbags all night.\n\n"
        "PRAT: She was not alone.\n\n"
        "JOE BRANT: Half the street stayed with her.\n\n"
        "VIDAL: I could not leave the horses."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-vidal", "quote", "We carried sandbags all night."),
        ("joe-brant", "quote", "Half the street stayed with her."),
        ("nora-vidal", "quote", "I could not leave the horses."),
    ]


def test_a_single_capitalised_label_is_no_transcript() -> None:
    body = "NORA VIDAL: a life on the lake.\n\nThe lake rose in May and the town was flooded."
    assert speaker_kind_text(parse_body(body)) == []


def test_labels_without_a_given_name_are_not_people() -> None:
    body = (
        "BREAKING NEWS: The bridge has closed for the night.\n\n"
        "CITY HALL: The office opens at nine on Monday.\n\n"
        "UPDATE: The road is open again."
    )
    parsed = parse_body(body)
    assert speaker_kind_text(parsed) == []
    assert parsed.people == []


def test_a_surname_label_never_introduced_is_not_read() -> None:
    body = "NORA VIDAL: We carried sandbags all night.\n\nBRANT: Half the street stayed with her."
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-vidal", "quote", "We carried sandbags all night.")
    ]


def test_a_host_label_and_its_surname_are_narration() -> None:
    body = (
        "MAY LIN, HOST: The lake rose again this week.\n\n"
        "NORA VIDAL: We stayed anyway.\n\n"
        "LIN: And the town?"
    )
    assert speaker_kind_text(parse_body(body)) == [("nora-vidal", "quote", "We stayed anyway.")]
