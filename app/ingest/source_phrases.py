"""Reported speech whose source a phrase names, not a subject and its verb (kind
``paraphrase``):

* ``According to X, …``, ``…, according to X.``, ``In the opinion of X, …``;
* ``According to him, …``, ``In her view, …``, ``As he put it, …`` (a pronoun source);
* ``As X reports for NPR, …``, ``(As X noted, ….)``, ``…, as X noted.`` (with a verb that
  carries content: "as X testified" means "while");
* ``…, this was reported by X.`` / ``This was reported by X.`` (a passive report);
* ``X's claim that …``, ``his admission that …`` (a report named by a noun);
* ``X was quoted by Interfax as saying that …``, ``TASS cites X as saying …``;
* ``… . X announced this at a meeting.`` (the sentence before is X's);
* ``In X's opinion, …``, ``In the minister's view, …`` (a possessive source);
* ``X expressed confidence that …``, ``X drew attention to the fact that …``, ``X is of
  the opinion that …`` (a stance noun after a light verb, the translations' way of
  putting "X believes / hopes / regrets that").

:func:`app.ingest.reported_speech.paraphrase_in` asks these before its own rules.
"""

from __future__ import annotations

import re

from app.ingest.according_sources import according_mention, is_outlet, paired_mention
from app.ingest.appositions import inverted_apposition
from app.ingest.article_state import ArticleState, Cue
from app.ingest.attribution import Mention, mention_from_run, subject_after, subject_before
from app.ingest.dates import said_on
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import has_role_noun, is_role_word
from app.ingest.people.registry import Person
from app.ingest.report_clauses import (
    CONTEXT,
    dated_clause_start,
    mostly_quoted,
    only_outlet,
    outlet_tail,
    relative_clause,
    reported_clause_end,
    too_thin,
    whole_quotation,
)
from app.ingest.speech_verbs import (
    Verb,
    all_forms,
    asks,
    denies,
    has_finite_verb,
    has_verb_form,
    informs,
    is_speech_ing,
    reports_after_as,
    tells,
    verb_alternation,
    verb_form,
)
from app.ingest.tokens import name_runs, tokenize


def _report(
    state: ArticleState,
    mention: Mention,
    context: str,
    clause_lo: int,
    clause_hi: int,
    rule: str,
    cue: Cue | None,
) -> Person | None:
    """Resolve the source ``mention`` and record ``[clause_lo, clause_hi)`` as its
    paraphrase, dated by ``context``; the person, or None when nobody is meant (nothing is
    recorded then). Every source phrase below ends in it."""
    person = state.resolve(mention, context)
    if person is not None:
        when = said_on(context, state.published_on)
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, rule, cue)
    return person


def source_phrase_report(state: ArticleState, lo: int, hi: int) -> bool:
    """Whether a source phrase attributed the sentence ``[lo, hi)`` (and it was emitted)."""
    if _pronoun_source(state, lo, hi) or _reported_by(state, lo, hi):
        return True
    if _pair_source(state, lo, hi):
        return True
    if _quoted_as_saying(state, lo, hi) or _said_this(state, lo, hi):
        return True
    according = _ACCORDING.match(state.masked_text[lo:hi])
    if according is not None and _according(state, lo + according.end() - 1, lo, hi):
        return True
    if _possessive_source(state, lo, hi):
        return True
    if _as_x_said(state, lo, hi) or _as_inverted(state, lo, hi):
        return True
    return _according_inside(state, lo, hi)


# "As previously warned the speaker, …", "As earlier noted Ivan Petrov, …": the
# translations' inverted "as"-clause, an adverb of time, the verb, then its subject.
_AS_INVERTED = re.compile(
    r"\s*As\s+(?:previously|earlier|already|before|repeatedly)\s+(?P<verb>[a-z]+)\s+(?=the\s|[A-Z])"
)


def _as_inverted(state: ArticleState, lo: int, hi: int) -> bool:
    """The inverted as-clause (:data:`_AS_INVERTED`): the clause after the subject's comma
    is the subject's paraphrase, when the verb carries content and the subject (a name or
    "the" + a role noun) fills the words up to that comma."""
    masked = state.masked_text
    opening = _AS_INVERTED.match(masked, lo, hi)
    if opening is None or not reports_after_as(opening.group("verb")):
        return False
    mention = subject_after(masked, opening.end("verb"), hi)
    if mention is None or mention.kind not in ("name", "role"):
        return False
    comma = masked.find(",", mention.end, min(hi, mention.end + 3))
    if comma < 0 or masked[mention.end : comma].strip():
        return False  # the subject ends at the comma, nothing between
    clause_lo = comma + 1
    clause_hi = reported_clause_end(state, clause_lo, hi)
    if too_thin(state, clause_lo, clause_hi) or only_outlet(masked, clause_lo, clause_hi):
        return False
    context = state.text[lo:clause_lo]
    cue = (opening.start("verb"), opening.end("verb"))
    return _report(state, mention, context, clause_lo, clause_hi, "as-x-said", cue) is not None


# What a source says or reckons, named by a noun before the source (the translations'
# way): "according to the forecast of X", "according to his words", "according to data
# from X". Whether X is a person is the source's own business (an organisation resolves
# to nobody).
_SOURCE_NOUNS = (
    r"words|estimates?|estimations?|forecasts?|assessments?|calculations?|opinion|view|data"
)
# "According to X, …", "However, according to the deputy, …", "According to the forecast
# of X, …", "As told to Kommersant by X, …" (a passive "as <verb>ed by X"): the source,
# then a comma, then the clause.
_ACCORDING = re.compile(
    r"\s*(?:[A-Z]\w*,?\s+){0,3}?(?:[Aa]ccording to(?: (?:the )?(?:" + _SOURCE_NOUNS + r") "
    r"(?:of|from|by))?|[Ii]n the (?:opinion|view|words) of|"
    # (a narrow set on purpose: "as expected by X" is no words of X's)
    rf"[Aa]s {verb_alternation('as_by')}(?: to (?:the )?[A-Z][^,;:]{{0,60}}?)? by)\s"
)
_SOURCE_NOUN_OF = re.compile(r"\b(?:" + _SOURCE_NOUNS + r") (?:of|from|by)\s")
# "According to him, …", "According to her words, …", "In her opinion, …", "As he put
# it, …": the source is a pronoun.
_PRONOUN_SOURCE = re.compile(
    r"\s*(?:[A-Z]\w*,?\s+){0,2}?(?:[Aa]ccording to (?:(?P<obj>him|her)|(?P<own>his|her) "
    r"(?:" + _SOURCE_NOUNS + r"))|[Ii]n (?P<poss>his|her) "
    r"(?:opinion|view|words|estimation|assessment|judgement|judgment)|"
    rf"[Aa]s (?P<subj>he|she) (?:sees it|{verb_alternation('as_pronoun')})),\s*"
)
# "According to them, …", "In their view, …": the source is a plural pronoun, read only
# as the two people the sentence before opened with (see _named_pair).
_PLURAL_SOURCE = re.compile(
    r"\s*(?:[A-Z]\w*,?\s+){0,2}?(?:[Aa]ccording to (?:them|their (?:" + _SOURCE_NOUNS + r"))|"
    r"[Ii]n their (?:opinion|view|words|estimation|assessment|judgement|judgment)|"
    rf"[Aa]s they (?:see it|{verb_alternation('as_pronoun')})),\s*"
)
_OF_PHRASE = re.compile(r"^\s+(?:of|at|from|with)\s+[^,;:.!?]{1,150}$")
# "Schiff's own admission that …", "his claim in the same interview that …": a report
# named by a noun, owned by a person, with its clause after "that".
_REPORT_NOUNS = (
    r"claims?|assertions?|admissions?|statements?|testimony|insistence|contention|"
    r"arguments?|denials?|assurances?|warnings?|promises?|predictions?|suggestions?|"
    r"allegations?|accusations?|acknowledge?ments?|announcements?|remarks?|comments?|"
    r"explanations?|complaints?|boasts?|vows?|pledges?"
)
_NOUN_REPORT = re.compile(
    r"(?:(?P<name>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?|\b(?P<pronoun>[Hh]is|[Hh]er))"
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>" + _REPORT_NOUNS + r")"
    r"(?:\s+(?:in|at|on|to|during|before)\s+[^,;:.!?“”\"«»_]{1,60}?)?\s+that\s+"
)
# "Schiff's assertion that he does not know the name is hard to believe": when the report
# opens the sentence, its clause ends where the sentence's own verb begins.
_MAIN_VERB = re.compile(r"\s(?:is|was|are|were|seems|seemed|remains|remained)\s")
_CLAUSE_DASH = re.compile(r"\s[–—]\s|\s--\s")


