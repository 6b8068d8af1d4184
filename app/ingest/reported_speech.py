"""Reported speech (kind ``paraphrase``): the reported clause without its attribution.

* ``X said that …`` / ``X believes …`` (a bare clause when the verb allows one and the
  clause looks like one: :func:`app.ingest.speech_verbs.bare_clause_ok`);
* ``…, saying …`` hanging on the sentence's first-named person;
* ``According to X, …``;
* ``…, X noted.`` / ``…, notes the expert.``: the clause before the last comma.

A clause that opens with a quotation belongs to the quote rules; a partial quote inside
the clause ("said the text was “ninety percent ready”") is fine.
"""

from __future__ import annotations

import re

from app.ingest.article_state import THAT, ArticleState
from app.ingest.attribution import (
    Mention,
    mention_from_run,
    subject_after,
    subject_before,
)
from app.ingest.coordination import coordinated_before
from app.ingest.dates import said_on
from app.ingest.people.coreference import coordinated_subject, sentence_subject
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.registry import Person
from app.ingest.speech_verbs import (
    addressee_subject,
    against_clause,
    bare_clause_ok,
    expectation_object,
    expects_to,
    gerund_object,
    has_finite_verb,
    has_verb_form,
    is_source_verb,
    object_clause,
    told_clause_start,
)
from app.ingest.tokens import name_runs, tokenize
from app.ingest.vocabulary import subordinators

# "According to X, …", "However, according to the deputy, …", "As told to Kommersant by
# X, …" (a passive "as <verb>ed by X"): the source, then a comma, then the clause.
_ACCORDING = re.compile(
    r"\s*(?:[A-Z]\w*,?\s+){0,3}?(?:[Aa]ccording to|[Ii]n the (?:opinion|view|words) of|"
    r"[Aa]s (?:told|reported|stated|explained|noted|said)(?: to (?:the )?[A-Z][^,;:]{0,60}?)? by)\s"
)
# "According to him, …", "In her opinion, …", "As he put it, …": the source is a pronoun.
_PRONOUN_SOURCE = re.compile(
    r"\s*(?:[A-Z]\w*\s+){0,2}?(?:[Aa]ccording to (?P<obj>him|her)|[Ii]n (?P<poss>his|her) "
    r"(?:opinion|view|words|estimation|assessment|judgement|judgment)|"
    r"[Aa]s (?P<subj>he|she) (?:put it|sees it|noted|pointed out|explained)),\s*"
)
_OF_PHRASE = re.compile(r"^\s+(?:of|at|from|with)\s+[^,;:.!?]{1,150}$")


