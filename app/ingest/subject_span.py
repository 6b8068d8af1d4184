"""Material a writer puts between a subject and its speech verb.

The subject rules (:func:`app.ingest.attribution.subject_before`) look for the person
reference right before the verb, or set off from it by one role apposition.  Writers put
more there, each piece set off by commas:

* a relative clause after the job: "Tom Reyes, a software engineer who said he was
  among those laid off, told …" (the job is the apposition, the clause is skipped);
* a participle phrase, bare or after a subordinator: "Karpin, answering questions from
  reporters, said", "Judge Ann Lee, when announcing the verdict, pointed out";
* an age: "Jane Alvarez, 41, leaving a store with two bags, said";
* a reflexive: "Karpin himself said";
* a place after a body's name: "Ruth Lindqvist of the University of Nevada, Reno, said".

And the verb may be the relative clause's own: "… of Governor Ann Lee, who argued in a
speech that …" reports Ann Lee.

:func:`insertion_before` finds where the subject ends; the caller then looks for the
subject there.  Only text before the verb within one sentence is read, a bounded window:
linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.appositions import names_a_job
from app.ingest.people.names import has_role_noun, is_agent_er
from app.ingest.people.title_case_titles import is_title_rank
from app.ingest.speech_verbs import is_participle, verb_pattern
from app.ingest.vocabulary import person_nouns

_REACH = 260  # characters of inserted material before the verb, at most
_PIECES = 3  # comma-delimited pieces peeled off, at most

# A piece ends at a comma; it may not cross a sentence's or a clause's stronger break.
_HARD_BREAK = re.compile(r"[.;:!?“”\"«»()—–\n]")

_AGE = re.compile(r"\d{1,3}")
# "when announcing the verdict", "while speaking to reporters", "after meeting the envoy"
_SUBORDINATE_PARTICIPLE = re.compile(
    r"(?:when|while|after|before|upon|on|in|by|since|whilst)\s+(?P<verb>[a-z]+ing)\b"
)
_PARTICIPLE_FIRST = re.compile(r"(?P<verb>[a-z]+(?:ing|ed))\b")
# Words in -ing or -ed that open no participle phrase about the subject.
_NOT_PARTICIPLES = frozenset(
    {"including", "according", "regarding", "concerning", "following", "excluding"}
    | {"notwithstanding", "during", "nothing", "something", "everything", "anything"}
)
# "a software engineer who said …", "a Massachusetts Democrat who has opposed …"
_JOB_THEN_RELATIVE = re.compile(r"(?P<job>(?:an?|the)\s+[^,]{1,80}?)\s+(?:who|whose)\s+\S")
# "who represented Moscow at the talks", "whose book was challenged in ten states"
_RELATIVE_PIECE = re.compile(r"(?:who|whose)\s+[a-z]")
# "who said he was leaving": a relative clause that itself reports speech is not skipped.
# (A narrow set on purpose: "whose plan was criticized" is a passive, no speech.)
_SPEECH_IN_RELATIVE = verb_pattern("relative_speech")
_CAPITALISED_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")
_BODY_BEFORE_PLACE = re.compile(r"\s(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]{0,100}$")
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
)
# "who argued in a speech last week that …": a relative clause reports only a "that" clause.
_THAT_REACH = 90
_THAT_FOLLOWS = re.compile(r"\S+(?:\s+[^\s.,;:!?“”\"«»]+){0,8}?\s+that\s")
# "D-Iowa", "R-N.C.", "I-Vt.": a lawmaker's party and state tag after the name.
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
# "a member of the farm caucus": a noun phrase set off after the name and its party tag.
_DETERMINER_PHRASE = re.compile(r"(?:an?|the)\s+[a-z][^,]{0,80}")
_REFLEXIVE = re.compile(r"\s+(?:himself|herself)\s*$")
# "…, who argued …", "…, who has long argued …": the verb is the relative clause's.
_RELATIVE_SUBJECT = re.compile(
    r",\s+who(?:\s+(?:also|has|had|have|then|later|once|previously|repeatedly|[a-z]+ly)){0,2}"
    r"\s*$"
)


@dataclass(frozen=True, slots=True)
class Insertion:
    """Where the subject ends (``end``: the comma or space opening the inserted material),
    and what the material adds to the subject's description."""

    end: int
    apposition: str | None = None  # a job before a relative clause: "a software engineer"
    place: str | None = None  # ", Reno": the rest of a body's name read from before ``end``
    relative: bool = False  # "…, who argued": the name is the antecedent, whatever its clause


def insertion_before(text: str, lo: int, verb_start: int) -> Insertion | None:
    """The material between the subject and the verb at ``verb_start``, if it is some the
    module docstring lists; ``None`` when the verb follows its subject directly."""
    floor = max(lo, verb_start - _REACH)
    head = text[floor:verb_start]
    relative = _RELATIVE_SUBJECT.search(head)
    if relative is not None:
        if _THAT_FOLLOWS.match(text, verb_start, verb_start + _THAT_REACH) is None:
            return None  # "…, the late James Rigney, who wrote as Robert Jordan.": no report
        return Insertion(floor + relative.start(), relative=True)
    reflexive = _REFLEXIVE.search(head)
    if reflexive is not None:
        return Insertion(floor + reflexive.start())
    end = len(head.rstrip())
    if end == 0 or head[end - 1] != ",":
        return None
    end -= 1  # at the comma closing the last piece
    found: Insertion | None = None
    apposition = None
    for _ in range(_PIECES):
        comma = head.rfind(",", 0, end)
        if comma < 0 or _HARD_BREAK.search(head, comma, end):
            break
        piece = head[comma + 1 : end].strip()
        kind = _piece_kind(piece)
        if kind is None and found is None:
            kind = _after_tag_kind(head, comma, piece)
        if kind is None:
            if found is not None:
                break
            place = _place_after_body(head, comma, piece)
            if place:
                return Insertion(floor + comma, place=place)
            named = _ROLE_THEN_NAME.fullmatch(piece)
            if named is not None and has_role_noun(named.group("role")):
                # "One of the authors of the bill, deputy Anton Gorelkin, explained": a
                # second apposition holding the name closes the subject
                return Insertion(floor + end)
            break
        if kind != "":
            apposition = kind
        end = comma
        found = Insertion(floor + comma, apposition)
    if found is not None:
        reflexive = _REFLEXIVE.search(text, floor, found.end)
        if reflexive is not None:
            return Insertion(reflexive.start(), found.apposition)
    return found


