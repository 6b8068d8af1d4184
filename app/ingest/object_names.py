"""A name inside the subject phrase that is not the subject: the object of a preposition
or of a participle in the phrase.

"The mother of victim Amy Rowe said", "a letter to Senator Paul Rye said", "a spokesman for
Governor Ann Tate said", "the doctor treating Mia Hart said": the one speaking (or the
thing saying) is the phrase's head, which the article does not name; the named person is
only who the head belongs to, is addressed to or deals with.  Storing nothing is right,
storing the named person is wrong.

The rule looks only at the words right before the name: a bare job or title ("victim",
"Senator", "businessman") after a preposition, or a participle after a noun naming a
person or a body ("the doctor treating", "the firm representing").  With a determiner
before the job ("the press secretary of the president Anton Lebedev") the translations'
word order puts the role phrase before its holder's name, so that case stays the name's.
"""

from __future__ import annotations

from app.ingest.people.names import (
    TITLE_ABBREVIATIONS,
    is_honorific,
    is_org_word,
    is_role_word,
)
from app.ingest.people.title_case_titles import is_title_rank
from app.ingest.speech_verbs import is_participle, is_speech_ing
from app.ingest.tokens import Token

# "a message from Senator X", "a statement by Mayor X": the words are the named person's.
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "to", "with", "against", "about", "on"})
_JOB_WORDS = 2  # bare jobs and titles between the preposition and the name, at most
# -ing words that are prepositions or say when: "including Senator X", "following X".
_NOT_PARTICIPLES = frozenset(
    {"including", "according", "following", "regarding", "concerning", "excluding"}
    | {"during", "notwithstanding", "pending", "barring", "morning", "evening", "meeting"}
)
# Bodies no organisation word names: "the team representing X", "the firm defending X".
_GROUPS = frozenset({"team", "firm", "group", "campaign", "family", "side", "staff"})


def _job_word(token: Token) -> bool:
    """A bare job or title standing before a name: "victim", "Senator", "Gov.", "Dr"."""
    word = token.core
    low = word.lower()
    if low in TITLE_ABBREVIATIONS or is_honorific(word):
        return not token.trailing.strip(".")  # "Sen. Bob Ray"
    # Not every title word: "Finance", "Foreign" open a ministry ("Minister of Finance X").
    return not token.trailing and is_role_word(low)


def names_an_object(tokens: list[Token], first: int) -> bool:
    """Whether the name run starting at ``tokens[first]`` is the object of a preposition
    after a bare job or title ("of victim Amy Rowe", "to Senator Paul Rye") or of a
    participle after a person or body ("the doctor treating Mia Hart")."""
    k = first - 1
    jobs = 0
    while k >= 0 and jobs < _JOB_WORDS and _job_word(tokens[k]):
        k -= 1
        jobs += 1
    if k < 0 or tokens[k].trailing:
        return False
    word = tokens[k].core
    if jobs and word.lower() in _OBJECT_PREPOSITIONS:
        return True
    return k > 0 and _participle_after_a_noun(tokens, k)


def _participle_after_a_noun(tokens: list[Token], k: int) -> bool:
    """ "the doctor treating", "the firm representing": a present participle right after a
    noun naming a person or a body, the two unbroken by punctuation."""
    word = tokens[k].core
    head = tokens[k - 1]
    return (
        word.islower()
        and word.endswith("ing")
        and word not in _NOT_PARTICIPLES
        and not is_title_rank(word)  # "the chief operating officer X": one title
        and not is_speech_ing(word)
        and is_participle(word)
        and not head.trailing
        and head.core.islower()
        and (is_role_word(head.core) or is_org_word(head.core) or head.core in _GROUPS)
    )
