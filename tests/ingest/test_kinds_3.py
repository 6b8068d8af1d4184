"""Multi-word office titles, elected local boards, supranational office holders and
companies named by an industry word (made-up sentences; no corpus text)."""

from __future__ import annotations

import pytest

from app.ingest.people.earlier_organisation import organisation_before
from app.ingest.people.registry import Registry
from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _people(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    return kind_role_org_by_slug(parse_body("The town was calm.\n\n" + body))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Greene County District Attorney", ("District Attorney", "Greene County")),
        ("Brooklyn District Attorney", ("District Attorney", "Brooklyn")),
        ("Cook County Circuit Judge", ("Circuit Judge", "Cook County")),
        ("Circuit Judge", ("Circuit Judge", None)),
        ("Public Defender", ("Public Defender", None)),
        ("Board President", ("Board President", None)),
        ("EU High Representative", ("High Representative", "EU")),
        ("UN High Commissioner", ("High Commissioner", "UN")),
        ("Committee Chair", ("Committee Chair", None)),
        ("Assembly Majority Leader", ("Majority Leader", "Assembly")),
        ("Harbor Police Chief", ("Chief", "Harbor Police")),
        # negatives: a polity's or a body's name keeps its noun
        ("Harlan County Sheriff", ("Sheriff", "Harlan County")),
        ("Millbrook School Board President", ("President", "Millbrook School Board")),
        ("Federal Reserve Governor", ("Governor", "Federal Reserve")),
        ("Acme Chief Financial Officer", ("Chief Financial Officer", "Acme")),
        ("Ameriprise Financial chief economist", ("chief economist", "Ameriprise Financial")),
    ],
)
def test_a_two_word_office_keeps_its_first_word(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    [
        (
            '"We will prosecute every case," Greene County District Attorney Jane Roe said.',
            "jane-roe",
            ("official", "District Attorney", "Greene County"),
        ),
        (
            '"The motion is denied," Circuit Judge Lisa Wong said on Monday.',
            "lisa-wong",
            ("official", "Circuit Judge", None),
        ),
        (
            '"My client is innocent," Public Defender Sam Ortiz said on Monday.',
            "sam-ortiz",
            # the title split right; a defence lawyer paid by the state stays an expert
            # (test_role_genre: "a public defender in Harris County")
            ("expert", "Public Defender", None),
        ),
    ],
)
def test_a_two_word_office_in_an_article(
    body: str, slug: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _people(body)[slug] == expected


def test_a_company_named_by_an_industry_word_is_no_person() -> None:
    people = _people(
        "Vexa Robotics said on Monday that sales rose. "
        '"We are growing," said Ben Ng, the company\'s chief executive.'
    )
    assert "vexa-robotics" not in people
    assert people["ben-ng"] == ("expert", "chief executive", "Vexa Robotics")


@pytest.mark.parametrize(
    ("body", "slug", "organization"),
    [
        ('"Sales rose," said Ben Ng of Helix Biosciences.', "ben-ng", "Helix Biosciences"),
        (
            '"The market is growing," said Ana Ruiz, co-founder of Lumen Therapeutics.',
            "ana-ruiz",
            "Lumen Therapeutics",
        ),
    ],
)
def test_an_industry_word_ends_an_organisation(body: str, slug: str, organization: str) -> None:
    kind, _, org = _people(body)[slug]
    assert (kind, org) == ("expert", organization)


def test_an_industry_word_company_speaking_is_no_person() -> None:
    assert _people('"Costs fell," Orbit Logistics said on Monday.') == {}


@pytest.mark.parametrize(
    ("body", "slug", "kind"),
    [
        (
            '"The vote was close," School board member Ann Lee said on Monday.',
            "ann-lee",
            "official",
        ),
        (
            '"We hear the parents," Board President Tom Hale said after the Millbrook School '
            "Board meeting on Monday.",
            "tom-hale",
            "official",
        ),
        (
            '"The vote was close," said Ann Lee, a board member of the Millbrook School District.',
            "ann-lee",
            "official",
        ),
        # negatives: a company's board, a candidate, a school district's teacher, a board
        # with no school board or council named
        ('"The merger is good," said Kim Roh, a board member of Acme Corp.', "kim-roh", "expert"),
        (
            '"The merger is good," said Kim Roh, chair of the board of directors of Acme Corp.',
            "kim-roh",
            "expert",
        ),
        ('"The budget is tight," said Ann Lee, a school board candidate.', "ann-lee", "expert"),
        (
            '"The budget is tight," said Ann Lee, a teacher at the Millbrook School District.',
            "ann-lee",
            "expert",
        ),
        (
            '"The merger is good," Board Chair Kim Roh said after the Acme Corp board met.',
            "kim-roh",
            "expert",
        ),
        ('"We hear the parents," Board President Tom Hale said on Monday.', "tom-hale", "expert"),
        (
            '"The sanctions hurt," Board Chair Kim Roh said after the UN Security Council vote.',
            "kim-roh",
            "expert",
        ),
        (
            '"The levy passed," Board Chair Kim Roh said after the Vell County Board of '
            "Supervisors met.",
            "kim-roh",
            "official",
        ),
    ],
)
def test_a_seat_on_an_elected_local_board_is_an_office(body: str, slug: str, kind: str) -> None:
    assert _people(body)[slug][0] == kind


@pytest.mark.parametrize(
    ("body", "slug", "kind"),
    [
        (
            '"The war must end," said Josep Borrell, the head of European diplomacy.',
            "josep-borrell",
            "official",
        ),
        (
            "The head of European diplomacy, Josep Borrell, said the war must end.",
            "josep-borrell",
            "official",
        ),
        (
            '"The war must end," said Ivan Petrov, the head of Russian diplomacy.',
            "ivan-petrov",
            "official",
        ),
        (
            '"The war must end," said Olga Rey, the EU\'s foreign policy chief.',
            "olga-rey",
            "official",
        ),
        (
            '"The war must end," said Charles Michel, President of the European Council.',
            "charles-michel",
            "official",
        ),
        (
            '"Output will rise," OPEC Secretary General Haitham al-Ghais said.',
            "haitham-al-ghais",
            "official",
        ),
        (
            '"The war must end," CSTO Secretary General Stanislav Zas said.',
            "stanislav-zas",
            "official",
        ),
        # negatives: a think tank's desk, a council of researchers
        (
            '"The war must end," said Ann Lee, head of foreign policy at the Harbor Institute.',
            "ann-lee",
            "expert",
        ),
        (
            '"Rates will rise," said Ann Lee, an economist at the European Council on Foreign '
            "Relations.",
            "ann-lee",
            "expert",
        ),
    ],
)
def test_the_head_of_a_union_of_states_diplomacy_is_an_official(
    body: str, slug: str, kind: str
) -> None:
    assert _people(body)[slug][0] == kind


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            'PEN America tracks bans of books such as "Gender Queer". "Bans rise," said ',
            "PEN America",
        ),
        ("PEN America tracks bans of books such as “Gender Queer”. ", "PEN America"),
        ("Harlow Media praised the film 'Silent River Days' on Monday. ", "Harlow Media"),
        ('The book "Gender Queer" was banned. ', None),
        # a quoted name after the kind of body it is names the body; no quotes, no change
        ('The plant is run by the company "Ural Steel Works". ', "Ural Steel Works"),
        ("Harbor Freight Lines cut jobs. ", "Harbor Freight Lines"),
        # an apostrophe opens no quotation
        ("The firm's rival Vell Capital grew. ", "Vell Capital"),
    ],
)
def test_a_quoted_title_is_no_earlier_organisation(before: str, expected: str | None) -> None:
    assert organisation_before(Registry(), before) == expected


def test_the_groups_chief_is_not_a_quoted_books() -> None:
    people = _people(
        "PEN America tracks bans of books such as “Gender Queer”. "
        '"Bans are rising," said Ann Lee, the group\'s chief executive.'
    )
    assert people["ann-lee"] == ("expert", "chief executive", "PEN America")
