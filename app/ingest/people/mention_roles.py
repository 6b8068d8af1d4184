"""The words that give a mentioned person's job: the apposition after the name, the role
or title before it, a military rank ("Lt. Col."), or both sides ("Hydrologist Tom Brandt of
the Rhine Water Institute").
"""

from __future__ import annotations

import re

from lemminflect import getAllInflections, getAllLemmas  # type: ignore[import-untyped]

from app.ingest.attribution import Mention
from app.ingest.people.names import has_role_noun, is_org_word
from app.ingest.people.role_rules import HEAD_TITLES, OFFICE_TITLES, has_title

_PREPOSITION = re.compile(r"^(?:of|at|from|with|for)\s", re.IGNORECASE)
# "the bill's sponsor", "the measure's chief author": a part played for a thing.
_THINGS_ROLE = re.compile(r"^the\s+(?P<owner>[a-z]+)['’]s\s+[a-z]")
# Owners that are bodies or polities: "the company's chief executive", "the state's top
# election official", "the party's nominee" name a job there.
_BODY_OWNERS = frozenset(
    {"company", "firm", "group", "bank", "agency", "startup", "carrier", "lender", "insurer"}
    | {"retailer", "manufacturer", "organisation", "organization", "institute", "team"}
    | {"university", "club", "state", "city", "county", "country", "nation", "province"}
    | {"region", "town", "village", "party", "league", "government", "district", "school"}
    | {"panel", "caucus", "coalition", "delegation", "campaign", "paper", "newspaper"}
    | {"station", "airline", "administration", "army", "navy", "force", "senate", "house"}
)


def _a_body(owner: str) -> bool:
    """Whether a lower-case possessive owner ("company", "state") is a body or polity."""
    return owner in _BODY_OWNERS or is_org_word(owner)


def role_words(mention: Mention, context: str = "") -> str | None:
    """The words that give the mentioned person's job: the apposition, else the role or
    title before the name ("X is the current chairman of Y" is noted apart)."""
    before = mention.pre_role or mention.title
    if before is not None and before == mention.pre_role and _questioners(before, context):
        # "Answering a question from a Morning Courier correspondent, Farid Nouri said":
        # the job is the questioner's, not the answering name's
        before = mention.title
    served = _served_title(before or "")
    if served is not None:
        before = served  # "Spokeswoman for the Prime Minister of Estonia Karl Tamm"
    rank = _rank(mention, context)
    if rank is not None and (before is None or before.rstrip(".") == mention.title):
        before = rank
    elif rank is not None and before is not None and mention.title is not None:
        # "Army Lt. Col. Jane Ruiz": the body glued before the title, then the whole rank.
        glued = before.rstrip(".")
        if glued.endswith(" " + mention.title):
            before = f"{glued[: -len(mention.title)]}{rank}"
    if before is not None and mention.title and _THINGS_ROLE.match(mention.apposition or ""):
        # "Rep. Nicole Adams, the bill's sponsor": a part played for a thing is no office;
        # the title before the name is the job.
        owner = _THINGS_ROLE.match(mention.apposition or "")
        if owner is not None and not _a_body(owner.group("owner")):
            return before
    if before is not None and _next_persons_title(mention.apposition or "", context):
        # "The Minister of Health Rasa Vilk, the Commander of the Coast Guard, Admiral Jonas
        # Berg, …": in a list of titled people the title after a comma is the next name's.
        return before
    if before is not None and _VERB_RELATIVE.match(mention.apposition or ""):
        # "Business owner Dana Kirk, who runs a store": the title written before the name
        # wins over a job read from the relative clause's verb.
        return before
    if before is not None and _past_title_and_past_clause(before, mention.apposition or ""):
        # "Former national coach Tom Vale, who led the side in 2010": the clause tells what
        # the person did in the past job the title names; the title (with its "former") is
        # the role, not a job read from the clause's verb.
        return before
    if mention.apposition and _PREPOSITION.match(mention.apposition):
        # "Hydrologist Tom Brandt of the Rhine Water Institute": role before the name,
        # organisation after it.
        return f"{before or ''} {mention.apposition}"
    return mention.apposition or before


# "a question from a", "asked by the", "posed by a", "in an interview with": the role
# after them is of whoever asks, not of the name after the comma.
_ASKED_BY = re.compile(
    r"\b(?:questions?|query|queries|asked|posed|put|interview(?:ed)?|request)\s+"
    r"(?:(?:from|by|with|of|to)\s+)?(?:(?:a|an|the|one|our)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _questioners(before: str, context: str) -> bool:
    """Whether ``context`` writes the role ``before`` right after a question's asker
    ("a question from a Morning Courier correspondent")."""
    if not context:
        return False
    at = context.find(before)
    if at < 0:
        return False
    return _ASKED_BY.search(context, max(0, at - 60), at) is not None


# After a capitalised title set off by commas, the next person's name (a rank or a title
# may open it), then a comma, "and" or the list's end.
_NAME_AFTER = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*(?=\s*(?:,|;|\band\b|\)))")


