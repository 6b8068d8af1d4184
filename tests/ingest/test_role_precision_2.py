"""Role, organisation and kind where the general rules of test_role_genre could misfire.

A red-team set written here, not taken from any corpus: agent nouns by their ending that
name no one's job in the sentence ("addressing spectators", "a critic of the dictator",
"a camper at Yellowstone"), a nationality read as an employer ("a North Korean
defector"), a company's one-word name read as a place ("the Mosvodokanal company"), a
public authority read as a firm, and a share's ticker in parentheses read as a body.
Each probe is one made-up article; the person's (kind, role, organisation) is compared as
a whole.
"""

from __future__ import annotations

import pytest

from app.ingest.parsed import PersonKind
from tests.ingest.parsing import kind_role_org_of, parse_body

Probe = tuple[str, str, tuple[PersonKind, str | None, str | None]]

# An agent noun by its ending counts as a job only as the apposition's head: not after a
# preposition (someone else's title) nor in a participle's object (the audience).
NOT_THE_HEAD: list[Probe] = [
    (
        '"Welcome back," said Bob Lantry, greeting spectators at the arena.',
        "bob-lantry",
        ("expert", None, None),
    ),
    (
        '"The regime is finished," said Rami Aziz, a fierce critic of the dictator.',
        "rami-aziz",
        ("expert", None, None),
    ),
    # the head itself still counts, as in test_role_genre
    (
        '"The lake is shrinking," said Ulla Brenn, a glaciologist at the Polar Institute.',
        "ulla-brenn",
        ("expert", "glaciologist", "Polar Institute"),
    ),
    (
        '"I escaped by night," said Kim Sun, a defector.',
        "kim-sun",
        ("expert", "defector", None),
    ),
]

# Nouns of what anyone may be or do once: a visitor, a camper, a ticket holder at a place
# works for no one there.
NO_ONE_EMPLOYS: list[Probe] = [
    (
        '"The queue was endless," said Nora Fitch, a visitor at the Louvre.',
        "nora-fitch",
        ("expert", None, None),
    ),
    (
        '"The bears came at night," said Jane Dorr, a camper at Yellowstone.',
        "jane-dorr",
        ("expert", None, None),
    ),
    (
        '"I never miss a match," said Ron Kaye, a season ticket holder at Anfield.',
        "ron-kaye",
        ("expert", None, None),
    ),
    (
        '"I lost it all on red," said Max Rayne, a gambler at the Bellagio.',
        "max-rayne",
        ("expert", None, None),
    ),
]

# A nationality before a job is where the person is from, not who employs them.
NATIONALITY: list[Probe] = [
    (
        '"I crossed the river at night," said Kim Song, a North Korean defector.',
        "kim-song",
        ("expert", "North Korean defector", None),
    ),
    (
        '"Growth is slowing," said Min Park, a South Korean economist.',
        "min-park",
        ("expert", "South Korean economist", None),
    ),
    # a company's name before the job is still its organisation
    (
        '"Orders are up," said Lena Dorsey, a Harbor Bank economist.',
        "lena-dorsey",
        ("expert", "economist", "Harbor Bank"),
    ),
]

# Kinds: a one-word name the text calls a company or a plant is a body, not a place; a
# public authority is the state's.
KINDS: list[Probe] = [
    (
        '"Repairs will take a month," said Vadim Popov, general director of the Vodostok company.',
        "vadim-popov",
        ("expert", "general director", "Vodostok"),
    ),
    (
        '"The plant will reopen," said Ivan Sorokin, director of the Uraltyazh plant for the '
        "past ten years.",
        "ivan-sorokin",
        ("expert", "director", "Uraltyazh"),
    ),
    (
        '"Ridership is back," said Dana Lieber, chairman of the Harbor Transit Authority.',
        "dana-lieber",
        ("official", "chairman", "Harbor Transit Authority"),
    ),
    # a one-word place still makes its head an official
    (
        '"The city will pay," said Oleg Volkov, the mayor of Tomsk.',
        "oleg-volkov",
        ("official", "mayor", "Tomsk"),
    ),
]

# A ticker in parentheses after a name is no body.
TICKERS: list[Probe] = [
    (
        'Dan Price (HBF.L) said: "Sales rose in every region."',
        "dan-price",
        ("expert", None, None),
    ),
    (
        '"Margins held," Ruth Keller (BRK.B) said.',
        "ruth-keller",
        ("expert", None, None),
    ),
    # a body's name in parentheses still is one, as in test_role_genre
    (
        'Ivan Sokol (Castlegate Research) said: "The rouble will hold."',
        "ivan-sokol",
        ("expert", None, "Castlegate Research"),
    ),
]


