"""Interview turns labelled with the interviewee's initials ("Q: …" / "DV: …", issue 10,
pattern A4)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, parse_full_text, speaker_text


def test_answers_under_the_interviewees_initials_are_her_quotes() -> None:
    parsed = parse_body(
        "A long talk with Nadia Brenner after her first marathon win.\n\n"
        "Q: How do your legs feel?\n\n"
        "NB: Heavy, but I am so happy with the whole week.\n\n"
        "Q: When did you know you would win?\n\n"
        "NB: Only at the last bridge, when I heard the crowd."
    )
    assert speaker_text(parsed) == [
        ("nadia-brenner", "Heavy, but I am so happy with the whole week."),
        ("nadia-brenner", "Only at the last bridge, when I heard the crowd."),
    ]


def test_the_headline_may_name_the_interviewee() -> None:
    parsed = parse_full_text(
        "Nadia Brenner: the marathon interview\n\n"
        "Q: How do your legs feel?\n\n"
        "NB: Heavy, but I am so happy with the whole week.\n\n"
        "Q: What comes next?\n\n"
        "NB: A long rest, then the track season."
    )
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["nadia-brenner"] * 2


def test_a_single_initials_line_is_no_interview() -> None:
    parsed = parse_body(
        "A long talk with Nadia Brenner after her first marathon win.\n\n"
        "Q: How do your legs feel?\n\n"
        "NB: Heavy, but I am so happy with the whole week."
    )
    assert speaker_text(parsed) == []


def test_an_acronym_the_article_also_writes_is_no_label() -> None:
    parsed = parse_body(
        "Nadia Brenner met the board of the National Bank, the NB, on Monday.\n\n"
        "Q: What did the board decide?\n\n"
        "NB: Rates stay where they are until the spring.\n\n"
        "Q: And after that?\n\n"
        "NB: The board will look at the data again."
    )
    assert speaker_text(parsed) == []


def test_initials_that_two_people_share_label_nobody() -> None:
    parsed = parse_body(
        "Nadia Brenner and Nils Berg ran the race together.\n\n"
        "Q: How do your legs feel?\n\n"
        "NB: Heavy, but we are so happy with the whole week.\n\n"
        "Q: What comes next?\n\n"
        "NB: A long rest, then the track season."
    )
    assert speaker_text(parsed) == []


def test_initials_outside_a_q_interview_are_no_turns() -> None:
    parsed = parse_body(
        "A long talk with Nadia Brenner after her first marathon win.\n\n"
        "NB: Heavy, but I am so happy with the whole week.\n\n"
        "NB: A long rest, then the track season."
    )
    assert speaker_text(parsed) == []