def noun_report(state: ArticleState, lo: int, hi: int) -> bool:
    """ "… was Schiff's own admission that he did not know the name", "his claim that he
    visited X in 2010": the clause after "that" is the owner's paraphrase."""
    masked = state.masked_text
    if "that" not in masked[lo:hi]:
        return False  # cheap test first
    match = _NOUN_REPORT.search(masked, lo, hi)
    # (Only the first report of a sentence: reading every one found one more right
    # statement on the dev gold, but its speaker's kind is not known from the sentence.)
    if match is None:
        return _noun_by_report(state, lo, hi)
    return _noun_report_at(state, match, lo, hi)


# "the statement by the Polish expert Jan Nowak that …", "the claim made by Lee that …":
# the report's owner after "by", then "that" and the clause.
_NOUN_BY_REPORT = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>" + _REPORT_NOUNS + r")\s+(?:made\s+)?by\s"
)
_THAT_AFTER = re.compile(r",?\s+that\s+")


def _noun_by_report(state: ArticleState, lo: int, hi: int) -> bool:
    """A report named by a noun whose owner follows "by" (:data:`_NOUN_BY_REPORT`): the
    clause after "that" is the owner's paraphrase, when "that" follows the owner's name
    (or apposition) right away."""
    masked = state.masked_text
    match = _NOUN_BY_REPORT.search(masked, lo, hi)
    if match is None:
        return False
    mention = _agent(masked, match.end(), hi)  # "by the Polish expert Jan Nowak"
    if mention is None or mention.kind not in ("name", "role"):
        return False
    if mention.kind == "name" and is_outlet(mention):
        return False
    that = _THAT_AFTER.match(masked, _after_mention(masked, mention, hi), hi)
    if that is None:
        return False
    clause_lo = that.end()
    clause_hi = reported_clause_end(state, clause_lo, hi)
    first = masked[clause_lo:clause_hi].split()[:1]
    if too_thin(state, clause_lo, clause_hi) or not first or verb_form(first[0].lower()):
        return False  # "the claim by Lee that was rejected": a relative clause
    context = state.text[lo:clause_lo]
    cue = (match.start("noun"), match.end("noun"))
    return _report(state, mention, context, clause_lo, clause_hi, "noun-report", cue) is not None


def _noun_report_at(state: ArticleState, match: re.Match[str], lo: int, hi: int) -> bool:
    """Emit the report ``match`` names (see :func:`noun_report`); whether it did."""
    masked = state.masked_text
    if match.group("pronoun"):
        noun = match.group("pronoun").lower()
        mention = Mention(
            match.start(), match.end("pronoun"), "pronoun", noun="he" if noun == "his" else "she"
        )
    else:
        words = match.group("name").split()
        if len(words) > 1 and gender_of_name(words[0]) is None:
            return False  # "Big Machine's statement": no given name, no person
        mention = Mention(match.start(), match.end("name"), "name", words=words)
    clause_lo = match.end()
    clause_hi = state.trim_end(clause_lo, hi)
    dash = _CLAUSE_DASH.search(masked, clause_lo, clause_hi)
    if dash is not None:
        clause_hi = dash.start()
    if not masked[lo : match.start()].strip():
        # (the first "is"/"was" after three words: "that the deal was fair is odd")
        for main in _MAIN_VERB.finditer(masked, clause_lo, clause_hi):
            if len(masked[clause_lo : main.start()].split()) >= 3:
                clause_hi = main.start()
                break
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    context = state.text[lo:clause_lo]
    # "He then cited Lee's finding that …": the sentence's subject, not the owner of the
    # report it cites, is who a "he said" after it means.
    lead = _PRONOUN_LEAD.match(masked, lo, match.start())
    subject = state.registry.by_pronoun(lead.group(1), assign=False) if lead else None
    cue = (match.start("noun"), match.end("noun"))
    person = _report(state, mention, context, clause_lo, clause_hi, "noun-report", cue)
    if person is None:
        return False
    if subject is not None and subject is not person:
        state.registry.touch(subject)
    return True


_PRONOUN_LEAD = re.compile(r"\s*(he|she)\b", re.IGNORECASE)


def _pronoun_source(state: ArticleState, lo: int, hi: int) -> bool:
    match = _PRONOUN_SOURCE.match(state.masked_text, lo, hi)
    if match is None:
        return False
    word = match.group("obj") or match.group("own") or match.group("poss") or match.group("subj")
    pronoun = "he" if word in {"him", "his", "he"} else "she"
    clause_lo = match.end()
    clause_hi = state.trim_end(clause_lo, hi)
    mention = Mention(match.start(), match.start(), "pronoun", noun=pronoun)
    context = state.text[lo:clause_lo]
    cue = (match.start(), match.start() + len(match.group().rstrip(", ")))
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    return _report(state, mention, context, clause_lo, clause_hi, "pronoun-source", cue) is not None


