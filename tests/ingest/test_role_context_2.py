"""Role, organisation and kind on made-up probes in the two real genres (English web
news, English translations of Russian press), written for rules that must hold on
articles the parser has not seen.  Each rule has several sentences of different shapes
and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from app.ingest.parsed import PersonKind
from tests.ingest.parsing import kind_role_org_of, parse_body

Probe = tuple[str, str, tuple[PersonKind, str | None, str | None]]


def _check(text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]) -> None:
    assert kind_role_org_of(parse_body(text), slug) == expected


# A bare company job ("CEO", "chief financial officer", "the chairwoman") takes the one
# company the mention's paragraph, or the one before it, names.
COMPANY_FROM_CONTEXT: list[Probe] = [
    (
        "Carver Steel will close its Ohio plant next year. “We had no choice,” CEO Linda "
        "Foster said.",
        "linda-foster",
        ("expert", "CEO", "Carver Steel"),
    ),
    (
        "Halden Motors said it would cut 500 jobs. “This is painful,” chief executive Maria "
        "Lund told reporters.",
        "maria-lund",
        ("expert", "chief executive", "Halden Motors"),
    ),
    (
        "Shares of Pellworth Pharma rose 8% on Monday after a drug trial succeeded.\n\n"
        "“The data are strong,” said chief financial officer Greg Amos.",
        "greg-amos",
        ("expert", "chief financial officer", "Pellworth Pharma"),
    ),
    (
        "The Dunmore Group has agreed to buy a rival. “We will keep every store,” said "
        "Ellen Price, the chairwoman.",
        "ellen-price",
        ("expert", "chairwoman", "Dunmore Group"),
    ),
    (
        "Bramwell Foods reported a loss on Tuesday. “Costs rose,” the company's chief "
        "operating officer, Dan Ortiz, said.",
        "dan-ortiz",
        ("expert", "chief operating officer", "Bramwell Foods"),
    ),
]

# Two companies, none, a person, a far paragraph, or a job any body may have: no company.
NO_COMPANY_FROM_CONTEXT: list[Probe] = [
    (
        "Orrin Logistics and Tessel Freight agreed to merge. “It is a good deal,” CEO Paul "
        "Grant said.",
        "paul-grant",
        ("expert", "CEO", None),
    ),
    (
        "Orrin Logistics will buy Tessel Freight for $2 billion. “It is a good deal,” CEO "
        "Paul Grant said.",
        "paul-grant",
        ("expert", "CEO", None),
    ),
    (
        "Prices rose in March. “It is a good time to sell,” CEO Paul Grant said.",
        "paul-grant",
        ("expert", "CEO", None),
    ),
    (
        "Regulators in Brussels fined Vantor Systems on Friday. Vantor Systems will appeal, "
        "and Kellam Bank said it would too. “We disagree,” CEO Paul Grant said.",
        "paul-grant",
        ("expert", "CEO", None),
    ),
    (
        "Halden Motors said it would cut 500 jobs.\n\nThe union was angry.\n\nWorkers "
        "marched in the town.\n\n“This is painful,” CEO Maria Lund said.",
        "maria-lund",
        ("expert", "CEO", None),
    ),
    (
        "Nora Blake met investors in Denver. “We had no choice,” CEO Linda Foster said.",
        "linda-foster",
        ("expert", "CEO", None),
    ),
    (
        "The European Union will tax imports. “We had no choice,” spokesman Linda Foster said.",
        "linda-foster",
        ("official", "spokesman", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "slug", "expected"), COMPANY_FROM_CONTEXT + NO_COMPANY_FROM_CONTEXT
)
def test_company_job_from_context(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)


# "Majority"/"Minority" before "Leader" or "Whip" name the side of the chamber the person
# leads: part of the title; the chamber is the body.
CHAMBER_LEADERS: list[Probe] = [
    (
        "“We will pass this bill,” Senate Majority Leader Chuck Schumer said on Tuesday.",
        "chuck-schumer",
        ("official", "Majority Leader", "Senate"),
    ),
    (
        "“We have the votes,” Senate Minority Whip Dana Coyle said.",
        "dana-coyle",
        ("official", "Minority Whip", "Senate"),
    ),
    (
        "“It will fail,” said Ron Piet, the Senate minority leader.",
        "ron-piet",
        ("official", "minority leader", "Senate"),
    ),
    (
        "“It will fail,” said the House majority whip, Ann Tull.",
        "ann-tull",
        ("official", "majority whip", "House"),
    ),
    (
        "“It will pass,” Assembly Majority Leader Ron Piet said.",
        "ron-piet",
        ("official", "Majority Leader", "Assembly"),
    ),
    (
        "“It will fail,” Majority Leader Ron Piet said.",
        "ron-piet",
        ("official", "Majority Leader", None),
    ),
    # unchanged: no side word
    (
        "“The House will vote next week,” House Speaker Mike Johnson told reporters.",
        "mike-johnson",
        ("official", "Speaker", "House"),
    ),
    (
        "“It will pass,” Senate President Ron Piet said.",
        "ron-piet",
        ("official", "President", "Senate"),
    ),
]

# "Hong Kong-based" says where someone works, never for whom; a nationality may open a
# body's name ("Irish Times").
PLACES_AND_NATIONALITIES: list[Probe] = [
    (
        "“The law is vague,” Hong Kong-based lawyer Ann Wu said.",
        "ann-wu",
        ("expert", "lawyer", None),
    ),
    (
        "“Rates will rise,” said London-based analyst Omar Haddad.",
        "omar-haddad",
        ("expert", "analyst", None),
    ),
    (
        "“The coalition is finished,” Irish Times columnist Fintan Cole wrote.",
        "fintan-cole",
        ("expert", "columnist", "Irish Times"),
    ),
    (
        "“The strike will spread,” said New York Times reporter Lisa Baer.",
        "lisa-baer",
        ("expert", "reporter", "New York Times"),
    ),
    (
        "“Prices will fall,” Bloomberg Intelligence analyst Tom Reed said.",
        "tom-reed",
        ("expert", "analyst", "Bloomberg Intelligence"),
    ),
    # unchanged: a nationality alone is no employer, and before an office names the state
    (
        "“The elites are split,” Russian political scientist Pavel Orlov said.",
        "pavel-orlov",
        ("expert", "political scientist", None),
    ),
    (
        "“We will respond,” Russian Foreign Minister Ivan Lavrin said.",
        "ivan-lavrin",
        ("official", "Foreign Minister", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "slug", "expected"), CHAMBER_LEADERS + PLACES_AND_NATIONALITIES)
def test_titles_places_and_nationalities(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)


# "said BODY job NAME": the body's words run to the first lower-case word, whether or not
# they could be a name's ("Corp", "New") and with a ticker after them.
BODY_JOB_NAME_AFTER_SAID: list[Probe] = [
    (
        "“Margins will improve,” said Acme Corp (ACME.N) finance chief Ruth Stone.",
        "ruth-stone",
        ("expert", "finance chief", "Acme Corp"),
    ),
    (
        "“Margins will improve,” said Acme Corp finance chief Ruth Stone.",
        "ruth-stone",
        ("expert", "finance chief", "Acme Corp"),
    ),
    (
        "“The strike will spread,” said New York Times reporter Lisa Baer.",
        "lisa-baer",
        ("expert", "reporter", "New York Times"),
    ),
    (
        "“Enrolment is down,” said Moscow State University professor Ivan Orlov.",
        "ivan-orlov",
        ("expert", "professor", "Moscow State University"),
    ),
    # unchanged: a one-word body, a body with no lower-case job
    (
        "“The strike will spread,” said Barclays economist Ann Lee.",
        "ann-lee",
        ("expert", "economist", "Barclays"),
    ),
    (
        "“It is over,” said Tom Hale on Monday.",
        "tom-hale",
        ("expert", None, None),
    ),
]


@pytest.mark.parametrize(("text", "slug", "expected"), BODY_JOB_NAME_AFTER_SAID)
def test_body_job_name_after_said(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)


# A person is no organisation: a job "for" someone the article names as a person (a given
# name and a surname seen as a name, or the surname of one) has no employer named.
CLIENTS_ARE_NO_BODIES: list[Probe] = [
    (
        "“My client is innocent,” a lawyer for Ivan Petrov, Oleg Smirnov, said.",
        "oleg-smirnov",
        ("expert", "lawyer", None),
    ),
    (
        "Jacob Miller pleaded not guilty on Friday. “The charges are false,” said Ann Ross, "
        "an attorney for Miller.",
        "ann-ross",
        ("expert", "attorney", None),
    ),
    (
        "Viktor Petrov was detained on Monday. “He will appeal,” said Oleg Smirnov, a lawyer "
        "for Petrov.",
        "oleg-smirnov",
        ("expert", "lawyer", None),
    ),
    # unchanged: a firm after counsel (one named like a person, never named as someone),
    # a spokeswoman for a firm named like a person, a team after "the"
    (
        "“Stores will reopen,” said Ann Lee, a lawyer for John Lewis.",
        "ann-lee",
        ("expert", "lawyer", "John Lewis"),
    ),
    (
        "Ann Lee has been the coach of the Ice Hawks since 2019. “We are young,” Lee said.",
        "ann-lee",
        ("expert", "coach", "Ice Hawks"),
    ),
    (
        "“We will appeal,” said Ann Ross, a lawyer for Goldman Sachs.",
        "ann-ross",
        ("expert", "lawyer", "Goldman Sachs"),
    ),
    (
        "“Stores stay open,” said Jo Hart, a spokeswoman for retailer John Lewis.",
        "jo-hart",
        ("expert", "spokeswoman", "John Lewis"),
    ),
]

# "X of PORTFOLIO for/at BODY": the one-word portfolio stays with the job; "to" a person
# or an office names whom the job serves, part of the role, with no body.
PORTFOLIO_THEN_BODY: list[Probe] = [
    (
        "“Rates will fall,” said Ruth Cole, head of research for Acme Bank.",
        "ruth-cole",
        ("expert", "head of research", "Acme Bank"),
    ),
    (
        "“Sales are up,” said Ben Tate, director of communications for Harlow Group.",
        "ben-tate",
        ("expert", "director of communications", "Harlow Group"),
    ),
    (
        "“The senator is undecided,” said Jo Price, chief of staff to Sen. Mark Dale.",
        "jo-price",
        # an elected official's chief of staff works for the office (as "the mayor's chief
        # of staff" in test_role_genre.py): official
        ("official", "chief of staff to Sen. Mark Dale", None),
    ),
    (
        "“The governor will sign it,” said Jo Price, chief of staff to the Governor.",
        "jo-price",
        ("official", "chief of staff to the Governor", None),
    ),
    # unchanged: a body right after "of"
    (
        "“We are ready,” said Ivan Orlov, chief of staff at Acme Corp.",
        "ivan-orlov",
        ("expert", "chief of staff", "Acme Corp"),
    ),
]


@pytest.mark.parametrize(("text", "slug", "expected"), CLIENTS_ARE_NO_BODIES + PORTFOLIO_THEN_BODY)
def test_clients_and_portfolios(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)


# One who speaks for a business is its employee, an expert; one who speaks for the state
# (a ministry, the Kremlin, the president) holds public office.
SPEAKERS_FOR_BODIES: list[Probe] = [
    (
        "“Deliveries resume in May,” said Kate Moss, a spokesperson for carmaker Tesla.",
        "kate-moss",
        ("expert", "spokesperson", "Tesla"),
    ),
    (
        "“Flights resume on Friday,” said Vell Airlines spokeswoman Kate Moss.",
        "kate-moss",
        ("expert", "spokeswoman", "Vell Airlines"),
    ),
    (
        "“We are calm,” Acme Corp spokesman Tom Bell said.",
        "tom-bell",
        ("expert", "spokesman", "Acme Corp"),
    ),
    # unchanged: the state's spokespeople
    (
        "“We protest,” said Maria Orlova, spokeswoman for the Foreign Ministry.",
        "maria-orlova",
        ("official", "spokeswoman", "Foreign Ministry"),
    ),
    (
        "“The president has no such plans,” press secretary of the President Igor Belov said.",
        "igor-belov",
        ("official", "press secretary", "President"),
    ),
    (
        "“We will look into it,” said Dan Roe, a spokesman for the European Commission.",
        "dan-roe",
        ("official", "spokesman", "European Commission"),
    ),
    (
        "“The case is open,” said Olga Lenz, a spokeswoman for the Investigative Committee.",
        "olga-lenz",
        ("official", "spokeswoman", "Investigative Committee"),
    ),
]


@pytest.mark.parametrize(("text", "slug", "expected"), SPEAKERS_FOR_BODIES)
def test_speakers_for_bodies(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)


def test_spokesperson_for_a_bare_company_name() -> None:
    # one mixed-case word no table knows as a state or a state body: a business
    _check(
        "“Deliveries resume in May,” said Kate Moss, a spokesperson for Tesla.",
        "kate-moss",
        ("expert", "spokesperson", "Tesla"),
    )


# A chair or department named for its field ("International Relations", "Political
# Science") is a body's name, not a person's: the speaker before it is found.
FIELDS_IN_BODY_NAMES: list[Probe] = [
    (
        "Dmitry Ivanov, head of the Department of International Relations at the Higher "
        "School of Economics, believes that the talks will fail.",
        "dmitry-ivanov",
        (
            "expert",
            "head",
            "Department of International Relations at the Higher School of Economics",
        ),
    ),
    (
        "Dmitry Ivanov, head of the Department of Political Science at Moscow State "
        "University, believes that the talks will fail.",
        "dmitry-ivanov",
        ("expert", "head", "Department of Political Science at Moscow State University"),
    ),
    (
        "“Ties are frozen,” said Anna Roth, director of the Institute of International Relations.",
        "anna-roth",
        ("expert", "director", "Institute of International Relations"),
    ),
    (
        "“It is early,” said Ann Lee, a fellow at the Academy of Sciences.",
        "ann-lee",
        ("expert", "fellow", "Academy of Sciences"),
    ),
]


@pytest.mark.parametrize(("text", "slug", "expected"), FIELDS_IN_BODY_NAMES)
def test_fields_in_body_names(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    _check(text, slug, expected)
