"""Reported speech (kind ``paraphrase``): the reported clause without its attribution.

* ``X said that …`` / ``X believes …`` (a bare clause when the verb allows one and the
  clause looks like one: :func:`app.ingest.speech_verbs.bare_clause_ok`);
* ``…, saying …`` hanging on the sentence's first-named person;
* ``…, X noted.`` / ``…, notes the expert.``: the clause before the last comma;
* ``The tuft cell, X said, is …``: an attribution set off by commas inside the sentence.

Sources named by a phrase ("According to X, …", "X's claim that …") are read first, by
:mod:`app.ingest.source_phrases`.  A clause that opens with a quotation belongs to the
quote rules; a partial quote inside the clause ("said the text was “ninety percent
ready”") is fine.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.article_state import THAT, ArticleState, Found
from app.ingest.attribution import Mention, subject_after, subject_before
from app.ingest.coordinated_verbs import first_conjunct_subject
from app.ingest.coordination import coordinated_before
from app.ingest.dates import said_on
from app.ingest.directives import commits_to, directive_object
from app.ingest.people.names import has_role_noun
from app.ingest.people.registry import Person
from app.ingest.people.subjects import coordinated_subject, sentence_subject
from app.ingest.quote_cues import ends_in_preposition, preposition_at
from app.ingest.report_clauses import (
    CONTEXT,
    adjunct_clause_start,
    dated_clause_start,
    heavily_quoted,
    mostly_quoted,
    quoted_subject,
    reported_clause_end,
    too_thin,
    whole_quotation,
)
from app.ingest.source_phrases import (
    noun_report,
    pronoun_source_quote,
    source_phrase_report,
    stance_report,
)
from app.ingest.speech_verbs import (
    addressee_subject,
    against_clause,
    all_forms,
    bare_clause_ok,
    expectation_object,
    expects_to,
    gerund_object,
    has_finite_verb,
    has_verb_form,
    is_source_verb,
    is_speech_ing,
    negated_report,
    object_clause,
    simple_past,
    starts_with_verb,
    takes_bare_clause,
    tells,
    told_clause_start,
    verb_form,
)
from app.ingest.subject_span import noun_phrase_antecedent
from app.ingest.tokens import name_runs, tokenize
from app.ingest.vocabulary import subordinators, word_list

# Verbs whose object is as often a piece of writing as a clause: after them "that" with no
# verb to follow is a determiner ("wrote that song in 2010", "posted that video on Sunday").
_WORK_OBJECT_VERBS = frozenset().union(*(all_forms(lemma) for lemma in ("write", "post", "tweet")))
_SENTENCE_STOP = re.compile(r"[.;!?]")


def _told_clause_start(verb: str, after: str) -> int | None:
    """Where the reported clause starts after "told <audience>" with no "that"
    (:func:`told_clause_start`), read past an adverbial that closes the audience: in "told
    reporters following the meeting the bridge would …" the clause is not "the meeting
    the bridge would …" but what follows the adverbial's object."""
    start = 0
    for _ in range(_ADVERBIALS_READ + 1):
        found = told_clause_start(verb, after[start:])
        if found is None:
            return None
        found += start
        skip = preposition_at(after, found)  # "told reporters following the meeting …"
        if skip is None and not ends_in_preposition(after[start:found]):
            if start and not _opens_subject(after, found):
                # "told reporters following the vote count closely the plan …": where the
                # adverbial's object ends is unsure; no clause rather than a wrong one
                return None
            return found
        start = skip if skip is not None else found  # read on after the adverbial's head
    return None


_ADVERBIALS_READ = 2  # adverbials between an audience and its reported clause, at most


def _opens_subject(after: str, at: int) -> bool:
    """Whether the word at ``at`` may open a clause's subject: a determiner or a pronoun
    ("the bridge would …", "she was …") or a capitalised word ("Hale would …")."""
    words = after[at:].split(None, 1)
    if not words:
        return False
    word = words[0]
    return word[:1].isupper() or word.lower() in _CLAUSE_SUBJECTS


def _that_determiner(verb: str, after: str, that_end: int) -> bool:
    """ "posted that photo on Sunday": "that" opens no clause (see _WORK_OBJECT_VERBS)."""
    if verb.lower() not in _WORK_OBJECT_VERBS:
        return False
    stop = _SENTENCE_STOP.search(after, that_end)
    clause = after[that_end : stop.start() if stop else len(after)]
    # 'tweeted that the epidemic “needs to be …”': a quotation (masked) carries the verb.
    return not any(mark in clause for mark in '_“”"«»') and not has_verb_form(clause)


# Verbs whose object is a piece of writing ("wrote a letter", "published an essay").
_WRITING_VERBS = frozenset().union(
    *(all_forms(lemma) for lemma in ("write", "post", "tweet", "publish", "sign", "pen"))
)
_INDEFINITE_OBJECT = re.compile(r"\s*(?:a|an|another)\s")
_OBJECT_END = re.compile(r"[,;:.!?(]|\s(?:which|that|saying|in|on|to|for|about)\s")


def _written_object(verb: str, after: str) -> bool:
    """ "wrote an open letter, which protested …", "signed a petition": after a verb of
    writing, an indefinite noun phrase is the work, not reported speech (a clause after
    "that" or a colon is another matter, read before this)."""
    if verb.lower() not in _WRITING_VERBS or _INDEFINITE_OBJECT.match(after) is None:
        return False
    phrase = _OBJECT_END.split(after, maxsplit=1)[0]
    # "wrote a new law would hurt artists", "writes a review board last month found …": a
    # clause (an irregular past after a noun; "an article published in" is the work's)
    words = phrase.lower().split()
    return not has_finite_verb(phrase) and not any(
        verb_form(word)
        and not word.endswith(("ed", "s", "ing"))
        and words[at - 1] not in _DETERMINER_WORDS
        for at, word in enumerate(words[1:], start=1)
    )


_DETERMINER_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "by"})
_AND_BETWEEN = re.compile(r"\s+and\s+")


