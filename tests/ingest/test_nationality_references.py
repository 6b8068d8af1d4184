""" "the Dutchman", "the Portuguese": a person named by their nation. The resolver
(people.coreference) takes such a role mention to the subject just named only when the
text ties that person to the nation near the name ("Dutch coach Guus Hiddink"); never
for a noun that names a whole nation ("the French"). The parse does not read such nouns
as role mentions yet, so no article gives them a speaker.

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
