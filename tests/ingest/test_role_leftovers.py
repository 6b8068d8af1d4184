"""Role, organisation and kind left wrong by the earlier rules, each with a near neighbour
that must keep its reading.

Made-up sentences written here, not taken from any corpus: another person after "of" or
"for" read as the organisation ("a supporter of President Biden"), a nationality of two
words read as an employer ("a South African lawyer"), a job "from" a place, a note "in"
which something was said, "speaker" with no article, a job "in the city of" a place, a
time "at the end of" a career before the employer, an exchange's ticker in parentheses,
and churches, theatres, orchestras and firms named "Federal" read as state bodies.  Each
probe is one made-up article; the person's (kind, role, organisation) is compared whole.
"""

from __future__ import annotations

import pytest

from app.ingest.parsed import PersonKind
from tests.ingest.parsing import kind_role_org_of, parse_body, role_org_by_slug

Probe = tuple[str, str, tuple[PersonKind, str | None, str | None]]

# A person after "of"/"for" is nobody's employer; a tie to them (supporter, partner,
# friend) is no job, a job done for them (lawyer, spokesman) is.
ANOTHER_PERSON: list[Probe] = [
    (
        '"We will win in November," said Tom Harker, a supporter of President Biden.',
        "tom-harker",
        ("expert", None, None),
    ),
    (
        '"She is a wonderful cook," said Lisa Crane, a partner of Ann Ross.',
        "lisa-crane",
        ("expert", None, None),
    ),
    (
        '"My client is innocent," said Mark Dunn, the lawyer of Ivan Petrov.',
        "mark-dunn",
        ("expert", "lawyer", None),
    ),
    (
        '"The charges are weak," said Mark Dunn, an attorney for Sen. Ann Ross.',
        "mark-dunn",
        ("expert", "attorney", None),
    ),
    (
        '"No talks are planned," said Tom Ross, a spokesman for President Putin.',
        "tom-ross",
        ("official", "spokesman", None),
    ),
    # a firm named like a person stays a firm after a job that is no person's
    (
        '"The deal is fair," said Ann Lee, an analyst for Morgan Stanley.',
        "ann-lee",
        ("expert", "analyst", "Morgan Stanley"),
    ),
    (
        '"Markets are calm," said Ann Lee, a spokeswoman for Morgan Stanley.',
        "ann-lee",
        ("official", "spokeswoman", "Morgan Stanley"),
    ),
    (
        '"Stores will reopen," said Ann Lee, a lawyer for John Lewis.',
        "ann-lee",
        ("expert", "lawyer", "John Lewis"),
    ),
    (
        '"Sales will rise," said Ann Lee, a partner at Deloitte.',
        "ann-lee",
        ("expert", "partner", "Deloitte"),
    ),
]

# Nationalities of two words are where the person is from, never an employer.
NATIONALITY: list[Probe] = [
    (
        '"The ruling is wrong," said Pieter Botha, a South African lawyer.',
        "pieter-botha",
        ("expert", "South African lawyer", None),
    ),
    (
        '"Prices are rising," said Ana Silva, a New Zealand economist.',
        "ana-silva",
        ("expert", "New Zealand economist", None),
    ),
    (
        '"The talks failed," said Ravi Perera, a Sri Lankan diplomat.',
        "ravi-perera",
        ("official", "diplomat", "Sri Lanka"),
    ),
    (
        '"Rents are high," said Wing Lee, a Hong Kong property analyst.',
        "wing-lee",
        ("expert", "Hong Kong property analyst", None),
    ),
    (
        '"Oil will rise," said Faisal Aziz, a Saudi Arabian oil executive.',
        "faisal-aziz",
        ("expert", "Saudi Arabian oil executive", None),
    ),
    # an office keeps its state, now for two words as for one
    (
        'South African Foreign Minister Naledi Pandor said: "The vote is close."',
        "naledi-pandor",
        ("official", "Foreign Minister", "South Africa"),
    ),
    (
        '"Talks resume soon," said Kim Yong, the South Korean defence minister.',
        "kim-yong",
        ("official", "defence minister", "South Korea"),
    ),
    (
        '"The vote is close," said Cyril Ramaphosa, president of South Africa.',
        "cyril-ramaphosa",
        ("official", "president", "South Africa"),
    ),
    # a body named in full keeps its name
    (
        '"Volumes are thin," said Ann Lee, a Hong Kong Stock Exchange official.',
        "ann-lee",
        ("official", "official", "Hong Kong Stock Exchange"),
    ),
    # a firm before the job still employs
    (
        '"Growth is slow," said Ann Lee, a Goldman Sachs economist.',
        "ann-lee",
        ("expert", "economist", "Goldman Sachs"),
    ),
]

# A job "from" a place names no employer; "from" a body does.
FROM: list[Probe] = [
    (
        '"The pipes burst in the night," said Gary Hines, a plumber from Leeds.',
        "gary-hines",
        ("expert", "plumber", None),
    ),
    (
        '"Classes are too big," said Bob Weir, a teacher from Ohio.',
        "bob-weir",
        ("expert", "teacher", None),
    ),
    (
        '"Costs are high," said Bob Weir, a researcher from Harvard University.',
        "bob-weir",
        ("expert", "researcher", "Harvard University"),
    ),
    (
        '"We lost everything," said Bob Weir, a refugee from Syria.',
        "bob-weir",
        ("expert", None, None),
    ),
]

