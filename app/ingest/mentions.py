"""Name mentions: the :class:`Mention` a person reference becomes, and how a name run is
read into one.

A *person reference* is a name run (capitalised name words, optionally after an honorific,
"Dr. Lee", or a title, "President Putin", see :mod:`app.ingest.people.names`), a role noun
("the expert", :mod:`app.ingest.references`), an age ("the 56-year-old") or a pronoun
("he" / "she").  This module builds the name mentions: the title, honorific and role
written before the name ("Barclays economist Jane Doe"), the owner ("NASA's Steve
Clarke"), and whether a run belongs to an organisation or follows a place.  The subject
rules (:mod:`app.ingest.subject_before`, :mod:`app.ingest.subject_after`) call it for the
name they find next to a speech verb; the people rules call it for introductions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.appositions import apposition_after
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import (
    PARTICLES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    has_role_noun,
    is_honorific,
    is_initial,
    is_org_word,
    is_patronymic_particle,
)
from app.ingest.people.nationalities import is_country
from app.ingest.people.open_class_roles import is_opening_agent, is_plural_noun, opens_with_agent
from app.ingest.role_reach import cut_reach_back
from app.ingest.speech_verbs import find_verbs, has_verb_form, verb_forms
from app.ingest.tokens import Token

PRONOUNS = frozenset({"he", "she"})

_NAME_PREPOSITIONS = frozenset({"of", "at", "for", "from", "in", "to", "with", "under", "by"})

_ACADEMIC = frozenset({"professor", "prof", "prof."})

ALL_TITLE_WORDS = TITLE_WORDS | TITLE_ABBREVIATIONS  # the one title list (vocab/titles.txt)

_AGENT_BY = re.compile(r"^.*\bby(?:\s+|$)", re.DOTALL)
# "The report praised Governor": a clause (a noun phrase, then a verb that is not after an
# adverb) before the job words; the role is only what follows its verb.
_CLAUSE_BEFORE_JOB = re.compile(
    r"^(?:the|a|an|this|that|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,3}?"
    r"(?P<verb>[a-z]+(?:ed|s))\s+(?=[A-Z])",
    re.IGNORECASE,
)


@dataclass
class Mention:
    """A reference to a person found next to a speech verb."""

    start: int
    end: int
    kind: str  # "name" | "role" | "pronoun" | "age" ("the 56-year-old")
    words: list[str] = field(default_factory=list)
    honorific: str | None = None
    title: str | None = None
    pre_role: str | None = None
    apposition: str | None = None
    noun: str | None = None
    cue: tuple[int, int] | None = None  # the speech verb (or marker) it was found next to
    owner: str | None = None  # "NASA's Steve Clarke": the body the name is owned by
    # A role whose phrase names the person it belongs to or serves ("the father of Tom
    # Veil"): its holder is someone new whom the article does not name.
    unnamed: bool = False
    # A role reference's words that say whose or which job it is ("the institute's
    # president": "institute's"; "the head of the Port Authority": "Port Authority").
    qualifier: str | None = None
    # Whose job a role reference names: "its designer", "the institute's president", "the
    # head of the Harbour Board" (matched against known jobs strictly).
    possessive: bool = False
    # "a deputy director of the Harbour Authority said": someone not named before, whom
    # only a name given after the reference may resolve
    indefinite: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def full(self) -> bool:
        """At least a given name and a surname (initials do not count)."""
        return (
            sum(1 for word in self.words if not (is_initial(word) or word.lower() in PARTICLES))
            >= 2
        )


def mention_from_run(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    clause_lo: int,
    sentence_lo: int | None = None,
) -> Mention:
    """The name mention of the run ``tokens[first:last]``: its title, honorific and the
    role before it read from ``text[clause_lo:]`` (from ``text[sentence_lo:]`` for a role
    opening the sentence), with organisation words glued before the name split off."""
    words = [tokens[k].core for k in range(first, last)]
    start_index = first
    before = tokens[first - 1].core.lower() if first > 0 else ""
    # "Ursula von der Leyen": particles are no name words to count, so a name holding them
    # is not split as if a title stood before it.
    real = [
        k
        for k in range(first, last)
        if not is_initial(tokens[k].raw) and tokens[k].core.lower() not in PARTICLES
    ]
    if len(real) >= 3 and (before in _NAME_PREPOSITIONS or len(real) > 3):
        # "President of Kazakhstan Kassym-Zhomart Tokayev": keep the last two name words;
        # "Head of Chechnya Ramzan Akhmatovich Kadyrov": three when a patronymic stands
        # before the surname (the given name comes before it).
        start_index = real[-3] if _patronymic(tokens[real[-2]].core) else real[-2]
        while start_index - 1 > first and is_initial(tokens[start_index - 1].raw):
            start_index -= 1
        words = [tokens[k].core for k in range(start_index, last)]
    elif (
        len(real) == 3
        and real[0] == first
        and (
            is_opening_agent(tokens[first].core)
            or (
                first > 0
                and tokens[first - 1].core[:1].isupper()
                and is_plural_noun(tokens[first].core)
            )
        )
    ):
        # "Campaigner Ann Lee": a job opening the run; "Petroleum Resources Heineken
        # Lokpobiri": the end of a portfolio glued before the name; neither is a name word
        start_index = real[1]
        words = [tokens[k].core for k in range(start_index, last)]
    elif len(real) == 3 and real[0] == first and _portfolio_after_and(tokens, first):
        # "Minister of Transport and Communications Pavel Orlov": the word after "and" ends
        # the portfolio; the name begins at the given name after it.
        start_index = real[1]
        words = [tokens[k].core for k in range(start_index, last)]
    honorific = None
    title = None
    k = start_index - 1
    if k >= 0 and is_honorific(tokens[k].core) and not tokens[k].trailing.strip("."):
        honorific = tokens[k].core
        k -= 1
    if k >= 0 and tokens[k].core.lower() in ALL_TITLE_WORDS and tokens[k].core[:1].isupper():
        title = tokens[k].core
        k -= 1
    if title is None and honorific is not None and honorific.lower() in _ACADEMIC:
        title = "Professor"
    mention_start = tokens[k + 1].start
    pre_lo = clause_lo
    pre_hi = tokens[start_index - 1].start if honorific is not None else tokens[start_index].start
    pre = text[pre_lo:pre_hi].strip(" ,;:–—")  # (", – analyst X said": no dash)
    if AGE_WORD.fullmatch(pre):
        pre = ""  # "One of the residents, 64-year-old Nina Sidorova,": the age is no role
    if not pre and sentence_lo is not None:
        comma = text.rfind(",", sentence_lo, tokens[first].start)
        if comma > sentence_lo and _only_age(text[comma + 1 : tokens[first].start]):
            # "The press secretary of the Interior Ministry, Lina Farouk, said": the role is
            # the clause opening the sentence, set off by a comma before the name.
            opening = text[sentence_lo:comma].strip()
            if clause_start(text, sentence_lo, comma) == sentence_lo and len(opening) <= 120:
                pre = opening
    elif pre and sentence_lo is not None and _second_apposition(pre):
        # "State Duma deputy from the party X, member of its branch in Y Ilya Ponomarev":
        # the membership is a second apposition; the job is the one opening the sentence.
        first_role = _opening_role(text, sentence_lo, pre_lo)
        if first_role is not None:
            pre = first_role
    pre = _TICKER_IN_TEXT.sub("", pre)  # "Harbor Foods (HBF.L) chief executive"
    verb_cut = find_verbs(pre)
    if verb_cut:
        pre = pre[verb_cut[-1].end() :].strip(" ,;:")
    pre = cut_reach_back(pre)
    agent = _AGENT_BY.search(pre)
    if agent is not None:
        pre = pre[agent.end() :]  # "a novel written by the fantasy author X": after "by"
    clause = _CLAUSE_BEFORE_JOB.match(pre)
    if (
        clause is not None
        and pre[clause.end() : clause.end() + 1].isupper()  # (the pattern ignores case)
        and clause.group("verb").islower()
        and not pre[: clause.start("verb")].rstrip().endswith("ly")
        and has_verb_form(clause.group("verb"))
    ):
        pre = pre[clause.end() :]  # "The report praised Governor": the role is "Governor"
    pre_role = (
        pre if pre and len(pre) <= 160 and (has_role_noun(pre) or opens_with_agent(pre)) else None
    )
    if pre_role is None and title is not None:
        pre_role = _words_glued_before_title(text, tokens, k, start_index)
    owner = _OWNER.fullmatch(pre) if pre and honorific is None and title is None else None
    if len(words) == 2 and is_patronymic_particle(words[1]):
        # "Bekov uulu said": the surname and its particle stand for "Almaz Bekov uulu", whom
        # the surname alone finds.
        words = words[:1]
    return Mention(
        start=mention_start,
        end=tokens[last - 1].start + len(tokens[last - 1].raw.rstrip(',;:!?”"»)')),
        kind="name",
        words=words,
        honorific=honorific,
        title=title,
        pre_role=pre_role,
        owner=owner.group("owner") if owner else None,
    )


def _portfolio_after_and(tokens: list[Token], first: int) -> bool:
    """ "Minister of Tourism and Fisheries Pavel Orlov": the run's first word follows "and"
    inside a capitalised title ("<Title> of|for <Word> and"), is no given name, and a known given
    name follows it.  Not "Tom and Anna Berg" (no "of" before), nor "a friend of Rose and
    Mary Ann Lee" (a given name after "and")."""
    if first < 3 or tokens[first - 1].raw != "and":
        return False
    if gender_of_name(tokens[first].core) is not None or tokens[first].trailing:
        return False
    if gender_of_name(tokens[first + 1].core) is None:
        return False
    word = tokens[first - 2]
    if word.trailing or not word.core[:1].isupper() or gender_of_name(word.core) is not None:
        return False
    # "of" before the title's first object word (one or two words: "of Culture and",
    # "of Foreign Trade and")
    return any(tokens[k].raw in ("of", "for") for k in range(max(0, first - 4), first - 2))


