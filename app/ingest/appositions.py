"""The apposition around a name: the role or body a writer sets next to it.

* after the name's comma: "Jane Doe, an economist at X, said", "said Jane Doe, a
  professor at X" (also after a party tag or an age: "Ana Ruiz (D-Minn.), ranking member
  of …");
* a body right after the name: "Jane Doe of the Y Institute", "geologist Jane Doe at X";
* between a name and its verb: :func:`apposition_between`.

:mod:`app.ingest.attribution` reads these for the person references it finds; they become
the role and organisation.
"""

from __future__ import annotations

import re

from app.ingest.layout import clause_end
from app.ingest.people.names import has_role_noun, is_agent_er, is_org_word
from app.ingest.people.nationalities import US_STATES, is_country
from app.ingest.speech_verbs import find_verbs, verb_alternation
from app.ingest.tokens import Token

_PARENTHESIS_COMMA = re.compile(r"\s*\([^()\n]{1,30}\)\s*,")
# "Ivan Sokol (Castlegate Research)", "Anna Petrova (United Russia)": a body's name in
# parentheses after the name, the translated press's way of giving the organisation.
_PARENTHESISED_BODY = re.compile(
    r"\s*\((?P<body>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&.'’-]*)){0,6})\)"
)


_TICKER = re.compile(r"^[A-Z0-9]{1,6}\.[A-Z]{1,3}$")


def parenthesised_body(text: str, pos: int = 0, hi: int | None = None) -> str | None:
    """ "(Castlegate Research)" at ``pos`` -> "of Castlegate Research", read as the body the
    person belongs to; a party tag ("(D-Minn.)"), an age, a place ("(Ohio)"), a ticker
    ("(HBF.L)") or one plain word ("(Reuters)", "(pictured)") is none."""
    match = _PARENTHESISED_BODY.match(text, pos, len(text) if hi is None else hi)
    if match is None:
        return None
    body = match.group("body")
    words = body.split()
    if re.match(r"^[A-Z]\.?-", body) or is_country(body) or body in US_STATES:
        return None
    if _TICKER.match(body):
        return None  # "(HBF.L)", "(BRK.A)": a share's ticker, no body
    acronym = len(words) == 1 and len(body) >= 2 and body.isupper()
    if not (acronym or len(words) >= 2 or is_org_word(body)):
        return None
    return f"of {body}"


def _after_parenthesis(text: str, pos: int, hi: int) -> int | None:
    """ "Rep. Ana Ruiz (D-Minn.), ranking member of ...": where the apposition after a
    party tag (or an age) in parentheses begins."""
    match = _PARENTHESIS_COMMA.match(text, pos, hi)
    return match.end() if match else None


# "Ana Ruiz of the Y Institute in Boston.", "Ana Ruiz at the Y University looked":
# a body after the name, up to the clause's end or its verb.
_BODY_AFTER_NAME = re.compile(
    r"\s+(?P<body>(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:!?“”\"«»()]{1,120}?)"
    r"(?=\s*(?:[,;:]|\.(?:\s|$)|$)|\s+[a-z]{2,}ed\b)"
)


_OF_ORG_BEFORE_VERB = re.compile(
    r"^\s+(?P<body>(?:of|from|at|with)\s+(?:the\s+)?[A-Z][^,;:!?“”\"«»]{1,120}?)"
    rf"\s+(?:was|is|has|had|disagreed|{verb_alternation(tenses=('past', 'present'))}\b|,)"
)


# "Sergeant Ann Lee, of the Dunmore Police Department says": the body after a stray comma,
# with no closing comma before the speech verb (r1 A7).
_STRAY_OF_ORG = re.compile(
    r",?+\s*+(?P<body>(?:of|from|at)\s++(?:the\s++)?[A-Z][^,;:!?“”\"«»]{1,120}?)"
    rf"\s++{verb_alternation(tenses=('past', 'present'))}\b"
)