# Where or when, not who employs: "in a note to investors", "in the city of Boston", "at
# the end of a long career"; and an exchange's ticker is no part of the name.
WHERE_AND_WHEN: list[Probe] = [
    (
        '"Demand is soft," said Ann Cole, in a note to investors.',
        "ann-cole",
        ("expert", None, None),
    ),
    (
        '"Demand is soft," said Ann Cole, in her note to clients.',
        "ann-cole",
        ("expert", None, None),
    ),
    (
        '"Demand is soft," said Ann Cole, an analyst at Jefferies, in a note to investors.',
        "ann-cole",
        ("expert", "analyst", "Jefferies"),
    ),
    (
        '"Crime is down," said Ellen Park, a lawyer in the city of Boston.',
        "ellen-park",
        ("expert", "lawyer", None),
    ),
    (
        '"Roads are safer," said Ellen Park, an official in the state of Ohio.',
        "ellen-park",
        ("official", "official", "state of Ohio"),
    ),
    (
        '"Crime is down," said Ellen Park, the mayor of the city of Boston.',
        "ellen-park",
        ("official", "mayor", "city of Boston"),
    ),
    (
        '"Rates will fall," said Jo Marsh, an economist at the end of a long career at '
        "Harbor Bank.",
        "jo-marsh",
        ("expert", "economist", "Harbor Bank"),
    ),
    (
        '"Rates will fall," said Jo Marsh, an economist at Harbor Bank.',
        "jo-marsh",
        ("expert", "economist", "Harbor Bank"),
    ),
    (
        '"Sales rose," said Mary Bell, chief executive of Lakeside Motors (NYSE: LKM).',
        "mary-bell",
        ("expert", "chief executive", "Lakeside Motors"),
    ),
    (
        '"Sales rose," said Tim Hale, chief executive of Orchard (Nasdaq: ORCH).',
        "tim-hale",
        ("expert", "chief executive", "Orchard"),
    ),
]

# A title with no article before it: "speaker of the State Duma"; an event still employs
# no one ("a speaker at the Harbor Forum").
NO_ARTICLE: list[Probe] = [
    (
        '"The bill will pass," said Vyacheslav Volodin, speaker of the State Duma.',
        "vyacheslav-volodin",
        ("official", "speaker", "State Duma"),
    ),
    (
        '"We are fully booked," said Tom Ross, owner of the Red Lion pub.',
        "tom-ross",
        ("expert", "owner", "Red Lion pub"),
    ),
    (
        '"I was there," said Ann Lee, a speaker at the Harbor Forum.',
        "ann-lee",
        ("expert", None, None),
    ),
]

# Churches, theatres, orchestras and firms named "Federal" hold no public office; a
# federal agency does.
KINDS: list[Probe] = [
    (
        '"Faith is strong," said Ann Bell, head of the Church of Scotland.',
        "ann-bell",
        ("expert", "head", "Church of Scotland"),
    ),
    (
        '"The season is sold out," said Ann Lee, director of the State Symphony Orchestra.',
        "ann-lee",
        ("expert", "director", "State Symphony Orchestra"),
    ),
    (
        '"The play is a hit," said Ian Rook, director of the State Academic Maly Theatre.',
        "ian-rook",
        ("expert", "director", "State Academic Maly Theatre"),
    ),
    (
        '"Leasing is strong," said Don Wood, president of Federal Realty.',
        "don-wood",
        ("expert", "president", "Federal Realty"),
    ),
    (
        '"Parcels are up," said Fred Smith, chairman of Federal Express.',
        "fred-smith",
        ("expert", "chairman", "Federal Express"),
    ),
    (
        '"Spies are active," said Ivan Sokol, head of the Federal Security Service.',
        "ivan-sokol",
        ("official", "head", "Federal Security Service"),
    ),
    (
        '"Rates will rise," said Jerome Powell, chairman of the Federal Reserve.',
        "jerome-powell",
        ("official", "chairman", "Federal Reserve"),
    ),
    (
        '"Banks are sound," said Ann Lee, chairwoman of the Federal Deposit Insurance Corp.',
        "ann-lee",
        ("official", "chairwoman", "Federal Deposit Insurance Corp"),
    ),
    (
        '"The mergers are bad," said Lina Khan, chair of the Federal Trade Commission.',
        "lina-khan",
        ("official", "chair", "Federal Trade Commission"),
    ),
]


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    ANOTHER_PERSON + NATIONALITY + FROM + WHERE_AND_WHEN + NO_ARTICLE + KINDS,
)
def test_role_leftovers(body: str, slug: str, expected: tuple[PersonKind, str, str]) -> None:
    assert kind_role_org_of(parse_body(body), slug) == expected


def test_other_person_is_no_person_of_the_article_role() -> None:
    """The person after "of" keeps no role taken from the speaker's apposition."""
    parsed = parse_body('"My client is innocent," said Mark Dunn, the lawyer of Ivan Petrov.')
    assert role_org_by_slug(parsed)["mark-dunn"] == ("lawyer", None)