def paraphrase_in(state: ArticleState, lo: int, hi: int) -> None:
    masked = state.masked_text
    quoted = state.quoted_chars(lo, hi) * 10 > (hi - lo) * 3
    if not quoted and _pronoun_source(state, lo, hi):
        return
    if not quoted and _reported_by(state, lo, hi):
        return
    according = _ACCORDING.match(masked[lo:hi])
    if according is not None and not quoted and _according(state, lo + according.end() - 1, lo, hi):
        return
    if not quoted and (_as_x_said(state, lo, hi) or _according_inside(state, lo, hi)):
        return
    if masked[lo:hi].rstrip(' "”»’)').endswith("?"):
        return  # "Would Adam Shore say that …?": a question reports nothing
    if not quoted and _parenthetical(state, lo, hi):
        return
    for verb in state.verbs(lo, hi):
        after = masked[verb.end() : min(hi, verb.end() + 300)]
        colon = _COLON_CLAUSE.match(after)
        that = THAT.search(after[:90])
        gap = after[: that.start()] if that else ""
        if colon is not None:
            # "The coach emphasized: he must play better.": a reported clause, no quote.
            clause_lo = verb.end() + colon.end()
        elif (
            that is not None
            and not re.search(r"[.,;:!?“”\"«»_]", gap)
            and len(gap.split()) <= 8
            and not state.verbs(verb.end(), verb.end() + len(gap))
            and not (
                # "given that …", "he understood the anger but that …": the clause began
                # at the verb, and this "that" is inside it.
                (has_finite_verb(gap) or _COORDINATED.search(gap))
                and bare_clause_ok(verb.group(), after)
            )
        ):
            clause_lo = verb.end() + that.end()
        elif (
            bare_clause_ok(verb.group(), after)
            or against_clause(verb.group(), after)
            or expectation_object(verb.group(), after)
            or object_clause(verb.group(), after)
            or gerund_object(verb.group(), after)
            or expects_to(verb.group(), after, masked[max(lo, verb.start() - 12) : verb.start()])
        ):
            clause_lo = verb.end()
        elif (told := told_clause_start(verb.group(), after)) is not None:
            clause_lo = verb.end() + told
        else:
            continue
        if addressee_subject(verb.group(), masked[max(lo, verb.start() - 20) : verb.start()]):
            continue
        mention = subject_before(masked, lo, verb.start())
        if mention is None and verb.group().lower().endswith("ing"):
            mention = _attribution_before_participle(state, lo, verb.start())
        if mention is None and verb.group().lower().endswith("ing"):
            mention = sentence_subject(state, lo, verb.start())
        if mention is None:
            mention = coordinated_subject(state, lo, verb.start())
        if mention is None:
            continue
        clause_hi = _clause_end(state, clause_lo, hi)
        if _reported_in_turn(state, clause_lo, clause_hi, hi):
            break  # the attribution at the end owns the whole sentence (below)
        if _SUBORDINATOR_BEFORE.search(masked, max(lo, mention.start - 40), mention.start):
            # "Before Lee wrote her first novel, Chen had finished three": a report inside a
            # subordinate clause ends at the clause's comma; the main clause is nobody's.
            comma = masked.find(",", clause_lo, clause_hi)
            if comma > 0:
                clause_hi = comma
            if not has_verb_form(masked[clause_lo:clause_hi]):
                continue
        whole = _whole_quotation(state, clause_lo, clause_hi, hi)
        if whole is None and _too_thin(state, clause_lo, clause_hi):
            continue
        context = state.text[max(lo, clause_lo - _CONTEXT) : clause_lo]
        # "he and Greer said": the first of two coordinated speakers is resolved first, as
        # it comes first in the text.
        other = coordinated_before(masked, lo, mention)
        first = state.resolve(other, context) if other is not None else None
        person = state.resolve(mention, context)
        if person is None:
            continue
        when = said_on(context, state.published_on)
        cue = (verb.start(), verb.end())
        rule = "participle" if verb.group().lower().endswith("ing") else "reported-clause"
        if rule == "participle" and mention.kind == "name":
            _pronoun_evidence(state, person, lo, clause_lo)
        speakers = [first, person] if first is not None and first is not person else [person]
        for speaker in speakers:
            if whole is not None:
                state.emit(whole[0], whole[1], "quote", speaker, when, "quoted-clause", cue)
            else:
                state.emit(clause_lo, clause_hi, "paraphrase", speaker, when, rule, cue)
        return
    if not quoted and _noun_report(state, lo, hi):
        return
    if quoted or masked[lo:hi].rstrip().endswith(":"):
        return  # an introduction ("Asked about X, he said:") announces; it reports nothing
    # "…, X noted." / "…, notes the expert.": the clause before the last comma.
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
        if state.trim_end(clause_end, hi) > clause_end + 1:
            continue
        if mostly_quoted(state, lo, lo + comma) or _quotation_inside(state, lo, lo + comma):
            break  # a quotation with its attribution: the quote rules own it
        if not has_verb_form(masked[lo : lo + comma]):
            # "Later in the day, Ann Lee, a former envoy, and Bo Chen testified": words
            # with no verb are no reported clause (here, the first of two subjects).
            continue
        context = state.text[lo + comma : hi]
        person = state.resolve(mention, context)
        if person is None:
            continue
        cue_verb = masked[mention.cue[0] : mention.cue[1]] if mention.cue else ""
        state.emit(
            lo,
            state.trim_end(lo, lo + comma),
            "quote" if is_source_verb(cue_verb) else "paraphrase",
            person,
            said_on(context, state.published_on),
            "attribution-after",
            mention.cue,
        )
        return


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


def _noun_report(state: ArticleState, lo: int, hi: int) -> bool:
    """ "… was Schiff's own admission that he did not know the name", "his claim that he
    visited X in 2010": the clause after "that" is the owner's paraphrase."""
    masked = state.masked_text
    if "that" not in masked[lo:hi]:
        return False  # cheap test first
    match = _NOUN_REPORT.search(masked, lo, hi)
    if match is None:
        return False
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
        main = _MAIN_VERB.search(masked, clause_lo, clause_hi)
        if main is not None and len(masked[clause_lo : main.start()].split()) >= 3:
            clause_hi = main.start()
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    context = state.text[lo:clause_lo]
    # "He then cited Lee's finding that …": the sentence's subject, not the owner of the
    # report it cites, is who a "he said" after it means.
    lead = _PRONOUN_LEAD.match(masked, lo, match.start())
    subject = state.registry.by_pronoun(lead.group(1), assign=False) if lead else None
    person = state.resolve(mention, context)
    if person is None:
        return False
    state.emit(
        clause_lo,
        clause_hi,
        "paraphrase",
        person,
        said_on(context, state.published_on),
        "noun-report",
        (match.start("noun"), match.end("noun")),
    )
    if subject is not None and subject is not person:
        state.registry.touch(subject)
    return True


