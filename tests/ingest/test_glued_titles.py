"""A capitalised job word opening a sentence ("Passenger", "Heavyweight", "Promoter") or an
organisation's last word right before a name ("... of Freedom Finance Global Natalia Voss")
is no part of the person's name.  And what must not change: a title ("Senator"), a company
before a job ("Apple CEO"), names that are common words ("Will Smith", "Grant Shapps").

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Passenger Olivia Grant said the flight was delayed for hours.", "olivia-grant"),
        ("Heavyweight Tyson Marek said he would fight again in the spring.", "tyson-marek"),
        ("Promoter Eddie Harlan Jr. said the bout would go ahead.", "eddie-harlan-jr"),
        ("Farmer Kate Bell said the harvest was poor this year.", "kate-bell"),
        ("Driver Paul Weir said the brakes failed on the hill.", "paul-weir"),
        ("Tourist Maria Lopez said the beach was crowded.", "maria-lopez"),
        ("The ferry was late. Passenger Olivia Grant said the crossing was rough.", "olivia-grant"),
    ],
)
def test_a_job_word_opening_the_sentence_is_no_part_of_the_name(body: str, slug: str) -> None:
    assert _speakers(body)[-1] == slug


def test_an_organisation_word_before_the_name_stays_with_the_organisation() -> None:
    parsed = parse_body(
        "Leading analyst of Freedom Finance Global Natalia Voss said oil prices would rise."
    )
    assert _speakers(
        "Leading analyst of Freedom Finance Global Natalia Voss said oil prices would rise."
    ) == ["natalia-voss"]
    _, role, org = kind_role_org_of(parsed, "natalia-voss")
    assert role == "Leading analyst"
    assert org == "Freedom Finance Global"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Grant Shapps said the plan was sound.", "grant-shapps"),
        ("Price Waterhouse said the audit was complete.", "price-waterhouse"),
        ("Senator Ruth Stone said the bill was dead.", "ruth-stone"),
        ("Rose Byrne said the film was hard to make.", "rose-byrne"),
        ("Hope Davis said the show was over.", "hope-davis"),
        ("Parker Anne Lewis said the show was over.", "parker-anne-lewis"),
        ("Nguyen Thi Lan said the shop would reopen.", "nguyen-thi-lan"),
    ],
)
def test_names_that_open_with_a_common_word_stay_whole(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


def test_a_company_before_a_job_stays_the_organisation() -> None:
    parsed = parse_body("Apple CEO Tim Cook said the company would invest more.")
    assert _speakers("Apple CEO Tim Cook said the company would invest more.") == ["tim-cook"]
    assert kind_role_org_of(parsed, "tim-cook")[1:] == ("CEO", "Apple")


def test_a_sentence_opening_title_keeps_its_role() -> None:
    parsed = parse_body("Senator Ruth Stone said the bill was dead.")
    assert kind_role_org_of(parsed, "ruth-stone")[1] == "Senator"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Dale Harlow, a Democrat from Ohio, said the bill was flawed.", "dale-harlow"),
        ("Dale Harlow, a Republican from Ohio, said the bill was flawed.", "dale-harlow"),
        (
            "Voters are angry. Rita Moss, a Democrat from Texas, said the vote was rigged.",
            "rita-moss",
        ),
        ("Dale Harlow, a Muscovite, said the bill was flawed.", "dale-harlow"),
    ],
)
def test_a_party_member_from_a_state_after_the_name(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("EU climate commissioner Jan Vos said the target was within reach.", "jan-vos"),
        ("In Jan Ann Lee said the road was closed.", "ann-lee"),
    ],
)
def test_jan_before_a_surname_is_a_given_name(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


def test_according_to_a_two_word_job_means_the_person_who_holds_it() -> None:
    body = (
        "“Output is up,” deputy minister Olga Orlova said on Monday.\n\n"
        "According to the deputy minister, output will double next year."
    )
    assert _speakers(body) == ["olga-orlova", "olga-orlova"]


def test_a_two_word_job_two_people_hold_is_nobodys() -> None:
    body = (
        "“Output is up,” deputy minister Olga Orlova said. “Costs are up,” deputy minister "
        "Ivan Petrov said.\n\nAccording to the deputy minister, output will double next year."
    )
    assert _speakers(body) == ["olga-orlova", "ivan-petrov"]


def test_a_longer_job_falls_back_to_its_last_word() -> None:
    body = (
        "“We are ready,” coach Dan Miles said.\n\nAccording to the head coach, the team is tired."
    )
    assert _speakers(body) == ["dan-miles", "dan-miles"]


def test_the_athlete_means_the_only_person_named() -> None:
    body = (
        "“It was hard,” tennis player Anna Kovac said on Sunday.\n\n"
        "– I did not expect such points, – the athlete admitted."
    )
    assert _speakers(body) == ["anna-kovac", "anna-kovac"]


def test_the_athlete_with_two_people_named_is_nobody() -> None:
    body = (
        "“It was hard,” tennis player Anna Kovac said on Sunday. “We trained,” coach Dan "
        "Miles said.\n\n– I did not expect such points, – the athlete admitted."
    )
    assert _speakers(body) == ["anna-kovac", "dan-miles"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "“Prices are high,” Prime Minister Ivan Petrov said on Monday.\n\nThe head of the "
            "cabinet said at a government meeting that prices would be frozen.",
            ["ivan-petrov", "ivan-petrov"],
        ),
        (
            "“Prices are high,” Prime Minister Ivan Petrov said on Monday.\n\nAccording to the "
            "head of the government, prices will be frozen.",
            ["ivan-petrov", "ivan-petrov"],
        ),
        (
            "“Prices are high,” Finance Minister Olga Orlova said.\n\nThe head of the cabinet "
            "said at a government meeting that prices would be frozen.",
            ["olga-orlova"],
        ),
        (
            "“Costs are up,” Finance Minister Olga Orlova said.\n\nAccording to the deputy "
            "minister, output will double next year.",
            ["olga-orlova"],
        ),
    ],
)
def test_the_head_of_the_cabinet_is_the_prime_minister(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers
