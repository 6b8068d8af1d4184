"""Who is speaking: the person references around a speech verb.

A *person reference* is one of

* a name run: capitalised name words, optionally after an honorific ("Dr. Lee") or a
  title ("President Putin"), see :mod:`app.ingest.people.names`;
* a role noun: "the expert", "the Kazakh political scientist" (up to two modifiers);
* a pronoun: "he" / "she".

An *attribution* joins a reference and a speech verb, in either order ("Nursha added",
"said Jane Doe, an economist at X", "concludes the expert").  A full name may carry an
apposition ("Jane Doe, a senior fellow at the Y Institute, said") or a pre-name title
("Barclays economist Jane Doe said"); those become the role and organisation.  The
apposition is read by :mod:`app.ingest.appositions`.

Speech verbs live in :mod:`app.ingest.speech_verbs`, tokens and name runs in
:mod:`app.ingest.tokens`.  Everything works on token lists of bounded windows, never on
nested regex quantifiers, so the cost is linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.appositions import apposition_after, apposition_between, inverted_apposition
from app.ingest.object_names import names_an_object
from app.ingest.people.names import (
    PARTICLES,
    PERSON_REFERENCE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    has_role_noun,
    is_honorific,
    is_initial,
    is_listed_role,
    is_org_word,
    is_role_word,
    is_surname_title,
)
from app.ingest.people.nationalities import is_country
from app.ingest.people.open_class_roles import is_opening_agent, is_plural_noun, opens_with_agent
from app.ingest.speech_verbs import find_verbs, has_verb_form, is_participle
from app.ingest.subject_span import insertion_before, is_party_tag, role_of_antecedent
from app.ingest.tokens import Token, name_runs, tokenize

PRONOUNS = frozenset({"he", "she"})

_DETERMINERS = frozenset({"the", "a", "an", "our", "this", "that", "its", "their", "his", "her"})

_NAME_PREPOSITIONS = frozenset({"of", "at", "for", "from", "in", "to", "with", "under", "by"})

_ACADEMIC = frozenset({"professor", "prof", "prof."})

_TITLE_WORDS = TITLE_WORDS | TITLE_ABBREVIATIONS  # the one title list (vocab/titles.txt)

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


def _mention_from_run(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    clause_lo: int,
    sentence_lo: int | None = None,
) -> Mention:
    """Build a name mention, splitting off organisation words glued before the name."""
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
    honorific = None
    title = None
    k = start_index - 1
    if k >= 0 and is_honorific(tokens[k].core) and not tokens[k].trailing.strip("."):
        honorific = tokens[k].core
        k -= 1
    if k >= 0 and tokens[k].core.lower() in _TITLE_WORDS and tokens[k].core[:1].isupper():
        title = tokens[k].core
        k -= 1
    if title is None and honorific is not None and honorific.lower() in _ACADEMIC:
        title = "Professor"
    mention_start = tokens[k + 1].start
    pre_lo = clause_lo
    pre_hi = tokens[start_index - 1].start if honorific is not None else tokens[start_index].start
    pre = text[pre_lo:pre_hi].strip(" ,;:–—")  # (", – analyst X said": no dash)
    if _AGE_WORD.fullmatch(pre):
        pre = ""  # "One of the residents, 64-year-old Nina Sidorova,": the age is no role
    if not pre and sentence_lo is not None:
        comma = text.rfind(",", sentence_lo, tokens[first].start)
        if comma > sentence_lo and _only_age(text[comma + 1 : tokens[first].start]):
            # "The press secretary of the Interior Ministry, Lina Farouk, said": the role is
            # the clause opening the sentence, set off by a comma before the name.
            opening = text[sentence_lo:comma].strip()
            if _clause_start(text, sentence_lo, comma) == sentence_lo and len(opening) <= 120:
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


# "Vasilyevich", "Akhmatovich", "Sergeyevna", "Ilyinichna", "Ilyich": a Russian
# patronymic, which stands between the given name and the surname.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|[^r]ich)")


def _patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.fullmatch(word))


def mention_from_run(
    text: str, tokens: list[Token], first: int, last: int, clause_lo: int
) -> Mention:
    """The name mention of the run ``tokens[first:last]`` (title, honorific and the role
    before it read from ``text[clause_lo:]``)."""
    return _mention_from_run(text, tokens, first, last, clause_lo)


# "NASA's Steve Clarke": a capitalised owner right before the name.
_OWNER = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s")

_NOT_GLUED = frozenset(
    {"the", "a", "an", "when", "if", "but", "and", "as", "while", "after", "before", "in"}
    | {"on", "at", "for", "with", "by", "from", "to", "of", "said", "says", "told"}
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
    clause_lo = _clause_start(text, lo, tokens[first].start)
    mention = _mention_from_run(text, tokens, first, end, clause_lo, lo)
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
    opening = text[_clause_start(text, sentence_lo, comma) : comma].strip()
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


def _clause_start(text: str, lo: int, hi: int) -> int:
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


_ROLE_REF = re.compile(
    r"(?:^|\s)(?P<the>[Tt]he|[Oo]ur|[Tt]his)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<noun>[a-z-]+)"
    # "the mayor of the city believes": a short of-phrase after the noun.
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?$"
)


def _role_ref_ending_at(text: str, lo: int, hi: int) -> Mention | None:
    window_lo = max(lo, hi - 60)
    chunk = text[window_lo:hi].rstrip()
    match = _ROLE_REF.search(chunk)
    if match is None:
        return None
    noun = match.group("noun")
    if (
        not is_role_word(noun)
        and noun not in {"interlocutor", "specialist", "source"}
        and noun not in PERSON_REFERENCE_NOUNS
    ):
        return None
    if _plural(noun):
        return None  # "the doctors said": a group, not one person
    if _HEAD_OF_GOVERNMENT.search(match.group()):
        # "the head of the cabinet said": the prime minister
        return Mention(
            window_lo + match.start("the"), window_lo + match.end(), "role", noun=PREMIER
        )
    return Mention(window_lo + match.start("the"), window_lo + match.end("noun"), "role", noun=noun)


_HEAD_OF_GOVERNMENT = re.compile(r"\bhead\s+of\s+(?:the\s+)?(?:cabinet|government)$")
PREMIER = "prime minister"


@lru_cache(maxsize=1024)
def _plural(noun: str) -> bool:
    """A plural noun ("doctors", "officials"; not "witness"): its lemma differs."""
    low = noun.lower()
    if not low.endswith("s"):
        return False
    lemmas = getAllLemmas(low).get("NOUN")
    return bool(lemmas) and low not in lemmas


# Capitalised words that open a place's name and are no name words themselves.
_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "new", "upper", "lower", "central", "greater"}
)


def _agent_of_participle(tokens: list[Token], first: int) -> bool:
    """Whether the run at ``first`` follows "<participle> by" ("the decree signed by …",
    "a report prepared by …"): the agent of a phrase about the subject, not the subject."""
    before = first - 1
    if before > 0 and (
        tokens[before].core.lower() in _TITLE_WORDS or is_honorific(tokens[before].core)
    ):
        before -= 1  # "signed by Minister Pavel Gromov"
    if before < 1 or tokens[before].core.lower() != "by" or tokens[before].trailing:
        return False
    participle = tokens[before - 1]
    if participle.core.lower() in _ISSUED:
        return False  # "A statement issued by Mayor Ann Lee said …": her statement, her words
    return not participle.trailing and participle.core.islower() and is_participle(participle.core)


# Participles that make the agent the author of the words the subject carries: "a
# statement issued / released / posted by X said …" reports X.
_ISSUED = frozenset(
    {"issued", "released", "published", "posted", "sent", "written", "delivered", "read"}
    | {"made", "given", "tweeted", "shared", "put"}
)


def _after_preposition(tokens: list[Token], first: int, end: int) -> bool:
    """A two-word run after "at", "of", "from" ... is an organisation ("at Ampere Analysis"),
    and after "to", "about", "against" the object of the preposition ("A letter to Gromov
    said …", "a film about Ann Lee says …"): no subject either way.  ("A statement by Ann
    Lee said …" is hers: "by" stays out.)"""
    real = sum(1 for k in range(first, end) if not is_initial(tokens[k].raw))
    if first == 0 or real > 2:
        return False
    before = tokens[first - 1]
    if (
        first >= 2
        and before.core[:1].isupper()
        and not before.trailing
        and before.core.lower() in _PLACE_WORDS
    ):
        before = tokens[first - 2]  # "of South Dakota", "from New Mexico": a place
    return before.core.lower() in _PREPOSITIONS_BEFORE_RUN and not before.trailing


_PREPOSITIONS_BEFORE_RUN = frozenset(
    {"at", "of", "from", "with", "for", "in", "to", "about", "against"}
)


def subject_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """The person reference that is the subject of a verb starting at ``verb_start``."""
    mention = _subject_next_to(text, lo, verb_start)
    if mention is not None and mention.kind == "name" and is_party_tag(mention.words):
        mention = None  # "Rep. Dale Kim, D-Iowa, a member of …, said": the tag is no one
    if mention is None:
        mention = _subject_across_insertion(text, lo, verb_start)
    return mention


def _subject_across_insertion(text: str, lo: int, verb_start: int) -> Mention | None:
    """ "Tom Reyes, a software engineer who was laid off, told …", "Karpin himself,
    answering questions, said", "of Governor Ann Lee, who argued …": the subject before
    the material :mod:`app.ingest.subject_span` skips."""
    insertion = insertion_before(text, lo, verb_start)
    if insertion is None:
        return None
    mention = _subject_next_to(text, lo, insertion.end)
    if mention is None:
        return None
    if insertion.relative:
        if mention.kind != "name":
            return None
        mention.pre_role = role_of_antecedent(mention.pre_role)
    elif _object_before(text, max(lo, verb_start - 400), mention.start):
        return None  # "Police who arrested Tom Reyes, 41, said": not Reyes
    if mention.kind == "name" and mention.apposition is None:
        mention.apposition = insertion.apposition
    elif mention.apposition is not None and insertion.place is not None:
        mention.apposition += insertion.place  # "of the University of Nevada, Reno"
    return mention


def _subject_next_to(text: str, lo: int, verb_start: int) -> Mention | None:
    """The subject right before the verb, or set off by one apposition or a dashed aside."""
    window_lo = max(lo, verb_start - 400)
    aside = _DASH_ASIDE.search(text, max(window_lo, verb_start - _ASIDE_REACH), verb_start)
    if aside is not None and aside.start() > window_lo:
        # "Ann Lee — who once ran the library — said": the subject stands before the aside,
        # which, when it names a job ("— a former mayor —"), is her apposition.
        mention = subject_before(text, lo, aside.start())
        if mention is not None and _object_before(text, window_lo, mention.start):
            return None  # "Residents who met Ann Lee — a former mayor — said": not Lee
        body = aside.group("body").strip()
        if (
            mention is not None
            and mention.kind == "name"
            and mention.apposition is None
            and not body.lower().startswith(("who", "whose", "which"))
            and has_role_noun(body)
        ):
            mention.apposition = body
        return mention
    source = _SOURCE_ASIDE.search(text, max(window_lo, verb_start - 90), verb_start)
    if source is not None and source.start() > window_lo:
        verb_start = source.start()  # "Gromov, quoted by TASS, said": the outlet is no subject
    when = _TIME_BEFORE_VERB.search(text, max(window_lo, verb_start - 40), verb_start)
    if when is not None and when.start() > window_lo:
        verb_start = when.start()  # "Mark Esper on Wednesday accused": the date is no subject
    group = _AND_GROUP.search(text, max(window_lo, verb_start - 50), verb_start)
    if (
        group is not None
        and group.start() > window_lo
        and not _object_before(text, window_lo, group.start())
    ):
        verb_start = group.start()  # "Lee and her team wrote": Lee speaks for the team
    tokens = tokenize(text, window_lo, verb_start)
    if not tokens:
        return None
    # "he also said", "the minister has repeatedly warned": adverbs and auxiliaries
    # between the subject and the verb.
    k = len(tokens) - 1
    while k > 0 and not tokens[k].trailing and _is_adverb(tokens[k].core):
        k -= 1
    last = tokens[k]
    if last.core.lower() in PRONOUNS and not last.trailing:
        return Mention(last.start, last.end, "pronoun", noun=last.core.lower())
    if (
        k > 0
        and last.core.lower() in _LATTER_FORMER
        and not last.trailing
        and tokens[k - 1].core.lower() == "the"
    ):
        return _latter_or_former(text, tokens[k - 1].start, last)
    role = _role_ref_ending_at(text, window_lo, last.end)
    if role is not None and not last.trailing:
        return role
    age = _AGE_REF_BEFORE.search(text, max(window_lo, last.end - 60), last.end)
    if age is not None and not last.trailing and _age_noun_ok(age.group("noun")):
        return Mention(age.start("the"), age.end(), "age", noun=age.group("noun"))
    if (
        is_surname_title(last.core)
        and not last.trailing
        and (k == 0 or tokens[k - 1].core.lower() not in _DETERMINERS)
    ):
        # "Bishop said": a surname that is also a title; it resolves only to a person the
        # article named in full ("Michael Bishop"), never creates one.
        return Mention(last.start, last.end, "name", words=[last.core])
    if k < len(tokens) - 1:
        # "Mark Zandi, chief economist at X, has long argued": the subject ends before the
        # adverbs, so the apposition rules see it next to the verb.
        verb_start = tokens[k + 1].start
        tokens = tokens[: k + 1]
    last = tokens[-1]
    runs = name_runs(tokens)
    for first, end in reversed(runs):
        if _agent_of_participle(tokens, first):
            continue  # "The decree signed by Ivan Smirnov says …": the decree says it
        if names_an_object(tokens, first):
            continue  # "The mother of victim Amy Rowe said": the mother, unnamed, says it
        if _after_preposition(tokens, first, end):
            if not place_before_name(tokens, first, end):
                continue
            first += 1  # "the president of Lithuania Grybauskaite": a place, then a name
        between = text[tokens[end - 1].end : verb_start]
        run_end_tok = tokens[end - 1]
        adjacent = not between.strip() and not run_end_tok.trailing.strip(".")
        between_word = between.strip().lower()
        if (
            not adjacent
            and not run_end_tok.trailing
            and (
                between_word in _ADVERBS
                or (between_word.endswith("ly") and " " not in between_word)
            )
        ):
            adjacent = True  # "Lovely also noted", "Smith previously said"
        if adjacent:
            if _RELATIVE_VERB_BEFORE.search(
                text, max(window_lo, tokens[first].start - 40), tokens[first].start
            ):
                return None  # "Police who arrested Tom Reyes said": the name is the object
            clause_lo = _clause_start(text, window_lo, tokens[first].start)
            return _mention_from_run(text, tokens, first, end, clause_lo, window_lo)
        if (
            run_end_tok.trailing == ","
            and not between.strip()
            and _comma_before_name(text, tokens[first].start)
        ):
            # "The press secretary of the Ministry, Lina Farouk, said"; "One of the
            # residents, 64-year-old Nina Sidorova, told": an age may stand before the name
            clause_lo = _clause_start(text, window_lo, tokens[first].start)
            mention = _mention_from_run(text, tokens, first, end, clause_lo, window_lo)
            if mention.pre_role or mention.full:
                return mention
        if end - first == 1 and is_country(tokens[first].core):
            continue  # "in Munich, Germany, and co-author": a place is nobody
        if end - first == 1 and first > 0 and tokens[first - 1].core.lower() in ("a", "an"):
            continue  # "Jim Hale, a Democrat from Ohio, said": a description, not a name
        real_words = sum(1 for k in range(first, end) if not is_initial(tokens[k].raw))
        honorific_before = first > 0 and is_honorific(tokens[first - 1].core)
        appos_text = text[tokens[end - 1].start + len(tokens[end - 1].raw.rstrip(",")) : verb_start]
        appos = apposition_between(appos_text)
        if real_words < 2 and not honorific_before and appos is None:
            continue  # a lone capitalised word further away is not a reliable subject
        if appos is not None:
            if _in_clause_of_its_own(text, window_lo, tokens[first].start):
                return None  # "Police who arrested Tom Reyes, 41, said": not Reyes
            clause_lo = _clause_start(text, window_lo, tokens[first].start)
            mention = _mention_from_run(text, tokens, first, end, clause_lo)
            mention.apposition = appos or None
            return mention
        if tokens[first].start < verb_start - 300:
            break
    return None


# "who arrested ", "that had interviewed ": a relative clause whose verb has the name after
# it as its object.
_RELATIVE_VERB_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)


