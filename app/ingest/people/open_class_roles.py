"""Jobs outside the vocabulary, read by their shape, opening a sentence before a name:
"Popularizer of astronautics Vitaly Egorov", "Campaigner Ann Lee", "Restorer Ivan Orlov".

A capitalised word is never read as an agent noun by its ending elsewhere, since surnames
end so too (Carter, Newman).  The first word of a sentence is capitalised whatever it is,
though, so there, lower-cased, an agent noun ("popularizer", "campaigner": a verb with
"-er", :func:`app.ingest.people.names.is_agent_er`; "orchestrator", "lobbyist":
:func:`app.ingest.people.names.is_agent_noun`) right before the name, or before "of"/"at"
and its complement, names the person's job.  A known given name is no job ("Carter
Page").
"""

from __future__ import annotations

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import is_agent_er, is_agent_noun

_COMPLEMENT = frozenset({"of", "at", "for", "with", "in", "on"})


def is_opening_agent(word: str) -> bool:
    """ "Popularizer", "Campaigner": a capitalised word that, lower-cased, is an agent noun
    and no given name."""
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    low = word.lower()
    if gender_of_name(word) is not None:
        return False
    return is_agent_er(low) or is_agent_noun(low)


def opens_with_agent(phrase: str) -> bool:
    """ "Popularizer of astronautics", "Campaigner": the phrase before a name opens with an
    agent noun, alone or before its complement."""
    words = phrase.split()
    if not words or not is_opening_agent(words[0]):
        return False
    return len(words) == 1 or words[1].lower() in _COMPLEMENT


def is_plural_noun(word: str) -> bool:
    """ "Resources", "Relations": a capitalised plural common noun, the end of a portfolio
    glued before a name ("Minister of State for Petroleum Resources Heineken Lokpobiri"),
    never a given name; a known given name ("Brooks") stays one."""
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    low = word.lower()
    if not low.endswith("s") or gender_of_name(word) is not None:
        return False
    return any(lemma != low for lemma in getAllLemmas(low).get("NOUN", ()))