def _piece_kind(piece: str) -> str | None:
    """``""`` for a piece that describes the subject without a job (an age, a participle
    phrase), the job for "a job who …", ``None`` for anything else."""
    if _AGE.fullmatch(piece) or _PARTY_TAG.fullmatch(piece):
        return ""
    subordinate = _SUBORDINATE_PARTICIPLE.match(piece)
    if subordinate is not None and is_participle(subordinate.group("verb")):
        return ""
    first = _PARTICIPLE_FIRST.match(piece)
    if (
        first is not None
        and first.group("verb") not in _NOT_PARTICIPLES
        and len(piece.split()) >= 2
        and is_participle(first.group("verb"))
    ):
        return ""
    if _RELATIVE_PIECE.match(piece) and not _SPEECH_IN_RELATIVE.search(piece):
        # "Ivan Lobov, who represented Moscow at the talks, said": a relative clause about
        # the subject; its verbs and capitalised words are not the subject's
        return ""
    relative = _JOB_THEN_RELATIVE.match(piece)
    if relative is not None:
        # "a Massachusetts Democrat who …": a description either way, a job only with a
        # job noun
        return relative.group("job") if names_a_job(relative.group("job")) else ""
    return None


def is_party_tag(words: list[str]) -> bool:
    """Whether a "name" is only a party tag ("D-Iowa"), never a person."""
    return _PARTY_TAG.fullmatch(" ".join(words)) is not None


def _after_tag_kind(head: str, comma: int, piece: str) -> str | None:
    """ "Rep. Dale Kim, D-Iowa, a member of the farm caucus,": a noun phrase right after a
    party tag describes the lawmaker before the tag; the job when it names one."""
    if not _DETERMINER_PHRASE.fullmatch(piece) or _SPEECH_IN_RELATIVE.search(piece):
        return None
    before = head.rfind(",", 0, comma)
    if before < 0 or not _PARTY_TAG.fullmatch(head[before + 1 : comma].strip()):
        return None
    return piece if names_a_job(piece) else ""


def _place_after_body(head: str, comma: int, piece: str) -> str | None:
    """ "of the University of Nevada, Reno,": one or two capitalised words after a body's
    name read as the body's place, not an apposition."""
    if not _CAPITALISED_PLACE.fullmatch(piece):
        return None
    if _BODY_BEFORE_PLACE.search(head, max(0, comma - 120), comma) is None:
        return None
    return f", {piece}"


_OBJECT_OPENING = re.compile(r"^.*\b(?:of|by|for|against|with|to|from|about)\s+(?:the\s+)?")


def role_of_antecedent(pre_role: str | None) -> str | None:
    """ "those of Fed Governor" -> "Fed Governor", "The report praised Governor" ->
    "Governor": the job words before a relative clause's antecedent, without the phrase
    the name is the object of nor the clause the name ends."""
    if pre_role is None:
        return None
    words = _OBJECT_OPENING.sub("", pre_role).split()
    keep = len(words)
    while keep > 0 and _job_word(words[keep - 1]):
        keep -= 1
    role = " ".join(words[keep:])
    return role if role and has_role_noun(role) else None


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def _job_word(word: str) -> bool:
    """ "Fed", "Governor", "chief", "economist": a capitalised word or a job's own word, not
    the verb or the determiner before the job ("praised", "The")."""
    if word.lower() in _DETERMINERS:
        return False
    return word[:1].isupper() or has_role_noun(word) or is_title_rank(word)


# "The courier was detained, but he claims …": the sentence opens with a noun phrase that
# is its subject (a determiner, at most two modifiers, a lower-case noun, then a verb).
_NOUN_SUBJECT = re.compile(
    r"\s*(?:The|A|An|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?P<verb>was|is|had|has|were|are|did|does|[a-z]+ed)\b"
)
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:but|and|yet|so|while|although)|;)\s*$")


def noun_phrase_antecedent(text: str, lo: int, pronoun_start: int) -> bool:
    """Whether "he"/"she" at ``pronoun_start`` opens a clause joined to one whose subject is
    a noun phrase ("The courier was detained, but he claims …"): the pronoun most likely
    means that noun's referent, not the person the article quoted last."""
    opening = _NOUN_SUBJECT.match(text, lo, pronoun_start)
    if opening is None or opening.group("noun") in _NOT_NOUNS:
        return False
    noun = opening.group("noun")
    if not (has_role_noun(noun) or is_agent_er(noun) or noun in _PERSON_NOUNS):
        return False  # "The hearing was delayed, but he said …": no one "he" could mean
    return _CLAUSE_JOIN.search(text, opening.end(), pronoun_start) is not None


# Nouns for people the role and agent-noun lists leave out.
_PERSON_NOUNS = person_nouns("antecedent")
# Words a determiner may stand before that name no one who could be "he" or "she".
_NOT_NOUNS = frozenset({"same", "other", "latter", "former", "first", "last"})
