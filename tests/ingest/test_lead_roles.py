"""The job a lead opens with, given to the first person the article names (issue 10,
r5 R1; made-up sentences, no corpus text)."""

from __future__ import annotations

from app.ingest.people.lead_roles import lead_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_full_text


def _people(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return kind_role_org_by_slug(parse_full_text(text))


def test_the_leads_job_goes_to_the_first_person_named() -> None:
    people = _people(
        "Agency budget\n\nThe new head of the agency spoke on Monday. Dana Reyes, who took "
        "over in May, said the budget is tight."
    )
    assert people["dana-reyes"][1:] == ("head", "agency")


def test_an_all_caps_the_and_a_named_body() -> None:
    people = _people(
        "Delays\n\nTHE chief executive of Dunmore Hospitals Trust has apologised for the "
        "delays. Anna Pell said the wards will reopen."
    )
    assert people["anna-pell"][1:] == ("chief executive", "Dunmore Hospitals Trust")


def test_a_persons_own_job_wins_over_the_leads() -> None:
    # negative: the apposition names the person's job
    people = _people(
        "Agency budget\n\nThe new head of the agency spoke on Monday. Dana Reyes, a lawyer, "
        "said the budget is tight."
    )
    assert people["dana-reyes"][1] == "lawyer"


def test_a_plural_or_no_job_in_the_lead_gives_nothing() -> None:
    assert lead_role("Delays\n\nThe doctors have warned of delays.") is None
    assert lead_role("Delays\n\nThe weather was cold on Monday.") is None
    assert lead_role("Delays\n\nThe new head of the agency spoke on Monday.") == (
        "head of the agency"
    )
