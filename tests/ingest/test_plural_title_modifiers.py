"""A plural title's rank and portfolio words go to each listed name ("Foreign Ministers
Ann Lee and Bo Ko": each a Foreign Minister); other capitalised words before it do not
(made-up sentences; no corpus text)."""

from __future__ import annotations

from app.ingest.people.plural_titles import plural_title_before
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_the_portfolio_before_a_plural_title_stays() -> None:
    parsed = parse_body(
        "The Foreign Ministers Tara Voss and Ilo Renn met.\n\n“We agree,” said Voss.\n"
    )
    assert kind_role_org_by_slug(parsed)["tara-voss"][1] == "Foreign Minister"


def test_rank_and_portfolio_both_stay() -> None:
    assert plural_title_before("the Deputy Finance Ministers Tara Voss and ") == (
        "Deputy Finance Minister"
    )


def test_a_sentence_opener_is_no_modifier() -> None:
    assert plural_title_before("Yesterday Ministers Tara Voss and ") == "Minister"
    assert plural_title_before("The Ministers ") == "Minister"
    assert plural_title_before("Sens. Mike Dorn (R-UT) and ") == "Sen."