_ADVERBS = frozenset(
    {
        "also",
        "then",
        "later",
        "again",
        "too",
        "further",
        "still",
        "once",
        "however",
        "meanwhile",
        "earlier",
        "now",
        "has",
        "had",
        "have",
        "was",
        "is",
        "had also",
        "has also",
        "long",
        "often",
        "always",
        "publicly",
        "both",  # "Noel and Thomas both acknowledged"
        "instead",  # "He instead told the interviewer"
        "even",
        "first",
        "already",  # ("never" stays out: "Lee never said that …" reports nothing)
    }
)


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_TIME_BEFORE_VERB = re.compile(
    rf"(?<=\w)\s+(?:(?:on|late|early)\s+)?(?:{_DAY}|(?:last|this)\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+$"
)


# "Ann Lee — who once ran the library — said": an aside between spaced dashes, right
# before the verb, after a word of the subject.
_LATTER_FORMER = frozenset({"latter", "former"})
_PLACE_PREPOSITIONS = frozenset({"at", "in"})
_LATTER_REACH = 300  # characters before "the latter" where the two people are named


def _latter_or_former(text: str, the_start: int, word: Token) -> Mention | None:
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


_SOURCE_ASIDE = re.compile(r",\s+(?:as\s+)?(?:quoted|cited)\s+by\s+[^,;:.!?“”\"«»]{1,60},\s*$")
_DASH_ASIDE = re.compile(r"(?<=\w)\s+(?:[—–]|--)\s+(?P<body>[^—–\n]{1,200}?)\s+(?:[—–]|--)\s*$")
_ASIDE_REACH = 220  # the longest aside looked for, with its dashes

