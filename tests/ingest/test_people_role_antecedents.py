""" "The economist" after a role noun introduced with its name in an apposition ("An
economist at Barclays, Ann Lee, said …") means that named person, whatever words of the job
lie between the noun and the name.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.coreference import unnamed_antecedent
from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_the_economist_after_an_economist_named_in_an_apposition_is_that_person() -> None:
    said = _said(
        "An economist at Barclays, Ann Lee, said the rate would rise.\n\n"
        "“Nobody should be surprised,” the economist said."
    )
    assert ("ann-lee", "Nobody should be surprised") in said


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("An economist at Barclays, Ann Lee, said so. Then the economist", False),
        ("One economist with the Harbor Bank, Tom Birch, spoke. Then the economist", False),
        ("A senior economist, Ann Lee, spoke. Then the economist", False),
        ("An economist at Barclays said so. Then the economist", True),
        ("One economist, speaking on Monday, said so. Then the economist", True),
        ("An economist at Barclays warned Ann Lee, the mayor. Then the economist", True),
    ],
)
def test_a_name_in_apposition_after_the_role_phrase_names_the_antecedent(
    text: str, unnamed: bool
) -> None:
    assert unnamed_antecedent(text, "economist", text.rindex("the economist")) is unnamed
