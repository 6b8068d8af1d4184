"""A "name" that ends in a plural common noun and has no given name: "Highway Roads",
"Executive Orders", "Dunmore Orders".

Capitalised runs in headings, titles and programme names ("the Safe Roads plan") look like
a given name and a surname; when the first word is an English word and no given name
anyone knows, and the last
is the plural of a frequent English noun, the run names a thing, never a person.  A known
given name keeps the run a person ("Tyra Banks", "Paul Roads").
"""

from __future__ import annotations

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.given_names import gender_of_name, is_common_word_not_name

__all__ = ["plural_noun_name"]


def plural_noun_name(words: list[str]) -> bool:
    """Whether ``words`` (a full name as read) is a thing's name: the first word an English
    word and no known given name, and the last word the plural of a common noun."""
    if len(words) < 2 or gender_of_name(words[0]) is not None:
        return False
    if not getAllLemmas(words[0].lower()):
        return False  # "Tyra Banks": a first word no English word, a given name unlisted
    last = words[-1].lower()
    if not last.endswith("s") or not last.isalpha():
        return False
    singular = getAllLemmas(last).get("NOUN")
    return bool(singular) and last not in singular and is_common_word_not_name(singular[0])