# "Vasilyevich", "Akhmatovich", "Sergeyevna", "Ilyinichna", "Ilyich": a Russian
# patronymic, which stands between the given name and the surname.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|[^r]ich)")


def _patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.fullmatch(word))


# "NASA's Steve Clarke": a capitalised owner right before the name.
_OWNER = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s")

# Capitalised words that are no part of a pre-name title's place ("Indiana House
# Speaker"): function words, and verbs opening an inverted attribution ("Said Gov. Lee";
# reporting_verb_sets.txt, opens_inversion).
_NOT_GLUED = frozenset(
    {"the", "a", "an", "when", "if", "but", "and", "as", "while", "after", "before", "in"}
    | {"on", "at", "for", "with", "by", "from", "to", "of"}
    | frozenset(verb_forms("opens_inversion"))
)


def _words_glued_before_title(
    text: str, tokens: list[Token], k: int, name_index: int
) -> str | None:
    """ "Indiana House Speaker", "South Dakota Gov.", "U.S. Attorney": capitalised words
    right before a pre-name title (``tokens[k + 1]``) belong to it."""
    j = k
    while (
        j >= 0
        and k - j < 4
        and tokens[j].core[:1].isupper()
        and not tokens[j].trailing.strip(".")
        and tokens[j].core.lower() not in _NOT_GLUED
    ):
        j -= 1
    if j == k:
        return None
    title = tokens[k + 1]
    return text[tokens[j + 1].start : title.start + len(title.raw.rstrip(",;:"))]