def pronoun_source_quote(state: ArticleState, lo: int, hi: int) -> bool:
    """'According to him, "the rouble will fall by spring."': a pronoun source phrase
    followed by one whole quotation filling the rest of the sentence, which the quote
    rules leave alone (no verb, no colon): the quotation is the pronoun's quote.  A clause
    that opens with narrated words and holds a quoted fragment is his paraphrase."""
    match = _PRONOUN_SOURCE.match(state.masked_text, lo, hi)
    if match is None:
        return _quoted_pronoun_as_saying(state, lo, hi)
    clause_lo, clause_hi = match.end(), state.trim_end(match.end(), hi)
    whole = whole_quotation(state, clause_lo, clause_hi, hi)
    if whole is None and (too_thin(state, clause_lo, clause_hi) or _quote_led(state, clause_lo)):
        return False
    word = match.group("obj") or match.group("own") or match.group("poss") or match.group("subj")
    pronoun = "he" if word in {"him", "his", "he"} else "she"
    mention = Mention(match.start(), match.start(), "pronoun", noun=pronoun)
    context = state.text[lo : match.end()]
    person = state.resolve(mention, context)
    if person is None:
        return False
    cue = (match.start(), match.start() + len(match.group().rstrip(", ")))
    when = said_on(context, state.published_on)
    if whole is None:
        # 'According to him, the plan is "very simple, very cheap".': narrated words with a
        # quoted fragment are his paraphrase, as after a named source.
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, "pronoun-source", cue)
    else:
        state.emit(*whole, "quote", person, when, "pronoun-source", cue)
    return True


