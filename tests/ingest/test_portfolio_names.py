"""Portfolio titles glued before a name: "Minister of Transport and Communications Pavel
Orlov" names Pavel Orlov, whose role is the whole title; a given name after "of"/"and"
still opens the name.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


@pytest.mark.parametrize(
    ("body", "slug", "role"),
    [
        (
            '"The road will open," Minister of Transport and Communications Pavel Orlov said.',
            "pavel-orlov",
            "Minister of Transport and Communications",
        ),
        (
            '"The boats are ready," said the Minister of Tourism and Fisheries Lena Korver.',
            "lena-korver",
            "Minister of Tourism and Fisheries",
        ),
        (
            "Minister of Culture and Sport Anna Berg said the museum will open.",
            "anna-berg",
            "Minister of Culture and Sport",
        ),
        (
            "Minister of Foreign Trade and Tourism Peter Lund said the port will grow.",
            "peter-lund",
            "Minister of Foreign Trade and Tourism",
        ),
        (
            "Minister for Sport and Tourism Ines Varo said the stadium will open.",
            "ines-varo",
            "Minister",
        ),
        (
            "Minister of Agriculture Pavel Orlov said the farms were fine.",
            "pavel-orlov",
            "Minister of Agriculture",
        ),
    ],
)
def test_portfolio_word_after_and_is_no_name(body: str, slug: str, role: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == [slug]
    assert kind_role_org_of(parsed, slug)[1] == role


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ('"It was fine," said Paul Weir, a friend of Rose and Mary Ann Lee.', ["paul-weir"]),
        ("Tom and Anna Berg said the shop will open.", ["anna-berg"]),
        ('"It is fine," a friend of Maria Lopez said.', []),
    ],
)
def test_given_names_after_of_and_stay_names(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    "body",
    [
        'The deal was signed by Minister of Sport Lena Korver. "It is a good deal," Korver said.',
        "The deal was signed by Minister of Culture and Sport Lena Korver. "
        '"It is a good deal," Korver said.',
    ],
)
def test_a_surname_later_means_the_name_without_the_portfolio(body: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == ["lena-korver"]
    assert kind_role_org_of(parsed, "lena-korver")[0] == "official"
