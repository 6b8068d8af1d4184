""" "said the world number three": a rank or seed epithet means the one player just named
whom the quote does not name; with none or several left, nobody (r1 A5)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_the_epithet_is_the_player_the_quote_does_not_name() -> None:
    parsed = parse_body(
        "Oriane Valk beat Sela Moravec in the final on Sunday.\n\n"
        "“Well done to Oriane and her coaches,” said the world number three.\n\n"
        "She then joked: “Oriane has my cup now, but I will be back.”"
    )
    assert speaker_text(parsed) == [
        ("sela-moravec", "Well done to Oriane and her coaches"),
        ("sela-moravec", "Oriane has my cup now, but I will be back."),
    ]


def test_the_top_seed_before_the_verb() -> None:
    parsed = parse_body(
        "Oriane Valk beat Sela Moravec in the final on Sunday.\n\n"
        "The top seed said: “Oriane played better, and I congratulate her.”"
    )
    assert speaker_text(parsed) == [
        ("sela-moravec", "Oriane played better, and I congratulate her.")
    ]


def test_two_players_left_give_nobody() -> None:
    parsed = parse_body(
        "Oriane Valk beat Sela Moravec in the final on Sunday.\n\n"
        "“It was a hard match,” said the defending champion."
    )
    assert speaker_text(parsed) == []


def test_an_epithet_used_before_for_someone_unnamed_gives_nobody() -> None:
    parsed = parse_body(
        "Oriane Valk will face the top seed on Sunday.\n\n“I am ready,” said the top seed."
    )
    assert speaker_text(parsed) == []
