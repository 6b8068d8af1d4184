"""Where a name run starts and stops (issue 10, patterns r3 A16, A21 and P4): a
patronymic particle ends a name, a line break ends a run, and a holiday or event name is
nobody.  Sentences are made up; none is from the corpus."""

from __future__ import annotations

from app.ingest.tokens import name_runs, tokenize
from tests.ingest.parsing import parse_body, speaker_text


def _runs(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(token.core for token in tokens[a:b]) for a, b in name_runs(tokens)]


def test_a_patronymic_particle_ends_the_name() -> None:
    assert _runs("Deputy minister Temir Asylbek uulu said so.") == ["Temir Asylbek uulu"]
    assert _runs("said Nurgul Turdubai kyzy, the head.") == ["Nurgul Turdubai kyzy"]
    assert _runs("Elvin Rasim ogly spoke.") == ["Elvin Rasim ogly"]


def test_a_particle_after_punctuation_or_alone_is_no_name() -> None:
    assert _runs("He met Temir Asylbek, uulu said.") == ["Temir Asylbek"]
    assert _runs("The word uulu means son.") == []


def test_the_patronymic_name_speaks_and_keeps_its_particle() -> None:
    parsed = parse_body(
        "Deputy minister Temir Asylbek uulu said the ministry blocks no websites.\n\n"
        "“We answer every complaint within a day,” said Nurgul Turdubai kyzy, the "
        "ministry's spokeswoman.\n"
    )
    assert speaker_text(parsed) == [
        ("temir-asylbek-uulu", "the ministry blocks no websites"),
        ("nurgul-turdubai-kyzy", "We answer every complaint within a day"),
    ]


def test_a_name_run_does_not_cross_a_line_break() -> None:
    assert _runs("said Brennholt\nBrennholt stated that") == ["Brennholt", "Brennholt"]
    assert _runs("met Ana\nLind there") == ["Ana", "Lind"]


def test_a_line_final_attribution_and_the_next_line() -> None:
    statements = speaker_text(
        parse_body(
            "The budget vote is near.\n\n"
            "“I work for every street in this town,” said Brennholt\n"
            "Brennholt stated that the budget is balanced.\n"
        )
    )
    assert ("brennholt", "the budget is balanced") in statements
    assert all(speaker == "brennholt" for speaker, _ in statements)


def test_holiday_and_event_names_are_nobody() -> None:
    assert _runs("on the occasion of Orchard Day, the president came") == []
    assert _runs("during Lantern Week the mayor spoke") == []
    parsed = parse_body(
        "On the eve of Orchard Day the minister spoke in the square. He said the new "
        "bridge will open soon.\n"
    )
    assert [person.slug for person in parsed.people] == []


def test_a_given_name_before_day_is_a_person() -> None:
    assert _runs("the singer Doris Day recorded it") == ["Doris Day"]


def test_a_given_name_before_cup_or_games_is_still_an_event() -> None:
    assert _runs("they won the Stanley Cup again") == []
    assert _runs("at the Victoria Games last year") == []
