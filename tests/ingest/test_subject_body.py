"""A chairman or a founder with no body named belongs to the body the article is about
(issue 10).  Sentences are made up; none is taken from the corpus."""

from __future__ import annotations

from app.ingest.people.registry import Person
from app.ingest.people.subject_body import subject_body
from tests.ingest.parsing import parse_full_text, role_org_by_slug

_ARTICLE = (
    "Major Harborly layoffs to begin today\n\n"
    "More than a third of Harborly’s 9,000 employees will receive notice this week. "
    "Harborly wants to cut costs.\n\n"
    "In a company email sent by chairman Ann Lowe, employees were told that layoffs "
    "begin this week.\n\n"
    "“We have to make some necessary job eliminations,” Lowe said in the email. "
    "Harborly declined to comment further.\n\n"
    "“It is a sad day,” said Tom Birch, a spokesman.\n"
)


def test_a_chairman_with_no_body_chairs_the_subject() -> None:
    people = role_org_by_slug(parse_full_text(_ARTICLE))
    assert people["ann-lowe"] == ("chairman", "Harborly")
    assert people["tom-birch"] == ("spokesman", None)  # a spokesman may speak for anyone


def test_a_named_body_is_kept() -> None:
    people = role_org_by_slug(
        parse_full_text(
            _ARTICLE.replace("sent by chairman Ann Lowe,", "sent by Ann Lowe, chairman of Bayco,")
        )
    )
    assert people["ann-lowe"] == ("chairman", "Bayco")


def test_the_subject_is_in_the_headline_and_repeated() -> None:
    text = "Harborly and Bayco\n\nHarborly, Bayco, Harborly, Bayco. Harborly and Bayco. Quill."
    assert subject_body(text, []) == "Harborly"  # equals: the headline's first
    assert subject_body("Quill news\n\nHarborly. Harborly. Harborly.", []) is None
    assert subject_body("Harborly news\n\nHarborly. Harborly.", []) is None


def test_a_speakers_name_or_a_place_is_no_subject() -> None:
    lowe = Person(name="Ann Lowe", words=["Ann", "Lowe"], has_statement=True)
    assert subject_body("Lowe speaks\n\nLowe. Lowe said. Lowe.", [lowe]) is None
    assert subject_body("Ohio votes\n\nOhio. Ohio. Ohio.", []) is None
    assert subject_body("Chile votes\n\nChile. Chile. Chile.", []) is None