def _subject_of_said_and(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """ "“…,” she said and added that …": a speech verb coordinated right after another
    speech verb ("said and added") has that verb's subject."""
    masked = state.masked_text
    for before in state.verbs(max(lo, verb_start - 40), verb_start)[-1:]:
        if _AND_BETWEEN.fullmatch(masked, before.end(), verb_start) is None:
            return None
        return subject_before(masked, lo, before.start())
    return None


_COMMA_THEN_CLAUSE = re.compile(r",\s++(?=[a-z])")
_ASIDE_BEFORE_THAT = re.compile(r",\s+that\s")
_HEAD_WORDS = 4  # words before the verb: its subject and a conjunction ("And Morrow says")
_NOT_A_CLAUSE_START = re.compile(r"(?:who|which|whose|however|though|adding|saying|noting)\b")


def _comma_clause_start(verb: str, after: str, head: str) -> int | None:
    """ "And Morrow says, in this market that could cut deep …": a comma right after a
    verb that takes a bare clause, then the clause (lower case, a finite verb, no quoted
    words), when the subject and verb open the sentence.  Returns an offset into
    ``after``."""
    comma = _COMMA_THEN_CLAUSE.match(after)
    if comma is None or len(head.split()) > _HEAD_WORDS or not takes_bare_clause(verb):
        return None
    stop = _SENTENCE_STOP.search(after, comma.end())
    clause = after[comma.end() : stop.start() if stop else len(after)]
    if (
        _NOT_A_CLAUSE_START.match(clause)
        or _ASIDE_BEFORE_THAT.search(clause)  # "argued, the fees being high, that …"
        or any(mark in clause for mark in '_“”"«»')
        or not has_finite_verb(clause)
    ):
        return None
    return comma.end()


# "said standards in the units – which lack doctors – were poor": an aside set off by a
# pair of dashes inside the sentence; the clause's shape is read without it.
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—.;:!?\n]{1,150}?\s[–—-]\s")
_OBJECT_REACH = 120  # characters after a verb read for "<object> and <speech verb>"


def _object_then_and_verb(state: ArticleState, clause_lo: int, hi: int) -> bool:
    """ "confirmed the news and claimed that …": what follows a verb is its object (no verb
    form of its own) and then "and" with another speech verb, which reports the clause;
    the object is no reported clause."""
    masked = state.masked_text
    for later in state.verbs(clause_lo, min(hi, clause_lo + _OBJECT_REACH))[:1]:
        joined = _AND_ONLY_BEFORE.search(masked, max(clause_lo, later.start() - 20), later.start())
        if joined is None:
            return False
        return not has_verb_form(masked[clause_lo : joined.start()])
    return False


_AND_ONLY_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later)\s+)?$")