def introduced_person(
    text: str, tokens: list[Token], first: int, end: int, lo: int, hi: int
) -> Mention | None:
    """A full name presented with a role, title or honorific anywhere in a sentence.

    Capitalised words right after "at"/"from", or glued before an organisation noun
    ("Sterling Hill Advisors"), name an organisation, not a person.
    """
    if place_before_name(tokens, first, end):
        return None  # "the president of Lithuania Grybauskaite": a surname, not a full name
    if sum(1 for k in range(first, end) if not is_initial(tokens[k].core)) < 2:
        return None  # never a full name (see Mention.full): not worth building the mention
    if part_of_organization(tokens, first, end):
        return None
    clause_lo = clause_start(text, lo, tokens[first].start)
    mention = mention_from_run(text, tokens, first, end, clause_lo, lo)
    if not mention.full:
        return None
    mention.apposition = apposition_after(text, tokens, end, hi)
    if mention.honorific or mention.title or mention.pre_role or mention.apposition:
        return mention
    return None


def place_before_name(tokens: list[Token], first: int, end: int) -> bool:
    """ "the president of Lithuania Grybauskaite": a two-word run after a preposition whose
    first word is a country is the country, then a surname."""
    return (
        end - first == 2
        and first > 0
        and tokens[first - 1].core.lower() in {"of", "from", "in"}
        and is_country(tokens[first].core)
    )


