"""Quotes that run on over several paragraphs, and a quote paragraph followed by
narration, which goes on with the previous quote's speaker (issue 10, pattern A2)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_a_quote_closed_in_a_later_paragraph_gives_every_paragraph_to_its_speaker() -> None:
    parsed = parse_body(
        "Harbour minister Tomas Rindal toured the docks on Monday.\n\n"
        "“The docks move a fifth of the country's timber.\n\n"
        "We plan two more cranes before the winter”, Rindal said."
    )
    assert speaker_kind_text(parsed) == [
        ("tomas-rindal", "quote", "The docks move a fifth of the country's timber."),
        ("tomas-rindal", "quote", "We plan two more cranes before the winter"),
    ]


def test_every_reopened_paragraph_of_a_running_quote_is_the_speakers() -> None:
    parsed = parse_body(
        "Harbour minister Tomas Rindal toured the docks on Monday.\n\n"
        "“The docks move a fifth of the country's timber.\n\n"
        "“The old cranes are slow.\n\n"
        "“We plan two more before the winter,” Rindal said."
    )
    assert speaker_kind_text(parsed) == [
        ("tomas-rindal", "quote", "The docks move a fifth of the country's timber."),
        ("tomas-rindal", "quote", "The old cranes are slow."),
        ("tomas-rindal", "quote", "We plan two more before the winter"),
    ]


def test_an_open_quote_nobody_closes_with_an_attribution_stays_unattributed() -> None:
    parsed = parse_body(
        "Harbour minister Tomas Rindal toured the docks on Monday.\n\n"
        "“The docks move a fifth of the country's timber.\n\n"
        "The cranes were built in 1971 and have not been replaced since."
    )
    assert speaker_kind_text(parsed) == []


def test_a_leftover_closing_mark_opening_the_narration_is_no_quote() -> None:
    parsed = parse_body(
        '"We kept going until the very last point," Vera Lund said.\n\n'
        '"I want to thank my team for every hour we put in.\n\n'
        '"My coach deserves half of this cup.\n\n'
        '" Lund was hoping for her first title on clay.'
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lund", "quote", "We kept going until the very last point"),
        ("vera-lund", "quote", "I want to thank my team for every hour we put in."),
        ("vera-lund", "quote", "My coach deserves half of this cup."),
    ]


def test_a_quote_paragraph_then_narration_goes_on_with_the_previous_speaker() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"My hands were shaking in the first set." The tall Lund had never reached a '
        "final before."
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lund", "quote", "This week was more than I ever hoped for"),
        ("vera-lund", "quote", "My hands were shaking in the first set."),
    ]


def test_narration_naming_someone_else_takes_no_quote() -> None:
    parsed = parse_body(
        "Her coach Pia Holm watched from the stands.\n\n"
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"She never gives up on a point." Holm has coached her for six years.'
    )
    assert ("vera-lund", "quote", "She never gives up on a point.") not in speaker_kind_text(parsed)


def test_a_quoted_title_opening_a_paragraph_is_no_quote() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"Clay Kings" is the name of the new series about her club.'
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lund", "quote", "This week was more than I ever hoped for"),
    ]


def test_a_quote_then_a_report_of_someone_else_is_not_the_previous_speakers() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"The crowd carried us through the last set." Organisers said the stadium was full.'
    )
    texts = [text for _, _, text in speaker_kind_text(parsed)]
    assert "The crowd carried us through the last set." not in texts


def test_impersonal_quoted_words_then_unnamed_narration_are_nobodys() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"No entry to the courts after dark." The sign at the gate was put up in May.'
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lund", "quote", "This week was more than I ever hoped for"),
    ]


def test_first_person_words_then_unnamed_narration_go_on() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"We trained on clay all winter for this." The club has four clay courts.'
    )
    assert speaker_kind_text(parsed)[-1] == (
        "vera-lund",
        "quote",
        "We trained on clay all winter for this.",
    )


def test_a_running_quote_closed_with_no_attribution_is_nobodys() -> None:
    parsed = parse_body(
        "The harbour reopened on Monday.\n\n"
        "“The docks move a fifth of the country's timber.\n\n"
        "The old cranes are slow and the quay is too short”."
    )
    assert speaker_kind_text(parsed) == []


def test_a_reader_comment_signed_in_narration_is_not_the_previous_speakers() -> None:
    parsed = parse_body(
        '"This week was more than I ever hoped for," said Vera Lund.\n\n'
        '"I loved every minute of this final." Posted by a reader, Jan Ek.'
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lund", "quote", "This week was more than I ever hoped for"),
    ]
