"""A rank, then a portfolio, then a title is one title: "Deputy Trade Minister" is no
"Minister" of a body called "Deputy Trade" (made-up phrases; no corpus text)."""

from __future__ import annotations

from app.ingest.people.roles import split_role


def test_a_deputy_portfolio_minister_is_one_title() -> None:
    assert split_role("Deputy Trade Minister") == ("Deputy Trade Minister", None)
    assert split_role("Deputy Economy Minister") == ("Deputy Economy Minister", None)
    assert split_role("Vice Energy Commissioner") == ("Vice Energy Commissioner", None)


def test_a_body_between_rank_and_title_is_still_a_body() -> None:
    assert split_role("Deputy Acme Minister") == ("Minister", "Deputy Acme")
    assert split_role("Trade Minister") == ("Trade Minister", None)
