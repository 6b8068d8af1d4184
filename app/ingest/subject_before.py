"""The subject written before a speech verb: "Nursha added", "Jane Doe, an economist
at X, said", "the minister has repeatedly warned".

:func:`subject_before` looks right before the verb, then across an apposition, a dashed
aside, a source aside ("quoted by TASS"), a day ("on Wednesday"), "and her team", or the
insertion :mod:`app.ingest.subject_span` skips.  It works on the tokens of a bounded
window (400 characters), never on nested regex quantifiers, so the cost is linear in the
text length.  Names become mentions through :mod:`app.ingest.mentions`, other references
through :mod:`app.ingest.references`.
"""

from __future__ import annotations

import re

from app.ingest.appositions import apposition_between, is_state_after_town
from app.ingest.mentions import (
    ALL_TITLE_WORDS,
    PRONOUNS,
    Mention,
    clause_start,
    mention_from_run,
    place_before_name,
)
from app.ingest.object_names import names_an_object
from app.ingest.people.names import (
    has_role_noun,
    is_honorific,
    is_initial,
    is_surname_title,
)
from app.ingest.people.nationalities import is_country
from app.ingest.rank_epithets import epithet_before
from app.ingest.references import (
    AGE_REF_BEFORE,
    LATTER_FORMER,
    age_noun_ok,
    latter_or_former,
    role_ending_at,
)
from app.ingest.speech_verbs import has_verb_form, is_participle
from app.ingest.subject_span import insertion_before, is_party_tag, role_of_antecedent
from app.ingest.tokens import Token, name_runs, tokenize

_DETERMINERS = frozenset({"the", "a", "an", "our", "this", "that", "its", "their", "his", "her"})


def subject_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """The person reference that is the subject of a verb starting at ``verb_start``."""
    mention = epithet_before(text, lo, verb_start) or _subject_next_to(text, lo, verb_start)
    if mention is not None and mention.kind == "name" and is_party_tag(mention.words):
        mention = None  # "Rep. Dale Kim, D-Iowa, a member of …, said": the tag is no one
    if mention is None:
        mention = _subject_across_insertion(text, lo, verb_start)
    if mention is None:
        mention = _subject_before_stray_comma(text, lo, verb_start)
    if mention is None:
        mention = _antecedent_of_who_before_quote(text, lo, verb_start)
    return mention


# "a quote from Senator Ann Lee who said, “…”": "who" right after the name, then the verb,
# then the quote (its mark, or the masked quote's "_").
_WHO_BEFORE_VERB = re.compile(r"(?<=\w),?+\s++who\s++$")
_QUOTE_AFTER_VERB = re.compile(r"\S++\s*+[,:]?+\s*+[“\"«_]")


def _antecedent_of_who_before_quote(text: str, lo: int, verb_start: int) -> Mention | None:
    """ "It was a quote from Senator Ann Lee who said, “…”": a relative "who" + speech verb
    that opens a quote gives the quote to the name the relative clause hangs on.  Only a
    full name right before "who", and not one after "of", "to", "about" … (the object of
    a preposition: "the father of Tom Veil, who said" may be the father)."""
    who = _WHO_BEFORE_VERB.search(text, max(lo, verb_start - 20), verb_start)
    if who is None or _QUOTE_AFTER_VERB.match(text, verb_start) is None:
        return None
    mention = _subject_next_to(text, lo, who.start())
    if mention is None or mention.kind != "name" or not mention.full:
        return None
    before = text[max(lo, mention.start - 12) : mention.start].split()
    if before and before[-1].lower() in _PREPOSITIONS_BEFORE_RUN - {"from"}:
        return None
    if mention.pre_role:
        # "It was a quote from Senator": the job is what follows the preposition
        mention.pre_role = _BEFORE_PREPOSITION.sub("", mention.pre_role) or None
    return mention


_BEFORE_PREPOSITION = re.compile(r"^.*\b(?:from|by|with|to|that)\s++")


# "Captain Lena Moor, says", "Sergeant Piet Olsen, of the Dunmore Police Department says":
# a sentence that opens with capitalised words (title and name), then one comma with no
# closing partner, then (optionally) an "of <Org>" phrase, right before the verb.
_STRAY_COMMA_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][\w'.-]*+(?:\s[A-Z][\w'.-]*+){1,5}+),"
    r"(?:\s(?P<of>of\s(?:the\s)?[A-Z][\w'&.-]*+(?:\s(?:[A-Z][\w'&.-]*+|of|and|the)){0,7}+))?"
    r"\s*+$"
)


def _subject_before_stray_comma(text: str, lo: int, verb_start: int) -> Mention | None:
    """ "Captain Lena Moor, says the crew …": a stray comma (no closing partner) between a
    sentence-opening name run, or its "of the <Org>" phrase, and the verb, read as if it
    were absent.  Only when the name opens the sentence and nothing but the optional "of"
    phrase stands between the comma and the verb, so a fronted phrase ("In Paris, says")
    or a list ("Ann Lee, Tom Reed and …") never matches."""
    window_lo = max(lo, verb_start - 160)
    found = _STRAY_COMMA_SUBJECT.search(text, window_lo, verb_start)
    if found is None:
        return None
    words = found.group("name").split()
    if words[0].lower() in _NOT_A_SUBJECT_OPENER:
        return None
    if _INVERTED_ASIDE.match(text, verb_start) is not None:
        return None  # "Tom Gray, says his lawyer, will appeal": the lawyer speaks
    mention = _subject_next_to(text, lo, found.end("name"))
    if mention is None or mention.kind != "name" or not mention.full:
        return None
    if mention.start < found.start("name"):
        return None
    if found.group("of") is not None and mention.apposition is None:
        mention.apposition = found.group("of")
    return mention