def paraphrase_in(
    state: ArticleState, lo: int, hi: int, *, split_from: Person | None = None
) -> None:
    masked = state.masked_text
    quoted = heavily_quoted(state, lo, hi)
    if not quoted and source_phrase_report(state, lo, hi):
        return
    if quoted and pronoun_source_quote(state, lo, hi):
        return  # 'According to him, "…"': the quote rules found no verb for it
    if masked[lo:hi].rstrip(' "”»’)').endswith("?"):
        return  # "Would Adam Shore say that …?": a question reports nothing
    adding = _ADDING_QUOTE.search(masked, lo, hi)
    if (
        adding is not None
        and not heavily_quoted(state, lo, adding.start())
        and _clause_before_attribution(state, lo, adding.start())
    ):
        return  # "The forum was a milestone, said Lee, adding: “…”": the quote is the quote
        # rules'; the clause before the attribution is Lee's paraphrase.
    if not quoted and _parenthetical(state, lo, hi):
        return
    read_to = lo  # after an infinitive's report, the next verb past it is read too
    split = False  # a report ended before another speaker's clause (_next_speaker_clause)
    # ``split_from``: the speaker of the clause just split off ("…, Lee said, and the mayor
    # said …": read after her parenthetical attribution), no role subject's
    for verb in state.verbs(lo, hi):
        if verb.start() < read_to:
            continue  # inside the infinitive just reported
        after = masked[verb.end() : min(hi, verb.end() + 300)]
        colon = _COLON_CLAUSE.match(after)
        that = THAT.search(after[:90])
        # 'told "Kommersant" that …': an outlet's quoted name is no quotation
        gap = _QUOTED_NAME.sub("", after[: that.start()]) if that else ""
        preceding = masked[max(lo, verb.start() - 30) : verb.start()]
        directive = directive_object(verb.group(), after)
        fragment = None  # where a quotation after "to" opens: 'told them to “keep …”'
        infinitive = False  # the content is a to-infinitive, not a clause
        if directive is not None and (that is None or that.start() >= directive.end()):
            # "told the agencies to halt the tender", "called on the utility to …"
            clause_lo, infinitive = verb.end(), True
            if directive.group("quote"):
                fragment = verb.end() + directive.start("quote")
        elif commits_to(verb.group(), after, preceding):
            # "pledged to build 5,000 homes", "instructed to double …"
            clause_lo, infinitive = verb.end(), True
        elif colon is not None:
            # "The coach emphasized: he must play better.": a reported clause, no quote.
            clause_lo = verb.end() + colon.end()
        elif (
            that is not None
            # ("noted, that …": translations keep the source language's comma before "that")
            and (
                not re.search(r"[.,;:!?“”\"«»_]", gap)
                or (gap.strip() == "," and not _THAT_IS.match(after, that.end()))
                # "She cautioned, however, that …": an adverb set off by commas
                or _ADVERB_ASIDE.fullmatch(gap) is not None
                # "said on Monday, after a tour of the plant, that …": one aside skipped
                or _INTERPOSED.fullmatch(gap) is not None
            )
            and len(gap.split()) <= (_ASIDE_WORDS if _INTERPOSED.fullmatch(gap) else 8)
            and not state.verbs(verb.end(), verb.end() + len(gap))
            and not _that_determiner(verb.group(), after, that.end())
            and not (
                # "given that …", "he understood the anger but that …": the clause began
                # at the verb, and this "that" is inside it.
                (has_finite_verb(gap) or _COORDINATED.search(gap))
                and bare_clause_ok(verb.group(), after)
            )
            and not _object_relative(verb.group(), gap, after[that.end() :])
        ):
            clause_lo = verb.end() + that.end()
        elif (dated := dated_clause_start(verb.group(), after)) is not None:
            clause_lo = verb.end() + dated  # "said last week the reform would fail"
        elif (adjunct := adjunct_clause_start(verb.group(), after)) is not None:
            clause_lo = verb.end() + adjunct  # "said at the forum she was …", "said according to …"
        elif gerund_object(verb.group(), after):
            clause_lo, infinitive = verb.end(), True  # "spoke in favour of reopening …"
        elif (
            bare_clause_ok(verb.group(), _DASH_ASIDE.sub(" ", after, count=1))
            or against_clause(verb.group(), after)
            or expectation_object(verb.group(), after)
            or object_clause(verb.group(), after)
            or gerund_object(verb.group(), after)
            or expects_to(verb.group(), after, masked[max(lo, verb.start() - 12) : verb.start()])
        ):
            clause_lo = verb.end()
        elif (told := _told_clause_start(verb.group(), after)) is not None:
            clause_lo = verb.end() + told
        elif (
            comma := _comma_clause_start(verb.group(), after, masked[lo : verb.start()])
        ) is not None:
            clause_lo = verb.end() + comma
        else:
            continue
        if addressee_subject(verb.group(), masked[max(lo, verb.start() - 20) : verb.start()]):
            continue
        if clause_lo == verb.end() and _written_object(verb.group(), after):
            continue  # "wrote an open letter, which …": the thing written, not its content
        if clause_lo == verb.end() and _object_then_and_verb(state, clause_lo, hi):
            continue  # "confirmed the news and claimed that …": the second verb reports
        subject_end, rule = verb.start(), ""
        negation = negated_report(verb.group(), preceding)
        if negation is None and _NEGATED.search(preceding):
            # "did not say that …", "Nor did he say whether …", "declined to disclose …":
            # nor is anything in its scope said, up to a "but" or a semicolon
            scope = _SCOPE_END.search(masked, verb.end(), hi)
            read_to = scope.start() if scope is not None else hi
            continue
        if negation is not None:
            if negation < 0:
                continue  # "ruled out that …": not what the speaker holds
            # "Gromov did not rule out that …": the subject stands before the negation
            subject_end, rule = max(lo, verb.start() - 30) + negation, "negated-rule-out"
        # "X has denied the report and said …": the subject of the verb phrase "and" joins
        mention = first_conjunct_subject(masked, lo, verb.start()) or subject_before(
            masked, lo, subject_end
        )
        if (
            mention is not None
            and mention.kind == "pronoun"
            and noun_phrase_antecedent(masked, lo, mention.start)
        ):
            continue  # "The courier was detained, but he claims …": the courier's claim
        if mention is None and _participle(verb.group()):
            mention = _attribution_before_participle(state, lo, verb.start())
        if mention is None and _participle(verb.group()):
            mention = sentence_subject(state, lo, verb.start())
        if mention is None:
            mention = _subject_of_said_and(state, lo, verb.start())
        if mention is None:
            mention = coordinated_subject(state, lo, verb.start())
        if mention is None:
            pair = _pair_before(state, lo, verb.start())
            if pair and _report_of_pair(state, pair, clause_lo, hi, (verb.start(), verb.end())):
                return
            continue
        clause_hi = reported_clause_end(state, clause_lo, hi)
        if infinitive:
            clause_hi = _infinitive_end(state, clause_lo, clause_hi)
        # "said the harvest will be late, and Tom Hale agreed": the clause ends before a
        # coordinated clause with a speaker of its own, whose report is read next.
        next_clause = _next_speaker_clause(state, clause_lo, clause_hi)
        if next_clause is not None:
            clause_hi = state.trim_end(clause_lo, next_clause.start())
        if _reported_in_turn(state, clause_lo, clause_hi, hi):
            break  # the attribution at the end owns the whole sentence (below)
        if state.quoted_chars(lo, verb.start()) and _attribution_only(state, clause_lo, hi):
            continue  # '“…,” he said he told them.': the clause attributes the quote
        if _SUBORDINATOR_BEFORE.search(masked, max(lo, mention.start - 40), mention.start):
            # "Before Lee wrote her first novel, Chen had finished three": a report inside a
            # subordinate clause ends at the clause's comma; the main clause is nobody's.
            comma = masked.find(",", clause_lo, clause_hi)
            if comma > 0:
                clause_hi = comma
            if not has_verb_form(masked[clause_lo:clause_hi]):
                continue
        whole = whole_quotation(state, clause_lo, clause_hi, hi)
        if fragment is not None:
            whole = _quoted_fragment(state, fragment, hi)
            if whole is None:
                continue
        if (
            whole is None
            and too_thin(state, clause_lo, clause_hi)
            and not quoted_subject(state, clause_lo, clause_hi)
        ):
            continue
        context = state.text[max(lo, clause_lo - CONTEXT) : clause_lo]
        # "he and Greer said": the first of two coordinated speakers is resolved first, as
        # it comes first in the text.
        other = coordinated_before(masked, lo, mention)
        first = state.resolve(other, context) if other is not None else None
        if split_from is not None and mention.kind in ("role", "age"):
            # "Lee said the harvest will be late, and his spokesman said …": the job after
            # the split is someone else's, never hers (nor hers to take on); only a
            # person already known in that job is meant.
            person = state.resolve(mention, context, create=False)
            if person is None or person is split_from:
                continue
        else:
            person = state.resolve(mention, context)
        if person is None:
            continue
        when = said_on(context, state.published_on)
        cue = (verb.start(), verb.end())
        if not rule:
            rule = "participle" if _participle(verb.group()) else "reported-clause"
        if rule == "participle" and mention.kind == "name":
            _pronoun_evidence(state, person, lo, clause_lo)
        speakers = [first, person] if first is not None and first is not person else [person]
        tail = _quote_tail(state, clause_lo, clause_hi, hi) if whole is None else None
        for speaker in speakers:
            if whole is not None:
                state.emit(whole[0], whole[1], "quote", speaker, when, "quoted-clause", cue)
            elif tail is not None:
                # 'said that three rounds had taken place and “the mood was good.”'
                state.emit(clause_lo, tail[0], "paraphrase", speaker, when, rule, cue)
                state.emit(tail[1], tail[2], "quote", speaker, when, "quote-tail", cue)
            else:
                state.emit(clause_lo, clause_hi, "paraphrase", speaker, when, rule, cue)
        if infinitive and state.verbs(clause_hi, hi):
            read_to = clause_hi
            continue  # "pledged to …, and urged the council to …": the next report is read
        if next_clause is not None:
            read_to, split, split_from = next_clause.end(), True, person
            continue  # "…, and Tom Hale said the roads would close": his report is read
        return
    if split:
        return  # the clauses of the sentence were read, one speaker after another
    if not quoted and (
        noun_report(state, lo, hi) or stance_report(state, lo, hi) or _stance_colon(state, lo, hi)
    ):
        return
    if quoted or masked[lo:hi].rstrip().endswith(":"):
        return  # an introduction ("Asked about X, he said:") announces; it reports nothing
    if not _clause_before_attribution(state, lo, hi):
        _clause_before_they(state, lo, hi)


# ", and Tom Hale agreed", ", but the mayor said …": a conjunction after a comma, then a
# clause of its own (possessive quantifiers: no backtracking).
_JOINED_CLAUSE = re.compile(r",\s++(?:and|but|while|whereas|yet)\s++")
_JOINS_READ = 6  # the ", and"s of one reported clause read for another speaker, at most
_SUBJECT_REACH = 80  # characters after the conjunction where the next speech verb may stand
_SUBJECT_LEAD_WORDS = 4  # "the ministry's chief Tom Hale": the words of a job before a name
_LEAD_STOPS = frozenset({"that", *subordinators()})


def _next_speaker_clause(
    state: ArticleState, clause_lo: int, clause_hi: int
) -> re.Match[str] | None:
    """The ", and" (", but" …) in ``[clause_lo, clause_hi)`` that joins on a clause with its
    own speaker: a person (a name, a job or a pronoun, with at most a job before a name)
    right after the conjunction, as the subject of a speech verb ("said the harvest will
    be late, and Tom Hale agreed").  That clause is no part of the report before it.
    "…, and that Hale agreed" still reports ("that" opens a reported clause), and so does
    "…, and farmers agreed" (nobody named)."""
    for count, join in enumerate(_JOINED_CLAUSE.finditer(state.masked_text, clause_lo, clause_hi)):
        if count == _JOINS_READ:
            break  # (bounded: each verb of a long sentence reads a few joins, not all)
        if _speaker_opens(state, join.end(), clause_hi):
            return join
    return None


