"""The person a sentence or clause is about: who "He" opening a sentence means, the name run
that is a sentence's subject, and the subject a participle (", saying …") or a coordinated
verb ("… and accused the label of …") hangs on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.attribution import Mention, introduced_person
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import TITLE_WORDS, is_listed_role, is_org_word, word_set
from app.ingest.people.registry import Person, gender_of_role
from app.ingest.tokens import Token, name_runs, tokenize
from app.ingest.vocabulary import reporting_verb_tenses, word_list

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_SUBJECT_REACH = 600  # how far before ", saying" the sentence's subject is looked for
_INTRO_REACH = 8  # words of an introductory phrase before the subject ("As it turned out,")


def subject_name_run(tokens: list[Token], runs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name run that is the sentence's subject: one of its first three words ("But
    Davtyan said"), or the first name after a short introductory phrase closed by a comma
    ("As it turned out, Steenburgen had spent years …", "In 2019, Lee moved"), also with a
    title between the comma and the name when a lower-case word (its verb) follows it."""
    if runs and _opening_participle(tokens, runs[0]):
        runs = runs[1:]  # "Taking the floor, President Adamov spoke": no name
    if not runs:
        return None
    if runs[0][0] <= 2:
        return runs[0]
    for run in runs:
        first = run[0]
        if first > _INTRO_REACH:
            break
        if tokens[first - 1].trailing.endswith(","):
            return run  # (names inside the phrase, "in New York,", are not the subject)
        if (
            first > 1
            and tokens[first - 2].trailing.endswith(",")
            and not tokens[first - 1].trailing
            and tokens[first - 1].core[:1].isupper()
            and tokens[first - 1].core.lower() in TITLE_WORDS
            and run[1] < len(tokens)
            and tokens[run[1]].core.islower()
        ):
            return run  # "Taking the floor at the forum, President Adamov spoke": a title

    return None


_AFTER_PARTICIPLE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "part", "to", "on", "in", "at", "with"}
)


def _opening_participle(tokens: list[Token], run: tuple[int, int]) -> bool:
    """ "Taking the floor, …", "Speaking at the forum, …": a capitalised -ing word that
    opens the sentence and is followed by its object or preposition is no name."""
    first, end = run
    return (
        first == 0
        and end == 1
        and len(tokens) > 1
        and tokens[0].core.endswith("ing")
        and not tokens[0].trailing
        and tokens[1].core in _AFTER_PARTICIPLE
    )


_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OPENERS = frozenset({"but", "and", "yet", "still", "later", "then", "so"})


def pronoun_subject(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]]
) -> Person | None:
    """Who "He" or "She" opening a sentence ("But she …") means, before the sentence's
    own names are registered; "He Yadong" is a name.  The most recent person the pronoun
    may mean, unless the sentence just before gives a new person a job in a sentence of
    its own and this one reports what the pronoun said (:func:`role_antecedent`)."""
    at = 1 if tokens and tokens[0].core.lower() in _OPENERS and not tokens[0].trailing else 0
    if (
        at >= len(tokens)
        or tokens[at].core.lower() not in _SUBJECT_PRONOUNS
        or (runs and runs[0][0] == at)
    ):
        return None
    candidate = state.registry.by_pronoun(tokens[at].core, assign=False)
    return role_antecedent(state, tokens, at, candidate) or candidate


_ROLE_REACH = 300  # characters before a pronoun's sentence where its antecedent is read
_ROLE_TENSES = frozenset({"past", "present"})
_NO_ANTECEDENT_ROLES = word_list("role_nouns_no_antecedent.txt")

# "Oskar Lind is the chairman of Halvik Shipping.": a full name, a copula, an article, up
# to three words that are no preposition nor article ("the brother of the mayor" is no
# job) and a job noun (checked apart), and at most a preposition and a capitalised body,
# to the sentence's end.  Only over one sentence of at most _ROLE_REACH characters, so
# each pronoun costs O(1).
_ROLE_SENTENCE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})"
    r"\s(?:is|was|has\sbeen)\s(?:the|an?)\s"
    r"(?P<job>(?:(?!(?:of|at|for|in|on|to|by|with|from|and|or|the|an?)\s)[A-Za-z-]+\s){0,3}"
    r"(?P<head>[a-z][a-z-]+))"
    r"(?:\s(?:of|at|for)\s(?P<body>(?:the\s)?[A-Z][\w&'’-]*(?:\s(?:(?:of|and|&)\s)?[A-Z][\w&'’-]*){0,5}))?"
    r"[.]"
)
_SENTENCE_BREAK = re.compile(r"[.!?;:\n“”\"«»_]")