_PRONOUN_LEAD = re.compile(r"\s*(he|she)\b", re.IGNORECASE)


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


def _pronoun_source(state: ArticleState, lo: int, hi: int) -> bool:
    match = _PRONOUN_SOURCE.match(state.masked_text, lo, hi)
    if match is None:
        return False
    word = match.group("obj") or match.group("poss") or match.group("subj")
    pronoun = "he" if word in {"him", "his", "he"} else "she"
    clause_lo = match.end()
    clause_hi = state.trim_end(clause_lo, hi)
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    mention = Mention(match.start(), match.start(), "pronoun", noun=pronoun)
    context = state.text[lo:clause_lo]
    person = state.resolve(mention, context)
    if person is None:
        return False
    cue = (match.start(), match.start() + len(match.group().rstrip(", ")))
    state.emit(
        clause_lo,
        clause_hi,
        "paraphrase",
        person,
        said_on(context, state.published_on),
        "pronoun-source",
        cue,
    )
    return True


# "…, this was reported today by the head of X, Ann Lee." / "This was reported by Ann Lee."
# (translations): a passive report whose agent is the speaker.
_REPORTED_BY_BODY = (
    r"(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:was|has been|had been|is|were)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:reported|announced|stated|said|told|noted|confirmed|explained|"
    r"declared|communicated|related|disclosed)\s+(?:[a-z]+\s+){0,3}?by\s"
)
_REPORTED_BY_OPENING = re.compile(r"\s*" + _REPORTED_BY_BODY)
_REPORTED_BY_INSIDE = re.compile(r",\s+" + _REPORTED_BY_BODY)


def _agent(masked: str, lo: int, hi: int) -> Mention | None:
    """Who "by" names: a full name ending the sentence after a role phrase ("by the head
    of the security department Ann Lee."), else the person reference right after "by"."""
    tokens = tokenize(masked, lo, min(hi, lo + _AGENT_REACH))
    runs = name_runs(tokens)
    if runs and runs[-1][1] == len(tokens) and runs[-1][0] > 0:
        first, end = runs[-1]
        mention = mention_from_run(masked, tokens, first, end, lo)
        if mention.full and mention.pre_role is not None:
            return mention
    return subject_after(masked, lo - 1, hi)


_AGENT_REACH = 200  # the longest role phrase and name after "by"


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
    rest_lo = mention.end
    if mention.apposition:
        at = masked.find(mention.apposition, rest_lo, hi)
        rest_lo = at + len(mention.apposition) if at >= 0 else rest_lo
    if masked[rest_lo:hi].strip(' .;!\n\t”"»)'):
        return False  # the agent is not the end of the sentence: something else goes on
    if masked[lo : match.start()].strip():
        clause_lo, clause_hi = lo, state.trim_end(lo, match.start())
    else:
        previous = state.previous_sentence
        if (
            previous is None
            or masked[previous.end : lo].strip(' .!\n\t”"»')
            or (state.found and state.found[-1].end > previous.start)
        ):
            return False
        clause_lo, clause_hi = previous.start, state.trim_end(previous.start, previous.end)
    if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
        return False
    context = state.text[match.start() : hi]
    person = state.resolve(mention, context)
    if person is None:
        return False
    cue_lo = match.start() + len(match.group()) - len(match.group().lstrip(" ,\n\t"))
    state.emit(
        clause_lo,
        clause_hi,
        "paraphrase",
        person,
        said_on(context, state.published_on),
        "reported-by",
        (cue_lo, match.end() - 1),
    )
    return True


def _according(state: ArticleState, name_lo: int, lo: int, hi: int) -> bool:
    masked = state.masked_text
    mention = subject_after(masked, name_lo, hi)
    if mention is None:
        return False
    rest_lo = mention.end
    if mention.apposition:
        appos_at = masked.find(mention.apposition, rest_lo, hi)
        if appos_at >= 0:
            rest_lo = appos_at + len(mention.apposition)
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
    person = state.resolve(mention, context)
    if person is None:
        return False
    according = _ACCORDING_CUE.search(masked, lo, name_lo + 1)
    cue = (according.start(), according.end()) if according else None
    state.emit(
        clause_lo,
        clause_hi,
        "paraphrase",
        person,
        said_on(context, state.published_on),
        "according-to",
        cue,
    )
    return True


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


def _clause_end(state: ArticleState, clause_lo: int, hi: int) -> int:
    """Where a reported clause opening at ``clause_lo`` ends: the sentence's end, trimmed,
    before an outlet tail ("…, according to TASS": the outlet, not the speaker).  The tail
    is short, so only the end is looked at: O(1) per clause."""
    clause_hi = state.trim_end(clause_lo, hi)
    tail = _SOURCE_TAIL.search(
        state.masked_text, max(clause_lo, clause_hi - _TAIL_REACH), clause_hi
    )
    return tail.start() if tail is not None else clause_hi


def _too_thin(state: ArticleState, clause_lo: int, clause_hi: int) -> bool:
    """A clause too short to report anything, or mostly a quotation (the quote rules')."""
    return clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi)


def _as_x_said(state: ArticleState, lo: int, hi: int) -> bool:
    """ "As Emily Feng reports for NPR, the first cases …": the clause after the comma."""
    masked = state.masked_text
    if "As " not in masked[lo : lo + 4] and " as " not in masked[lo:hi]:
        return False
    opening = _AS_OPENING.match(masked, lo, hi) or _AS_INSIDE.search(masked, lo, hi)
    if opening is None:
        return False
    for verb in state.verbs(opening.end(), min(hi, opening.end() + 80))[:1]:
        mention = subject_before(masked, opening.end(), verb.start())
        comma = masked.find(",", verb.end(), min(hi, verb.end() + 60))
        if mention is None or comma < 0:
            return False
        before_name = masked[opening.end() : mention.start].strip()
        if before_name and not (mention.pre_role and before_name in mention.pre_role):
            return False  # (but "As the head of X Ann Lee stated, …": a role before the name)
        clause_lo = comma + 1
        clause_hi = _clause_end(state, clause_lo, hi)
        if _too_thin(state, clause_lo, clause_hi):
            return False
        context = state.text[lo:clause_lo]
        person = state.resolve(mention, context)
        if person is None:
            return False
        when = said_on(context, state.published_on)
        cue = (verb.start(), verb.end())
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, "as-x-said", cue)
        return True
    return False


def _parenthetical(state: ArticleState, lo: int, hi: int) -> bool:
    """ "The tuft cell, Herbert said, is constantly sensing …", "This system, says Richard
    Locksley, an immunologist at X, helps direct …": an attribution set off by commas
    inside the sentence it reports.  The statement is the whole sentence."""
    masked = state.masked_text
    first = masked.find(", ", lo, min(hi, lo + 150))
    if first < 0 or first - lo < 4 or not state.verbs(first, min(hi, first + 60)):
        return False  # (cheap test first: a speech verb right after the comma)
    if _SUBORDINATE.match(masked, lo, first):
        return False  # "As the charges were unsealed, Lee testified before …": an adverbial
    head = state.attribution_at_head(first + 1, hi)
    if head is None:
        # "The tuft cell, Herbert said, is constantly sensing the products present in …":
        # a long sentence after the attribution is no part of it; read up to its comma.
        cut = _PARENTHESIS_END.search(masked, first + 2, min(hi, first + 120))
        head = state.attribution_at_head(first + 1, cut.start()) if cut else None
    if head is None or head[0].cue is None:
        return False
    mention = head[0]
    cue = mention.cue
    if cue is None or cue[0] - first > 40:
        return False
    # The attribution ends at a comma after the verb and name (and apposition); a
    # lower-case word goes on with the reported sentence.
    after = _PARENTHESIS_END.search(masked, max(cue[1], mention.end), min(hi, cue[1] + 250))
    while after is not None and _APPOSITION.match(masked, after.end()):
        # "…, said Ann Lee, a transport analyst.": an apposition, not the sentence going on.
        after = _PARENTHESIS_END.search(masked, after.end(), min(hi, cue[1] + 250))
    if after is None:
        return False
    clause_hi = state.trim_end(lo, hi)
    if clause_hi - after.end() < 8 or mostly_quoted(state, lo, clause_hi):
        return False
    context = state.text[lo : after.end()]
    person = state.resolve(mention, context)
    if person is None:
        return False
    when = said_on(context, state.published_on)
    state.emit(lo, clause_hi, "paraphrase", person, when, "parenthetical", cue)
    return True


_PARENTHESIS_END = re.compile(r",\s+(?=[a-z])")
_APPOSITION = re.compile(r"(?:a|an|the)\s")
# A sentence opening with a subordinate clause ("As …, X testified …") sets the scene; the
# clause before the comma is no reported words.  ("As Lee said, …" was read by the
# as-x-said rule before this is asked.)
_SUBORDINATE = re.compile(
    r"\s*(?:" + "|".join(word.capitalize() for word in subordinators()) + r")\s"
)