# '"…," Radio North quoted her as saying.': an outlet (or anyone) quoting a pronoun, the
# quotation before it; "on Monday" and the like may follow.
_QUOTED_PRONOUN_TAIL = re.compile(
    r",?\s*(?:[-–—]\s*)?(?:the\s+)?(?:[\w'’.&-]+\s+){1,4}?(?P<verb>quoted|cited)\s+"
    r"(?P<pronoun>him|her)\s+as\s+(?:saying|telling\s+[\w\s]{1,30}?)"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _quoted_pronoun_as_saying(state: ArticleState, lo: int, hi: int) -> bool:
    """'"There are no delays," Radio North quoted her as saying.': the quotation opening
    the sentence is the quote of the one "her" means (the quote rules read a name after
    "quoted", not a pronoun object)."""
    masked = state.masked_text
    if " as " not in masked[max(lo, hi - 80) : hi]:
        return False  # cheap test first
    close = masked.rfind("_", lo, hi)
    if close < 0:
        return False
    tail = _QUOTED_PRONOUN_TAIL.search(masked, max(close + 1, hi - 120), hi)
    if tail is None:
        return False
    whole = whole_quotation(state, lo, tail.start(), tail.start())
    if whole is None:
        return False
    pronoun = "he" if tail.group("pronoun").lower() == "him" else "she"
    at = tail.start("pronoun")
    mention = Mention(at, at + len(tail.group("pronoun")), "pronoun", noun=pronoun)
    context = state.text[lo:at]
    person = state.resolve(mention, context)
    if person is None:
        return False
    cue = (tail.start("verb"), tail.end("pronoun"))
    state.emit(
        *whole, "quote", person, said_on(context, state.published_on), "quoted-as-saying", cue
    )
    return True


_LEAD_WORDS = 3  # narrated words a clause needs before its first quoted fragment


def _quote_led(state: ArticleState, clause_lo: int) -> bool:
    """Whether a quotation starts within the clause's first few words: 'According to him,
    "the plan" and "the budget" …' is a quotation's business, not a paraphrase's."""
    masked = state.masked_text
    words = masked[clause_lo : clause_lo + 80].split()[:_LEAD_WORDS]
    return len(words) < _LEAD_WORDS or any(ch in "".join(words) for ch in '_“"«„')


def _pair_source(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The farmers Ivan Ivanov and Pyotr Petrov complained to the district. According to
    them, …": the clause is both people's paraphrase."""
    match = _PLURAL_SOURCE.match(state.masked_text, lo, hi)
    if match is None:
        return False
    clause_lo = match.end()
    clause_hi = state.trim_end(clause_lo, hi)
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    mentions = _named_pair(state, lo)
    if mentions is None:
        return False
    context = state.text[lo:clause_lo]
    first, second = (state.resolve(mention, context) for mention in mentions)
    if first is None or second is None or first is second:
        return False
    when = said_on(context, state.published_on)
    cue = (match.start(), match.start() + len(match.group().rstrip(", ")))
    for person in (first, second):
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, "pair-source", cue)
    return True


# Before a pair of names, only a determiner and plain nouns ("The farmers Ivanov and …").
_PAIR_LEAD = re.compile(r"(?:(?:The|the|Two|two|Both|both)\s+)?(?:[a-z][\w-]*\s+){0,2}")


def _named_pair(state: ArticleState, lo: int) -> tuple[Mention, Mention] | None:
    """The two people the sentence right before ``lo`` opens with as its subject ("Ann Lee
    and Bo Chen went …", "The farmers Ivanov and Petrov complained …"), when they are the
    only people it names and their verb tells no audience ("told residents" leaves "them"
    ambiguous)."""
    previous = state.previous_sentence
    masked = state.masked_text
    if previous is None or previous.end > lo or masked[previous.end : lo].strip():
        return None
    tokens = tokenize(masked, previous.start, previous.end)
    runs = name_runs(tokens)
    if len(runs) < 2:
        return None
    (a0, e0), (a1, e1) = runs[0], runs[1]
    if a1 != e0 + 1 or tokens[e0].core != "and" or e1 >= len(tokens):
        return None
    if not _PAIR_LEAD.fullmatch(masked, previous.start, tokens[a0].start):
        return None
    if not tokens[e1].raw[:1].islower():
        return None  # the pair is no subject followed by its verb
    rest = masked[tokens[e1].end : previous.end]
    if _NAMED_LATER.search(rest) or _PLURAL_NOUN.search(rest) or _OTHER_PARTY.search(rest):
        return None  # "… met Sergei Lavrov" / "… spoke to the officials": "them" is unclear
    verbs = state.verbs(tokens[e1].start, previous.end)
    if any(tells(verb.group()) for verb in verbs):
        return None
    return (
        mention_from_run(masked, tokens, a0, e0, previous.start),
        mention_from_run(masked, tokens, a1, e1, previous.start),
    )


# "… met the governor, Sergei Lavrov": another full name after the pair's verb; "… spoke to
# the officials": a plural noun (a lower-case word in -s that is no -ss, -us or -is word).
_NAMED_LATER = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
_PLURAL_NOUN = re.compile(r"\b[a-z]{2,}(?<!s)(?<!u)(?<!i)s\b|\b(?:people|men|women|children)\b")
# "… were arrested by police": a passive with an agent, or a body spoken of ("police",
# "the family"): "them" may well be that party, not the pair.
_OTHER_PARTY = re.compile(
    r"\bby\b|\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b|"
    r"\b(?:police|authorities|officials|staff|government|family|investigators|court|"
    r"prosecutors|team|club|company|ministry)\b"
)


# "…, this was reported today by the head of X, Ann Lee." / "This was reported by Ann Lee."
# (translations): a passive report whose agent is the speaker.
_REPORTED_BY_BODY = (
    r"(?:(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:was|has been|had been|is|were)\s+"
    # (a narrow set on purpose: "this was denied by X" reports no words of X's)
    rf"(?:[a-z]+\s+){{0,2}}?{verb_alternation('passive_report')}\s+"
    # "This forecast was given to Izvestia by …", "This opinion was voiced by …": a noun
    # for what was said, with a verb of giving it
    r"|(?:[Tt]his|[Tt]hat|[Ss]uch an?)\s+(?:forecast|assessment|opinion|statement|view|"
    r"estimate|prediction|warning|conclusion|point of view)\s+(?:was|has been|had been)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:given|voiced|expressed|made|shared|announced|stated)\s+"
    # "…, as said by the head of X, Ann Lee, on Friday": a passive "as"-clause after the
    # clause (not "as expected by": the narrow set of as_by)
    rf"|as\s+{verb_alternation('as_by')}\s+)"
    # "to journalists on Thursday", "in Moscow": a few words of place, time and audience,
    # none a verb form ("It was said to be caused by …" is no report)
    r"(?:(?!(?:be|been|being)\s)[\w.-]+(?<!ed)\s+){0,5}?"
    # "This was reported to RIA Novosti by …": the outlet told, before "by"
    r"(?:to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:[a-z]+\s+){0,2}?)?by\s"
)
_REPORTED_BY_OPENING = re.compile(r"\s*" + _REPORTED_BY_BODY)
_REPORTED_BY_INSIDE = re.compile(r",\s+" + _REPORTED_BY_BODY)


def _agent(masked: str, lo: int, hi: int) -> Mention | None:
    """Who "by" names: a full name after a role phrase ("by the head of the security
    department Ann Lee", "by the governor Ivan Lobov during a visit"), else the person
    reference right after "by"."""
    window_hi = min(hi, lo + _AGENT_REACH)
    tokens = tokenize(masked, lo, window_hi)
    for first, end in name_runs(tokens):
        if first == 0:
            break  # the name right after "by": read below, with its apposition
        mention = mention_from_run(masked, tokens, first, end, lo)
        if not mention.full:
            continue  # "the governor of the Kursk region …": a place, not the name
        if (
            mention.pre_role is None
            or has_finite_verb(masked[lo : mention.start])
            or _RELATIVE_WORD.search(masked, lo, mention.start)
            or _ROLE_OF_SOMEONE.search(mention.pre_role)
        ):
            # "by the wife of Ivan Lobov": not Lobov; "by the deputy, who met director Tom
            # Kim": not Kim
            break
        mention.apposition = inverted_apposition(masked, tokens[end - 1], window_hi)
        return mention
    return subject_after(masked, lo - 1, hi)


# "the wife of", "a lawyer for": a role whose holder is not the name after it.
_ROLE_OF_SOMEONE = re.compile(r"\b(?:of|for|to)$")
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b")
_AGENT_REACH = 200  # the longest role phrase and name after "by"


def _after_mention(masked: str, mention: Mention, hi: int) -> int:
    """Where the words after a source's mention begin: past its apposition, when it has one
    (found at or after the mention's end, before ``hi``)."""
    rest_lo = mention.end
    if mention.apposition:
        at = masked.find(mention.apposition, rest_lo, hi)
        rest_lo = at + len(mention.apposition) if at >= 0 else rest_lo
    return rest_lo


def _previous_clause(state: ArticleState, lo: int) -> tuple[int, int] | None:
    """The narrative sentence right before ``lo`` as the clause that a sentence opening at
    ``lo`` reports ("This was reported by X.", "X said this."): none when words stand
    between them or a statement was already found in it."""
    previous = state.previous_sentence
    if (
        previous is None
        or state.masked_text[previous.end : lo].strip(' .!\n\t”"»')
        or (state.found and state.found[-1].end > previous.start)
    ):
        return None
    return previous.start, state.trim_end(previous.start, previous.end)


def _reported_by(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The mayor approved the march, this was reported today by Ann Lee, head of X.": the
    clause before the comma; "This was reported by Ann Lee." opening a sentence reports
    the narrative sentence just before it (when nothing was attributed there)."""
    masked = state.masked_text
    if "by" not in masked[lo:hi]:
        return False  # cheap test first
    match = _REPORTED_BY_OPENING.match(masked, lo, hi) or _REPORTED_BY_INSIDE.search(masked, lo, hi)
    if match is None:
        return False
    mention = _agent(masked, match.end(), hi)
    if mention is None or mention.kind == "pronoun":
        return False
    rest_lo = _after_mention(masked, mention, hi)
    if outlet_tail(masked, rest_lo, state.trim_end(rest_lo, hi)) == rest_lo:
        rest_lo = state.trim_end(rest_lo, hi)  # "…, reports Baltic News.": the outlet's line
    tail = masked[rest_lo:hi]
    tail_lo = rest_lo + len(tail) - len(tail.lstrip(" ,"))
    if tail.strip(' .;!\n\t”"»)') and not _ends_sentence(
        state, tail_lo, hi, most=_BY_TAIL_WORDS, openers=_BY_TAIL_OPENERS
    ):
        # the agent is not the end of the sentence: something else goes on (but "…, at a
        # briefing.", "during a visit to the plant" or "on Monday." only says where or when)
        return False
    if masked[lo : match.start()].strip():
        clause_lo, clause_hi = lo, state.trim_end(lo, match.start())
    else:
        clause = _previous_clause(state, lo)
        if clause is None:
            return False
        clause_lo, clause_hi = clause
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    context = state.text[match.start() : hi]
    cue_lo = match.start() + len(match.group()) - len(match.group().lstrip(" ,\n\t"))
    return (
        _report(
            state, mention, context, clause_lo, clause_hi, "reported-by", (cue_lo, match.end() - 1)
        )
        is not None
    )


def _according(state: ArticleState, name_lo: int, lo: int, hi: int) -> bool:
    masked = state.masked_text
    mention = according_mention(masked, name_lo, hi)
    if (
        mention is None
        or mention.kind != "name"
        # ("Mayor of Elbtown, head of transport Ivo Brandt": the place is no name)
        or (mention.pre_role or "").endswith(" of")
    ):
        # "As noted by First Deputy Mayor of Elbtown, head of transport Ivo Brandt, …":
        # a role of its own before the comma, then the title and name of its holder.
        holder = _holder_after_roles(masked, name_lo, hi)
        if holder is not None:
            mention, name_lo = holder
    if mention is None:
        return False
    if (
        mention.kind == "name"
        and len(mention.words) > 1
        and gender_of_name(mention.words[0]) is None
        and _SOURCE_NOUN_OF.search(masked, lo, name_lo + 1) is not None
    ):
        return False  # "according to the forecast of Morgan Stanley": no given name, a body
    second = paired_mention(masked, mention, hi)  # "According to Mayor Vidal and Tim Ode, …"
    rest_lo = second.end if second is not None else _after_mention(masked, mention, hi)
    comma = masked.find(",", rest_lo, min(hi, rest_lo + 160))
    if comma < 0 and mention.apposition:
        # "According to Panin, the captain has a knee injury.": no comma closes what looked
        # like an apposition; it is the reported clause's subject.
        mention.apposition = None
        rest_lo = mention.end
        comma = masked.find(",", rest_lo, min(hi, rest_lo + 160))
    if comma < 0:
        return False
    between = masked[rest_lo:comma]
    if len(between.strip()) > 0 and not _OF_PHRASE.match(between):
        return False
    clause_lo = comma + 1
    clause_hi = state.trim_end(clause_lo, hi)
    if clause_hi - clause_lo < 8:
        return False
    context = state.text[lo:clause_lo]
    according = _ACCORDING_CUE.search(masked, lo, name_lo + 1)
    cue = (according.start(), according.end()) if according else None
    return _report_sources(state, (mention, second), context, (clause_lo, clause_hi), cue)


_ROLE_SEGMENTS = 2  # role phrases set off by commas before a source's name
_SEGMENT_WORDS = 10  # the most words such a role phrase may hold


def _holder_after_roles(masked: str, at: int, hi: int) -> tuple[Mention, int] | None:
    """The named source after one or two role phrases set off by commas (see
    :func:`_after_role_segment`), with where its reading started; None if there is none."""
    for _ in range(_ROLE_SEGMENTS):
        at = _after_role_segment(masked, at, hi)
        if at < 0:
            return None
        mention = according_mention(masked, at, hi)
        if mention is not None and mention.kind == "name":
            return mention, at
    return None


def _after_role_segment(masked: str, at: int, hi: int) -> int:
    """Where the text after a role phrase ending at a comma starts (the space after the
    comma), or -1: the phrase from ``at`` must open with a role noun (the first three
    words), hold no verb form and at most :data:`_SEGMENT_WORDS` words."""
    comma = masked.find(",", at, min(hi, at + 120))
    if comma < 0:
        return -1
    segment = masked[at:comma]
    words = segment.split()
    if (
        not words
        or len(words) > _SEGMENT_WORDS
        or not has_role_noun(" ".join(words[:3]))
        or has_finite_verb(segment)
        or any(mark in segment for mark in '_“”"«»')
    ):
        return -1
    return comma + 1


def _report_sources(
    state: ArticleState,
    mentions: tuple[Mention, Mention | None],
    context: str,
    clause: tuple[int, int],
    cue: Cue | None,
) -> bool:
    """Record the clause for the according-to source, or for both of a pair ("according
    to A and B"): the pair only when both resolve, to two different people."""
    first, second = mentions
    if second is None:
        return _report(state, first, context, *clause, "according-to", cue) is not None
    one, other = (state.resolve(mention, context) for mention in (first, second))
    if one is None or other is None or one is other:
        return False
    when = said_on(context, state.published_on)
    for person in (one, other):
        state.emit(*clause, "paraphrase", person, when, "according-to", cue)
    return True


def _as_x_said(state: ArticleState, lo: int, hi: int) -> bool:
    """ "As Emily Feng reports for NPR, the first cases …" and "(As Lee noted, ….)": the
    clause after the comma; "Rents will keep rising, as Lee noted.": the clause before it.
    Only verbs that carry content (:func:`reports_after_as`): "…, as Trump testified"
    says when, not what."""
    masked = state.masked_text
    if "As " not in masked[lo : lo + 4] and " as " not in masked[lo:hi]:
        return False
    opening = _AS_OPENING.match(masked, lo, hi) or _AS_INSIDE.search(masked, lo, hi)
    if opening is None:
        return False
    for verb in state.verbs(opening.end(), min(hi, opening.end() + 80))[:1]:
        comma = masked.find(",", verb.end(), min(hi, verb.end() + 60))
        if not reports_after_as(verb.group()) and not _told_audience(state, verb, comma):
            return False  # "…, as Trump testified.": "as" means "while"
        mention = subject_before(masked, opening.end(), verb.start())
        if mention is None:
            return False
        before_name = masked[opening.end() : mention.start].strip()
        if before_name and not (mention.pre_role and before_name in mention.pre_role):
            return False  # (but "As the head of X Ann Lee stated, …": a role before the name)
        rule = "as-x-said"
        adjunct = _AS_ADJUNCT.match(masked, verb.end(), hi)
        start = _occasion_end(masked, adjunct.end(), hi) if adjunct is not None else None
        if adjunct is not None and start is None:
            return False  # "in his speech at the UN the …": where the clause starts is unsure
        if start is not None and has_finite_verb(masked[start : min(hi, start + 120)]):
            # "As President stressed in his speech the elections should be …": a
            # translation drops the comma after the occasion
            clause_lo = start
            clause_hi = reported_clause_end(state, clause_lo, hi)
        elif comma >= 0:
            clause_lo = comma + 1
            clause_hi = reported_clause_end(state, clause_lo, hi)
            if opening.group().lstrip().startswith("("):
                # "(As Lee noted, ….)": the parenthesis closes with the clause
                close = masked.rfind(")", clause_lo, clause_hi)
                if close >= 0 and not masked[close + 1 : clause_hi].strip(" .;!?"):
                    clause_hi = state.trim_end(clause_lo, close)
        elif opening.start() > lo and _ends_sentence(state, verb.end(), hi):
            # "Rents will keep rising, as Lee noted.": the clause before the comma.
            clause_lo, clause_hi = lo, state.trim_end(lo, opening.start())
            rule = "as-x-noted"
            if not has_verb_form(masked[clause_lo:clause_hi]):
                return False
        else:
            return False
        if too_thin(state, clause_lo, clause_hi) or only_outlet(masked, clause_lo, clause_hi):
            return False  # "…, as Adamov set out new points, Caspnews reports.": the outlet's
        context = state.text[lo:clause_lo]
        cue = (verb.start(), verb.end())
        return _report(state, mention, context, clause_lo, clause_hi, rule, cue) is not None
    return False


# "in his speech", "during her address": the occasion after "As X stressed" that a
# translation writes with no comma before the reported clause.
_AS_ADJUNCT = re.compile(
    r"\s+(?:in|during|at)\s+(?:his|her|their|the|a)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:speech|address|statement|remarks|interview|briefing|message|report)\s+(?=[A-Za-z])"
)
# Words that open a time or place after the occasion ("in his speech on Monday, …",
# "in his address at the UN, …", "in a speech last week the …").
_OCCASION_TAIL = frozenset(
    {"on", "at", "in", "during", "before", "after", "last", "this", "next", "earlier"}
    | {"yesterday", "today", "to", "for", "from", "with", "by", "late", "early"}
)
_OCCASION_TAIL_CHARS = 60  # "at the UN General Assembly in New York,": the tail, at most
_WORD_AT = re.compile(r"[A-Za-z]++")


def _occasion_end(masked: str, at: int, hi: int) -> int | None:
    """Where the reported clause starts after the occasion of "As X stressed in his speech"
    (ending at ``at``): at once ("… the elections should be fair"), past a time ("… on
    Monday, the …", "… last week the …") or past a place closed by a comma ("… at the UN,
    the …").  None when a time or place follows with no end to be sure of."""
    word = _WORD_AT.match(masked, at, hi)
    if word is None or word.group().lower() not in _OCCASION_TAIL:
        return at
    dated = dated_clause_start(_CLAUSE_PROBE, masked[at:hi])
    if dated is not None:
        return at + dated
    comma = masked.find(",", at, min(hi, at + _OCCASION_TAIL_CHARS))
    if comma >= 0 and not has_finite_verb(masked[at:comma]):
        return comma + 1
    return None


_CLAUSE_PROBE = "said"  # a verb that takes a bare clause: dated_clause_start reads the clause
_AUDIENCE_WORDS = 4  # "As Lee told RIA Novosti, …": the audience, a few words at most


def _told_audience(state: ArticleState, verb: Verb, comma: int) -> bool:
    """ "As Sokolova told RIA Novosti, …", "As he told reporters, …": a telling verb whose
    audience alone (a few words, no verb) stands before the comma opening the clause."""
    if comma < 0 or not tells(verb.group()):
        return False
    audience = state.masked_text[verb.end() : comma].split()
    if not 0 < len(audience) <= _AUDIENCE_WORDS or has_finite_verb(" ".join(audience)):
        return False
    # An outlet ("RIA Novosti", "Izvestia") or people ("reporters", "our correspondent");
    # "As Lee told the story, …" says when, not what.
    return any(word[:1].isupper() for word in audience) or has_role_noun(" ".join(audience))


def _according_inside(state: ArticleState, lo: int, hi: int) -> bool:
    """ "…, however, according to Smith, inspectors found …" (the clause after it) and
    "Inspectors found …, according to Smith." (the clause before it)."""
    masked = state.masked_text
    if "according to" not in masked[lo:hi]:
        return False
    for found in _ACCORDING_INSIDE.finditer(masked, lo, hi):
        name_lo = found.end() - 1
        mention = according_mention(masked, name_lo, hi)
        if (
            mention is None
            or mention.kind != "name"
            # ("Mayor of Elbtown, head of transport Ivo Brandt": the place is no name)
            or (mention.pre_role or "").endswith(" of")
        ):
            continue
        second = paired_mention(masked, mention, hi)  # "…, according to A and B."
        rest_lo = second.end if second is not None else mention.end
        body = _BODY_AFTER.match(masked, rest_lo, hi)
        if body is not None:
            rest_lo = body.end()  # "according to Ann Lee of the New York Times."
        after = _SENTENCE_REST.search(masked, rest_lo, hi)  # first character that counts
        if (
            after is not None
            and mention.apposition
            and not has_verb_form(mention.apposition)
            and masked[after.start() + 1 : state.trim_end(lo, hi)].strip() == mention.apposition
        ):
            after = None  # "…, according to Ann Lee, the office's chief.": her apposition
        if after is None and found.start() - lo >= 8:
            clause_lo, clause_hi = lo, state.trim_end(lo, found.start())
        elif after is not None and masked[after.start()] == ",":
            clause_lo = masked.find(",", rest_lo, hi) + 1
            clause_hi = state.trim_end(clause_lo, hi)
        else:
            continue
        if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
            continue
        context = state.text[max(lo, found.start() - CONTEXT) : min(hi, mention.end + 80)]
        cue = (found.start(), found.start() + len("according to"))
        cue = (cue[0] + len(found.group()) - len(found.group().lstrip(" ,")), cue[1])
        if _report_sources(state, (mention, second), context, (clause_lo, clause_hi), cue):
            return True
    return False


_AS_TAIL_WORDS = 6  # "as Lee noted in her talk last week": adverbials after the verb, at most
_AS_TAIL_OPENERS = frozenset(
    {"in", "at", "on", "during", "last", "this", "earlier", "recently", "yesterday", "today"}
)
# "This was announced by X during a working visit to the plant in Kursk on Monday": the
# passive report is marked enough for a longer adverbial after its agent.
_BY_TAIL_WORDS = 12
_BY_TAIL_OPENERS = _AS_TAIL_OPENERS | {
    "after",
    "before",
    "while",
    "following",
    "speaking",
    "with",
    "via",
    "ahead",
}


def _ends_sentence(
    state: ArticleState,
    at: int,
    hi: int,
    *,
    most: int = _AS_TAIL_WORDS,
    openers: frozenset[str] = _AS_TAIL_OPENERS,
) -> bool:
    """Whether nothing, or only a few adverbial words ("in her talk", "last week"), follow
    ``at`` to the sentence's end: no object ("said goodbye"), no clause of its own; at
    most ``most`` words, the first of them one of ``openers``."""
    words = state.masked_text[at : state.trim_end(at, hi)].split()
    if not words:
        return True
    return (
        len(words) <= most
        and words[0].lower() in openers
        and not has_finite_verb(" ".join(words))
        and not any("_" in word or word.lower() == "that" for word in words)
    )


_SENTENCE_REST = re.compile(r"[^\s.!?\"”»]")
# "of the New York Times", "at Acme Bank": the body a source works for, after the name.
_BODY_AFTER = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][^,;:.!?“”\"«»()]{0,60}")
# "As the deputy announced, …", "(As Lee noted at the time, …)", "As economist Ann Lee
# noted, …" (a bare job before the name)
_AS_OPENING = re.compile(r"\s*\(?As\s+(?=[A-Z]|the\s|[a-z]+\s+[A-Z])")
_AS_INSIDE = re.compile(r"(?<=,)\s+as\s+(?=[A-Z])")  # "For example, as Herbert notes, …"
_ACCORDING_INSIDE = re.compile(
    r",\s*(?:however,\s*)?according to\s(?:(?:the )?(?:" + _SOURCE_NOUNS + r") (?:of|from|by)\s)?"
)
_ACCORDING_CUE = re.compile(
    r"[Aa]ccording to(?: (?:the )?(?:" + _SOURCE_NOUNS + r") (?:of|from|by))?|"
    r"[Ii]n the (?:opinion|view|words) of"
)


# "In Panin's opinion, …", "In the minister's view, …": the owner of the opinion is the
# source (a name, or a role referring back to someone named before).
_POSSESSIVE_SOURCE = re.compile(
    r"\s*(?:[A-Z]\w*,?\s+){0,2}?(?:[Ii]n|(?P<according>[Aa]ccording\s+to))\s+"
    r"(?:(?P<the>the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)|"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))['’]s?\s+"
    r"(?:opinion|view|words|estimation|assessment|judgement|judgment|" + _SOURCE_NOUNS + r"),\s*"
)


def _possessive_source(state: ArticleState, lo: int, hi: int) -> bool:
    """ "In Panin's opinion, the young players need more time.", "According to Panin's
    forecast, …": the clause after the comma is the owner's paraphrase ("In the
    minister's view, …": a role referring back)."""
    masked = state.masked_text
    opening = masked[lo : lo + 40]
    if "In " not in opening and "in " not in opening and "ccording to" not in opening:
        return False  # cheap test first
    match = _POSSESSIVE_SOURCE.match(masked, lo, hi)
    if match is None:
        return False
    if match.group("name"):
        words = match.group("name").split()
        if match.group("according") and len(words) > 1 and gender_of_name(words[0]) is None:
            return False  # "According to Goldman Sachs's estimate": no given name, no person
        mention = Mention(match.start("name"), match.end("name"), "name", words=words)
    else:
        noun = match.group("role")
        if not is_role_word(noun):
            return False
        mention = Mention(match.start("the"), match.end("role"), "role", noun=noun)
    clause_lo = match.end()
    clause_hi = reported_clause_end(state, clause_lo, hi)
    if too_thin(state, clause_lo, clause_hi):
        return False
    context = state.text[lo:clause_lo]
    phrase = match.group()
    cue_lo = match.start() + len(phrase) - len(phrase.lstrip())
    cue_hi = match.start() + len(phrase.rstrip(", \t\n"))
    return (
        _report(
            state, mention, context, clause_lo, clause_hi, "possessive-source", (cue_lo, cue_hi)
        )
        is not None
    )


# Light verbs that report only through a stance noun: "expressed confidence that …".
_LIGHT_LEMMAS = ("express", "voice", "share", "convey", "reaffirm", "hold", "draw", "have")
_LIGHT_VERBS = sorted(
    {form for lemma in _LIGHT_LEMMAS for form in all_forms(lemma)},
    key=lambda form: (-len(form), form),  # the longest form first in the alternation
)
# Nouns of a stance or a thought that take a "that" clause ("confidence that …", "the hope
# that …"); "attention" goes with "drew attention to the fact that …".
_STANCE_NOUNS = (
    r"confidence|certainty|conviction|belief|opinion|view|position|idea|thought|assumption|"
    r"hopes?|doubts?|fears?|concerns?|regret|surprise|satisfaction|dissatisfaction|"
    r"displeasure|disappointment|indignation|bewilderment|optimism|scepticism|skepticism|"
    r"attention"
)
_STANCE = re.compile(
    r"\b(?:(?P<verb>"
    + "|".join(_LIGHT_VERBS)
    + r")\s+(?:(?P<det>the|his|her|their|its|a|an|no)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?P<noun>" + _STANCE_NOUNS + r")"
    r"|(?P<copula>is|was|are|were|remains|remained)\s+of\s+the\s+(?P<of>opinion|view|belief))"
    r"(?:\s+(?:to|at|over|about|with|in)\s+the\s+fact)?\s+that\s+"
)


def stance_report(state: ArticleState, lo: int, hi: int) -> bool:
    """ "Sokolova expressed confidence that the economy would grow", "Gromov drew attention
    to the fact that …", "Panin has no doubt that …", "Lebedev is of the opinion that …":
    the subject of the light verb
    (or copula) holds the stance; the clause after "that" is their paraphrase."""
    masked = state.masked_text
    if "that" not in masked[lo:hi]:
        return False  # cheap test first
    match = _STANCE.search(masked, lo, hi)
    if match is None:
        return False
    head = "verb" if match.group("verb") else "copula"
    noun_word = match.group("noun") or ""
    if noun_word == "attention" and " fact" not in match.group():
        return False  # "drew attention that …" is no report; "to the fact that …" is
    if match.group("det") == "no" and not noun_word.startswith("doubt"):
        return False  # "has no doubt that …" is certainty; "has no idea / hope that …" denies
    mention = subject_before(masked, lo, match.start(head))
    if mention is None:
        return False
    clause_lo = match.end()
    clause_hi = reported_clause_end(state, clause_lo, hi)
    if too_thin(state, clause_lo, clause_hi) or not has_verb_form(masked[clause_lo:clause_hi]):
        return False
    if relative_clause(masked[clause_lo:clause_hi]):
        return False  # "holds a position that pays well": the noun's relative clause
    context = state.text[max(lo, clause_lo - CONTEXT) : clause_lo]
    noun = "noun" if head == "verb" else "of"
    return (
        _report(
            state,
            mention,
            context,
            clause_lo,
            clause_hi,
            "stance-noun",
            (match.start(head), match.end(noun)),
        )
        is not None
    )


# "X was quoted by Interfax as saying that …", "RIA Novosti quotes X as saying …": the
# outlet cites the speaker, whose words follow the -ing form of a reporting verb.
_QUOTED_AS = re.compile(
    r"\b(?P<verb>quoted|quotes|quote|cited|cites|cite)\s+(?P<middle>[^.;:!?“”\"«»]{0,80}?)"
    r"\bas\s+(?P<ing>[a-z]+ing)\s+(?:that\s+)?"
)
_PASSIVE_AUX = re.compile(
    r"\b(?:is|was|were|are|been|being)\s+(?:(?:also|repeatedly|earlier|widely)\s+)?$"
)
_OBJECT_PRONOUN = re.compile(r"\s*(?P<pronoun>him|her)\s*$")
# "on Monday", "last week", "in an interview", "late on Tuesday": when or where the words
# were said, not the words themselves.
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"week|weekend|month|year|morning|afternoon|evening|night|day|interview|statement|"
    r"briefing|conference|meeting|session|summit|forum|address|speech|broadcast)"
)
_ADVERBIAL_ONLY = re.compile(
    r"(?i:(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|during|last|this|after|over|"
    r"earlier|later|yesterday|today|tonight)\b[^,;:.!?“”\"«»\d]{0,40}?\b" + _WHEN + r")"
    r"(?:\s+\w+){0,2}?\s*[.!]?\s*"
)