_NAME_AT_END = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*$")


def _next_persons_title(apposition: str, context: str) -> bool:
    """Whether ``apposition`` is a capitalised title ("the Commander of the Coast Guard")
    that ``context`` follows with a comma and another name: the next person's title."""
    title = apposition.strip(" ,")
    bare = title[4:] if title.startswith("the ") else title
    if not bare[:1].isupper() or not has_role_noun(bare):
        return False
    inside = _NAME_AT_END.search(bare)
    if inside is not None and inside.start() > 0 and has_role_noun(bare[: inside.start()]):
        return True  # "the Chairman of the Harbour Board, Tom Rask": the name read with it
    if not context:
        return False
    at = context.find(title)
    return at >= 0 and _NAME_AFTER.match(context, at + len(title)) is not None


# "Spokeswoman for the Prime Minister of Estonia [Name]", "adviser to the President
# [Name]": a job done for someone, whose own capitalised title stands right before the
# name.  The head of the run is another person's job (the apposition of the name before);
# the name's own job is the title after "for/to the".
_SERVED_TITLE = re.compile(
    r"^(?:[\w’'-]+\s+){1,5}?(?:for|to)\s+the\s+"
    r"(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)$"
)


def _served_title(before: str) -> str | None:
    """The title after "for/to the" in ``before`` ("Spokeswoman for the Prime Minister of
    Estonia" -> "Prime Minister of Estonia") when its head is an office title and the run
    before it is a job; else None."""
    found = _SERVED_TITLE.match(before)
    if found is None:
        return None
    title = found.group("title")
    head = title.split(" of ", 1)[0]
    low = head.lower()
    if not (has_title(low, OFFICE_TITLES) or has_title(low, HEAD_TITLES)) or not has_role_noun(
        before[: found.start("title")]
    ):
        return None
    return title


# A relative clause whose verb (no copula) has an indefinite object, which names no body:
# "who runs a store", "who owns two bakeries" (but "who heads the Basel club" names one).
_VERB_RELATIVE = re.compile(
    r"who\s+(?!(?:is|was|are|were|has|had|serves|served|became|remains)\b)[a-z]+\s+"
    r"(?:also\s+)?(?:a|an|two|three|several|many|some|\d+)\s",
    re.IGNORECASE,
)


# A title for a job held before: "Former national coach", "ex-minister", "then-governor".
_PAST_TITLE = re.compile(r"^(?:former|ex-|then-|one-time|onetime|erstwhile)\w*", re.IGNORECASE)
# "who led the side", "who resigned": a relative clause opening with a bare verb (no
# copula, no "now"); its tense is checked apart.
_CLAUSE_VERB = re.compile(r"who\s+(?P<verb>[a-z]{3,})\b")


def _past_title_and_past_clause(before: str, apposition: str) -> bool:
    """Whether ``before`` is a past job ("Former coach") and ``apposition`` a "who" clause
    whose verb is in the past tense ("who led the side in 2010", "who resigned"): the clause
    narrates that job; a present one ("who now heads the club", "who is CEO") may give the
    current job and is left to win."""
    found = _CLAUSE_VERB.match(apposition)
    if _PAST_TITLE.match(before) is None or found is None:
        return False
    verb = found.group("verb")
    if verb in {"was", "were", "had"}:
        return False  # "who was appointed in May", "who had been minister": a copula or aux
    lemmas = getAllLemmas(verb).get("VERB", ())
    return any(verb in getAllInflections(lemma).get("VBD", ()) for lemma in lemmas)


# Military ranks read as honorifics before a name ("Col. Ann Lee"): they are the job.
_RANKS = frozenset({"capt", "col", "gen", "lt", "sgt", "maj", "adm", "cmdr", "cpl"})


def _rank(mention: Mention, context: str) -> str | None:
    """ "Lt. Col. Alexander Vindman" -> "Lt. Col.", "Sgt. Ann Lee" -> "Sgt.": a rank
    honorific (with the title before it) as the sentence writes it."""
    honorific = mention.honorific
    if honorific is None or honorific.lower().rstrip(".") not in _RANKS:
        return None
    core = re.escape(honorific.rstrip("."))
    title = rf"{re.escape(mention.title)}\.?\s+" if mention.title else ""
    found = re.search(rf"\b{title}{core}\.?(?=\s)", context)
    if found is not None:
        return found.group()
    return f"{mention.title} {honorific}" if mention.title else honorific
