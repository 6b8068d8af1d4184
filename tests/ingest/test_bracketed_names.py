"""An editor's bracketed given name ("Coach (Ann) Birch", usually inside a quote) names
someone a later "Birch said" means (issue 10).  Sentences are made up; none is from the
corpus."""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_full_text, speaker_text


def _roles_and_statements(text: str) -> tuple[dict[str, str | None], list[SpeakerText]]:
    """Every person's role by slug, and the (speaker, text) of each statement."""
    parsed = parse_full_text(text)
    return {p.slug: p.role for p in parsed.people}, speaker_text(parsed)


def test_a_bracketed_given_name_in_a_quote_names_the_later_surname() -> None:
    people, statements = _roles_and_statements(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“Coach (Frank) Vogel came in here and said congratulations,” James said.\n\n"
        "The team won again.\n\n"
        "“He is just playing terrific basketball,” Vogel said.\n"
    )
    assert ("frank-vogel", "He is just playing terrific basketball") in statements
    assert people["frank-vogel"] == "Coach"


def test_square_brackets_work_too() -> None:
    _, statements = _roles_and_statements(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“[Maria] Lopez told us to keep going,” James said.\n\n"
        "“We kept going,” Lopez said.\n"
    )
    assert ("maria-lopez", "We kept going") in statements


def test_a_bracketed_word_that_is_no_given_name_names_nobody() -> None:
    _, statements = _roles_and_statements(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“The (Western) Conference is hard,” James said.\n\n"
        "“We kept going,” Conference said.\n"
    )
    assert all(speaker != "western-conference" for speaker, _ in statements)
