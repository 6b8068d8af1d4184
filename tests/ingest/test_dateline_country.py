"""A national official the article names no organisation for serves the country of its
dateline: "CITY, Country –", a capital city, or a country as the section label (issues
10, p7-B4, p8-B2, p9-C1).  Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.dateline_country import dateline_country
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SUVA, May 3. The reef is closed.", "Fiji"),
        ("ASTANA. KAZINFORM – The grid will grow.", "Kazakhstan"),
        ("KYIV, Ukraine (AP) — The bridge is safe.", "Ukraine"),
        ("LIMA – Prices will rise.", "Peru"),
        ("Headline here\n\nOSLO, June 2 – The fjord froze.", "Norway"),
        ("NORWAY: ferries stop for the winter", "Norway"),
        ("Ferries stop in Oslo for the winter.", None),
        ("NASA – The rocket flew.", None),
        ("PORTVIK, Nowhere – The port shut.", None),
    ],
)
def test_dateline_country(text: str, country: str | None) -> None:
    assert dateline_country(text) == country


def test_a_capital_dateline_gives_the_minister_his_country() -> None:
    people = kind_role_org_by_slug(
        parse_body("SUVA, May 3. Deputy Minister of Fisheries Ana Kiri said catches were down.")
    )
    assert people["ana-kiri"] == ("official", "Deputy Minister of Fisheries", "Fiji")


def test_a_country_written_after_the_city_is_the_organisation() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "TBILISI, Georgia – Deputy Interior Minister Levan Dadi told reporters that "
            "the border crossing would reopen on Monday."
        )
    )
    assert people["levan-dadi"][1:] == ("Deputy Interior Minister", "Georgia")


def test_an_agency_slug_after_the_capital_is_skipped() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "ASTANA. KAZINFORM – Minister of Energy Daulet Serikov said on Tuesday that "
            "two power plants would be built."
        )
    )
    assert people["daulet-serikov"][1:] == ("Minister of Energy", "Kazakhstan")


def test_another_country_in_the_persons_sentence_blocks_the_dateline() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "MOSCOW, May 3. Minister Ivan Petrov said after a visit to Armenia that the "
            "talks would resume."
        )
    )
    assert people["ivan-petrov"][2] != "Russia"


def test_an_article_about_another_country_ignores_the_dateline() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "MOSCOW, May 3. Minister Ivan Petrov said that the talks would resume.\n\n"
            "Ukraine wants a deal. Ukrainian farmers and Ukraine's ports wait, and Ukraine "
            "has asked for more."
        )
    )
    assert people["ivan-petrov"] == ("official", "Minister", None)


def test_an_expert_gets_no_country() -> None:
    people = kind_role_org_by_slug(
        parse_body("BERLIN — Economist Hans Ebert said that growth would slow this year.")
    )
    assert people["hans-ebert"][2] is None


def test_a_named_organisation_is_kept() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "LIMA – Rosa Paz, a minister in the Andean Council, said that the roads would "
            "reopen on Friday."
        )
    )
    assert people["rosa-paz"][2] == "Andean Council"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        # another country named more often than the dateline's (none here): not Russia
        (
            "MOSCOW, Jan 10 (Reuters) - Ukraine's Foreign Minister Dmytro Kuleba said talks "
            "failed. Deputy Foreign Minister Olga Petrenko said more talks were needed.",
            "olga-petrenko",
        ),
        # wire copy and hub cities are filed about anywhere (review of 2026-12-02)
        (
            "LONDON (Reuters) - Oil Minister Ahmed Nasser said OPEC would cut output next month.",
            "ahmed-nasser",
        ),
        (
            "BRUSSELS — Foreign Minister Anna Berg said new sanctions would follow after the "
            "EU summit.",
            "anna-berg",
        ),
    ],
)
def test_a_dateline_the_article_does_not_back_gives_no_country(body: str, slug: str) -> None:
    assert kind_role_org_by_slug(parse_body(body))[slug][2] is None
