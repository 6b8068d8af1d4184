"""Lower-case particles inside name runs (``tokens.name_runs`` reads a word that is not
capitalised only as a particle): where one goes on a run, opens one, or ends it. Names
and sentences are made up."""

from __future__ import annotations

from app.ingest.tokens import name_runs, tokenize


def _runs(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(token.raw for token in tokens[a:b]) for a, b in name_runs(tokens)]


def test_particles_before_a_name_word_go_on_the_run() -> None:
    assert _runs("Ludo van der Berg said so.") == ["Ludo van der Berg"]
    assert _runs("said Omar al-Rashidi, the envoy") == ["Omar al-Rashidi,"]


def test_a_hyphenated_particle_opens_a_run_even_at_a_line_start() -> None:
    assert _runs("met\nal-Rashidi Omar yesterday") == ["al-Rashidi Omar"]


def test_a_line_break_or_a_quote_mark_ends_the_run_before_a_particle() -> None:
    assert _runs("Karim Bey\nvan Dorn spoke") == ["Karim Bey", "Dorn"]
    assert _runs("Pieter van\nDorn said") == ["Pieter", "Dorn"]


def test_lower_case_words_that_are_no_particle_open_and_continue_nothing() -> None:
    assert _runs("the van stopped near the depot") == []
    assert _runs("Ludo Berg van stopped") == ["Ludo Berg"]
    assert _runs("said Almaz Bekov uulu today") == ["Almaz Bekov uulu"]
