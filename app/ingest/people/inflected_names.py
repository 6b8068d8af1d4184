"""Short forms of a known person's name that translated Russian copy uses.

Two forms make a second, false person unless mapped back:

* a surname with a Russian case ending ("Marlow assured Soboleva", "According to
  Sobolevu") for a person introduced as "Ivan Sobolev";
* a given name and patronymic used as a polite address ("Pavel Andreevich noted") for a
  person introduced as "Pavel Andreevich Orlov".

Each maps only when the short form is not itself a known name and exactly one known
person fits.
"""

from __future__ import annotations

import re

from app.ingest.people.registry import Person, Registry

# Case endings added to a surname in -ov/-ev/-in/-yn (genitive "-a", dative "-u",
# instrumental "-ym"/"-om", prepositional "-e", and a feminine form's oblique "-oy").
_INFLECTED = re.compile(r"(?P<stem>[A-Z][a-z]{2,}(?:ov|ev|in|yn))(?:a|u|ym|om|e|oy|oi)")
# "Andreevich", "Sergeyevna", "Ilyinichna": a patronymic.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|inichna)")


def known_form(registry: Registry, words: list[str]) -> list[str] | None:
    """The full name of the one known person that ``words`` is a short form of, or None
    when ``words`` is a name of its own (see the module docstring)."""
    if len(words) == 1:
        return _uninflected(registry, words[0])
    if len(words) == 2 and _PATRONYMIC.fullmatch(words[1]):
        return _by_given_and_patronymic(registry, words)
    return None


def _uninflected(registry: Registry, word: str) -> list[str] | None:
    match = _INFLECTED.fullmatch(word)
    if match is None or registry.by_word(word) is not None or registry.seen_name(word):
        return None
    person = registry.by_word(match.group("stem"))
    if person is None or person.surname != match.group("stem") or len(person.words) < 2:
        return None
    return list(person.words)


def _by_given_and_patronymic(registry: Registry, words: list[str]) -> list[str] | None:
    if registry.by_full_name(" ".join(words)) is not None:
        return None
    person: Person | None = registry.by_word(words[0])
    if person is None or len(person.words) < 3 or person.words[:2] != words:
        return None
    return list(person.words)