# "Ann Lee and her team wrote": the people who work with the named subject, unnamed.
_AND_GROUP = re.compile(
    r"(?<=\w)\s+and\s+(?:his|her|their)\s+(?:fellow\s+)?(?:team|colleagues|co-?authors|"
    r"co-?workers|researchers|group|staff|aides|lawyers|attorneys)\s+$"
)


# Prepositions that make the name after them an object ("founded by Ann Lee and her …"),
# relative words that put the verb in a relative clause ("which Ann Lee and her team said").
_NOT_BEFORE_SUBJECT = frozenset(
    {"by", "against", "with", "of", "for", "to", "from", "about", "including", "than", "among"}
    | {"who", "whom", "whose", "which", "that"}
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]—–\"“”«»]")


def _object_before(text: str, window_lo: int, name_end: int) -> bool:
    """Whether a name ending its clause at ``name_end`` (before "and her team" or a dashed
    aside) is no subject of the speech verb after: its clause (from the last punctuation)
    holds a preposition ("a company founded by Ann Lee and her colleagues said"), a
    relative word ("the plan, which Ann Lee and her team said would work") or a lower-case
    verb form ("investigators who questioned Ann Lee and her aides said"), so the name is
    an object or the speech verb is in a relative clause.  Capitalised words are left
    out: they are the name's ("Will Smith")."""
    breaks = list(_CLAUSE_BREAK.finditer(text, window_lo, name_end))
    clause = text[breaks[-1].end() if breaks else window_lo : name_end]
    return any(
        word in _NOT_BEFORE_SUBJECT or has_verb_form(word)
        for word in clause.split()
        if word.islower()
    )


