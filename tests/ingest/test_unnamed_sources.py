""" "The expert" after an unnamed "one legal expert" means that unnamed person, not the last
person the article named; after a named one ("Ann Lee, an economist", "Lee is an
economist") it means the named person.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_the_expert_after_an_unnamed_expert_is_nobody_named() -> None:
    assert (
        _said(
            "Maria Olsen, a novelist, spoke on Monday.\n\n"
            "“Olsen has no immunity at all,” said one legal expert, as reported by the Daily "
            "Star.\n\n"
            "“Her ties to the firm are under investigation,” the expert warned."
        )
        == []
    )


def test_the_economist_after_a_named_economist_is_that_person() -> None:
    assert _said(
        "Maria Olsen, an economist at Acme Bank, spoke on Monday.\n\n"
        "“Prices will rise,” the economist warned."
    ) == [("maria-olsen", "Prices will rise")]


def test_a_role_given_in_its_own_sentence_names_the_person() -> None:
    assert _said(
        "Maria Olsen spoke on Monday. Olsen is an economist at Acme Bank.\n\n"
        "“Prices will rise,” the economist warned."
    ) == [("maria-olsen", "Prices will rise")]
