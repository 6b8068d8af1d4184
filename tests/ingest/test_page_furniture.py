"""Page furniture is never a statement or a person: menu lines above the headline,
upper-case teasers for other stories, and a list of related-story links.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.headings import headings
from app.ingest.layout import paragraphs
from app.ingest.parser import parse_article
from tests.ingest.parsing import speaker_kind_text

_DAY = dt.date(2024, 5, 2)


def test_menu_lines_above_a_headline_are_skipped() -> None:
    text = (
        "Support Local News:\n\nBecome a Member\n\n"
        "City Asks Drivers To Stay Off Icy Bridge Roads\n\n"
        "Lena Ortiz is the head of the city works office. She says two bridges are shut.\n\n"
        '"The ice is thick," she says.'
    )
    parsed = parse_article(text, _DAY)
    assert parsed.title == "City Asks Drivers To Stay Off Icy Bridge Roads"
    assert speaker_kind_text(parsed) == [
        ("lena-ortiz", "paraphrase", "two bridges are shut"),
        ("lena-ortiz", "quote", "The ice is thick"),
    ]
    assert [person.slug for person in parsed.people] == ["lena-ortiz"]


def test_a_short_line_before_a_quote_is_not_furniture() -> None:
    text = 'The mayor said:\n\n"We will rebuild the bridge."\n\nMore text follows here.'
    spans = paragraphs(text)
    title, _, skip = headings(text, spans, None)
    assert title == "The mayor said:"
    assert skip <= {0, 1}  # the quoted line may be a subtitle, as before


def test_a_first_line_that_is_no_menu_stays_the_title() -> None:
    text = "Storm Hits The Coast Overnight\n\nSubscribe\n\nThe storm hit at night."
    spans = paragraphs(text)
    title, _, _ = headings(text, spans, None)
    assert title == "Storm Hits The Coast Overnight"


def test_upper_case_teasers_are_furniture() -> None:
    text = (
        'Band news\n\nSinger Rita Vale left the band in May. "I was tired," Vale said.\n\n'
        "READ: Rita Vale reveals the song she wrote for her sister\n\n"
        "WATCH: Tom Ash explains why he quit the tour\n\n"
        "READ MORE: Ana Lee says the album is done"
    )
    assert speaker_kind_text(parse_article(text, _DAY)) == [("rita-vale", "quote", "I was tired")]


def test_a_sentence_opening_with_read_in_prose_is_content() -> None:
    text = (
        "Book news\n\nAuthor Rita Vale spoke at the fair.\n\n"
        "Read: that is what Vale said the children should do this summer."
    )
    assert speaker_kind_text(parse_article(text, _DAY)) != []


def test_a_list_of_related_headlines_gives_no_turns() -> None:
    text = (
        "Talks\n\nForeign minister Ivan Sokol met the envoy on Monday. "
        '"We want peace," Sokol said.\n\n'
        "Sokol: the monitors cannot stay neutral in this war\n\n"
        "Sokol names a new format for the border talks\n\n"
        "Envoy leaves the capital after two days"
    )
    assert speaker_kind_text(parse_article(text, _DAY)) == [
        ("ivan-sokol", "quote", "We want peace")
    ]


def test_a_transcript_turn_between_sentences_is_still_read() -> None:
    text = (
        "Interview\n\nCoach Ivan Sokol spoke to us after the final.\n\n"
        "Sokol: I think we were lucky in the last minute of the game.\n\n"
        "Reporter: Why?\n\n"
        "Sokol: We made one mistake and they missed a penalty."
    )
    said = speaker_kind_text(parse_article(text, _DAY))
    assert [speaker for speaker, _, _ in said] == ["ivan-sokol", "ivan-sokol"]
