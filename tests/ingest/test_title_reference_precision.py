"""A capitalised office title ("The President said") and the only person named: it goes
to them only when nothing in the text described them as someone else (made-up
sentences; no corpus text)."""

from __future__ import annotations

from app.ingest.people.coreference import _capitalised_title, _same_body
from app.ingest.people.introduction_descriptions import described_otherwise
from app.ingest.people.registry import Person
from tests.ingest.parsing import kind_role_org_by_slug, parse_body, speaker_text


def test_a_council_head_is_not_the_president() -> None:
    parsed = parse_body(
        "Nora Pell, the head of the Vantor Grain Council, met farmers on Friday.\n\n"
        "The President said the harvest talks had gone well.\n"
    )
    assert ("nora-pell", "the harvest talks had gone well") not in speaker_text(parsed)


def test_a_reporter_is_not_the_chancellor() -> None:
    parsed = parse_body(
        "Tariffs were debated all week, Dara Quill reports for the Lown Gazette.\n\n"
        "The Chancellor said fuel duty would not rise.\n"
    )
    assert ("dara-quill", "fuel duty would not rise") not in speaker_text(parsed)
    assert kind_role_org_by_slug(parsed).get("dara-quill", (None, None, None))[1] is None


def test_an_undescribed_only_person_still_takes_the_title() -> None:
    parsed = parse_body(
        "Sergo Valen said that the barley would go by barge this year.\n\n"
        "The President noted that the river ports were full.\n"
    )
    assert kind_role_org_by_slug(parsed)["sergo-valen"] == ("official", "President", None)


def test_described_otherwise_reads_appositions_and_bylines() -> None:
    assert described_otherwise("Ana Roe, an analyst at Brill, spoke.", "Ana Roe", "president")
    assert described_otherwise("Ana Roe told our correspondent so.", "Ana Roe", "minister")
    assert not described_otherwise("Ana Roe, 54, said so.", "Ana Roe", "president")
    assert not described_otherwise("Ana Roe said so.", "Ana Roe", "president")
    assert not described_otherwise("Ana Roe, the president of Veld, spoke.", "Ana Roe", "president")


def test_the_president_of_the_body_the_head_leads_is_that_head() -> None:
    head = Person(name="Pavel Okun", role="Head", organization="Lorin Academy of Sciences")
    assert _same_body("President of the Lorin Academy of Sciences", head)
    assert not _same_body("President", head)
    assert not _same_body("President of Veldia", head)
    assert _capitalised_title("President of the Lorin Academy of Sciences")
    assert not _capitalised_title("MP")
    assert not _capitalised_title("Portuguese specialist")


def test_an_acronym_title_is_no_capitalised_office() -> None:
    parsed = parse_body(
        "Deputy speaker of the council Ivo Marsh denied the report.\n\n"
        "“I hold no foreign passport,” said the MP.\n"
    )
    assert speaker_text(parsed) == [("ivo-marsh", "I hold no foreign passport")]
