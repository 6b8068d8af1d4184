"""A role reference whose holder the article names only after it (cataphora).

A lead often describes the speaker before naming them: "About 400 boats may be laid up,
says the Minister of Fisheries, the Gazette writes. … “…,” Pavel Orlov told radio." or
'“The border is calm,” said the Drovanian Head of State. … President Marek Ostil also met
the troops.'  When a role noun ("the minister", "the spokesman for X") resolves to no one
named before it, :func:`name_ahead` reads the rest of its paragraph and the next two
(bounded) for the first personal name there, and takes it only when

* a title or job written with the name holds the role noun ("President Marek Ostil" for
  "the head of state"), or
* an apposition written with the speaking name holds it ('"…," said Marta Ilves, head of
  the Port Authority' for "the port chief").

A speaker with no job written with the name is never taken: '"I disagree," said Mark Fox'
after "the minister said …" is as often the minister's opponent.

A first name that fits neither (another job, or someone only mentioned) means nobody:
the description is never passed on to a later name.
"""

from __future__ import annotations

import re

from app.ingest.appositions import apposition_after
from app.ingest.attribution import Mention, subject_after, subject_before
from app.ingest.mentions import (
    ALL_TITLE_WORDS,
    clause_start,
    mention_from_run,
    part_of_organization,
)
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import is_role_word, surname_key, surname_of
from app.ingest.people.registry import GENERIC_REFERENCE_NOUNS, described_job_fits
from app.ingest.people.role_bodies import bodies_agree, job_not_held
from app.ingest.speech_verbs import Verb
from app.ingest.tokens import name_runs, tokenize

__all__ = ["name_ahead", "name_behind"]

AHEAD_REACH = 1500  # characters after the reference read for the name
BEHIND_REACH = 1500  # characters before the reference read for names written with a job
_CUE_REACH = 200  # characters around a name where a word of its job must stand
_HEADS: tuple[str, ...] = ("head", "chief", "leader", "chair", "director", "president", "boss")
# Words of a job written with a name that a role noun other than its own word may fit:
# "head of the commission" for "the chairperson", "Head of State" for "the president".
_JOB_CUES: dict[str, tuple[str, ...]] = dict.fromkeys(
    (
        *("head", "chief", "leader", "boss", "director", "chairman", "chairwoman"),
        *("chair", "chairperson", "president", "premier"),
    ),
    _HEADS,
)
_VERB_REACH = 250  # characters around the name where its speech verb may stand


def name_ahead(
    masked: str,
    mention: Mention,
    hi: int,
    verbs: list[Verb],
) -> tuple[list[str], bool] | None:
    """The full name the role reference ``mention`` stands for, named after it in
    ``masked[mention.end:hi]`` (the narration, quotes masked), and whether a job is
    written with that name; or None.  ``verbs`` are the speech verbs of that stretch."""
    noun = (mention.noun or "").lower()
    if not noun or mention.unnamed or noun in GENERIC_REFERENCE_NOUNS:
        return None
    if not is_role_word(noun.rsplit(" ", 1)[-1]) or noun in _BODY_NOUNS:
        return None
    behind = name_behind(masked, mention)
    if behind is not None:
        return (behind, False) if behind else None  # (its job read from the reference)
    lo = mention.end
    hi = min(hi, lo + AHEAD_REACH)
    tokens = tokenize(masked, lo, hi)
    for first, end in name_runs(tokens):
        if part_of_organization(tokens, first, end):
            continue
        clause_lo = clause_start(masked, lo, tokens[first].start)
        run = mention_from_run(masked, tokens, first, end, clause_lo)
        titled = run.title or run.honorific
        if not run.full or (not titled and gender_of_name(run.words[0]) is None):
            continue  # "the Harbour Gazette writes": no person's name
        if _SENTENCE_END.search(masked, lo, run.start) is None:
            return None  # "the mayor called it X, so Councillor Ben Tate said": another
        job = " ".join(
            part for part in (run.pre_role, run.title, _job_before(masked, clause_lo, run)) if part
        ) or apposition_after(masked, tokens, end, hi)  # "Marta Ilves, head of the X,"
        if job:
            fits = _job_means(job, noun, mention.qualifier, bare_ok=True)
            return (run.words, True) if fits else None
        spoken = _speaker_of_verb(masked, run, verbs)
        if spoken is None or not spoken.apposition:
            # "Ann Lee was in town", or '"I disagree," said Mark Fox' after "the minister
            # said": a speaker with no job written may as well be someone else (review)
            return None
        if not _job_means(spoken.apposition, noun, mention.qualifier, bare_ok=True):
            return None  # "Ann Lee, an analyst, said": someone else than the minister
        return run.words, True
    return None


