""" "Barr put Ann Lee in charge (of X)": Lee heads X; with no "of", the organisation is the
one named just before (issue 10).  Sentences are made up; none is from the corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_full_text, role_org_by_slug


def test_in_charge_with_no_of_takes_the_body_named_before() -> None:
    people = role_org_by_slug(
        parse_full_text(
            "Title\n\n"
            "The escape prompted a shakeup at the Harbor Bureau of Ferries. The mayor put "
            "Nadia Birch in charge and ordered an inquiry.\n\n"
            "“We will find out what happened,” Birch said.\n"
        )
    )
    assert people["nadia-birch"] == ("head", "Harbor Bureau of Ferries")


def test_in_charge_of_names_the_body() -> None:
    people = role_org_by_slug(
        parse_full_text(
            "Title\n\n"
            "The board placed Nadia Birch in charge of the Harbor Museum last year.\n\n"
            "“We will reopen in May,” Birch said.\n"
        )
    )
    assert people["nadia-birch"] == ("head", "Harbor Museum")


def test_nobody_is_put_in_charge_of_nothing() -> None:
    people = role_org_by_slug(
        parse_full_text(
            "Title\n\n"
            "the mayor put Nadia Birch in charge, officials said.\n\n"
            "“We will find out what happened,” Birch said.\n"
        )
    )
    assert people.get("nadia-birch", (None, None)) == (None, None)