def role_antecedent(
    state: ArticleState, tokens: list[Token], at: int, other: Person | None
) -> Person | None:
    """The person a "He said" or "She told …" sentence means when the sentence right
    before it is a copular role sentence of its own about a new full name: "Ann Lee said
    … Oskar Lind is the chairman of Halvik Shipping. He said …" means Lind (made a person
    here, with the job the sentence gave), not Lee.  Narrow on purpose: the name's given
    name must have the pronoun's gender (and the job no other: "chairwoman"), the job's
    head a listed job noun, not a tie ("the brother of …"), a part in an event ("a victim
    of …") nor a part a firm plays ("the lead adviser for …"), no one else named in that
    sentence (not ``other`` either: its words), and the pronoun's verb one of reporting.
    Any other sentence between ("Oskar Lind declined to comment.", "Morgan Stanley is
    advising the buyer.") leaves the pronoun to the most recent person.  Only the one
    sentence before, within :data:`_ROLE_REACH` characters, is read."""
    gender = {"he": "m", "she": "f"}.get(tokens[at].core.lower())
    if gender is None or at + 1 >= len(tokens) or tokens[at].trailing:
        return None
    if not _ROLE_TENSES & reporting_verb_tenses().get(tokens[at + 1].core.lower(), frozenset()):
        return None
    masked = state.masked_text
    stop = tokens[0].start
    window = masked[max(0, stop - _ROLE_REACH) : stop].rstrip()
    if not window.endswith("."):
        return None
    breaks = list(_SENTENCE_BREAK.finditer(window, 0, len(window) - 1))
    if not breaks and stop > _ROLE_REACH:
        return None  # the sentence before is longer than the reach: no role sentence
    begin = breaks[-1].end() if breaks else 0
    lead = len(window[begin:]) - len(window[begin:].lstrip())
    found = _ROLE_SENTENCE.fullmatch(window, begin + lead)
    if found is None or not _job_head(found.group("head"), found.group("job"), gender):
        return None
    words = found.group("name").split()
    if gender_of_name(words[0]) != gender or any(is_org_word(word) for word in words):
        return None
    rest = f"{found.group('job')} {found.group('body') or ''}".split()
    if any(gender_of_name(word) is not None for word in rest if word[:1].isupper()):
        return None  # "the lawyer for Jon Berg": someone else named
    if other is not None:
        own = set(other.words or other.name.split())
        if own & set(re.findall(r"[\w'’-]+", found.group(0))):
            return None  # the last speaker named in it: either may be meant
    offset = max(0, stop - _ROLE_REACH)
    mention = Mention(offset + found.start("name"), offset + found.end("name"), "name", words=words)
    return state.resolve(mention, state.text[offset + found.start() : offset + found.end()])


def _job_head(head: str, job: str, gender: str) -> bool:
    """Whether ``head`` closes a job phrase: a listed job noun that is none of
    ``role_nouns_no_antecedent.txt``, in a phrase whose gender (chairwoman, spokesman) is
    not the other one."""
    if not is_listed_role(head) or head in _NO_ANTECEDENT_ROLES:
        return False
    said = gender_of_role(job)
    return said is None or said == gender