_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _in_clause_of_its_own(text: str, window_lo: int, name_start: int) -> bool:
    """Whether the clause before a name (from the last punctuation) holds a relative word
    or a lower-case verb form ("Police who arrested Tom Reyes, 41, said", "a letter to X,
    who was the acting director of Y and Alex Azar, the secretary, said"): the name is an
    object there.  Unlike :func:`_object_before`, a preposition alone ("Deputy of the
    regional assembly Ann Lee at a meeting said") leaves the name the subject."""
    breaks = list(_CLAUSE_BREAK.finditer(text, max(window_lo, name_start - 200), name_start))
    clause = text[breaks[-1].end() if breaks else max(window_lo, name_start - 200) : name_start]
    return any(
        word in _RELATIVE_WORDS or has_verb_form(word) for word in clause.split() if word.islower()
    )


def _is_adverb(word: str) -> bool:
    return (
        word in _ADVERBS
        or word in _AUXILIARIES
        or (word.endswith("ly") and word.islower() and len(word) > 4)
    )


_AUXILIARIES = frozenset(
    {
        "would",
        "will",
        "could",
        "might",
        "may",
        "did",
        "does",
        "have",
        "repeatedly",
        "previously",
        "reportedly",
        "recently",
        "publicly",
    }
)


# "according to the member of parliament", "the people's representative": a legislator.
_LEGISLATOR_REF = re.compile(
    r"(?:the|this)\s+(?:member\s+of\s+(?:the\s+)?parliament|people['’]s\s+"
    r"(?:representative|deputy))\b",
    re.IGNORECASE,
)