def _according_inside(state: ArticleState, lo: int, hi: int) -> bool:
    """ "…, however, according to Smith, inspectors found …" (the clause after it) and
    "Inspectors found …, according to Smith." (the clause before it)."""
    masked = state.masked_text
    if "according to" not in masked[lo:hi]:
        return False
    for found in _ACCORDING_INSIDE.finditer(masked, lo, hi):
        name_lo = found.end() - 1
        mention = subject_after(masked, name_lo, hi)
        if mention is None or mention.kind != "name":
            continue
        rest_lo = mention.end
        body = _BODY_AFTER.match(masked, rest_lo, hi)
        if body is not None:
            rest_lo = body.end()  # "according to Ann Lee of the New York Times."
        after = _SENTENCE_REST.search(masked, rest_lo, hi)  # first character that counts
        if after is None and found.start() - lo >= 8:
            clause_lo, clause_hi = lo, state.trim_end(lo, found.start())
        elif after is not None and masked[after.start()] == ",":
            clause_lo = masked.find(",", rest_lo, hi) + 1
            clause_hi = state.trim_end(clause_lo, hi)
        else:
            continue
        if clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi):
            continue
        context = state.text[max(lo, found.start() - _CONTEXT) : min(hi, mention.end + 80)]
        person = state.resolve(mention, context)
        if person is None:
            continue
        when = said_on(context, state.published_on)
        cue = (found.start(), found.start() + len("according to"))
        cue = (cue[0] + len(found.group()) - len(found.group().lstrip(" ,")), cue[1])
        state.emit(clause_lo, clause_hi, "paraphrase", person, when, "according-to", cue)
        return True
    return False


_SENTENCE_REST = re.compile(r"[^\s.!?\"”»]")
# "of the New York Times", "at Acme Bank": the body a source works for, after the name.
_BODY_AFTER = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][^,;:.!?“”\"«»()]{0,60}")
_AS_OPENING = re.compile(r"\s*As\s+(?=[A-Z]|the\s)")  # "As the deputy announced, …"
_AS_INSIDE = re.compile(r"(?<=,)\s+as\s+(?=[A-Z])")  # "For example, as Herbert notes, …"
_ACCORDING_INSIDE = re.compile(r",\s*(?:however,\s*)?according to\s")
_ACCORDING_CUE = re.compile(r"[Aa]ccording to|[Ii]n the (?:opinion|view|words) of")
_COLON_CLAUSE = re.compile(r"\s*:\s+(?=[a-z])")
_COORDINATED = re.compile(r"\b(?:but|and)\s*$")
_SOURCE_TAIL = re.compile(
    r",\s+(?:according to|as reported by|reported|reports|citing|quoted by)\s+"
    r"[^,;:.!?]{1,60}$"
)
_CLOSING = re.compile(r"[”\"»“]")
_NOT_FINAL = re.compile(r"[^ .,;!?]")
_TAIL_REACH = 200  # longest ", according to <outlet>" tail looked for
_CONTEXT = 400  # how much text before a reported clause dates and classifies it


def _whole_quotation(state: ArticleState, lo: int, hi: int, limit: int) -> tuple[int, int] | None:
    """``(start, end)`` of the quoted words when ``text[lo:hi]`` is one whole quotation
    (``writes that “the juntas have …”``); the quote rules skip it for want of a colon."""
    text = state.text
    while lo < hi and text[lo].isspace():
        lo += 1
    if hi - lo < 10 or text[lo] not in '“"«„':
        return None
    masked = state.masked_text
    close = _CLOSING.search(masked, lo + 1, limit)
    if (
        close is None
        or _NOT_FINAL.search(masked, close.end(), limit) is not None
        or (state.quoted_chars(lo + 1, close.start()) * 10 < (close.start() - lo - 1) * 8)
    ):
        return None  # the quotation does not fill the clause
    end = close.start()
    while end > lo + 1 and text[end - 1] in ", ":
        end -= 1
    return lo + 1, end


def mostly_quoted(state: ArticleState, lo: int, hi: int) -> bool:
    """A reported clause is the narrator's words; one that opens with a quotation is a quote.

    A partial quote inside the clause ("said the text was “ninety percent ready”") is fine.
    """
    masked = state.masked_text
    head = masked[lo : lo + 3].lstrip()
    opens_quote = bool(head) and (
        head[0] == "_" or (head[0] in '“"«„' and head[1:2] in ("_", ""))
    )  # a quoted name ("Avantgarde" needs …) opens no quotation: it is not masked
    return not head or opens_quote or state.quoted_chars(lo, hi) * 10 > (hi - lo) * 8