def _speaker_opens(state: ArticleState, at: int, hi: int) -> bool:
    """Whether a person at ``at`` (after at most a job's words) is the subject of the
    first speech verb in the next few words."""
    masked = state.masked_text
    for verb in state.verbs(at, min(hi, at + _SUBJECT_REACH))[:1]:
        mention = subject_before(masked, at, verb.start())
        return (
            mention is not None
            and _plain_lead(masked[at : mention.start])
            and not _aside_closes(masked, verb.end(), hi)
        )
    return False


_ASIDE_CLOSE = re.compile(r"[^,;:.!?]{0,40}+,\s++([a-z’']++)")


def _aside_closes(masked: str, at: int, hi: int) -> bool:
    """ "Lee said that farmers, and Tom Hale noted this, would lose money": after the verb a
    comma closes the clause and the first clause's verb goes on ("would lose"): an aside
    inside her report, no clause of his own."""
    close = _ASIDE_CLOSE.match(masked, at, hi)
    if close is None:
        return False
    word = close.group(1).lower()
    return word in statement_auxiliaries() or simple_past(word) or has_finite_verb(word)


def _plain_lead(lead: str) -> bool:
    """Whether ``lead`` (the words between a conjunction and the subject it introduces) is
    nothing or a job's words ("the ministry's chief "): no comma, no "that" nor a
    subordinator, no verb."""
    words = lead.split()
    if not words:
        return True
    return (
        len(words) <= _SUBJECT_LEAD_WORDS
        and all(word.replace("’", "'").removesuffix("'s").isalpha() for word in words)
        and not any(word.lower() in _LEAD_STOPS for word in words)
        and has_role_noun(lead)
        and not has_finite_verb(lead)
    )


# "promised to protect Medicaid and hammered Bevin on …": "and" then a verb in the past
# starts the subject's next deed, no part of the infinitive.
_AND_WORD = re.compile(r",?\s+and\s+(?P<word>[a-z]+)\b")


def _infinitive_end(state: ArticleState, clause_lo: int, clause_hi: int) -> int:
    """Where a to-infinitive's (or a gerund's) content ends: before "and" with a simple
    past or another speech verb after it ("…, and urged the council to act" is a report of
    its own)."""
    for match in _AND_WORD.finditer(state.masked_text, clause_lo, clause_hi):
        if simple_past(match.group("word")) or state.verbs(match.start("word"), match.end()):
            return state.trim_end(clause_lo, match.start())
    return clause_hi


# "did not say", "Nor did he say", "would never confirm", "declined to disclose": a report
# denied or withheld; what follows is nobody's claim.  ("not only said" still reports.)
_NEGATED = re.compile(
    r"(?:\b(?:not|never)|n[’']t|\b(?:nor|neither)\s+(?:did|does|do|has|have|had|would|will|"
    r"could|can|was|is)\s+[a-z]+|\b(?:declined|declines|declining|refused|refuses|refusing)"
    r"\s+to)\s+(?:(?!only\b)[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_SCOPE_END = re.compile(r",?\s+but\s|;")
# Words that may stand between a verb and its "that" without being its object: a time or
# a place ("said on Monday that", "noted last week that"), an adverb, a person told.
_ADJUNCT_START = frozenset(
    {"in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later"}
    | {"yesterday", "today", "also", "again", "once", "repeatedly", "then", "however", "to"}
    | {"with", "for", "from", "by", "over", "while", "when", "privately", "publicly"}
)
_CLAUSE_SUBJECTS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "there", "the", "a", "an", "this", "these"}
    | {"those", "his", "her", "its", "their", "our", "my", "no", "some", "all", "many", "most"}
)


def _object_relative(verb: str, gap: str, clause: str) -> bool:
    """ "noted gaps that deserve more funding": a plain noun object ("gaps") stands between
    the verb and "that", and a verb follows "that" at once: "that" opens a relative clause
    about the object, no reported clause.  A person told ("told reporters that …"), a time
    or a place ("said on Monday that …"), or a subject after "that" ("noted the fact that
    it was late") leave the clause reported."""
    words = gap.split()
    if not words or tells(verb):
        return False
    first = words[0].lower()
    if not first.isalpha() or not words[0].islower() or first in _ADJUNCT_START:
        return False
    if first.endswith("ly"):
        return False  # "noted quietly that …"
    after = clause.split(None, 1)[:1]
    word = after[0].lower().strip(",;:.!?") if after else ""
    if not word.isalpha() or word in _CLAUSE_SUBJECTS:
        return False
    if word in {"will", "would", "could", "can", "may", "might", "has", "have", "had"}:
        return True
    lemmas = getAllLemmas(word)
    return starts_with_verb(clause) or ("VERB" in lemmas and "NOUN" not in lemmas)