_HEAD_OF_GOVERNMENT_AFTER = re.compile(
    r"the\s+head\s+of\s+(?:the\s+)?(?:cabinet|government)\b", re.IGNORECASE
)
_NEXT_LOWER_WORD = re.compile(r" ([a-z-]+)\b")


def subject_after(text: str, verb_end: int, hi: int) -> Mention | None:
    """The subject of an inverted attribution: "said Jane Doe, ...", "says the expert"."""
    window_hi = min(hi, verb_end + 400)
    rest = text[verb_end:window_hi]
    stripped = rest.lstrip()
    offset = verb_end + len(rest) - len(stripped)
    low = stripped.lower()
    for pronoun in PRONOUNS:
        after = low[len(pronoun) : len(pronoun) + 1]
        if low.startswith(pronoun) and not after.isalpha():
            return Mention(offset, offset + len(pronoun), "pronoun", noun=pronoun)
    age = _AGE_REF_AFTER.match(stripped)
    if age is not None and _age_noun_ok(age.group("noun")):
        return Mention(offset, offset + age.end(), "age", noun=age.group("noun"))
    legislator = _LEGISLATOR_REF.match(stripped)
    if legislator is not None:
        return Mention(offset, offset + legislator.end(), "role", noun="parliamentarian")
    premier = _HEAD_OF_GOVERNMENT_AFTER.match(stripped)
    if premier is not None:
        return Mention(offset, offset + premier.end(), "role", noun=PREMIER)
    match = re.match(
        r"(?:the|our|this)\s+((?:[\w-]+\s+){0,2}?)([a-z-]+)\b", stripped, re.IGNORECASE
    )
    if match and (is_role_word(match.group(2)) or match.group(2) in PERSON_REFERENCE_NOUNS):
        if _plural(match.group(2)):
            return None  # "notes the experts": a group, not one person
        named = _name_ending_role_phrase(text, offset, window_hi) or _name_after_role_comma(
            text, offset, window_hi
        )
        if named is not None:
            return named
        end, nouns = match.end(), [match.group(2)]
        for _ in range(2):
            # "according to the deputy minister": the job is all the role words in a row
            following = _NEXT_LOWER_WORD.match(stripped, end)
            if following is None or not is_role_word(following.group(1)):
                break
            end = following.end()
            nouns.append(following.group(1))
        if _plural(nouns[-1]):
            return None
        mention = Mention(offset, offset + end, "role", noun=" ".join(nouns))
        # "said the father of Tom Veil": an unnamed relative, neither Veil nor anyone before
        mention.unnamed = _role_of_named_person(text, offset, window_hi)
        return mention
    # The name must start within the first few tokens; the apposition is read from the text.
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    if not tokens:
        return None
    k = 0
    honorific = None
    title = None
    if len(tokens) > 2 and _AGE.fullmatch(tokens[0].core) and not tokens[0].trailing:
        k = 1  # "wrote 43-year-old Jane Doe of Leeds": an age before the name
    if is_honorific(tokens[k].core) and len(tokens) > k + 1:
        honorific = tokens[k].core
        k += 1
    elif (
        tokens[k].core.lower() in _TITLE_WORDS
        and len(tokens) > k + 1
        and tokens[k].core[:1].isupper()
    ):
        title = tokens[k].core
        k += 1
    runs = name_runs(tokens[k:])
    at = k - 1 if title is not None else k  # the title word may open a longer title
    titled = _name_after_capitalised_title(tokens[at:], name_runs(tokens[at:]))
    if titled is not None:
        # "said White House Press Secretary Stephanie Grisham", "said Senate Majority Leader
        # Chuck Schumer (D-N.Y.)", "said Russian Ambassador to Britain Anatoly Antonov":
        # capitalised title words (which may hold name-like words) before the full name.
        first, end = titled
        mention = _mention_from_run(text, tokens, at + first, at + end, offset)
        mention.apposition = inverted_apposition(text, tokens[at + end - 1], window_hi)
        return mention
    if len(runs) > 1 and runs[0][0] <= 1 and runs[1][0] <= 7:
        first, end = runs[1]
        # the body's words run to the first lower-case word: "Acme Corp (ACME.N)", "New
        # York Times" (a body word or "New" is no name word, so the run may not hold it)
        lower = next((i for i in range(k, k + first) if tokens[i].core[:1].islower()), k)
        body = [t for t in tokens[k:lower] if not _ticker(t)]
        between = tokens[lower : k + first]
        if (
            between
            and body
            and all(t.core[:1].isupper() and not t.trailing for t in body)
            and all(t.core[:1].islower() and not t.trailing for t in between)
            and is_role_word(between[-1].core)
            and sum(1 for token in tokens[k + first : k + end] if not is_initial(token.core)) >= 2
        ):
            # "said Acme economist Jane Doe": a body's name, then a lower-case job.
            mention = _mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
    if not runs or runs[0][0] != 0:
        # "said Barclays economist Jane Doe": a short pre-name title before the run.
        if (
            runs
            and (
                runs[0][0] <= 5
                # "recounted the technical director of DFPC "Dneprooblenergo" Sergei
                # Berezovsky": a longer role phrase, unbroken by commas, before a full name
                or (
                    runs[0][0] <= 12
                    and tokens[k].core.lower() in {"the", "a", "an"}
                    and not any(t.trailing.strip('"”»') for t in tokens[k : k + runs[0][0]])
                    and runs[0][1] - runs[0][0] >= 2
                )
            )
            and has_role_noun(" ".join(t.core for t in tokens[k : k + runs[0][0]]))
        ):
            first, end = runs[0]
            mention = _mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
        modified = _name_after_modifiers(tokens[k:], runs)
        if modified is not None:
            first, end = modified
            mention = _mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
        return _name_after_two_roles(text, tokens[k:], runs, offset, window_hi)
    first, end = runs[0]
    words = [t.core for t in tokens[k + first : k + end]]
    mention = Mention(
        tokens[0].start,
        tokens[k + end - 1].start + len(tokens[k + end - 1].raw.rstrip(',;:.!?”"»)')),
        "name",
        words=words,
        honorific=honorific,
        title=title,
    )
    mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
    return mention