def sentence_subject(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """The person a participle clause (", saying ...", ", adding ...") hangs on: the
    first person named in the sentence before it."""
    masked = state.masked_text
    if not masked[max(lo, verb_start - 8) : verb_start].rstrip().endswith(","):
        return None
    # The subject is looked for in a bounded window, so each participle costs O(1).
    tokens = tokenize(masked, max(lo, verb_start - _SUBJECT_REACH), verb_start)
    for first, end in name_runs(tokens):
        mention = introduced_person(masked, tokens, first, end, lo, verb_start)
        if mention is None:
            words = [t.core for t in tokens[first:end]]
            known = state.registry.by_full_name(" ".join(words)) or (
                state.registry.by_word(words[-1]) if len(words) == 1 else None
            )
            if known is None and not _named_subject(tokens, first, end, lo):
                continue
            mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
        return mention
    return None


def _named_subject(tokens: list[Token], first: int, end: int, lo: int) -> bool:
    """ "Lena Cho resigned Friday, arguing …": a given name and a surname opening the
    sentence, then a lower-case word (its verb), is the sentence's subject."""
    return (
        first == 0
        and tokens[0].start == lo
        and end - first >= 2
        and end < len(tokens)
        and not tokens[end - 1].trailing
        and tokens[end].raw[:1].islower()
        and _given_name(tokens[first].core, tokens[end - 1].core)
        # "Morgan Stanley fell 5%": a firm named like a person, whose last word is a
        # given name too, or whose verb is a share price's
        and gender_of_name(tokens[end - 1].core) is None
        and tokens[end].core.lower() not in _MARKET_VERBS
        and not any(is_org_word(token.core) for token in tokens[first:end])
    )


# Surname endings common in the post-Soviet world and the Caucasus ("Abenov", "Petrenko",
# "Sargsyan", "Nurlanuly", "Beridze"): with them a hyphenated given name is safe to read.
_SURNAME_ENDING = re.compile(
    r"[A-Z][a-z]+(?:ov|ev|ova|eva|in|ina|yn|enko|yan|ian|uly|kyzy|sky|skiy|dze|shvili)"
)


def _given_name(word: str, surname: str) -> bool:
    """Whether ``word`` opens a person's name before ``surname``: a known given name, or a
    hyphenated one ("Nur-Sultan", "Aslan-Bek") whose first part is a known given name, when
    its second part is one too or the surname has a surname's ending ("Mercedes-Benz
    Vans" has neither)."""
    if gender_of_name(word) is not None:
        return True
    parts = word.split("-")
    if len(parts) != 2 or gender_of_name(parts[0]) is None or not parts[1][:1].isupper():
        return False
    return gender_of_name(parts[1]) is not None or bool(_SURNAME_ENDING.fullmatch(surname))


_MARKET_VERBS = word_set(
    "fell rose gained dropped slipped jumped climbed slumped surged tumbled soared sank "
    "posted reported shares stock"
)


# "… and said", "declined to comment but said", "and later said"
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


_OBJECT_PREPOSITIONS = frozenset(
    {"of", "to", "for", "with", "by", "from", "at", "on", "in", "against", "about", "over"}
)


def coordinated_subject(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """The subject of a verb coordinated after another verb phrase: "Swift took to social
    media and accused the label of …", "when Lee looks into the cameras and swears he …".
    Only when the clause names one person, and names them before anything else."""
    masked = state.masked_text
    if _AND_BEFORE.search(masked, max(lo, verb_start - 12), verb_start) is None:
        return None
    tokens = tokenize(masked, max(lo, verb_start - _SUBJECT_REACH), verb_start)
    runs = name_runs(tokens)
    if runs and tokens[0].start == lo and _opening_participle(tokens, runs[0]):
        runs = runs[1:]  # "Taking the floor, President Adamov spoke … and said"
    if len(runs) != 1:
        return None
    first, end = runs[0]
    if end >= len(tokens) or not tokens[end].raw[:1].islower() or tokens[end - 1].raw[-1:] in ",;:":
        return None  # the name is no subject followed by its own verb phrase
    if first > 0 and tokens[first - 1].core.lower() in _OBJECT_PREPOSITIONS:
        # "The opposition criticised the decision of Sokolova and said": the name is the
        # object of a preposition, not the subject the coordinated verb shares
        return None
    mention = introduced_person(masked, tokens, first, end, lo, verb_start)
    if mention is not None:
        return mention
    words = [t.core for t in tokens[first:end]]
    known = state.registry.by_full_name(" ".join(words)) or (
        state.registry.by_word(words[-1]) if len(words) <= 2 else None
    )
    if known is None:
        return None
    return Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