def _quoted_fragment(state: ArticleState, mark: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of the quoted words whose opening mark is at ``mark`` ('told the
    utilities to “keep every light on" during …'), without a comma before the closing
    mark; None when the quotation does not close in the sentence."""
    text = state.text
    if text[mark] not in '“"«„':
        return None
    close = _CLOSING_MARK.search(text, mark + 1, hi)
    if close is None or close.start() - mark < 4:
        return None
    end = close.start()
    while end > mark + 1 and text[end - 1] in ", ":
        end -= 1
    return mark + 1, end


_CLOSING_MARK = re.compile(r"[”\"»]")
# 'had taken place and “the atmosphere was …”', '…, but “the exams stay …”': a quotation
# joined to the narrated clause by "and" / "but" (masked: its words are "_").
_AND_QUOTE = re.compile(r",?\s+(?:and|but)\s+(?=[“\"«„]_)")
_TAIL_PARAPHRASE_WORDS = 4  # the narrated part before the quotation, at least


def _quote_tail(
    state: ArticleState, clause_lo: int, clause_hi: int, hi: int
) -> tuple[int, int, int] | None:
    """``(paraphrase_end, quote_start, quote_end)`` when a reported clause goes on with
    "and"/"but" and a quotation that ends it ('said that three rounds of talks had taken
    place and “the atmosphere was constructive.”'): the narrated part is a paraphrase, the
    quoted words a quote of their own.  Only the last 300 characters are looked at."""
    masked = state.masked_text
    joins = list(_AND_QUOTE.finditer(masked, max(clause_lo, clause_hi - 300), clause_hi))
    if not joins:
        return None
    join = joins[-1]
    mark = join.end()
    if "_" in masked[clause_lo : join.start()] or state.text[mark] not in '“"«„':
        return None  # quoted words earlier too: a mixed clause, left whole
    words = masked[clause_lo : join.start()].split()
    if len(words) < _TAIL_PARAPHRASE_WORDS or not has_verb_form(" ".join(words)):
        return None
    quote = _quoted_fragment(state, mark, min(len(state.text), hi + 2))
    if quote is None or masked[quote[1] : hi].strip(' ,.;!?”"»’') or quote[1] - quote[0] < 8:
        return None  # the quotation does not end the clause
    return state.trim_end(clause_lo, join.start()), quote[0], quote[1]


# "…, they wrote." / "…, they added.": a plural pronoun and a speech verb end the sentence.
_THEY_SAID = re.compile(r",\s+they\s+(?P<verb>[a-z]+)\s*[.!]?\s*$")
# People in the plural named in the clause: "they" may be them ("the scientists", "officials").
_PLURAL_PEOPLE = re.compile(
    r"\b(?:[a-z]+ists|[a-z]+ers|[a-z]+ors|officials|people|residents|authorities|police|"
    r"members|experts|leaders|parents|students|voters|workers|citizens|colleagues)\b",
    re.IGNORECASE,
)


def _clause_before_they(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The summary hides the worst of it, they wrote." right after a sentence that
    stored one statement for a coordinated pair ("…, Lang and de Vries wrote."): the
    clause is the same pair's.  Only when the sentence before holds exactly that pair's
    two statements and the clause names no plural people "they" could mean."""
    masked = state.masked_text
    tail = _THEY_SAID.search(masked, lo, hi)
    if tail is None or tail.group("verb") not in _verb_forms(state, tail):
        return False
    previous = state.previous_sentence
    found = state.found
    if previous is None or len(found) < 2:
        return False
    one, other = found[-2], found[-1]
    if (
        (one.start, one.end) != (other.start, other.end)
        or one.person is other.person
        or one.start < previous.start
        or other.end > previous.end
        or (len(found) > 2 and found[-3].start >= previous.start)
    ):
        return False
    clause_lo, clause_hi = lo, state.trim_end(lo, tail.start())
    if _PLURAL_PEOPLE.search(masked, clause_lo, clause_hi) or too_thin(state, clause_lo, clause_hi):
        return False
    if not has_verb_form(masked[clause_lo:clause_hi]):
        return False
    cue = (tail.start("verb"), tail.end("verb"))
    for speaker in (one.person, other.person):
        state.emit(clause_lo, clause_hi, "paraphrase", speaker, one.said_on, "pair-pronoun", cue)
    return True


def _verb_forms(state: ArticleState, tail: re.Match[str]) -> set[str]:
    """The speech verbs found inside ``tail`` (lower case)."""
    return {verb.group().lower() for verb in state.verbs(tail.start(), tail.end())}


# ", adding: “…”" (or "…, adding: \"…\""): a participle that hands over to a quotation
# ending the sentence.
_ADDING_QUOTE = re.compile(r",\s+adding\s*:\s*(?=[“\"«_])")


def _clause_before_attribution(state: ArticleState, lo: int, hi: int) -> bool:
    """ "…, X noted." / "…, notes the expert.": the clause before the last comma, when an
    attribution fills the rest; whether it was emitted."""
    masked = state.masked_text
    # "As the charges were unsealed, Lee testified …": a subordinate clause alone sets the
    # scene; it reports nothing.
    subordinate = _SUBORDINATE.match(masked, lo, hi) is not None
    for comma in reversed([m.start() for m in re.finditer(r",\s", masked[lo:hi])][-6:]):
        if subordinate and "," not in masked[lo : lo + comma]:
            continue
        head = state.attribution_at_head(lo + comma + 1, hi)
        if head is None:
            continue
        mention, clause_end = head
        if mention.cue is not None and _CREDIT_TAIL.match(masked, mention.cue[1], hi):
            return False  # "…, Rita Sabo wrote in" / "…, Lee reports for X": a credit line
        if state.trim_end(clause_end, hi) > clause_end + 1 and not _participle_tail(
            masked, clause_end, hi
        ):
            continue
        if mostly_quoted(state, lo, lo + comma) or _quotation_inside(state, lo, lo + comma):
            # a quotation with its attribution: the quote rules own it, and the narrated
            # clause before it is the same speaker's
            _narration_before_quote(state, lo, lo + comma)
            return False
        if not has_verb_form(masked[lo : lo + comma]):
            # "Later in the day, Ann Lee, a former envoy, and Bo Chen testified": words
            # with no verb are no reported clause (here, the first of two subjects).
            continue
        context = state.text[lo + comma : hi]
        # "…, Lang and Piet de Vries, president of X, wrote.": the first of a coordinated
        # pair is resolved first, as it comes first in the text.
        other = coordinated_before(masked, lo + comma + 1, mention)
        first = state.resolve(other, context) if other is not None else None
        person = state.resolve(mention, context)
        if person is None:
            continue
        cue_verb = masked[mention.cue[0] : mention.cue[1]] if mention.cue else ""
        speakers = [first, person] if first is not None and first is not person else [person]
        for speaker in speakers:
            state.emit(
                lo,
                state.trim_end(lo, lo + comma),
                "quote" if is_source_verb(cue_verb) else "paraphrase",
                speaker,
                said_on(context, state.published_on),
                "attribution-after",
                mention.cue,
            )
        return True
    return False


# "…, Rita Sabo wrote in" (the page cut off before the outlet), "…, Lee reports for the
# Herald": the writer's credit line under a piece, never a speaker of its narration.
_CREDIT_TAIL = re.compile(r"\s+(?:in\s*[.,]?\s*$|for\s+(?:the\s+)?[A-Z])")
# ", referring to the mayor.", ", pointing at the map": a participle phrase ending the
# sentence after an attribution; it tells what the speaker did, and reports nothing.
_PARTICIPLE_TAIL = re.compile(r",\s++(?P<word>[a-z]+ing)\s[^,.;:!?“”\"«»_]*+[.!]?\s*+$")


def _participle_tail(masked: str, at: int, hi: int) -> bool:
    """Whether ``masked[at:hi]`` is a comma and a participle phrase ending the sentence
    (see _PARTICIPLE_TAIL), whose participle reports no speech ("…, adding that …" is
    read by the participle rule)."""
    tail = _PARTICIPLE_TAIL.match(masked, at, hi)
    return tail is not None and not is_speech_ing(tail.group("word"))


def _participle(verb: str) -> bool:
    """An -ing form, of a one-word verb ("adding") or of a phrasal one ("pointing out")."""
    return verb.split()[0].lower().endswith("ing")


# "They added that …", "However, they volunteered that …": "they" opens the sentence,
# after at most a short adverb.
_THEY_OPENS = re.compile(r"(?:[A-Z][a-z]+,?\s+)?[Tt]hey\s+$")


def _pair_before(state: ArticleState, lo: int, verb_start: int) -> list[Person]:
    """The two people "they" means in "Lee and Chen said …. They added that …": the
    previous sentence's last statement was said by exactly two people together."""
    previous = state.previous_sentence
    if previous is None or _THEY_OPENS.fullmatch(state.masked_text, lo, verb_start) is None:
        return []
    found = state.found[-2:]
    if len(found) != 2 or found[0].person is found[1].person:
        return []
    first, second = found
    if (first.start, first.end) != (second.start, second.end) or not (
        previous.start <= first.start and first.end <= previous.end
    ):
        return []
    return [first.person, second.person]


def _report_of_pair(
    state: ArticleState, pair: list[Person], clause_lo: int, hi: int, cue: tuple[int, int]
) -> bool:
    """The reported clause after "they" given to both people of ``pair``."""
    clause_hi = reported_clause_end(state, clause_lo, hi)
    if too_thin(state, clause_lo, clause_hi):
        return False
    when = said_on(state.text[max(0, clause_lo - CONTEXT) : clause_lo], state.published_on)
    for person in pair:
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, "pair-pronoun", cue)
    return True


def _attribution_only(state: ArticleState, clause_lo: int, hi: int) -> bool:
    """Whether a reported clause is nothing but an attribution of a quote before it: its
    subject opens it and its verb and a short object end the sentence ('“…,” he said he
    told them.')."""
    head = state.attribution_at_head(clause_lo, hi)
    if head is None:
        return False
    mention, clause_end = head
    opens = not state.masked_text[clause_lo : mention.start].strip()
    return opens and state.trim_end(clause_end, hi) <= clause_end + 1


_NARRATION_WORDS = 4  # the narrated clause before a quote, at least
_LONG_NARRATION = 8  # words from which a clause needs no inflected verb form to be one


def _narration_before_quote(state: ArticleState, lo: int, hi: int) -> None:
    """ "Costs rose by a third, “and nobody noticed”, noted Lee.": the quote rules gave the
    quote to Lee; the narrated clause before it, set off by a comma, is Lee's paraphrase."""
    if not state.found:
        return
    last = state.found[-1]
    if last.kind != "quote" or not lo < last.start < last.end <= hi:
        return
    masked = state.masked_text
    mark = last.start - 1
    while mark > lo and masked[mark] not in '“"«„':
        mark -= 1
    before = masked[lo:mark].rstrip()
    if not before.endswith(",") or "_" in before or mostly_quoted(state, lo, mark):
        return
    if _narrators_own(state, lo, mark, last):
        return
    clause_hi = state.trim_end(lo, lo + len(before))
    words = masked[lo:clause_hi].split()
    if len(words) < _NARRATION_WORDS:
        return
    if len(words) < _LONG_NARRATION and not has_verb_form(masked[lo:clause_hi]):
        return  # (a long clause may have a plain present verb: "costs amount to …")
    state.emit(
        lo, clause_hi, "paraphrase", last.person, last.said_on, "narration-before-quote", last.cue
    )


def _narrators_own(state: ArticleState, lo: int, mark: int, quote: Found) -> bool:
    """Whether the clause ``[lo, mark)`` before a quote stays the narrator's, though the
    quote after it is attributed: a subordinate clause setting the scene ("After the game
    ended in a draw, “we deserved more”, said Lee"), a clause reporting or naming someone
    else ("Bo Chen called the plan reckless, “…”, said Lee"), or a quote with no verb, an
    epithet about the clause rather than words going on with it ("The senator voted
    against the bill, “a betrayal of voters”, said Lee")."""
    masked = state.masked_text
    return bool(
        _SUBORDINATE.match(masked, lo, mark)
        or state.verbs(lo, mark)
        or any(end - first >= 2 for first, end in name_runs(tokenize(masked, lo, mark)))
        or not has_verb_form(state.text[quote.start : quote.end])
    )


_CLAUSE_PRONOUN = re.compile(r"\s*(?:that\s+)?(?P<pronoun>he|she)\b")


def _pronoun_evidence(state: ArticleState, person: Person, lo: int, clause_lo: int) -> None:
    """ "Omar asked for compassion …, saying she did not think …": the pronoun opening the
    participle's clause is the named subject, so it tells that person's gender when only
    the given name guessed it (and nobody else the sentence names could be meant)."""
    match = _CLAUSE_PRONOUN.match(state.masked_text, clause_lo)
    if match is None or not person.gender_guessed:
        return
    gender = "m" if match.group("pronoun") == "he" else "f"
    if person.gender == gender:
        return
    tokens = tokenize(state.masked_text, max(lo, clause_lo - _EVIDENCE_REACH), clause_lo)
    for first, end in name_runs(tokens):
        words = [token.core for token in tokens[first:end]]
        other = state.registry.by_word(words[-1])
        if other is not None and other is not person and other.gender in (None, gender):
            return  # "Lee attacked Ann Hale, saying she …": she may be Hale
    person.gender = gender
    person.gender_guessed = False


_EVIDENCE_REACH = 300  # how much of the sentence before the participle is read for names
_ATTRIBUTION_REACH = 80  # how far before ", adding" its attribution may start


def _attribution_before_participle(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """'"…," he explained, adding that …' / '…, said Jane Doe, adding that …': the
    participle hangs on the attribution right before its comma."""
    masked = state.masked_text
    comma = masked.rfind(",", max(lo, verb_start - 4), verb_start)
    if comma < 0 or masked[comma + 1 : verb_start].strip():
        return None
    earlier = state.verbs(max(lo, comma - _ATTRIBUTION_REACH), comma)
    if not earlier:
        return None
    previous = earlier[-1]
    mention = subject_before(
        masked, max(lo, previous.start() - _ATTRIBUTION_REACH), previous.start()
    )
    if (
        mention is not None
        and not masked[mention.end : previous.start()].strip(" ")
        and not masked[previous.end() : comma].strip()
    ):
        return mention  # "he explained, adding"
    after = subject_after(masked, previous.end(), comma)
    if after is not None and not masked[after.end : comma].strip(" ,"):
        return after  # "said Jane Doe, adding"
    return None


# "When Lee said …": a subordinator a few words before the speaker (see vocab/
# subordinators.txt; "as Lee said" attributes instead, and is left out).
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?i:" + "|".join(subordinators(attributing=False)) + r")\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


def _quotation_inside(state: ArticleState, lo: int, hi: int) -> bool:
    """Whether quoted words in ``[lo, hi)`` make it a quotation the quote rules own: more
    than half of it quoted, or quoted words already given to someone.  A scare quote in
    a narrated clause ('All “relevant sites” were cleaned, reports Lee.') is neither."""
    quoted = state.quoted_chars(lo, hi)
    if not quoted:
        return False
    if quoted * 2 > hi - lo:
        return True
    return any(found.end > lo and found.start < hi for found in state.found[-4:])


def _reported_in_turn(state: ArticleState, clause_lo: int, clause_hi: int, hi: int) -> bool:
    """ "Afterward, Lee said he had passed on the offer, Chen testified.": a report whose
    clause ends in another attribution is itself what the last speaker said; the first
    speaker's words are only known through the last one."""
    masked = state.masked_text
    comma = masked.rfind(", ", clause_lo, clause_hi)
    if comma < 0 or _APPOSITION.match(masked, comma + 2):
        return False  # "…, a claim Lee denied": an apposition with its own clause
    head = state.attribution_at_head(comma + 1, hi)
    return head is not None and state.trim_end(head[1], hi) <= head[1] + 1


def _parenthetical(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The tuft cell, Herbert said, is constantly sensing …", "This system, says Richard
    Locksley, an immunologist at X, helps direct …": an attribution set off by commas
    inside the sentence it reports.  The statement is the whole sentence."""
    masked = state.masked_text
    # (the comma may stand inside a quote's closing mark: 'The plan was "a mess," X said, …')
    comma = _FIRST_COMMA.search(masked, lo, min(hi, lo + 150))
    first = comma.start() if comma is not None else -1
    if first < 0 or first - lo < 4 or not state.verbs(first, min(hi, first + 60)):
        return False  # (cheap test first: a speech verb right after the comma)
    if _SUBORDINATE.match(masked, lo, first):
        return False  # "As the charges were unsealed, Lee testified before …": an adverbial
    head_lo = comma.end() - 1 if comma is not None else first + 1
    head = state.attribution_at_head(head_lo, hi)
    if head is None:
        # "The tuft cell, Herbert said, is constantly sensing the products present in …":
        # a long sentence after the attribution is no part of it; read up to its comma.
        cut = _PARENTHESIS_END.search(masked, head_lo + 1, min(hi, first + 120))
        head = state.attribution_at_head(head_lo, cut.start()) if cut else None
    if head is None or head[0].cue is None:
        return False
    mention = head[0]
    cue = mention.cue
    if cue is None or cue[0] - first > 40:
        return False
    if _ACCORDING_AFTER.match(masked, cue[1]):
        return False  # "On ridership, he said according to figures …, it grew": his clause
    # The attribution ends at a comma after the verb and name (and apposition); a
    # lower-case word goes on with the reported sentence.
    after = _PARENTHESIS_END.search(masked, max(cue[1], mention.end), min(hi, cue[1] + 250))
    clause_hi = state.trim_end(lo, hi)
    while after is not None and (
        _APPOSITION.match(masked, after.end()) or _bare_job(masked, after.end(), clause_hi)
    ):
        # "…, said Ann Lee, a transport analyst.": an apposition, not the sentence going on;
        # "…, said Ann Lee, who heads the union.": a relative clause about her, neither;
        # "…, says Ann Lee, head of trading at X.": a job without an article, neither.
        after = _PARENTHESIS_END.search(masked, after.end(), min(hi, cue[1] + 250))
    if after is None:
        return False
    word_after = _WORD_AT.match(masked, after.end())
    if _participle_tail(masked, after.start(), clause_hi):
        return False  # "…, said Dana Lee, referring to the mayor.": no sentence goes on
    if head_lo > first + 1 and (
        (word_after is not None and is_speech_ing(word_after.group()))
        or _CLAUSE_BREAK.search(masked, lo, first)
    ):
        # 'It is "a mess," Lee said, adding that …': the quote, then her participle clause;
        # 'He changed his story — "I do recall," he said, …': a quote opening a clause
        return False
    if clause_hi - after.end() < 8 or mostly_quoted(state, lo, clause_hi):
        return False
    context = state.text[lo : after.end()]
    joined = _JOINED_WORD.match(masked, after.end(), clause_hi)
    # "The harvest will be late, Ruiz said, and Tom Hale agreed.": what follows the
    # attribution is another speaker's clause, no part of this report.
    other_speaker = joined is not None and _speaker_opens(state, joined.end(), clause_hi)
    if other_speaker and not has_verb_form(masked[lo:first]):
        return False  # "The tuft cell, Lee said, and …": no clause of hers before it
    person = state.resolve(mention, context)
    if person is None:
        return False
    when = said_on(context, state.published_on)
    _drop_fragments(state, lo, head_lo, person)
    if other_speaker:
        state.emit(lo, state.trim_end(lo, first), "paraphrase", person, when, "parenthetical", cue)
        # "…, and Tom Hale said the roads …": his
        paraphrase_in(state, after.start(), hi, split_from=person)
        return True
    if joined is not None and _two_clauses(masked[lo:first], masked[joined.end() : clause_hi]):
        state.emit(lo, state.trim_end(lo, first), "paraphrase", person, when, "parenthetical", cue)
        if _statement_verb(masked[joined.end() : clause_hi]):
            # "Prices will rise, he continued, and wages will not keep pace.": two reported
            # clauses, one on each side of the attribution, each a statement of its own.
            state.emit(joined.end(), clause_hi, "paraphrase", person, when, "parenthetical", cue)
        # ("Prices will rise, Lee said, and she left the room.": the narration goes on.)
        return True
    state.emit(lo, clause_hi, "paraphrase", person, when, "parenthetical", cue)
    return True


# The conjunction that opens a clause after a parenthetical attribution ("…, he continued,
# and wages will not keep pace").
_JOINED_WORD = re.compile(r"(?:and|but|while|whereas|yet)\s++")
_CLAUSE_PROBE = "said"  # a verb that takes a bare clause: bare_clause_ok reads the clause


def _two_clauses(before: str, after: str) -> bool:
    """Whether the words ``before`` a parenthetical attribution and those ``after`` its
    conjunction are two clauses: a verb before, and after a subject of its own and its
    verb ("wages will not keep pace", "she left the room"; only a statement's is reported,
    :func:`_statement_verb`).  "…, and would fail", "…, but was later dropped"
    go on with the first clause's subject: one clause."""
    words = after.split(None, 1)
    if not words or not has_verb_form(before):
        return False
    first = words[0].lower()
    if has_finite_verb(first) or simple_past(first) or not words[0].isalpha():
        return False
    return bare_clause_ok(_CLAUSE_PROBE, after)


_STATEMENT_WORDS = 8  # the words of the second clause read for its verb, at most
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?(“”\"«»—–]")


def statement_auxiliaries() -> frozenset[str]:
    """The auxiliaries of a statement (vocab/statement_auxiliaries.txt)."""
    return word_list("statement_auxiliaries.txt")


def _statement_verb(clause: str) -> bool:
    """Whether the first verb of ``clause`` is an auxiliary of a statement ("wages will not
    keep pace", "the plan is dead"): "…, Lee said, and she left the room", "…, and the
    crowd cheered" narrate what happened next, no part of her report."""
    segment = _CLAUSE_PUNCTUATION.split(clause, maxsplit=1)[0]
    for word in segment.lower().replace("’", "'").split()[:_STATEMENT_WORDS]:
        if word in statement_auxiliaries():
            return True
        if simple_past(word) or has_finite_verb(word):
            return False
    return False


def _drop_fragments(state: ArticleState, lo: int, hi: int, person: Person) -> None:
    """'The reform was "a disaster", Petrov said, and would fail.': the quoted words before
    a parenthetical attribution are a fragment of the paraphrased sentence, not a quote of
    their own (the sentence does not open with them: :func:`mostly_quoted`, nor does a
    dash, colon or semicolon open a clause with them: 'He changed his story — "I do
    recall," he said, …')."""
    found = state.found
    at = len(found)
    while at > 0 and found[at - 1].start >= lo:
        at -= 1
        statement = found[at]
        if (
            statement.kind == "quote"
            and statement.rule == "quote-after"
            and statement.person is person
            and statement.end <= hi
            and not _CLAUSE_BREAK.search(state.masked_text, lo, statement.start)
        ):
            del found[at]


_ACCORDING_AFTER = re.compile(r"\s+according\s+to\s")
_QUOTED_NAME = re.compile(r"[“\"«][A-Z][^“”\"«»_.,;:!?]{0,40}[”\"»]")
_PARENTHESIS_END = re.compile(r",\s+(?=[a-z])")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]+\s")
_WORD_AT = re.compile(r"\w*")
_FIRST_COMMA = re.compile(r",[”\"»’]?\s")
_JOB_WORDS = 3  # the words of a bare job read for its role noun ("head of trading")


def _bare_job(masked: str, at: int, hi: int) -> bool:
    """Whether the words at ``at`` (to the next comma or ``hi``) are a job without an
    article ("head of trading at X", "senior fellow at Y") rather than the reported sentence
    going on ("helps direct …", "will fall")."""
    comma = masked.find(",", at, hi)
    segment = masked[at : comma if comma >= 0 else hi]
    words = segment.split()
    return (
        bool(words) and has_role_noun(" ".join(words[:_JOB_WORDS])) and not has_finite_verb(segment)
    )


_APPOSITION = re.compile(r"(?:a|an|the|who|whose|whom)\s")
# A sentence opening with a subordinate clause ("As …, X testified …") sets the scene; the
# clause before the comma is no reported words.  ("As Lee said, …" was read by the
# as-x-said rule before this is asked.)
_SUBORDINATE = re.compile(
    r"\s*(?:" + "|".join(word.capitalize() for word in subordinators()) + r")\s"
)
_ADVERB_ASIDE = re.compile(
    r"\s*,\s*(?:however|though|moreover|furthermore|nevertheless|nonetheless|also|again|"
    r"instead|therefore|meanwhile|[a-z]{3,}ly)\s*,\s*"
)
# "said on Monday, after a tour of the plant, that …", "argued, in a letter to the board,
# that …": at most a few words, then one phrase set off by commas that opens with a
# preposition or a time word, then "that" (possessive quantifiers: no backtracking).
_INTERPOSED = re.compile(
    r"[^,.;:!?“”\"«»_]*+,\s*+(?:during|after|at|in|on|before|while|when|amid|speaking|"
    r"addressing|earlier|later|last|this|yesterday|today|according)\s[^,.;:!?“”\"«»_]*+,\s*+"
)
_ASIDE_WORDS = 25  # the most words such an aside may hold
_THAT_IS = re.compile(r"\s+is\b|\s+is to say\b")  # "noted, that is, …": no clause
_COLON_CLAUSE = re.compile(r"\s*:\s+(?=[a-z])")
_COORDINATED = re.compile(r"\b(?:but|and)\s*$")


# "Ivanov is more skeptical: …", "The economist Sidorov disagrees: …", "Lee believes so
# too: …": a stance taken by the sentence's subject, and after the colon the opinion.
_STANCE_COLON = re.compile(
    r"(?P<stance>\b(?:(?:is|are|was|were|remains|remained|seems|seemed)\s+"
    r"(?:(?:much|far|even|rather|somewhat|less|more|also|still|not|so|equally|just|as|"
    r"quite|very|more\s+than|a\s+(?:bit|little))\s+){0,3}"
    r"(?:skeptical|sceptical|optimistic|pessimistic|cautious|confident|convinced|certain|"
    r"sure|categorical|adamant|blunt|critical|doubtful|unequivocal|firm|alarmed|worried|"
    r"concerned|gloomy|upbeat|of\s+(?:a|the)\s+(?:different|same|opposite)\s+"
    r"(?:opinion|view|mind))(?:\s+(?:of|about)\s+(?:this|it|that))?"
    r"|(?:disagrees|disagreed|agrees|agreed|objects|objected|doubts|doubted|believes|"
    r"believed|thinks|thought|insists|insisted)"
    r"(?:\s+(?:so|too|also|otherwise|differently|as\s+well|with\s+(?:him|her|them|this|"
    r"that|it)))*))\s*:\s+(?=[^\s“\"«„_])"
)
# "…: in his opinion, the reform will fail.": the clause is what follows the source.
_OWN_SOURCE = re.compile(
    r"(?:in\s+(?:his|her|their)\s+(?:opinion|view|words|estimation|assessment)|"
    r"according\s+to\s+(?:him|her|them)),\s+"
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"\s*(?:[A-Z][a-z]+,?\s*)?")  # "However, Lee …", "But Lee …"


def _stance_colon(state: ArticleState, lo: int, hi: int) -> bool:
    """ "Ivanov is more skeptical: in his opinion, the reform will fail." reports the
    clause after the colon ("the reform will fail") as the subject's view, when the
    subject is a person opening the sentence and the stance is a copula and an adjective
    of (un)certainty or mood, or a verb of (dis)agreement or belief with at most an adverb
    ("believes so too", "thinks otherwise")."""
    masked = state.masked_text
    match = _STANCE_COLON.search(masked, lo, hi)
    if match is None:
        return False
    mention = subject_before(masked, lo, match.start("stance"))
    if mention is None:
        return False
    lead = masked[lo : mention.start].rstrip()
    if mention.pre_role and lead.endswith(mention.pre_role):
        lead = lead[: -len(mention.pre_role)]  # "The economist Oleg Sidorov disagrees: …"
    if not _LEAD_IN.fullmatch(lead):
        return False
    clause_lo = match.end()
    source = _OWN_SOURCE.match(masked, clause_lo, hi)
    if source is not None:
        clause_lo = source.end()
    clause_hi = reported_clause_end(state, clause_lo, hi)
    clause = masked[clause_lo:clause_hi]
    if too_thin(state, clause_lo, clause_hi) or not has_verb_form(clause):
        return False
    if _THIRD_PERSON.search(clause) or state.verbs(clause_lo, clause_hi):
        # "Lee is skeptical: he sold his shares." tells why; "…, said Orlov." is another's
        return False
    context = state.text[max(lo, clause_lo - CONTEXT) : clause_lo]
    person = state.resolve(mention, context)
    if person is None:
        return False
    cue = (match.start("stance"), match.end("stance"))
    when = said_on(context, state.published_on)
    state.emit(clause_lo, clause_hi, "paraphrase", person, when, "stance-colon", cue)
    return True
