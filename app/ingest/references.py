"""References that are no name: a role noun ("the expert", "the head of the
cabinet"), an age ("the 56-year-old") and "the latter" / "the former".

The subject rules (:mod:`app.ingest.subject_before`, :mod:`app.ingest.subject_after`) turn
these into :class:`app.ingest.mentions.Mention` objects of kind ``role``, ``age`` or
``name``; :mod:`app.ingest.people.coreference` later resolves them to a person named before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.mentions import Mention, part_of_organization
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import (
    ORG_WORDS,
    PERSON_REFERENCE_NOUNS,
    is_initial,
    is_role_word,
)
from app.ingest.people.nation_subjects import nation_subject_before
from app.ingest.people.role_rules import HEAD_TITLES, OFFICE_TITLES, has_title
from app.ingest.tokens import Token, name_runs, tokenize

# "of Kazakhstan", "of the Academy of Sciences", "of the Rada": a named body or country
# after a role noun, up to four more words that are capitalised or link such words.
_BODY_OF = (
    r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’.-]*)){0,7})"
)
# "the CEO said": a job written as an acronym.
ROLE_ACRONYMS = {
    "CEO": "ceo",
    "CFO": "cfo",
    "COO": "coo",
    "CTO": "cto",
    "CIO": "cio",
    "MP": "mp",
    "MEP": "mep",
    "PM": "prime minister",
}
_ROLE_REF = re.compile(
    # "its designer", "his spokesman": a possessive determiner (the holder is resolved by
    # the job only, see app.ingest.people.coreference)
    r"(?:^|\s)(?P<the>[Tt]he|[Oo]ur|[Tt]his|(?P<poss>[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))\s+"
    # "the institute's president", "the port workers' chief": a possessive among the words
    # before the noun
    r"(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>[a-z-]+|" + "|".join(ROLE_ACRONYMS) + r")"
    # "the mayor of the city believes": a short of-phrase after the noun; "the head of the
    # Academy of Sciences said": a named one; "the spokesman for Carpathia's foreign
    # ministry said": a short for-phrase.
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[a-z][\w-]*)|" + _BODY_OF + r"|\s+for\s+(?:the\s+)?"
    r"(?P<for>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}|[a-z][\w-]*))?$"
)
_BODY_REACH = 130  # characters before the verb a role noun and a named body fit in


# "…, a deputy director of the Ostrava Harbour Authority said": an indefinite job with a
# named body, opening its clause after a comma (or the clause itself).
_INDEFINITE_ROLE_REF = re.compile(
    r"(?:^|(?<=[a-z0-9%”\"’],\s))(?P<the>[Aa]n?)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<noun>[a-z-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,5})$"
)


def indefinite_role_ending_at(text: str, lo: int, hi: int) -> Mention | None:
    """ "The port will stay open, a deputy director of the Ostrava Harbour Authority said":
    an indefinite job of a named body as the subject, which only a name given after it
    can resolve (see :meth:`app.ingest.article_state.ArticleState.resolve`)."""
    window_lo = max(lo, hi - 120)
    chunk = text[window_lo:hi].rstrip()
    match = _INDEFINITE_ROLE_REF.search(chunk)
    if match is None or (match.start() == 0 and window_lo != lo):
        return None
    words_before = text[max(lo, window_lo + match.start() - 40) : window_lo + match.start()].split()
    if words_before and (words_before[-1][:1].isupper() or words_before[-1][:1].isdigit()):
        return None  # "said Ann Lee, a manager at X": her apposition, not a new subject
    noun = match.group("noun")
    if not is_role_word(noun) or is_plural(noun) or _names_person(match.group("body")):
        return None
    mention = Mention(window_lo + match.start("the"), window_lo + match.end(), "role", noun=noun)
    mention.qualifier = f"{match.group('mods')}{match.group('body')}".strip()
    mention.possessive = True
    mention.indefinite = True
    return mention


def role_ending_at(text: str, lo: int, hi: int) -> Mention | None:
    nation = nation_subject_before(text, lo, hi)  # "the Spaniard told reporters"
    if nation is not None:
        return Mention(nation[0], nation[1], "role", noun=nation[2])
    indefinite = indefinite_role_ending_at(text, lo, hi)
    if indefinite is not None:
        return indefinite
    window_lo = max(lo, hi - 60)
    chunk = text[window_lo:hi].rstrip()
    match = _ROLE_REF.search(chunk)
    if match is None and hi - lo > 60:
        # "the head of the Academy of Sciences said": a named body makes the phrase longer
        window_lo = max(lo, hi - _BODY_REACH)
        chunk = text[window_lo:hi].rstrip()
        match = _ROLE_REF.search(chunk)
        if match is not None and match.group("body") is None:
            match = None
    if match is not None and any(
        match.group(group) and _names_person(match.group(group)) for group in ("body", "for")
    ):
        match = None  # "the lawyer of Ivan Petrov said": not the lawyer of a body
    if match is None:
        return _office_title_ending(chunk, window_lo, bare_ok=window_lo == lo)
    if len(match.group("mods").split()) > 2 and not _OWNER_FIRST.match(match.group("mods")):
        return None  # three words before the noun only after an owner: "the country's new
        # fisheries minister"
    noun = ROLE_ACRONYMS.get(match.group("noun"), match.group("noun"))
    if match.group("poss") and not is_role_word(noun):
        return None  # "its board said", "his son said": no job of the one it belongs to
    if (
        not is_role_word(noun)
        and noun not in {"interlocutor", "specialist", "source"}
        and noun not in PERSON_REFERENCE_NOUNS
    ):
        return None
    if is_plural(noun):
        return None  # "the doctors said": a group, not one person
    if _HEAD_OF_GOVERNMENT.search(match.group()):
        # "the head of the cabinet said": the prime minister
        return Mention(
            window_lo + match.start("the"), window_lo + match.end(), "role", noun=PREMIER
        )
    if _HEAD_OF_STATE.search(match.group()):
        # "the head of state said": the president (or the monarch the article named)
        return Mention(
            window_lo + match.start("the"), window_lo + match.end(), "role", noun="president"
        )
    end = match.end("noun") if match.group("for") is None else match.end()
    mention = Mention(window_lo + match.start("the"), window_lo + end, "role", noun=noun)
    mention.qualifier = _qualifier(match)
    mention.possessive = (
        match.group("poss") is not None
        or _POSSESSIVE_WORD.search(match.group("mods")) is not None
        or bool(match.group("body") or match.group("for"))
    )
    return mention


_POSSESSIVE_WORD = re.compile(r"\w['’]s?\s")
_OWNER_FIRST = re.compile(r"[\w-]+['’]s?\s")


def _qualifier(match: re.Match[str]) -> str | None:
    """The words around a role noun that say whose or which job it is: "the institute's
    president" (institute), "the port chief" (port), "the head of the Harbour Board"
    (Harbour Board), "the spokesman for Carpathia's foreign ministry"."""
    parts = [match.group("mods").strip()]
    for group in ("of", "body", "for"):
        if match.group(group):
            parts.append(match.group(group))
    words = " ".join(part for part in parts if part).strip()
    return words or None


# "The President noted", "The Head of State noted", "The Kyrgyz State Adviser said": a
# translation writes the title of office capitalised after "The", with no name after it.
_TITLE_REF = re.compile(
    r"(?:^|\s)(?P<the>[Tt]he)\s+(?P<mods>(?:[A-Z][\w-]*\s+){0,2}?)(?P<noun>[A-Z][a-z]+)"
    r"(?:\s+of\s+(?P<of>State|Government)|" + _BODY_OF + ")?$"
)
# '“…,” Deputy Prime Minister stressed.', 'Deputy Prime Minister stressed that …': a
# translation drops the article; the capitalised title right after a quote's closing
# comma or at the start of the clause is still a reference (never "Prime Minister Ann
# Lee": the name would end the chunk).
_BARE_TITLE_REF = re.compile(
    r"(?:^|(?<=[,!?][”\"»’] )|(?<=[”\"»’], ))(?P<the>)(?P<mods>(?:[A-Z][\w-]*\s+){0,2}?)"
    r"(?P<noun>[A-Z][a-z]+)(?:\s+of\s+(?P<of>State|Government))?$"
)
# Counsel titles that are no office alone ("adviser") but are one in translated copy
# ("State Counselor", "Presidential Adviser").
_COUNSEL = frozenset({"adviser", "advisor", "counselor", "counsellor"})


def _office_title_ending(chunk: str, window_lo: int, *, bare_ok: bool = False) -> Mention | None:
    """ "The President" / "The Head of State" / "The Deputy Minister" / "The President of
    Kazakhstan" ending ``chunk``: a role reference like its lower-case form, when the
    capitalised noun is a title of public office (a newspaper such as "The Economist" or
    "The Guardian" is none).  Without "The", only right after a quote or, with
    ``bare_ok`` (``chunk`` starts the clause), at its start."""
    match = _TITLE_REF.search(chunk)
    if match is None:
        match = _BARE_TITLE_REF.search(chunk)
        if match is None or (match.start() == 0 and not bare_ok):
            return None
        if not match.group("mods") and match.start("noun") == 0 and not match.group("of"):
            return None  # one capitalised word opening a clause: a name as likely as a title
            # (but "Head of State noted" is the title)
    if match.groupdict().get("body") and _names_person(match.group("body")):
        return None  # "The Press Secretary of the President Dmitry Peskov": a name ends it
    noun = match.group("noun").lower()
    if match.groupdict().get("of"):
        if noun != "head":
            return None
        noun = "president" if match.group("of") == "State" else PREMIER
    elif not (has_title(noun, OFFICE_TITLES) or has_title(noun, HEAD_TITLES) or noun in _COUNSEL):
        return None
    mention = Mention(window_lo + match.start("the"), window_lo + match.end(), "role", noun=noun)
    _take_body(mention, match)
    return mention


def _take_body(mention: Mention, match: re.Match[str]) -> None:
    """ "The Chairperson of the Vote Commission of Kelmar": the named body the title is
    of, as the reference's qualifier, so that only a holder of that body's office (or one
    whose body is unknown) is meant (see
    :meth:`app.ingest.people.registry.Registry.by_described_role`)."""
    body = match.groupdict().get("body")
    if body:
        mention.qualifier = body.rstrip(".")
        mention.possessive = True


# '"…," said the Chairperson of the Vote Commission of Kelmar.', '– said Head of State.',
# '– says President of Norvania': a capitalised title of office after a speech verb that
# ends the clause, with no name after it (a name makes it a pre-name title).
_TITLE_AFTER = re.compile(
    r"(?P<the>[Tt]he\s+)?(?P<mods>(?:[A-Z][\w-]*\s+){0,2}?)(?P<noun>[A-Z][a-z]+)"
    r"(?:\s+of\s+(?P<of>State|Government)\b|" + _BODY_OF + r")?"
    r"(?=[ \t]*(?:[.,;:!?\n]|$|\s(?:on|in|at|during|to|after|before|when|while)\s))"
)
_TITLE_AFTER_REACH = 140  # characters after the verb such a title fits in
# ', Tom Hale' right after the title: the title is a name's apposition, the name speaks.
_NAME_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*(?:[A-Z][\w'’-]*\.?[ \t]+){0,2}[A-Z][\w'’-]*")


def office_title_after(text: str, offset: int, hi: int) -> Mention | None:
    """A title of office as the subject after a speech verb at ``offset`` (see
    :data:`_TITLE_AFTER`): "the Chairperson of the X", "the President"; without "the"
    only with what it heads ("Head of State", "President of Norvania"), as a bare
    capitalised word alone may be a surname."""
    match = _TITLE_AFTER.match(text[offset : min(hi, offset + _TITLE_AFTER_REACH)])
    if match is None:
        return None
    if _NAME_AFTER_COMMA.match(text, offset + match.end()):
        return None  # "said the Governor of the Central Bank, Tom Hale": Tom Hale speaks
    body = match.group("body")
    if match.group("the") is None and not (match.group("of") or body):
        return None  # "said Holm.": a surname as likely as a title
    if body and _names_person(body):
        return None  # "said the Minister of Defence Ivan Vell": a pre-name title
    noun = match.group("noun").lower()
    if match.group("of"):
        if noun != "head":
            return None
        noun = "president" if match.group("of") == "State" else PREMIER
    elif not (has_title(noun, OFFICE_TITLES) or has_title(noun, HEAD_TITLES) or noun in _COUNSEL):
        return None  # "said the Economist": no office
    mention = Mention(offset + match.start(), offset + match.end(), "role", noun=noun)
    _take_body(mention, match)
    return mention


_BODY_LINKS = frozenset({"of", "for"})


def _names_person(body: str) -> bool:
    """Whether the words after "of" name a person: a given name in them ("of Ivan
    Petrov", "of the Russian Federation Dmitry Peskov": the phrase is a pre-name title),
    more than one word with no organisation's word in them,
    or a title of office alone ("the press secretary of the President": the President's
    aide, whom the shorter "the President" reading leaves to the other rules)."""
    words = body.split()
    if any(gender_of_name(word) is not None for word in words):
        return True
    if len(words) > 2 and words[-2] in _BODY_LINKS:
        return False  # "the head of the CEC of Norvania": a body, then its place
    if len(words) > 1 and not any(word.lower() in ORG_WORDS for word in words):
        return True  # "the president of Lithuania Rimkute": a place, then a surname
    return len(words) == 1 and (
        has_title(words[0].lower(), OFFICE_TITLES) or has_title(words[0].lower(), HEAD_TITLES)
    )


_HEAD_OF_GOVERNMENT = re.compile(r"\bhead\s+of\s+(?:the\s+)?(?:cabinet|government)$")
_HEAD_OF_STATE = re.compile(r"\bhead\s+of\s+state$")
PREMIER = "prime minister"


@lru_cache(maxsize=1024)
def is_plural(noun: str) -> bool:
    """A plural noun ("doctors", "officials"; not "witness"): its lemma differs."""
    low = noun.lower()
    if not low.endswith("s"):
        return False
    lemmas = getAllLemmas(low).get("NOUN")
    return bool(lemmas) and low not in lemmas


LATTER_FORMER = frozenset({"latter", "former"})
_PLACE_PREPOSITIONS = frozenset({"at", "in"})
_LATTER_REACH = 300  # characters before "the latter" where the two people are named


def latter_or_former(text: str, the_start: int, word: Token) -> Mention | None:
    """ "Sokolova met economist Oleg Martynov. The latter said …": the last of the two
    people named just before (the first for "the former")."""
    tokens = tokenize(text, max(0, the_start - _LATTER_REACH), the_start)
    # Organisations stay in the list (as None): "offers from Brandt Group and Holm Capital.
    # The latter said …" is Holm Capital, no person named before it; a pair with an
    # organisation in it is no pair of people to choose from.
    named: list[list[str] | None] = []
    last_word = ""
    for first, end in name_runs(tokens):
        words = [t.core for t in tokens[first:end] if not is_initial(t.core)]
        if not words or words[-1] == last_word:
            continue
        if first > 0 and tokens[first - 1].core.lower() in _PLACE_PREPOSITIONS:
            continue  # "replaced Tim Olsen at Hull City": where, not one of the pair
        last_word = words[-1]
        named.append(None if part_of_organization(tokens, first, end) else words)
    if len(named) < 2:
        return None  # "the former minister": no pair to choose from
    last, before = named[-1], named[-2]
    if last is None or before is None:
        return None  # "Lawyer Tom Hale represents Globex Inc. The former …": no pair of people
    return Mention(
        the_start, word.end, "name", words=last if word.core.lower() == "latter" else before
    )


# "the 56-year-old said", "according to the 40-year-old Russian": an age refers back to
# the person the article is about, with at most one noun after it ("Russian", "coach").
AGE_REF_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<the>[Tt]he)\s+\d{1,3}-year-old(?:\s+(?P<noun>[A-Za-z]+))?$"
)


AGE_REF_AFTER = re.compile(r"the\s+\d{1,3}-year-old(?:\s+(?P<noun>[A-Za-z]+))?\b(?![-’'])")


def age_noun_ok(noun: str | None) -> bool:
    """The one word after an age: none, a nationality or a job, but not a plural
    ("the 30-year-olds") nor a thing ("the 40-year-old building")."""
    if noun is None:
        return True
    return not is_plural(noun) and (noun[:1].isupper() or is_role_word(noun))