_TITLE_RUN_REACH = 8  # tokens of a capitalised title before the name, at most
# Lower-case words a capitalised title may hold: "Ambassador to the United States",
# "Minister for Health", "Secretary of State".
_TITLE_LINKS = frozenset({"to", "of", "for", "the", "and"})


def _name_after_capitalised_title(
    tokens: list[Token], runs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The run of the full name after a capitalised title that opens ``tokens``: "White
    House Press Secretary", "Senate Majority Leader", "Russian Ambassador to the United
    States".  Every word before the name is capitalised or a link ("to", "of", "the") that
    a title word comes before, none is followed by punctuation, and the name has a given
    name and a surname."""
    if not tokens or not tokens[0].core[:1].isupper():
        return None
    for first, end in runs:
        if first == 0:
            continue
        if first > _TITLE_RUN_REACH:
            return None
        title_words = tokens[:first]
        if any(t.trailing or not t.core for t in title_words):
            return None
        seen_title = False
        for token in title_words:
            low = token.core.lower()
            if (low in _TITLE_WORDS or is_listed_role(low)) and token.core[:1].isupper():
                seen_title = True
            elif not token.core[:1].isupper() and not (seen_title and low in _TITLE_LINKS):
                return None
        if not seen_title:
            continue  # the name-like run belongs to the title ("Senate Majority Leader")
        real = [t for t in tokens[first:end] if not is_initial(t.core)]
        # After a link the run opens with the title's object ("to Britain Anatoly Antonov"),
        # which the mention splits off; the name is its last two words.
        if len(real) >= (3 if title_words[-1].core.lower() in _TITLE_LINKS else 2):
            return first, end
    return None


_TICKER_IN_TEXT = re.compile(r"\s*\((?=[A-Z0-9.:]*[A-Z])[A-Z0-9.:]{1,12}\)")
_TICKER = re.compile(r"\([A-Z0-9.:]{1,12}\)")


def _ticker(token: Token) -> bool:
    """ "(HBF.L)", "(NYSE:ACME)": a company's ticker in parentheses after its name."""
    return bool(_TICKER.fullmatch(token.raw)) and any(ch.isalpha() for ch in token.raw)


_MODIFIER_REACH = 4  # words before the name, at most: "the recently retired"
_MODIFIER_ENDINGS = ("ed", "en", "ing")
# Words that may follow a name that ends the attribution ("said the embattled Ann Lee on
# Monday", "…, who …").
_AFTER_NAME = frozenset({"on", "in", "at", "after", "before", "during", "who", "when", "as"})
# Words with such endings that describe no one: prepositions, adverbs of time and degree.
_NOT_MODIFIERS = frozenset(
    {"during", "following", "including", "regarding", "concerning", "according", "excluding"}
    | {"between", "then", "when", "often", "even", "indeed", "seven", "given", "only"}
    | {"early", "daily", "weekly", "monthly", "yearly", "likely", "reportedly", "supply"}
)


def _modifier(token: Token, at: int) -> bool:
    """A word that may stand before a name as a description, not a job: "the" first, a
    possessive ("the company's"), an adverb ("newly", "recently"), a participle or
    adjective in -ed, -en or -ing ("embattled", "outspoken", "outgoing"), a hyphenated
    compound ("much-loved")."""
    word = token.core
    if token.trailing or not word[:1].islower():
        return False
    if word == "the":
        return at == 0
    if word in _NOT_MODIFIERS:
        return False
    return (
        word.endswith(("'s", "’s"))
        or (word.endswith("ly") and len(word) > 4)
        or word.endswith(_MODIFIER_ENDINGS)
        or ("-" in word and word.replace("-", "").isalpha())
    )


def _name_after_modifiers(
    tokens: list[Token], runs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "said the embattled Ann Lee.", "said newly elected Ann Lee", "said the company's Ann
    Lee": a few describing words, then a full name that ends the clause; the name is the
    speaker.  The words name no job, so no role is read from them."""
    if not runs:
        return None
    first, end = runs[0]
    if not 0 < first <= _MODIFIER_REACH:
        return None
    if not all(_modifier(token, at) for at, token in enumerate(tokens[:first])):
        return None
    if tokens[0].core == "the" and first == 1:
        return None  # "said the Ann Lee …": no description
    real = [t for t in tokens[first:end] if not is_initial(t.core)]
    ends = (
        end == len(tokens)
        or tokens[end - 1].trailing.strip('"”»') != ""
        or tokens[end].core in _AFTER_NAME
    )
    return (first, end) if 2 <= len(real) <= 3 and ends else None


_ROLE_PHRASE_REACH = 12  # tokens of a role phrase before the name it introduces, at most
# A name right after one of these (or after a title right after one) is the object of the
# role phrase ("the wife of Ivan Petrov", "a spokesman for President Ann Lee"), not its holder.
_OBJECT_PREPOSITIONS = frozenset(
    {"of", "for", "to", "with", "by", "against", "about", "from", "on", "at", "and", "or"}
)


def _name_ending_role_phrase(text: str, offset: int, window_hi: int) -> Mention | None:
    """ "said the goalkeeper of Dynamo Ilya Trofimov.", "noted the head coach of Zenit Sergei
    Rudakov": translation word order puts the whole role phrase, unbroken by commas, before
    the full name that ends the clause; the speaker is the name, not the role alone."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    for first, end in name_runs(tokens):
        if first == 0 or first > _ROLE_PHRASE_REACH:
            return None
        if any(t.trailing.strip() for t in tokens[:first]):
            return None  # a comma or a quote mark: the role phrase ended before the name
        mention = _mention_from_run(text, tokens, first, end, offset)
        real = [t for t in tokens[first:end] if not is_initial(t.core)]
        ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
        if not (mention.full and ends and len(real) <= 3):
            return None
        at = next(k for k in range(first, end) if tokens[k].core == mention.words[0])
        before = at - 1
        if mention.title is not None or mention.honorific is not None:
            before -= 1
        if before >= 0 and tokens[before].core.lower() in _OBJECT_PREPOSITIONS:
            return None  # "said the wife of Ivan Petrov": he is not the one speaking
        if names_an_object(tokens, at):
            return None  # "said the mother of victim Amy Rowe": nor is she
        if not has_role_noun(text[offset : mention.start]):
            return None
        mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
        return mention
    return None


def _role_of_named_person(text: str, offset: int, window_hi: int) -> bool:
    """ "said the father of Tom Veil", "said a lawyer for businessman Ivan Petrov": the role
    phrase, unbroken by punctuation, ends in the full name of the person the role belongs
    to or serves; the speaker holds the role and goes unnamed."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    runs = name_runs(tokens)
    if not runs:
        return False
    first, end = runs[0]
    if first == 0 or first > _ROLE_PHRASE_REACH or any(t.trailing for t in tokens[:first]):
        return False
    real = sum(1 for t in tokens[first:end] if not is_initial(t.core))
    if real < 2:
        return False
    if names_an_object(tokens, first):
        return True
    # Two name words right after the preposition; three are a body, then its head's name
    # ("the head of Rosstat Ivan Petrov"), and a country first is a place ("of Lithuania X").
    before = tokens[first - 1].core.lower()
    return (
        real == 2
        and before in _OBJECT_PREPOSITIONS - {"by", "from"}
        and not place_before_name(tokens, first, end)
        and not part_of_organization(tokens, first, end)
    )


def _name_after_role_comma(text: str, offset: int, window_hi: int) -> Mention | None:
    """ "said the envoy, Ann Lee.", "added the club's coach, Ivan Sokol, who …": a role
    phrase set off by one comma from the full name that ends the clause; the speaker is the
    name, and the role phrase is its job. Without the name ("said the envoy, adding …") the
    role stays a reference back to a person named earlier."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    runs = name_runs(tokens)
    if not runs:
        return None
    first, end = runs[0]
    phrase = tokens[:first]
    if not phrase or len(phrase) > _ROLE_PHRASE_REACH or phrase[-1].trailing != ",":
        return None
    if any(t.trailing.strip() for t in phrase[:-1]):
        return None  # one comma only, right before the name
    mention = _mention_from_run(text, tokens, first, end, offset)
    ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
    if not (mention.full and ends and has_role_noun(" ".join(t.core for t in phrase))):
        return None
    mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
    return mention


_ROLE_DETERMINERS = frozenset({"the", "a", "an", "another", "one"})
_TWO_ROLES_REACH = 12  # tokens of the two role phrases before the name, at most
# Words that make the phrase after the comma a clause about the first role's organisation
# ("the ministry, which is headed by …", "the fund, run by …"), not a second role.
_ORGANISATION_CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where", "by"})


def _name_after_two_roles(
    text: str, tokens: list[Token], runs: list[tuple[int, int]], offset: int, window_hi: int
) -> Mention | None:
    """ "said another witness at the hearing, former White House adviser Ann Lee": a role
    phrase opening with a determiner, one comma, a second role (capitalised words allowed)
    and then the full name, which ends the clause."""
    if not tokens or tokens[0].core.lower() not in _ROLE_DETERMINERS:
        return None
    for first, end in runs:
        if first > _TWO_ROLES_REACH:
            return None
        phrase = tokens[:first]
        commas = [i for i, t in enumerate(phrase) if t.trailing.strip('"”»')]
        if len(commas) != 1 or phrase[commas[0]].trailing != ",":
            continue  # (a capitalised word of a role may come before the comma)
        comma_at = commas[0]
        full = sum(1 for t in tokens[first:end] if not is_initial(t.core)) >= 2
        ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
        if (
            full
            and ends
            and 0 < comma_at < first - 1
            and has_role_noun(" ".join(t.core for t in phrase[: comma_at + 1]))
            and _second_role(phrase[comma_at + 1 :])
        ):
            mention = _mention_from_run(text, tokens, first, end, offset)
            mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
            return mention
    return None


def _second_role(phrase: list[Token]) -> bool:
    """The words between the comma and the name are a role of the named person ("former
    White House adviser"), not a clause about the organisation of the role before the comma,
    whose head it names: "one official at the ministry, which is headed by former minister
    Ann Lee" or "a spokesman for the team, coached by former striker Ann Lee" give the
    speech to an unnamed official, so no name is taken.  A verb-looking word alone does not
    rule a role out ("retired judge", "United States envoy"); a relative word or "by" does."""
    return has_role_noun(" ".join(t.core for t in phrase)) and not any(
        t.core.lower() in _ORGANISATION_CLAUSE_WORDS for t in phrase
    )


# "the 56-year-old said", "according to the 40-year-old Russian": an age refers back to
# the person the article is about, with at most one noun after it ("Russian", "coach").
_AGE = re.compile(r"\d{1,3}-year-old")

_AGE_WORD = re.compile(r"\d{1,3}-year-old")
_AGE_BEFORE_NAME = re.compile(r",\s*(?:\d{1,3}-year-old\s+)?$")


def _only_age(between: str) -> bool:
    """Nothing, or only an age ("64-year-old"), between an apposition's comma and a name."""
    between = between.strip()
    return not between or bool(_AGE_WORD.fullmatch(between))


def _comma_before_name(text: str, name_start: int) -> bool:
    """ "…, Lina Farouk", "…, 64-year-old Nina Sidorova": a comma opens the apposition
    holding the name, with at most an age between."""
    return _AGE_BEFORE_NAME.search(text, max(0, name_start - 40), name_start) is not None


_AGE_REF_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<the>[Tt]he)\s+\d{1,3}-year-old(?:\s+(?P<noun>[A-Za-z]+))?$"
)

_AGE_REF_AFTER = re.compile(r"the\s+\d{1,3}-year-old(?:\s+(?P<noun>[A-Za-z]+))?\b(?![-’'])")


def _age_noun_ok(noun: str | None) -> bool:
    """The one word after an age: none, a nationality or a job, but not a plural
    ("the 30-year-olds") nor a thing ("the 40-year-old building")."""
    if noun is None:
        return True
    return not _plural(noun) and (noun[:1].isupper() or is_role_word(noun))