def _names_a_body(body: str) -> bool:
    """ "of Aberdeenshire", "from Ohio" say where someone lives; "of the Y Institute",
    "of NASA's Jet Propulsion Laboratory", "at Harvard" name a body."""
    words = body.split()
    if words[0] == "at" or (len(words) > 1 and words[1] == "the"):
        return True
    return any(is_org_word(w) or (len(w) >= 2 and w.isupper()) for w in words[1:])


# "a restorer at the Civic Gallery": a noun in -er at a named body, which makes it a job.
_AGENT_AT_BODY = re.compile(
    # the article may be left out before a title: "speaker of the State Duma"
    r"^(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+er)\s+(?:at|of|for|with)\s+"
    r"(?:the\s+)?[A-Z]"
    # "a pensioner", "a farmer in Harlow County": one such noun, at most a place after it
    r"|^an?\s+(?:[a-z-]+\s+){0,2}(?P<alone>[a-z]+er)(?:\s+(?:in|from)\s+[A-Z][^,;]*)?$"
)

# "a speaker at the Harbor Forum", "a dancer at the Edinburgh Festival": an event employs no
# one, so the noun before it names what the person did there, not a job.
_AT_AN_EVENT = re.compile(
    r"\s+at\s+(?:the\s+)?[^,;]*?\b(?:forum|conference|summit|festival|rally|meeting|ceremony|"
    r"fair|expo|games|olympics|championships?|tournament|concert|gala|marathon)\b",
    re.IGNORECASE,
)


# "a videographer at …", "an agronomer": nouns in -grapher and -nomer are trades the
# job-noun list does not spell out (its own suffixes cover -ologist and -ician).
_CRAFT_NOUN = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}[a-z]{2,}(?:grapher|nomer)s?(?![\w-])"
)


def _names_a_job(body: str) -> bool:
    """Whether an apposition names a job: a job noun (:func:`has_role_noun`) or a craft
    noun in -grapher/-nomer, or a noun in -er made from a verb before a named body ("a
    restorer at the Civic Gallery", not at an event: "a speaker at the Harbor Forum") or
    alone ("a pensioner")."""
    if has_role_noun(body) or _CRAFT_NOUN.match(body):
        return True
    agent = _AGENT_AT_BODY.match(body)
    if agent is None or not is_agent_er(agent.group("noun") or agent.group("alone")):
        return False
    return agent.group("noun") is None or _AT_AN_EVENT.match(body, agent.end("noun")) is None


def names_a_job(body: str) -> bool:
    """Whether an apposition names a job (see :func:`_names_a_job`)."""
    return _names_a_job(body)


def _home_place(body: str) -> bool:
    """ "from Ohio", "from Chile": a country or a U.S. state after "from" is where the
    person is from, not who employs them ("Gov. X of North Dakota" holds its office)."""
    if not body.startswith("from "):
        return False
    place = re.sub(r"^from\s+(?:the\s+)?", "", body).strip()
    return is_country(place) or place in US_STATES


_PLACE_AFTER_COMMA = re.compile(r",\s[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?,")


# ", CEO, and lead designer of Orbitex": the rest of a comma list of jobs, whose last item
# ("and <job> of|at <Body>") names the organisation; each item at most three words.
_ROLE_LIST_REST = re.compile(
    r"(?P<items>(?:,\s++(?!and\b)[\w-]++(?:\s++(?!and\b)[\w-]++){0,2}+)*+),?+\s++and\s++"
    r"(?P<last>[\w-]++(?:\s++[\w-]++){0,2}?)\s++(?:of|at)\s++(?:the\s++)?[A-Z]"
)


def _role_list_end(text: str, lo: int, comma: int, hi: int) -> int | None:
    """Where a comma list of jobs that starts at ``lo`` ends (the comma or clause end after
    its "of <Body>"), when every item is a job noun: "founder, CEO, and lead designer of
    Orbitex"; ``None`` when the text after the first comma is not such a list."""
    first = text[lo:comma].strip(" ,")
    if not first or len(first.split()) > 3 or not has_role_noun(first):
        return None
    found = _ROLE_LIST_REST.match(text, comma, hi)
    if found is None:
        return None
    items = [item.strip() for item in found.group("items").split(",") if item.strip()]
    if not all(has_role_noun(item) for item in [*items, found.group("last")]):
        return None
    after = text.find(",", found.end(), hi)
    return after if after >= 0 else hi


