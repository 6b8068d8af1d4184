""" "the Dutchman", "the Portuguese": a person named by their nation. The resolver
(people.coreference) takes such a role mention to the subject just named only when the
text ties that person to the nation near the name ("Dutch coach Guus Hiddink"); never
for a noun that names a whole nation ("the French"). The subject readers
(``references.role_ending_at``, ``subject_after``) read such nouns as role mentions
through :mod:`app.ingest.people.nation_subjects`.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.attribution import Mention
from app.ingest.people.coreference import resolve
from app.ingest.people.registry import Registry
from tests.ingest.parsing import parse_body, speaker_text


def _resolved(lead: str, noun: str) -> str | None:
    text = f"{lead}\n\n“Superb,” the {noun} told reporters."
    registry = Registry()
    name = "Guus Hiddink"
    person = registry.add(name, name.split(), None)
    registry.subject_in_text(person, text.index(name) + len(name))
    at = text.index(f"the {noun}")
    mention = Mention(at, at + len(f"the {noun}"), "role", noun=noun.lower())
    found = resolve(registry, mention, text, text=text, narration=text)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("lead", "noun", "expected"),
    [
        ("Dutch coach Guus Hiddink watched from the stands.", "Dutchman", "Guus Hiddink"),
        ("Guus Hiddink, the Dutch coach, watched from the stands.", "Dutchman", "Guus Hiddink"),
        # nothing ties him to the nation
        ("Guus Hiddink watched from the stands.", "Dutchman", None),
        ("Guus Hiddink watched from the stands.", "Portuguese", None),
        # a whole nation
        ("French coach Guus Hiddink watched from the stands.", "French", None),
    ],
)
def test_the_nation_must_be_tied_to_the_person(lead: str, noun: str, expected: str | None) -> None:
    assert _resolved(lead, noun) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee met the Portuguese delegation. The Portuguese said the deal was fair.\n",
        "Lionel Messi praised the French side. The French said the result was unfair.\n",
        "Guus Hiddink praised both teams.\n\n"
        '"We will not comment," the Kremlin said. "It rained," the Times reported.\n',
    ],
)
def test_no_one_in_the_article_is_meant(body: str) -> None:
    assert speaker_text(parse_body(body)) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Dutch coach Erik Jansen watched from the stands.\n\n"
            "“We were not sharp,” the Dutchman said.\n",
            "erik-jansen",
        ),
        (
            "Erik Jansen of the Netherlands watched from the stands.\n\n"
            "“We were not sharp,” said the Dutchman.\n",
            "erik-jansen",
        ),
        (
            "Tom Vale, a 34-year-old striker, scored twice for the club.\n\n"
            "“It was a special night,” the 34-year-old said.\n",
            "tom-vale",
        ),
        # precision: two people tied to the nation, or none
        (
            "Dutch coach Erik Jansen and Dutch captain Piet Kuyt watched.\n\n"
            "“We were not sharp,” the Dutchman said.\n",
            None,
        ),
        (
            "Erik Jansen watched from the stands.\n\n“We were not sharp,” said the Dutchman.\n",
            None,
        ),
    ],
)
def test_the_parse_gives_a_nation_or_age_noun_its_one_person(
    body: str, speaker: str | None
) -> None:
    """The wiring: the parse itself reads the noun as the quote's speaker."""
    speakers = [name for name, _ in speaker_text(parse_body(body))]
    if speaker is None:
        assert set(speakers) <= {None}  # the quote may be stored, but for nobody
    else:
        assert speakers == [speaker]
