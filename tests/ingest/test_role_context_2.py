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