def _appos_end(text: str, lo: int, hi: int) -> int:
    """Where an apposition stops: the next comma, or the end of the clause.  A place after
    a comma ("University of California, Berkeley,") still belongs to it."""
    comma = text.find(",", lo, hi)
    if comma >= 0:
        listed = _role_list_end(text, lo, comma, hi)
        if listed is not None:
            comma = listed  # "founder, CEO, and lead designer of Orbitex,": one role (r3 R8)
        place = _PLACE_AFTER_COMMA.match(text, comma, hi)
        before = text[lo:comma].split()
        if place is not None and before and before[-1][:1].isupper():
            comma = place.end() - 1
    return clause_end(text, lo, comma if comma >= 0 else hi)


def apposition_after(text: str, tokens: list[Token], end: int, hi: int) -> str | None:
    """The role apposition right after a name: ", a professor at X," or " of the Y Institute"."""
    last = tokens[end - 1]
    after_tag = None if last.trailing else _after_parenthesis(text, last.end, hi)
    if last.trailing.startswith(",") or after_tag is not None:
        lo = after_tag or last.end
        stray = _STRAY_OF_ORG.match(text, lo, min(hi, lo + 200))
        if stray is not None and not _home_place(stray.group("body")):
            return stray.group("body")  # "Sgt. Ann Lee, of the X Police Department says"
        body = text[lo : _appos_end(text, lo, min(hi, lo + 300))].strip(" ,")
        if find_verbs(body) and not body.lower().startswith("who "):
            return None  # "X, told reporters the governor was ...": a predicate, no role
        if opens_with_participle(body):
            return None  # "X, citing the ministry, …": a participle clause, no role
        if _COORDINATED.match(body):
            return None  # "X, and his deputy, Y,": the deputy is Y, never X (r3 R7)
        if body and (_names_a_job(body) or body.lower().startswith("who ")):
            return body
        return None
    if last.trailing:
        return None
    in_parentheses = parenthesised_body(text, last.end, hi)
    if in_parentheses is not None:
        return in_parentheses
    match = _OF_ORG_BEFORE_VERB.match(text[last.end : min(hi, last.end + 200)])
    if match is not None and _home_place(match.group("body")):
        return None  # "Ann Oakes from Ohio said": where she lives, no body
    if match is None:
        match = _BODY_AFTER_NAME.match(text[last.end : min(hi, last.end + 200)])
        if match is not None and not _names_a_body(match.group("body")):
            return None
    return match.group("body") if match else None


def inverted_apposition(text: str, tail_tok: Token, window_hi: int) -> str | None:
    """ "said Jane Doe, an economist at X": the role after the name's comma (or after a
    party tag: "said Rep. Ana Ruiz (D-Minn.), ranking member of ..."); "said geologist
    Jane Doe of the Y Laboratory": the body after the name (``tail_tok`` ends the name)."""
    after_tag = None if tail_tok.trailing else _after_parenthesis(text, tail_tok.end, window_hi)
    if tail_tok.trailing.startswith(",") or after_tag is not None:
        appos_lo = after_tag or tail_tok.end
        body = text[appos_lo : _appos_end(text, appos_lo, window_hi)].strip(" ,")
        if opens_with_participle(body):
            return None  # "said Ann Lee, citing the President's speech": no role
        if _COORDINATED.match(body):
            return None  # "said Ann Lee, and her deputy, …": the role is the next one's
        if body and (_names_a_job(body) or body.lower().startswith("who ")):
            return body
    elif not tail_tok.trailing:
        in_parentheses = parenthesised_body(text, tail_tok.end, window_hi)
        if in_parentheses is not None:
            return in_parentheses
        match = _BODY_AFTER_NAME.match(text, tail_tok.end, min(window_hi, tail_tok.end + 200))
        if match is not None and _names_a_body(match.group("body")):
            return match.group("body")
    return None


