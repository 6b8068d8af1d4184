"""Directives and commitments: reported speech whose content is a to-infinitive.

"told the agencies to halt the tender", "called on the utility to publish …": a directing
verb's object and the infinitive after it are what was said (:func:`directive_object`).
"pledged to build 5,000 homes", "instructed to double the buses": the infinitive right
after a verb of commitment is (:func:`commits_to`).  Which verbs direct or commit is the
lexicon's (:mod:`app.ingest.speech_verbs`, classes ``directive`` and ``commit``); this
module reads the clause shape after them.  :mod:`app.ingest.reported_speech` calls both.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.speech_verbs import clause_word, commits, directs, passive_before

# "told the agencies to halt …", "called on the utility not to …", "told the utilities to
# “keep …”": an object of one to four words, none a preposition, a conjunction or a day
# ("told reporters on the way to lunch", "called on Monday to …" have none), then "(not)
# to" and a verb (checked in directive_object) or a quotation.
_OBJECT_WORD = (
    r"(?!(?:for|off|of|from|to|about|after|around|into|if|whether|why|how|what|when|where|"
    r"that|which|who|in|on|at|by|with|during|before|while|and|but|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|reporters|journalists)\b)[\w’'-]+\s+"
)
_DIRECTIVE_OBJECT = re.compile(
    r"\s*(?:"
    + _OBJECT_WORD
    + r"){1,4}?(?:not\s+)?(?P<to>to)\s+(?:(?P<verb>[a-z]+)\b|(?P<quote>[\"“«_]))",
    re.IGNORECASE,
)
_TO_INFINITIVE = re.compile(r"\s*(?:not\s+)?to\s+(?P<verb>[a-z]+)\b")


def _base_verb(word: str) -> bool:
    """Whether lower-case ``word`` is a verb's base form ("publish", "keep"), as an
    infinitive needs ("to schools", "to the" are none)."""
    return word.isalpha() and word.islower() and word in getAllLemmas(word).get("VERB", ())


def directive_object(verb: str, following: str) -> re.Match[str] | None:
    """ "told the agencies to halt the tender", "called on the utility to publish …": a
    directive verb's object and its to-infinitive, the reported content (the match's
    ``quote`` group is set when a quotation follows "to": 'told them to “keep …”').  "told
    reporters on Monday", "called on his mother" direct nobody to do anything.  The object
    is not checked for being a person: a check against word lists ("ordered the soup to
    start") was tried and withdrawn, as it dropped far more real directives ("told the
    coaches to …", "ordered the shops to close", "told her son to …") than it stopped."""
    if not directs(verb):
        return None
    match = _DIRECTIVE_OBJECT.match(following)
    if match is None or (match.group("verb") is not None and not _base_verb(match.group("verb"))):
        return None
    written = following[: match.start("to")].split()
    if written[-1:] and written[-1].lower() == "not":
        written.pop()  # "told the managers not to …"
    words = [word.lower() for word in written]
    if any(clause_word(word) for word in words):
        return None  # "told the committee he tried to work with …": a clause, no object
    if words[:1] in (["a"], ["an"]):
        return None  # "ordered a pizza to go": a thing ordered, nobody directed
    return match


def commits_to(verb: str, following: str, preceding: str) -> bool:
    """ "pledged to build 5,000 homes", "instructed to double the buses": a to-infinitive
    right after a verb of commitment is what was promised or demanded; after a passive
    ("was asked to", "were promised to") the subject is the one addressed."""
    if not commits(verb) or passive_before(preceding):
        return False
    match = _TO_INFINITIVE.match(following)
    return match is not None and _base_verb(match.group("verb"))