# "who runs/leads/manages X": a place after "in" is where, not a body; running "for" an
# office is a candidacy, no body run and no office held.
RELATIVE_CLAUSES: list[Probe] = [
    (
        '"Flour costs double," said Anna Lutz, who runs a bakery in Brooklyn.',
        "anna-lutz",
        ("expert", "head", None),
    ),
    (
        '"We will march again," said Olga Brest, who led the protest in Minsk.',
        "olga-brest",
        ("expert", "head", None),
    ),
    (
        '"Markets are jittery," said Sam Roth, who manages a hedge fund in London.',
        "sam-roth",
        ("expert", "manager", None),
    ),
    (
        '"We need reform," said Paul Hart, who ran for mayor of Boston in 2021.',
        "paul-hart",
        ("expert", None, None),
    ),
    (
        '"We need reform," said Paul Hart, who ran for Congress last year.',
        "paul-hart",
        ("expert", None, None),
    ),
    # a named body after "at" still is one
    (
        '"Kids need structure," said Ida Moss, who teaches math at Lincoln High School.',
        "ida-moss",
        ("expert", "lecturer", "Lincoln High School"),
    ),
]


# A job "of" a region is its civil service only when an office names it: a resident or a
# teacher of a region lives or works there.
REGION_STAFF: list[Probe] = [
    (
        '"The water is clean," said Lev Orlov, a resident of the Moscow region.',
        "lev-orlov",
        ("expert", "resident", "Moscow region"),
    ),
    (
        '"Schools are cold," said Nina Gaft, a teacher of the Tula region.',
        "nina-gaft",
        ("expert", "teacher", "Tula region"),
    ),
    (
        '"Beds are full," said Olga Tishina, chief epidemiologist of the Kaluga region.',
        "olga-tishina",
        ("official", "chief epidemiologist", "Kaluga region"),
    ),
    (
        '"The road is shut," said Ivan Dorn, a spokesman of the Tver region.',
        "ivan-dorn",
        ("official", "spokesman", "Tver region"),
    ),
]


# A time after a body's name is cut ("for the past decade"); "for a" inside the name is not.
NAMES_WITH_FOR: list[Probe] = [
    (
        '"Deterrence is failing," said Ely Ratner, a fellow at the Center for a New American '
        "Security.",
        "ely-ratner",
        ("expert", "fellow", "Center for a New American Security"),
    ),
    (
        '"Ads target kids," said Josh Golin, director of the Campaign for a Commercial-Free '
        "Childhood.",
        "josh-golin",
        ("expert", "director", "Campaign for a Commercial-Free Childhood"),
    ),
    (
        '"Classes resume," said Pavel Kern, rector of the Higher School of Economics for eight '
        "years.",
        "pavel-kern",
        ("expert", "rector", "Higher School of Economics"),
    ),
    (
        '"Our staff are worn out," said Karen Lee, head of nursing at St Anne\'s Hospital for '
        "more than a decade.",
        "karen-lee",
        ("expert", "head of nursing", "St Anne's Hospital"),
    ),
]


# An -er noun at an event names what the person did there, not a job; at a body it still
# is one, and "the speaker of" a parliament holds its office.
AT_AN_EVENT: list[Probe] = [
    (
        '"The crowd was warm," said Luke Pratt, a speaker at the Harbor Forum.',
        "luke-pratt",
        ("expert", None, None),
    ),
    (
        '"The crowd was warm," said Luke Pratt, a speaker at the Davos summit.',
        "luke-pratt",
        ("expert", None, None),
    ),
    (
        '"The varnish was cracked," said Ann Vell, a restorer at the Civic Gallery.',
        "ann-vell",
        ("expert", "restorer", "Civic Gallery"),
    ),
    (
        '"The vote stands," said Ann Vell, the speaker of the State Duma.',
        "ann-vell",
        ("official", "speaker", "State Duma"),
    ),
]


# "the town of X" after a job is the body, named as a polity, not a portfolio of the job.
POLITY_NAMED: list[Probe] = [
    (
        '"The harbour wall will be rebuilt," said Ann Lee, mayor of the town of Hythe.',
        "ann-lee",
        ("official", "mayor", "town of Hythe"),
    ),
    (
        '"We will appeal the ruling," said Ann Lee, a lawyer for the city of Boston.',
        "ann-lee",
        ("expert", "lawyer", "city of Boston"),
    ),
]


@pytest.mark.parametrize(
    ("text", "slug", "expected"),
    NOT_THE_HEAD
    + NO_ONE_EMPLOYS
    + NATIONALITY
    + KINDS
    + TICKERS
    + RELATIVE_CLAUSES
    + REGION_STAFF
    + NAMES_WITH_FOR,
)
def test_role_precision(
    text: str, slug: str, expected: tuple[PersonKind, str | None, str | None]
) -> None:
    assert kind_role_org_of(parse_body(text), slug) == expected