# "citing the …", "referring to …", "speaking at …", "adding that …": an -ing participle
# opening a clause (its next word a determiner, pronoun, preposition, "that", a wh-word or
# a capitalised name), unlike the adjectives of a job ("acting director", "visiting
# professor", "managing partner"), whose next word is the job noun.
_PARTICIPLE_OPENING = re.compile(
    r"[a-z]{2,}ing\s++(?:(?:to|that|the|a|an|his|her|their|its|our|on|about|at|in|into|with|for"
    r"|from|as|over|after|before|what|how|why|whether|this|these|those|him|them|it|us|me)\b"
    r"|[A-Z])"
)


# "and his deputy", "or her lawyer": a conjunction opens the next person's description.
_COORDINATED = re.compile(r"(?:and|or|but|as\s+well\s+as)\s", re.IGNORECASE)


def opens_with_participle(body: str) -> bool:
    """Whether an apposition ``body`` opens with an -ing participle clause ("citing the
    President's speech"): an apposition never does, so it holds no role (r1 R2)."""
    return _PARTICIPLE_OPENING.match(body.lstrip()) is not None


_PARENTHESIS = re.compile(r"^\s*\([^()]{1,40}\)\s*$")


_PARTICIPIAL = re.compile(r"^\s*,\s*(?P<body>[a-z]+ing\s[^;:!?]{1,260}?)\s*,\s*$")


_APPOS = re.compile(r"^\s*,\s*(?P<body>[^;:!?“”\"«»]{1,260}?)\s*,\s*$")


# "of the X Institute in Boulder, Colo." / "in Austin, Texas": a U.S. state after its
# town's comma belongs to the body (AP abbreviations, or a state's name).
_US_STATE = (
    r"(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|"
    r"Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.|"
    r"N\.[HJMYCD]\.|[RS]\.[ICD]\.|W\.\s?Va\.|" + "|".join(US_STATES) + r")"
)
_STATE_AFTER_TOWN = r"(?:,\s+" + _US_STATE + r")?"
_STATE_TOKEN = re.compile(_US_STATE + r"[,;:]?")  # the state alone (no comma)


def is_state_after_town(tokens: list[Token], first: int, end: int) -> bool:
    """Whether ``tokens[first:end]`` is a U.S. state after its town's comma ("Boulder,
    Colo."): a place, never the subject before the verb that follows it."""
    return (
        first > 0
        and tokens[first - 1].raw.endswith(",")
        and _STATE_TOKEN.fullmatch(" ".join(tokens[k].raw for k in range(first, end))) is not None
    )


_OF_ORG = re.compile(
    r"^\s+(?P<body>(?:of|from|at|with)\s+[^,;:!?“”\"«»]{1,120}?" + _STATE_AFTER_TOWN + r")\s*,?\s*$"
)


def apposition_between(between: str) -> str | None:
    """The apposition text if ``between`` is one, ``""`` if acceptable but role-less."""
    if _PARENTHESIS.match(between):
        # "Ivan Sokol (Castlegate Research) said": the body; "Rep. Ana Ruiz (D-Minn.) said":
        # a party tag or an age, no role
        return parenthesised_body(between) or ""
    participial = _PARTICIPIAL.match(between)
    if participial is not None and not find_verbs(participial.group("body")):
        return ""  # "X, speaking about the match against "Y", noted": no role, a subject
    match = _APPOS.match(between)
    if match:
        body = match.group("body").strip()
        if body.startswith(("and ", "or ")):
            return None  # "…, Germany, and co-author of the study,": the end of a longer one
        if find_verbs(body) and not body.lower().startswith("who"):
            return None
        if opens_with_participle(body):
            return ""  # "X, citing the ministry, said": a subject, no role
        if _names_a_job(body) or body.lower().startswith("who "):
            return body
        if len(body) <= 40:
            return ""
        return None
    match = _OF_ORG.match(between)
    if match:
        return "" if _home_place(match.group("body")) else match.group("body")
    return None