_MEMBER_OF = re.compile(r"(?:a\s+)?members?\s+of\s+(?:its|their|his|her|the)\b", re.IGNORECASE)

_NOT_BARE = re.compile(
    r"(?:a|an|the|who|and|or|as|by|with|from|in|at|on|for|his|her|their|its)\b", re.IGNORECASE
)


def _second_apposition(pre: str) -> bool:
    """A bare job after a comma ("member of its branch", "march organizer"): it may be the
    second of two appositions before the name."""
    if _MEMBER_OF.match(pre):
        return True
    return (
        pre[:1].islower()
        and _NOT_BARE.match(pre) is None
        and len(pre.split()) <= 3
        and has_role_noun(pre)
    )


def _opening_role(text: str, sentence_lo: int, clause_lo: int) -> str | None:
    """The role phrase before the comma before ``clause_lo`` ("State Duma deputy from the
    party X, member of ...", "reported by the leader of the X association, march
    organizer ...")."""
    comma = text.rfind(",", sentence_lo, clause_lo)
    if comma <= sentence_lo or text[comma + 1 : clause_lo].strip():
        return None
    opening = text[clause_start(text, sentence_lo, comma) : comma].strip()
    verbs = find_verbs(opening)
    if verbs:
        opening = opening[verbs[-1].end() :].strip()
        opening = re.sub(r"^by\s+", "", opening)
    if not opening or len(opening) > 120 or find_verbs(opening):
        return None
    if not (opening[:1].isupper() or opening.lower().startswith("the ")):
        return None
    return opening if has_role_noun(opening) else None


def part_of_organization(tokens: list[Token], first: int, end: int) -> bool:
    """Whether the name run ``tokens[first:end]`` belongs to an organisation's name."""
    if (
        first > 0
        and tokens[first - 1].core.lower() in {"at", "from"}
        and not tokens[first - 1].trailing
    ):
        return True
    if end < len(tokens) and not tokens[end - 1].trailing:
        following = tokens[end].core
        return following[:1].isupper() and is_org_word(following)
    return False


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause holding a pre-name title begins: after the last comma/colon/dash."""
    lo = max(lo, hi - 300)
    cut = lo
    for match in re.finditer(r"[,;:(]\s|\s[–—-]\s|[“”\"«»]", text[lo:hi]):
        if match.group() in _QUOTE_MARKS and _quoted_name_around(text, lo + match.start()):
            continue  # the analytical center "Sovecon": a quoted name inside the title
        cut = lo + match.end()
    return cut


_QUOTE_MARKS = frozenset('“”"«»')


_QUOTED_NAME = re.compile(r"[“\"«][A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}[”\"»]")


def _quoted_name_around(text: str, mark: int) -> bool:
    """Whether the quote mark at ``mark`` opens or closes a quoted name ("Sovecon")."""
    lo = max(0, mark - 40)
    return any(
        match.start() == mark or match.end() == mark + 1
        for match in _QUOTED_NAME.finditer(text, lo, min(len(text), mark + 41))
    )


_TICKER_IN_TEXT = re.compile(r"\s*\((?=[A-Z0-9.:]*[A-Z])[A-Z0-9.:]{1,12}\)")


# "64-year-old Nina Sidorova": an age word before a name, which is no role.
AGE_WORD = re.compile(r"\d{1,3}-year-old")


def _only_age(between: str) -> bool:
    """Nothing, or only an age ("64-year-old"), between an apposition's comma and a name."""
    between = between.strip()
    return not between or bool(AGE_WORD.fullmatch(between))