def _quoted_as_saying(state: ArticleState, lo: int, hi: int) -> bool:
    """ "Gromov was quoted by Interfax as saying that the airport would reopen" (the
    passive subject speaks), "RIA Novosti quotes Gromov as saying …" (the object speaks):
    the clause after the -ing form is the speaker's paraphrase."""
    masked = state.masked_text
    if " as " not in masked[lo:hi]:
        return False  # cheap test first
    match = _QUOTED_AS.search(masked, lo, hi)
    if match is None or not is_speech_ing(match.group("ing")):
        return False
    passive = _PASSIVE_AUX.search(masked, max(lo, match.start() - 30), match.start())
    mention: Mention | None
    if passive is not None:
        middle = match.group("middle").strip()
        if middle and not middle.startswith("by "):
            return False  # "was quoted in a report as …": only the outlet may come between
        mention = subject_before(masked, lo, passive.start())
    else:
        middle_lo, middle_hi = match.start("middle"), match.end("middle")
        pronoun = _OBJECT_PRONOUN.fullmatch(masked, middle_lo, middle_hi)
        if pronoun is not None:
            noun = "he" if pronoun.group("pronoun") == "him" else "she"
            at = pronoun.start("pronoun")
            mention = Mention(at, at + len(pronoun.group("pronoun")), "pronoun", noun=noun)
        else:
            mention = subject_after(masked, match.end("verb"), middle_hi)
            if mention is not None and masked[mention.end : middle_hi].strip(" ,"):
                return False  # the person must fill the object: "quotes X as"
            if mention is None and _UNNAMED_SOURCES.fullmatch(masked, middle_lo, middle_hi):
                # "Mayor Ilse Berg quoted fire officials as saying that …": nobody named
                # said it; the one quoting them made it public, when a person.
                mention = _quoting_person(masked, lo, match.start("verb"))
    if mention is None:
        return False
    clause_lo = match.end()
    clause_hi = reported_clause_end(state, clause_lo, hi)
    if _ADVERBIAL_ONLY.fullmatch(masked, clause_lo, clause_hi):
        # "…, Interfax cited X as saying on Monday.": the words reported come before the
        # comma that opens the attribution, as in "…, X said on Monday."
        attribution_lo = mention.start if passive is not None else match.start("verb")
        comma = masked.rfind(", ", lo, min(attribution_lo, mention.start))
        if comma < 0 or not has_verb_form(masked[lo:comma]):
            return False
        clause_lo, clause_hi = lo, state.trim_end(lo, comma)
    if too_thin(state, clause_lo, clause_hi):
        return False
    context = state.text[max(lo, clause_lo - CONTEXT) : clause_lo]
    return (
        _report(
            state,
            mention,
            context,
            clause_lo,
            clause_hi,
            "quoted-as-saying",
            (match.start("verb"), match.end("ing")),
        )
        is not None
    )