# Job nouns that as often name a body: "the grid operator asked users to …".
_BODY_NOUNS = frozenset(
    {"operator", "regulator", "carrier", "provider", "supplier", "manufacturer", "producer"}
    | {"developer", "broadcaster", "publisher", "distributor", "retailer", "insurer", "lender"}
    | {"watchdog", "organiser", "organizer", "sponsor", "owner", "buyer", "seller", "investor"}
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _job_before(masked: str, clause_lo: int, run: Mention) -> str | None:
    """Job words written right before the name that the run left out ("so Councillor")."""
    words = masked[max(clause_lo, run.start - 40) : run.start].split()[-3:]
    jobs = [word for word in words if is_role_word(word.lower()) or word.lower() in ALL_TITLE_WORDS]
    return " ".join(jobs) or None


def _speaker_of_verb(masked: str, run: Mention, verbs: list[Verb]) -> Mention | None:
    """The subject mention of a speech verb near ``run`` that names the same person."""
    surname = surname_key(surname_of(run.words))
    for verb in verbs:
        if verb.start() > run.end + _VERB_REACH or verb.end() < run.start - _VERB_REACH:
            continue
        if verb.start() >= run.end:
            found = subject_before(masked, max(0, run.start - 200), verb.start())
        else:
            found = subject_after(masked, verb.end(), min(len(masked), run.end + _VERB_REACH))
        if (
            found is not None
            and found.kind == "name"
            and found.words
            and surname_key(surname_of(found.words)) == surname
        ):
            return found
    return None


def name_behind(masked: str, mention: Mention) -> list[str] | None:
    """The full name of the one person named before the role reference ``mention`` with
    a job written beside the name that the reference describes ("On Monday the
    Chairperson of the Vote Commission of Kelmar Anna Ruvina summed up …" for a later
    'said the Chairperson of the Vote Commission of Kelmar'; "Defence Minister Tomas
    Vell" for "the minister"), though they never spoke before it.

    Returns the name; an empty list when two or more people named so fit (nobody is
    meant then, and no name after the reference is sought); None when none does."""
    noun = (mention.noun or "").lower()
    lo = max(0, mention.start - BEHIND_REACH)
    last = noun.rsplit(" ", 1)[-1]
    # "the President of Tarnland" names its office exactly: only a job of the same word
    # ("President", "Head of State") is read, never "director of the Tarnland Museum"
    wanted = (
        _exact_words(last) if _names_body(mention.qualifier) else (*_JOB_CUES.get(last, ()), last)
    )
    behind = masked[lo : mention.start].lower()
    if not any(word in behind for word in wanted):
        return None  # no word of the job written before: nothing to read
    tokens = tokenize(masked, lo, mention.start)
    fitting: dict[str, list[str]] = {}
    for first, end in name_runs(tokens):
        if end - first < 2:
            continue  # no full name
        near_lo = max(0, tokens[first].start - _CUE_REACH - lo)
        near = behind[near_lo : tokens[end - 1].end + _CUE_REACH - lo]
        if not any(word in near for word in wanted):
            continue  # no word of the job near the name: not read (the scan stays cheap)
        if part_of_organization(tokens, first, end):
            continue
        clause_lo = clause_start(masked, lo, tokens[first].start)
        for stop in _SENTENCE_END.finditer(masked, clause_lo, tokens[first].start):
            clause_lo = stop.end()  # (never a job the sentence before ends in)
        run = mention_from_run(masked, tokens, first, end, clause_lo)
        job = " ".join(
            part for part in (run.pre_role, run.title, _job_before(masked, clause_lo, run)) if part
        ) or _title_phrase_before(masked, clause_lo, run.start)
        if not run.full or (not job and gender_of_name(run.words[0]) is None):
            continue
        job = job or apposition_after(masked, tokens, end, mention.start)
        if not job or not _job_means(job, noun, mention.qualifier):
            continue
        if _NOT_HELD_BEFORE.search(masked, max(clause_lo, run.start - _NOT_HELD_REACH), run.start):
            continue  # "ex-President Oleg Varno": no longer the office
        if _only_after_head(job, noun):
            continue  # "spokesman for the governor Ann Lee" is no governor
        fitting[surname_key(surname_of(run.words))] = run.words
    if not fitting:
        return None
    return next(iter(fitting.values())) if len(fitting) == 1 else []


# Words of one office: a written job of any of them holds a title naming another.
_SAME_OFFICE: tuple[frozenset[str], ...] = (
    frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
    frozenset({"president", "head of state"}),
    frozenset({"premier", "minister", "head of government"}),
)
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:former|ex|late|then|onetime|one-time|erstwhile)\b-?[ \t]*(?:[\w-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
_NOT_HELD_REACH = 40  # characters before a name where "former" makes its job a past one
_HEAD_SPLIT = re.compile(r"\s(?:of|for|at)\s")


def _job_means(job: str, noun: str, qualifier: str | None, *, bare_ok: bool = False) -> bool:
    """Whether the job written with a name is the office a role reference describes:
    it fits the noun (:func:`described_job_fits`), is held (not "the former
    chairperson", not "the President's daughter"), its body agrees with the reference's
    (:func:`bodies_agree`), and, when the reference names a body ("the President of
    Tarnland"), its head is the same office ("director of the Tarnland Museum" is not).
    ``bare_ok``: a bare title written with a later name ("President Anna Dorn") needs no
    body to agree (the cataphora reads the name's own title)."""
    if not described_job_fits(job, noun, qualifier) or job_not_held(job):
        return False
    if _names_body(qualifier) and not _same_head(job, noun.rsplit(" ", 1)[-1]):
        return False  # "head of the Norvania Chess Federation" for "the President of Norvania"
    if bare_ok and not any(
        word[:1].isupper()
        and not is_role_word(word.lower())
        and word.lower() not in ALL_TITLE_WORDS
        for word in job.split()
    ):
        return True  # "President Anna Dorn" named after the reference: no body to compare
    return bodies_agree(qualifier, job)  # "the Minister of Finance" is not Defence Minister X


def _names_body(qualifier: str | None) -> bool:
    """Whether a reference's qualifier names a body ("Tarnland", "Vote Commission")."""
    return any(word[:1].isupper() for word in (qualifier or "").split())


def _exact_words(word: str) -> tuple[str, ...]:
    """The words of the office ``word`` names, as written with a name (see
    :data:`_SAME_OFFICE`): "president" is read as "president" or "head of state"."""
    for office in _SAME_OFFICE:
        if word in office:
            return tuple(office) if word != "minister" else ("minister", "head of government")
    return (word,)


def _same_head(job: str, word: str) -> bool:
    """Whether the head of the written ``job`` (its word before "of", "for" or "at":
    "director of the X" gives director, "Defence Minister" minister) is the office
    ``word`` names ("Chairperson" for "the chair"; "Head of State" for "the President")."""
    low = " ".join(job.lower().split())
    if any(phrase in low for phrase in ("head of state", "head of government")):
        head = "head of state" if "head of state" in low else "head of government"
    else:
        before = _HEAD_SPLIT.split(low, maxsplit=1)[0].split()
        head = before[-1] if before else ""
    return head == word or head in _exact_words(word)


# The capitalised words and links of a title phrase written before a name, read back to
# the article that opens it: "the Chairperson of the Vote Commission of Kelmar".
_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*|of|for|and|the|on")
_TITLE_WORDS = 12  # the most words such a title phrase holds


def _title_phrase_before(masked: str, clause_lo: int, name_start: int) -> str | None:
    """The title phrase right before a name ("On Monday the Chairperson of the Vote
    Commission of Kelmar Anna Ruvina" gives "Chairperson of the Vote Commission of
    Kelmar"): capitalised words and links read back from the name to "the" or a word of
    another kind, when a job word is among them."""
    words = masked[max(clause_lo, name_start - 160) : name_start].split()[-_TITLE_WORDS:]
    phrase: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if not _TITLE_WORD.fullmatch(word):
            break
        if word.lower() == "the" and (at == 0 or words[at - 1] not in {"of", "for"}):
            break  # the article opening the phrase (not "of the Vote Commission")
        phrase.insert(0, word)
    while phrase and phrase[0].islower():
        phrase.pop(0)  # "of the Vote Commission": no job opens it
    if not phrase or not any(is_role_word(word.lower()) for word in phrase):
        return None
    return " ".join(phrase)


_AFTER_HEAD = re.compile(r"\s(?:of|for|to|at|with)\s|['’]s?\s")


def _only_after_head(job: str, noun: str) -> bool:
    """Whether the role noun's word stands in ``job`` only after its head ("spokesman for
    the governor", "the governor's aide"): the job is another's."""
    head, *tail = _AFTER_HEAD.split(job.lower(), maxsplit=1)
    word = noun.lower().rsplit(" ", 1)[-1]
    return bool(tail) and word in tail[0].split() and word not in head.split()
