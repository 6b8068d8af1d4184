"""Precision of role references after a speech verb ("said the President of Norvania"):
a name after the title's comma is the speaker; a person named earlier with another job,
another body, a former office or a relative's role is never the title's holder."""

from __future__ import annotations

from app.ingest.people.role_bodies import bodies_agree
from app.ingest.references import office_title_after
from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_kind_text


def _named(body: str) -> list[str | None]:
    return [s[0] for s in speaker_kind_text(parse_body(body)) if s[0] is not None]


def test_a_name_after_the_titles_comma_is_the_speaker() -> None:
    for tail in (
        "said the Governor of the Central Bank, Tom Hale.",
        "said the Head of the Central Bank, Tom Hale, adding that costs would fall.",
        "said the Chairman of the Board, Tom Hale, in Tarnville.",
    ):
        parsed = parse_body(f"\u201cRates will rise,\u201d {tail}\n")
        assert [s[:2] for s in speaker_kind_text(parsed)][:1] == [("tom-hale", "quote")], tail
    parsed = parse_body("\u201cRates will rise,\u201d said the Minister of Finance, Anna Lee.\n")
    assert [s[:2] for s in speaker_kind_text(parsed)] == [("anna-lee", "quote")]


def test_the_governor_of_a_bank_keeps_his_office() -> None:
    parsed = parse_body(
        "\u201cRates will rise,\u201d said the Governor of the Central Bank, Tom Hale.\n"
    )
    kind, role, org = kind_role_org_of(parsed, "tom-hale")
    assert kind == "official"
    assert "governor" in (role or "").lower()
    assert "Central Bank" in (org or "")


def test_no_office_title_when_a_name_follows_its_comma() -> None:
    for text in (
        '"Yes," said the Governor of the Central Bank, Tom Hale.',
        '"Yes," said the Minister of Finance, Anna Lee.',
        '"Yes," said the President, Oleg Varno, on Monday.',
    ):
        assert office_title_after(text, text.index("said") + 5, len(text)) is None, text
    for text in (
        '"Yes," said the President of Norvania, adding that it was late.',
        '"Yes," said the Minister of Finance, who took office in May.',
        '"Yes," said the President, on Monday.',
    ):
        assert office_title_after(text, text.index("said") + 5, len(text)) is not None, text


def test_another_job_of_a_body_sharing_the_place_is_nobody() -> None:
    assert (
        _named(
            "Tom Hale, director of the Tarnland History Museum, spoke on Monday.\n\n"
            "\u201cRoads come first,\u201d said the President of Tarnland.\n"
        )
        == []
    )
    parsed = parse_body(
        "Tom Hale, head of the Norvania Chess Federation, spoke on Monday.\n\n"
        "\u201cRoads come first,\u201d said the President of Norvania.\n"
    )
    assert [s[0] for s in speaker_kind_text(parsed) if s[0]] == []
    assert all(p.kind != "official" for p in parsed.people if p.slug == "tom-hale")


def test_only_generic_body_words_shared_is_nobody() -> None:
    assert (
        _named(
            "Anna Kova, chair of the Norvania Women's League, spoke on Monday.\n\n"
            "\u201cThe count is over,\u201d said the Chairperson of the Central Election "
            "Commission of Norvania.\n"
        )
        == []
    )


def test_another_country_is_nobody_and_keeps_her_organisation() -> None:
    parsed = parse_body(
        "The Chairperson of the Central Election Commission of Norvania Anna Ruvina arrived "
        "on Monday.\n\n"
        "\u201cThe count is over,\u201d said the Chairperson of the Central Election "
        "Commission of Velmar.\n"
    )
    assert [s[0] for s in speaker_kind_text(parsed) if s[0]] == []
    for person in parsed.people:
        assert "Velmar" not in (person.organization or ""), person


def test_bodies_agree_needs_a_distinctive_word_and_the_same_place() -> None:
    assert not bodies_agree(
        "Central Election Commission of Velmar",
        "Chairperson of the Central Election Commission of Norvania",
    )
    assert not bodies_agree(
        "Central Election Commission of Norvania", "chair of the Norvania Women's League"
    )
    assert not bodies_agree("Central Bank", "Governor of the National Bank")
    assert bodies_agree(
        "Central Election Commission of Norvania",
        "Chairperson of the Central Election Commission of Norvania",
    )
    assert bodies_agree(
        "CEC of Norvania", "Chairperson of the Central Election Commission of Norvania"
    )
    assert not bodies_agree("Norvania", "head Norvania Chess Federation")
    assert bodies_agree("Norvania", "President of Norvania")
    assert bodies_agree("Norvania", "Norvanian Prime Minister")
    assert bodies_agree("Defence", "Defence Minister")
    assert not bodies_agree("Norvania", "Foreign Minister")
    # a name right after the title's place is no part of the place
    assert bodies_agree("Roads of Kelmar Ivan Dorn", "Minister of Roads Kelmar")
    assert not bodies_agree("Kelmar", "former President of Kelmar")
    assert not bodies_agree("Norvania", "daughter President of Norvania's")
    assert not bodies_agree("Norvania", "the President of Norvania's son")


def test_a_former_holder_or_a_relative_is_nobody() -> None:
    assert (
        _named(
            "Anna Kova, the former chairperson of the Central Election Commission of Kelmar, "
            "spoke on Monday.\n\n"
            "\u201cThe count is over,\u201d said the Chairperson of the Central Election "
            "Commission of Kelmar.\n"
        )
        == []
    )
    assert (
        _named(
            "Anna Kova, the President of Norvania's daughter, spoke on Monday.\n\n"
            "\u201cRoads come first,\u201d said the President of Norvania.\n"
        )
        == []
    )


def test_a_sitting_holder_is_still_meant() -> None:
    assert _named(
        "Anna Kova, chairperson of the Central Election Commission of Kelmar, spoke on "
        "Monday.\n\n"
        "\u201cThe count is over,\u201d said the Chairperson of the Central Election "
        "Commission of Kelmar.\n"
    ) == ["anna-kova"]


def test_the_governor_may_be_the_named_head_of_a_state_bank() -> None:
    parsed = parse_body(
        "Tom Hale, head of the National Bank of Tarnland, met lenders on Monday.\n\n"
        "Loans grew by four percent.\n\n"
        "The governor said that rates would stay where they are.\n"
    )
    assert [s[0] for s in speaker_kind_text(parsed)] == ["tom-hale"]


def test_the_governor_is_the_bank_head_not_the_president_beside_him() -> None:
    parsed = parse_body(
        "President Oleg Varno met lenders on Monday with Tom Hale, head of the National "
        "Bank of Tarnland.\n\nLoans grew by four percent.\n\n"
        "The governor said that rates would stay where they are.\n"
    )
    assert [s[0] for s in speaker_kind_text(parsed)] == ["tom-hale"]


def test_a_head_of_another_body_named_after_the_title_is_nobody() -> None:
    assert (
        _named(
            "\u201cRoads come first,\u201d said the President of Tarnland.\n\n"
            "Anna Dorn, head of the Tarnland Guild of Potters, met Oleg Holm on Monday.\n"
        )
        == []
    )


def test_the_presidents_written_title_after_the_reference_is_still_meant() -> None:
    assert _named(
        "\u201cRoads come first,\u201d said the President of Tarnland.\n\n"
        "President Anna Dorn of Tarnland met Oleg Holm on Monday.\n"
    ) == ["anna-dorn"]