# "fire officials", "unnamed sources", "police": unnamed people quoted by someone.
_UNNAMED_SOURCES = re.compile(
    r"\s*(?:(?:the|some|several|two|three|local|senior|unnamed|anonymous|[a-z]+)\s+){0,3}"
    r"(?:officials|sources|officers|witnesses|residents|police|experts|engineers|firefighters|"
    r"doctors|staff|workers|inspectors|investigators|people)\s*"
)


def _quoting_person(masked: str, lo: int, verb_start: int) -> Mention | None:
    """The subject of "quoted <unnamed sources> as saying" when it is plainly a person: a
    pronoun, a name with a role before it, or a full name with a known given name (an
    outlet, "Radio North", is neither)."""
    mention = subject_before(masked, lo, verb_start)
    if mention is None:
        return None
    if mention.kind == "pronoun" or (mention.kind == "name" and mention.pre_role):
        return mention
    if (
        mention.kind == "name"
        and len(mention.words) > 1
        and gender_of_name(mention.words[0]) is not None
    ):
        return mention
    return None


# "Gromov announced this at a meeting with residents.", "Lee said so on Tuesday.": the
# verb's object points back at the sentence before.
_THIS_OBJECT = re.compile(r"\s+(?:about\s+)?(?:this|so|it)\b(?P<rest>[^.!?;:]*)")
# "Gromov told MK about this", "… told RIA Novosti about it": the audience, then "about this".
_TOLD_ABOUT_THIS = re.compile(
    r"\s+(?:[\w.-]+\s+){1,5}?(?P<about>about)\s+(?:this|it)\b(?P<rest>[^.!?;:]*)"
)
_SPOKE_ABOUT_THIS = re.compile(r"\b(?:spoke|speaks|talked|talks)(?=\s+about\s+(?:this|it)\b)")
_THIS_TAIL_WORDS = 10  # adverbials after "this" (where, when, to whom), at most


