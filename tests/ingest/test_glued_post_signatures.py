"""An embedded post whose dated "— Name (@handle) Month d, yyyy" signature is glued to the
end of its last line, with no link left (issue 10, pattern A8)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_signature_ending_the_last_line_signs_the_post_above_it() -> None:
    parsed = parse_body(
        "The search ended late on Tuesday.\n\n"
        "Our crews found the lost canoe near the east dock.\n\n"
        "Thanks to every neighbour who searched tonight. — Chief Rosa Lindqvist "
        "(@ChiefLindqvist) April 9, 2022\n\n"
        "The dock stays closed until Friday."
    )
    assert speaker_text(parsed) == [
        ("rosa-lindqvist", "Our crews found the lost canoe near the east dock."),
        ("rosa-lindqvist", "Thanks to every neighbour who searched tonight."),
    ]
    person = next(p for p in parsed.people if p.slug == "rosa-lindqvist")
    assert person.role == "Chief"


def test_narration_above_the_post_is_not_the_signers() -> None:
    parsed = parse_body(
        "Lindqvist posted an update after the search.\n\n"
        "The canoe was found near the east dock.\n\n"
        "We are grateful to every neighbour who searched tonight. — Rosa Lindqvist "
        "(@rlindqvist) April 9, 2022"
    )
    assert speaker_text(parsed) == [
        ("rosa-lindqvist", "We are grateful to every neighbour who searched tonight."),
    ]


def test_a_paragraph_that_reports_someone_stops_the_post() -> None:
    parsed = parse_body(
        "Our town has waited for this bridge for years, the mayor said on Monday.\n\n"
        "We are grateful to every crew who built it. — Rosa Lindqvist "
        "(@rlindqvist) April 9, 2022"
    )
    assert speaker_text(parsed)[-1] == (
        "rosa-lindqvist",
        "We are grateful to every crew who built it.",
    )
    assert [text for speaker, text in speaker_text(parsed) if speaker == "rosa-lindqvist"] == [
        "We are grateful to every crew who built it."
    ]


def test_a_signature_without_a_date_is_no_glued_post() -> None:
    parsed = parse_body(
        "We are grateful to every crew who built it. — Rosa Lindqvist (@rlindqvist)"
    )
    assert speaker_text(parsed) == []


def test_an_account_of_a_newsroom_signs_for_nobody() -> None:
    parsed = parse_body(
        "We are live from the bridge opening all afternoon. — City News Desk "
        "(@citynewsdesk) April 9, 2022"
    )
    assert speaker_text(parsed) == []


def test_a_reporters_sentence_before_a_glued_signature_keeps_only_the_post() -> None:
    parsed = parse_body(
        "Nora Lind, a reporter, quoted a post by the senator: “The bridge will be "
        "rebuilt.” — Rosa Lindqvist (@rlindqvist) April 9, 2022\n\n"
        "Lindqvist later deleted it."
    )
    assert [text for speaker, text in speaker_text(parsed) if speaker == "rosa-lindqvist"] == [
        "The bridge will be rebuilt."
    ]


def test_a_speech_frame_with_a_colon_starts_the_post_after_it() -> None:
    parsed = parse_body(
        "The senator wrote on Monday: The bridge will be rebuilt by spring. — "
        "Rosa Lindqvist (@rlindqvist) April 9, 2022"
    )
    assert speaker_text(parsed) == [("rosa-lindqvist", "The bridge will be rebuilt by spring.")]


def test_narration_naming_the_signer_before_a_glued_signature_is_no_post() -> None:
    parsed = parse_body(
        "Lindqvist posted a photo of the old bridge on Monday evening. — "
        "Rosa Lindqvist (@rlindqvist) April 9, 2022"
    )
    assert [text for speaker, text in speaker_text(parsed) if speaker == "rosa-lindqvist"] == []