# "says his lawyer, …", "said Ann Lee, …": the verb opens an inverted aside whose short
# subject ends at a comma, so the name before the first comma is what is spoken about.
_INVERTED_ASIDE = re.compile(r"\S++\s++(?:[\w'’.-]++\s++){0,4}+[\w'’.-]++,")


# Sentence openers that are capitalised but name no one: "In Paris, says …".
_NOT_A_SUBJECT_OPENER = frozenset(
    {"in", "at", "on", "for", "from", "with", "by", "after", "before", "during", "since"}
    | {"the", "this", "that", "yesterday", "today", "meanwhile", "however", "but", "and"}
)


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
        and last.core.lower() in LATTER_FORMER
        and not last.trailing
        and tokens[k - 1].core.lower() == "the"
    ):
        return latter_or_former(text, tokens[k - 1].start, last)
    role = role_ending_at(text, window_lo, last.end)
    if role is not None and not last.trailing:
        return role
    age = AGE_REF_BEFORE.search(text, max(window_lo, last.end - 60), last.end)
    if age is not None and not last.trailing and age_noun_ok(age.group("noun")):
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
        if is_state_after_town(tokens, first, end):
            continue  # "of the X Institute in Boulder, Colo. said": the state is no one
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
            clause_lo = clause_start(text, window_lo, tokens[first].start)
            return mention_from_run(text, tokens, first, end, clause_lo, window_lo)
        if (
            run_end_tok.trailing == ","
            and not between.strip()
            and _comma_before_name(text, tokens[first].start)
        ):
            # "The press secretary of the Ministry, Lina Farouk, said"; "One of the
            # residents, 64-year-old Nina Sidorova, told": an age may stand before the name
            clause_lo = clause_start(text, window_lo, tokens[first].start)
            mention = mention_from_run(text, tokens, first, end, clause_lo, window_lo)
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
            clause_lo = clause_start(text, window_lo, tokens[first].start)
            mention = mention_from_run(text, tokens, first, end, clause_lo)
            mention.apposition = appos or None
            return mention
        if tokens[first].start < verb_start - 300:
            break
    return None


# Capitalised words that open a place's name and are no name words themselves.
_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "new", "upper", "lower", "central", "greater"}
)


def _agent_of_participle(tokens: list[Token], first: int) -> bool:
    """Whether the run at ``first`` follows "<participle> by" ("the decree signed by …",
    "a report prepared by …"): the agent of a phrase about the subject, not the subject."""
    before = first - 1
    if before > 0 and (
        tokens[before].core.lower() in ALL_TITLE_WORDS or is_honorific(tokens[before].core)
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
    Lee said …" is hers: "by" stays out.)  "the" after the preposition changes nothing:
    "The speaker of the Velmar Sobranje said" names a body, and its speaker is unnamed."""
    real = sum(1 for k in range(first, end) if not is_initial(tokens[k].raw))
    if first == 0 or real > 2:
        return False
    at = first - 1
    if (
        at >= 1
        and tokens[at].core[:1].isupper()
        and not tokens[at].trailing
        and tokens[at].core.lower() in _PLACE_WORDS
    ):
        at -= 1  # "of South Dakota", "from New Mexico": a place
    if at >= 1 and tokens[at].core.lower() == "the" and not tokens[at].trailing:
        at -= 1  # "of the National Assembly", "in the Velmar Sobranje"
    before = tokens[at]
    return before.core.lower() in _PREPOSITIONS_BEFORE_RUN and not before.trailing


_PREPOSITIONS_BEFORE_RUN = frozenset(
    {"at", "of", "from", "with", "for", "in", "to", "about", "against"}
)


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
        "just",  # "to which Orlov just responded:"
    }
)


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_TIME_BEFORE_VERB = re.compile(
    rf"(?<=\w)\s+(?:(?:on|late|early)\s+)?(?:{_DAY}|(?:last|this)\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+$"
)


# "Ann Lee — who once ran the library — said": an aside between spaced dashes, right
# before the verb, after a word of the subject.
_SOURCE_ASIDE = re.compile(r",\s+(?:as\s+)?(?:quoted|cited)\s+by\s+[^,;:.!?“”\"«»]{1,60},\s*$")
_DASH_ASIDE = re.compile(r"(?<=\w)\s+(?:[—–]|--)\s+(?P<body>[^—–\n]{1,200}?)\s+(?:[—–]|--)\s*$")
_ASIDE_REACH = 220  # the longest aside looked for, with its dashes


# "Ann Lee and her team wrote": the people who work with the named subject, unnamed.
_AND_GROUP = re.compile(
    r"(?<=\w)\s+and\s+(?:his|her|their)\s+(?:fellow\s+)?(?:team|colleagues|co-?authors|"
    r"co-?workers|researchers|group|staff|aides|lawyers|attorneys)\s+$"
)


_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})
# Prepositions that make the name after them an object ("founded by Ann Lee and her …"),
# relative words that put the verb in a relative clause ("which Ann Lee and her team said").
_NOT_BEFORE_SUBJECT = _RELATIVE_WORDS | frozenset(
    {"by", "against", "with", "of", "for", "to", "from", "about", "including", "than", "among"}
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


_AGE_BEFORE_NAME = re.compile(r",\s*(?:\d{1,3}-year-old\s+)?$")


def _comma_before_name(text: str, name_start: int) -> bool:
    """ "…, Lina Farouk", "…, 64-year-old Nina Sidorova": a comma opens the apposition
    holding the name, with at most an age between."""
    return _AGE_BEFORE_NAME.search(text, max(0, name_start - 40), name_start) is not None