def _said_this(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The airport will reopen in May. Gromov announced this at a meeting.": a sentence
    whose reporting verb has "this" for its object and only adverbials after it reports
    the narrative sentence just before it (when nothing was attributed there)."""
    masked = state.masked_text
    verbs = state.verbs(lo, hi)
    spoke = None if verbs else _SPOKE_ABOUT_THIS.search(masked, lo, hi)
    if spoke is not None:
        # "Gromov spoke about this at a meeting": speaking about it is telling it
        verb = Verb(spoke.start(), spoke.end(), spoke.group())
    elif verbs:
        verb = verbs[0]
    else:
        return False
    this = _THIS_OBJECT.match(masked, verb.end(), hi)
    if this is None and tells(verb.group()):
        this = _TOLD_ABOUT_THIS.match(masked, verb.end(), hi)
        if this is not None and _clause_in(masked[verb.end() : this.start("about")]):
            this = None
    if this is None or denies(verb.group()) or asks(verb.group()):
        return False  # ("Gromov denied this", "Lee asked about it": not his statement)
    if this.group().split()[0] == "about" and not informs(verb.group()) and spoke is None:
        return False  # "Oakes warned about this", "Lee joked about it": a topic, not a claim
    rest = this.group("rest")
    tail = masked[this.end() : state.trim_end(this.end(), hi)].strip(" .!?")
    if (
        tail
        or len(rest.split()) > _THIS_TAIL_WORDS
        or "," in rest  # "…, and the fans left": a clause goes on
        or has_finite_verb(rest)
        or "that" in rest.split()
        or (rest.strip() and rest.split()[0].lower() not in _ADVERBIAL_OPENERS)
    ):
        return False
    mention = subject_before(masked, lo, verb.start())
    if mention is None:
        return False
    before_name = masked[lo : mention.start].strip(" ,")
    if before_name and not (mention.pre_role and before_name in mention.pre_role):
        # the speaker opens the sentence: "Gromov announced this …" (or their role does:
        # "The head of the ministry Ann Lee announced this …")
        return False
    clause = _previous_clause(state, lo)
    if clause is None:
        return False
    clause_lo, clause_hi = clause
    if too_thin(state, clause_lo, clause_hi) or not has_verb_form(masked[clause_lo:clause_hi]):
        return False
    context = state.text[lo:hi]
    return (
        _report(
            state,
            mention,
            context,
            clause_lo,
            clause_hi,
            "x-said-this",
            (verb.start(), this.end() - len(rest)),
        )
        is not None
    )


def _clause_in(words: str) -> bool:
    """Whether the words between "told" and "about this" hold more than an audience."""
    return "," in words or has_finite_verb(words) or "that" in words.split()


_ADVERBIAL_OPENERS = frozenset(
    {
        "at",
        "in",
        "on",
        "during",
        "to",
        "after",
        "before",
        "yesterday",
        "today",
        "earlier",
        "last",
        "this",
        "while",
        "when",
        "with",
        "for",
        "speaking",
        "live",
    }
)
