"""Russian-press dash blocks and ", - said X" attributions.

* An *introduction* is a paragraph whose last sentence ends with a colon and names a
  speaker ("Here is what X, role, says:", "This is how X sees it:", "X explained:").
* Paragraphs that open with a dash (en dash, em dash or hyphen) after it are that
  speaker's direct quotes, without the dash.
* Dash-less paragraphs after them *continue* the quote (each its own statement) until a
  narrative break: a new introduction or attribution, a paragraph naming the speaker in
  the third person or referring to someone with "he/she said", a narrative opener
  ("Meanwhile", "According to"), an institution reporting something, a heading, or a
  paragraph in quote marks.  In translation layout (one sentence per line) a line in the
  first person goes on even when it opens like narration.
* Russian-style attribution, ``The ruble has one way out, - concludes the expert.``: the
  quote is the text before ", -"; a dash after the attribution continues the quote.  A
  gesture ("- she smiled.") or the outlet quoting ("- Tretiak quoted by Gazeta.Ru.") may
  stand for the verb.  Dashed lines with no speaker right above such a line are the same
  speaker's (:mod:`app.ingest.walk`), and after a dashed, attributed line an unmarked line
  goes on with the quote only in the first person.
"""

from __future__ import annotations

import datetime as dt
import re

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention, part_of_organization, subject_after, subject_before
from app.ingest.dates import said_on
from app.ingest.layout import Span, sentences
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import STOP_WORDS, is_initial
from app.ingest.people.registry import Person
from app.ingest.people.roles import HEAD_TITLES, has_title
from app.ingest.speech_verbs import (
    Verb,
    has_finite_verb,
    how_opener_end,
    is_participle,
    simple_past,
    third_person_present,
    verb_alternation,
)
from app.ingest.tokens import name_runs, tokenize

DASH_OPEN = re.compile(r"^[-–—‒―]+\s*(?=[^\s\d-])")
# ", - said X." (a dash after the quote's last punctuation), or a dash alone between words
# when the attribution ends the paragraph ("We had a hard year - said Panin.").
_RUSSIAN_ATTRIBUTION = re.compile(r"(?:(?P<punct>[,!?…]|\.)\s*|(?<=\w)\s+)[-–—‒―]+\s+")
_BARE_DASH_WORDS = 3  # words of the quote before a dash with no punctuation, at least
_NARRATIVE_OPENERS = re.compile(
    r"^(?:meanwhile|recall|recall that|as reported|according to|previously|earlier,|"
    r"in the meantime|note that|it should be noted|we remind|at the same time, the)\b",
    re.IGNORECASE,
)
# "In his words, …", "According to her, …", "As he put it, …": the narrator reporting the
# speaker's words, even when the clause after speaks in the first person.
_PRONOUN_SOURCE_OPENER = re.compile(
    r"^(?:[A-Z]\w*,?\s+)?(?:according to (?:him|her|them|the [\w-]+(?: [\w-]+)?)|"
    r"in (?:his|her|their) (?:words|opinion|view|estimation|assessment|judge?ment)|"
    r"in the (?:words|opinion|view|estimation|assessment|judge?ment) of the [\w-]+"
    r"(?: [\w-]+)?|as (?:he|she|they) "
    rf"(?:sees it|see it|{verb_alternation('as_pronoun')})),",
    re.IGNORECASE,
)
# "Let us recall that …", "We remind readers that …": the editor addresses the reader.
_EDITORIAL_OPENERS = re.compile(
    r"^(?:let us|let's|let me|we would like to|we will|we)\s+(?:recall|remind|note)\b",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|us|my|My)\b")
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|My|mine)\b")
_PLURAL = re.compile(r"\b(?:we|We|we're|We're|we've|We've|our|Our|us|ours)\b")
# "Our reporter counted …", "my editor": the newsroom's first person, the narrator's.
_NEWSROOM = re.compile(
    r"\b(?:[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:reporters?|correspondents?|newspaper|publication|"
    r"editors?|editorial|readers|viewers|listeners|subscribers|journalists?|photographers?|"
    r"newsroom|website|magazine|coverage|live\s+blog|blog|podcast|newsletter)\b"
)


def first_person_voices(text: str) -> frozenset[str]:
    """Which first persons ``text`` speaks in: "singular" (I, my), "plural" (we, our)."""
    voices = set()
    if _SINGULAR.search(text):
        voices.add("singular")
    if _PLURAL.search(text):
        voices.add("plural")
    return frozenset(voices)


def speaks_in_first_person(line: str) -> bool:
    """Whether ``line`` speaks in the first person, not the newsroom's ("our reporter")."""
    return FIRST_PERSON.search(line) is not None and _NEWSROOM.search(line) is None


# The speaker's impersonal lines judge and foresee ("Such measures will not help."); the
# narrator's report what happened ("The police opened a case.", "She has moved out.").
_PAST_FORMS = frozenset(
    {"was", "were", "wasn't", "weren't", "did", "didn't", "had", "hadn't", "'d"}
)
_PERFECT_AUXILIARIES = frozenset({"has", "have", "hasn't", "haven't", "'s", "'ve"})
_PASSIVE_OR_PERFECT = frozenset(
    {"is", "are", "be", "been", "being", "get", "gets", "getting", "has", "have", "not"}
)
# The speaker's judgements and forecasts keep a modal ("Prices will rise by 5%").
_MODALS = frozenset(
    {"will", "won't", "would", "wouldn't", "must", "should", "shouldn't", "can", "cannot"}
    | {"can't", "may", "might", "could", "couldn't", "'ll", "need", "needs"}
)
_PRESENT_FORMS = _MODALS | frozenset(
    {"is", "isn't", "are", "aren't", "mustn't", "does", "doesn't", "do", "don't", "'s", "'re"}
)
# Someone else in the third person, a body or the calendar: the narrator's report.
_NARRATORS_WORDS = re.compile(
    r"\b(?:he|she|him|his|her|hers|yesterday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|june|july|august|september|october|"
    r"november|december|in\s+may|police|prosecutor'?s?|court|ministry|office|press service|"
    r"spokes(?:man|woman|person)|agency|committee|department|investigators?|"
    r"correspondents?|reporters?|journalists?|according)\b",
    re.IGNORECASE,
)
# "Then", "Since then", "After that": the narrator goes on with the events.
_SEQUENCE_OPENERS = re.compile(
    r"^(?:then|later|since then|after that|afterwards|subsequently|eventually|in the end|"
    r"as a result|soon|by then|that day|the next day)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'[a-z]+")
# A fact stated without a modal (:data:`_MODALS`) about a count, a named thing or a body
# ("The plant employs 900 people.", "The Volga plant is the largest in the region."): the
# narrator's.
_COUNT = re.compile(r"\b\d[\d,.]*\b")
_BODY_OR_NAME_SUBJECT = re.compile(
    r"^(?:The|This|Its|Their)\s+(?:[A-Z][\w-]*\b|(?:[a-z][\w-]*\s+)?(?:plant|factory|"
    r"company|firm|enterprise|club|city|town|region|village|school|hospital|bank|fund|"
    r"organi[sz]ation|group|holding|concern|mine|port|airport|station|museum|theatre|"
    r"theater|university|institute|ministry|agency)\b)"
)


def speaks_on_impersonally(line: str) -> bool:
    """Whether an impersonal ``line`` after a speaker's dashed, attributed quote is the
    speaker still judging or foreseeing, in the present or future tense ("The situation is
    getting worse every year.", "Such measures will not help."), not the narrator telling
    what happened ("The police opened a case on Monday.", "The office has begun a check."),
    speaking of someone in the third person, of a body or a day, or moving the story on
    ("Since then, …")."""
    if FIRST_PERSON.search(line) or _NARRATORS_WORDS.search(line):
        return False
    if _SEQUENCE_OPENERS.match(line) or _NARRATIVE_OPENERS.match(line):
        return False
    if states_a_fact(line):
        return False  # "The plant employs 900 people.", "The Volga plant is the largest …"
    words = [word.lower() for word in _WORD.findall(line)]
    present = False
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if word in _PAST_FORMS or (word in _PERFECT_AUXILIARIES and _perfect_after(words, at)):
            return False
        if before not in _PASSIVE_OR_PERFECT and simple_past(word):
            return False
        present = present or word in _PRESENT_FORMS or third_person_present(word)
    return present


def states_a_fact(line: str, *, counts: bool = True) -> bool:
    """Whether an impersonal ``line`` states, without a modal, a count or a fact about a
    named thing or a body ("The plant employs 900 people.", "The Volga plant is the
    largest in the region."): the narrator's, not a speaker's line going on.  Without
    ``counts`` a number alone does not tell (an interview's answers give figures)."""
    if FIRST_PERSON.search(line):
        return False
    words = [word.lower() for word in _WORD.findall(line)]
    if any(word in _MODALS for word in words):
        return False
    return bool((counts and _COUNT.search(line)) or _BODY_OR_NAME_SUBJECT.match(line))


def _perfect_after(words: list[str], at: int) -> bool:
    """ "has begun", "have already left": a perfect tense, the narrator's news."""
    for word in words[at + 1 : at + 3]:
        if is_participle(word) and not word.endswith("ing"):
            return True
        if word not in {"already", "just", "now", "not", "never", "since", "also"}:
            return False
    return False


# "We could not reach the ministry for comment.", "We contacted the governor.": the
# newsroom's "we" at work, not a body's.
_NEWSROOM_ACTS = re.compile(
    r"\b(?:for (?:a )?comments?|requests?|(?:we|We)\s+(?:\w+\s+){0,3}?(?:reach|reached|"
    r"contact|contacted|ask|asked|sent|wrote|called|spoke|talked|turned|approached|"
    r"interviewed|visited|learned|learnt|found out|obtained|follow|following|update|"
    r"monitor|monitoring|report|keep\s+(?:you|readers)))\b|\bthis\s+(?:story|case|report)\b"
)


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press\s+secretary|representative|press\s+officer)\b",
    re.IGNORECASE,
)


def speaks_for_body(role: str | None) -> bool:
    """Whether a person with ``role`` speaks for their organisation in its "we": its head
    ("director", "chairman") or spokesperson, not any member ("a union activist")."""
    return role is not None and (
        has_title(role, HEAD_TITLES) or _SPEAKS_FOR.search(role) is not None
    )


def speaks_as(line: str, quote: str, *, for_body: bool = False) -> bool:
    """Whether an unmarked ``line`` after a ``quote`` goes on in the quote's own first
    person: "We had a hard year" then "The injuries hurt us." does; a quote with no first
    person ("You will love it") then "I did.", a "we" quote then "I drove along it last
    week.", or a line about "our reporter" is the narrator's.  A speaker who speaks
    ``for_body`` (an organisation's head or spokesman) goes on in its "we" after a quote
    with no first person ("The fines do not work" then "We have no other tools.")."""
    if _NEWSROOM.search(line):
        return False
    voices = first_person_voices(line)
    quote_voices = first_person_voices(quote)
    if for_body and not quote_voices and voices == frozenset({"plural"}):
        return _NEWSROOM_ACTS.search(line) is None
    return bool(voices & quote_voices)


# "The Ukrainian government has said ...", "The Ministry of Energy promised ...": an
# institution reporting something is the narrator's voice, not the quoted speaker's.
_INSTITUTION_REPORTS = re.compile(
    r"^(?:The|A|An)\s+(?:[\w-]+\s+){0,5}?(?:government|ministry|agency|commission|"
    r"company|bank|council|office|authorities|administration|kremlin|parliament|committee|"
    r"department|regulator|court|police|army|union)\b[^.!?]{0,80}?\b(?:has |have |had )?"
    rf"{verb_alternation(tenses=('past', 'present'))}\b",
    re.IGNORECASE,
)


def continues_block(
    state: ArticleState, span: Span, speaker: Person, dashes: int = 1, *, lines: bool = False
) -> bool:
    """Whether a dash-less paragraph still belongs to the current dash block.

    A writer who opened two or more paragraphs of the block with a dash marks the
    speaker's paragraphs that way, so a paragraph without one is narration unless it
    speaks in the first person.
    """
    text = state.text
    para = text[span.start : span.end]
    if dashes >= 2 and not FIRST_PERSON.search(para):
        return False
    if para[0] in '“"«„' or para.rstrip().endswith(":"):
        return False
    if _EDITORIAL_OPENERS.match(para):
        return False  # "Let us recall that …": the editor's first person, not the speaker's
    if _PRONOUN_SOURCE_OPENER.match(para):
        return False  # "In his words, …": the narrator's paraphrase of the speaker
    first_person = lines and FIRST_PERSON.search(para) is not None
    if not first_person and (_NARRATIVE_OPENERS.match(para) or _INSTITUTION_REPORTS.match(para)):
        return False  # (one sentence per line: "According to statistics we …" goes on)
    if lines and not first_person and _names_someone_else(state, span, speaker):
        # "The well-known ornithologist Alexander Ponomarenko advised …": a line that
        # presents another person by full name is the narrator's.
        return False
    if len(para) <= 80 and para[-1] not in '.!?…”»"':
        return False  # a heading
    lowered = para.lower()
    if any(
        re.search(r"\b" + re.escape(word.lower()) + r"\b", lowered) for word in speaker.words[-1:]
    ):
        return False
    masked = state.masked_text
    for verb in state.verbs(span.start, span.end):
        mention = subject_before(masked, span.start, verb.start())
        if mention is None:
            mention = subject_after(masked, verb.end(), span.end)
            if mention is not None and mention.kind != "name":
                mention = None
        if mention is None:
            continue
        if mention.kind == "pronoun":
            return False
        if mention.kind == "name" and (mention.apposition or mention.pre_role):
            return False
        if (
            mention.kind == "name"
            and mention.words
            and state.registry.by_word(mention.words[-1]) not in (None, speaker)
        ):
            return False  # "Orlova added that …": someone else already known speaks
    return not has_russian_attribution(state, span.start, span.end)


# A line that opens on a third-person subject: "He grew up …", "She was elected …".
_THIRD_PERSON_OPENER = re.compile(r"(?:He|She|His|Her)\b")


def about_the_speaker(line: str, speaker: Person) -> bool:
    """Whether an unmarked line after the speaker's words is the narrator's about them:
    it opens on "He"/"She" ("He grew up in a fishing village."), or names them by their
    role ("The mayor, 54, was elected in 2019.")."""
    if _THIRD_PERSON_OPENER.match(line):
        return True
    role = (speaker.role or "").split()
    if not role:
        return False
    noun = re.escape(role[-1].lower())
    return re.search(r"\bthe\s+" + noun + r"\b", line.lower()) is not None


def _names_someone_else(state: ArticleState, span: Span, speaker: Person) -> bool:
    """Whether the paragraph holds a full name (given name and surname) not the speaker's."""
    tokens = tokenize(state.masked_text, span.start, span.end)
    for first, end in name_runs(tokens):
        words = [token.core for token in tokens[first:end] if not is_initial(token.raw)]
        if len(words) < 2 or part_of_organization(tokens, first, end):
            continue
        if words[-1].lower() in {word.lower() for word in speaker.words}:
            continue
        if words[0].lower() not in STOP_WORDS and gender_of_name(words[0]) is not None:
            return True  # a known given name first: a person, not a place or a body
    return False


def has_russian_attribution(state: ArticleState, lo: int, hi: int) -> bool:
    return find_russian(state, lo, hi) is not None


def find_russian(state: ArticleState, lo: int, hi: int) -> tuple[int, int, Mention, int] | None:
    """``(quote_end, attribution_start, mention, attribution_end)`` for ", - says X."."""
    masked = state.masked_text
    # The prefix before a dash only grows: where it reaches the minimum word count, and
    # where its first aside dash ends, are found once, not once a dash (linear time).
    enough_words = _word_start(masked, lo, hi, _BARE_DASH_WORDS)
    aside_end: int | None = None
    # Where the first person first speaks ("Our plan … - for now - writes X."): words
    # before a bare dash that speak in it are the speaker's own, so an aside dash inside
    # them does not make the last dash an aside's closing one.  Found once (linear time).
    first_person: int | None = None
    for match in _RUSSIAN_ATTRIBUTION.finditer(masked, lo, hi):
        if match.start() == lo:
            continue
        bare = match.group("punct") is None  # "We had a hard year - said Panin."
        if bare and (enough_words is None or match.start() <= enough_words):
            continue
        if bare:
            if aside_end is None:
                aside_end = _first_aside_end(masked, lo, hi)
            if first_person is None:
                found_person = FIRST_PERSON.search(masked, lo, hi)
                first_person = found_person.start() if found_person is not None else hi
            if aside_end < match.start() and first_person >= match.start():
                continue  # "… on potholes - the most in a decade - leader Sue Hart said."
        head = state.attribution_at_head(match.end(), hi)
        if head is None:
            # "We were unlucky, - this is how Panin commented on the defeat."
            how = how_opener_end(masked, match.end(), hi)
            head = state.attribution_at_head(how, hi) if how is not None else None
        if head is None and not bare:
            head = _gesture_head(masked, match.end(), hi)
        if head is None:
            continue
        mention, clause_end = head
        if bare and not _bare_attribution(state, mention, clause_end, hi):
            continue  # "The plan - said Lee - would fail.": an aside, not the attribution
        # the quote ends before a comma or full stop, after "!", "?" or "…"
        kept = not bare and match.group("punct") not in ",."
        quote_end = match.end("punct") if kept else match.start()
        return quote_end, match.end(), mention, clause_end
    return None


# "- It was a long day, - she smiled.", "- We are ready, - Tretiak quoted by Gazeta.Ru.": after
# the dash, no verb of speech but a gesture, or the outlet that quotes, ending the paragraph.
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
_GESTURE = (
    r"(?:smiled|smiles|laughed|laughs|sighed|sighs|shrugged|shrugs|grinned|grins|chuckled|"
    r"chuckles|nodded|nods|frowned|frowns|winked|winks|smirked|smirks)"
)
_GESTURE_HEAD = re.compile(
    r"\s*(?:(?P<pronoun>he|she)\s+(?P<gesture>" + _GESTURE + r")|(?P<name>" + _NAME + r")\s+"
    r"(?:(?P<act>" + _GESTURE + r")|(?:is\s+|was\s+)?(?P<quoted>quoted)\s+by\s+[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*){0,3}?))"
    # the paragraph ends, or the quote goes on after a dash: "- she smiled. - But …"
    r"[.!]?(?=\s*$|\s+[-–—‒―]+\s)"
)


def _gesture_head(masked: str, lo: int, hi: int) -> tuple[Mention, int] | None:
    """The speaker of "- …, - she smiled." or "- …, - Tretiak quoted by Gazeta.Ru.", and
    the end of that attribution."""
    match = _GESTURE_HEAD.match(masked, lo, hi)
    if match is None:
        return None
    if match.group("pronoun"):
        at = match.start("pronoun")
        mention = Mention(at, match.end("pronoun"), "pronoun", noun=match.group("pronoun"))
    else:
        words = match.group("name").split()
        mention = Mention(match.start("name"), match.end("name"), "name", words=words)
    verb = next(group for group in ("gesture", "act", "quoted") if match.group(group))
    mention.cue = (match.start(verb), match.end(verb))
    return mention, match.end()


_SPACED_DASH = re.compile(r"(?<=\S)\s+[-–—‒―]+\s+(?=\S)")


_TOKEN = re.compile(r"\S+")


def _word_start(text: str, lo: int, hi: int, count: int) -> int | None:
    """Where the ``count``-th whitespace-separated word of ``text[lo:hi]`` starts, if it
    has that many: a prefix ``text[lo:end]`` holds ``count`` words when ``end`` is past it."""
    for seen, match in enumerate(_TOKEN.finditer(text, lo, hi), start=1):
        if seen == count:
            return match.start()
    return None


def _first_aside_end(text: str, lo: int, hi: int) -> int:
    """Where the first spaced dash of ``text[lo:hi]`` that is no range ("2019 - 2020")
    ends, or ``hi``: a later dash closes the aside it opens, so the words before that later
    dash are no quote ending there."""
    for match in _SPACED_DASH.finditer(text, lo, hi):
        if not (text[match.start() - 1].isdigit() and text[match.end()].isdigit()):
            return match.end()
    return hi


def _bare_attribution(state: ArticleState, mention: Mention, clause_end: int, hi: int) -> bool:
    """After a dash with no punctuation before it, only a bare attribution ending the
    paragraph counts: "- said Panin.", "- Panin said."; not "- the doctor confirmed this
    to us." (a clause of its own) nor "- said Lee - would fail" (an aside)."""
    if mention.cue is None or state.trim_end(clause_end, hi) > clause_end + 1:
        return False
    tail_lo = max(mention.end, mention.cue[1])
    return not state.masked_text[tail_lo : state.trim_end(tail_lo, hi)].strip(" .!")


def russian_dash(state: ArticleState, lo: int, hi: int) -> Person | None:
    """Quote(s) attributed Russian-style inside ``text[lo:hi]``: their speaker, if any."""
    found = find_russian(state, lo, hi)
    if found is None:
        return None
    quote_end, attr_start, mention, attr_end = found
    context = state.text[attr_start:attr_end]
    person = state.resolve(mention, context)
    if person is None:
        return None
    when = said_on(context, state.published_on)
    state.emit(lo, quote_end, "quote", person, when, "russian-dash", mention.cue)
    rest = state.text[attr_end:hi].lstrip(" .!?")
    rest_lo = hi - len(rest)
    dash = DASH_OPEN.match(rest)
    if dash is not None and rest_lo + dash.end() < hi:
        state.emit(rest_lo + dash.end(), hi, "quote", person, when, "russian-dash", mention.cue)
    return person


# "Gromov said the following.", "Panin commented on the defeat as follows.": the words
# announced come next, as after a colon.
_FOLLOWING = re.compile(r"\b(?:the following|as follows)\s*\.\s*$")


# "Goalkeeper X answered our questions.": lines of questions and answers come next.
_ANSWERED = re.compile(
    r"\banswered\s+(?:our|the|a\s+few|several|some)\s+(?:questions|queries)"
    r"(?:\s+(?:of|from)\s+[^.]{1,60})?\s*\.\s*$"
)


def announces_answers(state: ArticleState, span: Span) -> bool:
    """Whether the paragraph ends by announcing an interview ("X answered our
    questions.") or introduces a dash block whose lines alternate questions and answers
    ("Head coach X:" then "- We played well.", "- Did you expect that?", "- No."): its
    question lines are the interviewer's, its other lines X's."""
    return _announces_interview(state, span) or _questions_follow(state.text, span.end)


def _announces_interview(state: ArticleState, span: Span) -> bool:
    """ "X answered our questions." ending the paragraph."""
    return _ANSWERED.search(state.masked_text, span.start, span.end) is not None


_DASH_LINE = re.compile(r"[ \t]*[-–—‒―]+[ \t]*(?=[^\s\d-])([^\n]*)")
_ATTRIBUTION_WORDS = 4  # a dashed line this short may be an attribution ("- Panin added.")
_BLOCK_LINES = 12  # dash lines of the block looked at, at most


def _questions_follow(text: str, at: int) -> bool:
    """Whether the dash lines right after ``at`` (up to :data:`_BLOCK_LINES`) hold a
    question line followed by an answer line (one not ending with "?"), with at least one
    more answer: a question only between answers is the interviewer's, not a rhetorical
    one of the speaker's inside a single line."""
    lines: list[str] = []
    pos = at
    while len(lines) < _BLOCK_LINES:
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        line = _DASH_LINE.match(text, pos)
        if line is None:
            break
        lines.append(line.group(1).rstrip(" \"”»'’"))
        pos = line.end()
    asks = [line.endswith("?") for line in lines]
    answers = asks.count(False)
    followed = any(asks[i] and not asks[i + 1] for i in range(len(asks) - 1))
    return followed and answers >= 2


# "released the following statement:", "issued a statement:": the words of a statement
# come next (the verb is no speech verb of its own).
_RELEASED = re.compile(
    r"\b(?:released|issued|put\s+out|sent\s+out|published|shared)\s+"
    r"(?:the\s+following|a|this|her|his|their)\s+(?:written\s+)?statement\b"
)


# "The text of her remarks:", "His full statement follows:": a pronoun owns the words.
_OWN_TEXT = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er)\s+(?:full\s+|complete\s+|written\s+)?"
    r"(?:statement|remarks|speech|letter|message|address)\b"
)


def introduction(
    state: ArticleState, span: Span
) -> tuple[Person, dt.date, tuple[int, int] | None] | None:
    """A paragraph whose last sentence ends with a colon (or "the following.", or "X
    answered our questions.") and names a speaker."""
    masked = state.masked_text
    if (
        masked[span.end - 1] != ":"
        and not _FOLLOWING.search(masked, span.start, span.end)
        and not _announces_interview(state, span)
    ):
        return _plain_introduction(state, span)
    sentence = sentences(masked, span.start, span.end)[-1]
    context = state.text[sentence.start : sentence.end]
    for verb in state.verbs(sentence.start, sentence.end):
        mention = subject_before(masked, sentence.start, verb.start())
        if mention is None:
            mention = subject_after(masked, verb.end(), sentence.end)
        if mention is not None:
            person = state.resolve(mention, context)
            if person is not None:
                return person, said_on(context, state.published_on), (verb.start(), verb.end())
    released = _RELEASED.search(masked, sentence.start, sentence.end)
    if released is not None:
        # "The mayor released the following statement:": a statement verb, no speech verb
        mention = subject_before(masked, sentence.start, released.start())
        person = state.resolve(mention, context) if mention is not None else None
        if person is not None:
            cue = (released.start(), released.end())
            return person, said_on(context, state.published_on), cue
    owner = _OWN_TEXT.search(masked, sentence.start, sentence.end)
    if owner is not None and masked[span.end - 1] == ":":
        # "The text of her remarks:", "His full statement follows:"
        noun = "she" if owner.group("owner").lower() == "her" else "he"
        mention = Mention(owner.start("owner"), owner.end("owner"), "pronoun", noun=noun)
        person = state.resolve(mention, context)
        if person is not None:
            cue = (owner.start(), owner.end())
            return person, said_on(context, state.published_on), cue
    tokens = tokenize(masked, sentence.start, sentence.end)
    for first, _end in name_runs(tokens):
        mention = subject_after(masked, tokens[first].start - 1, sentence.end)
        if (
            mention is not None
            and mention.kind == "name"
            and (mention.full or state.registry.by_word(mention.words[-1]))
        ):
            person = state.resolve(mention, context)
            if person is not None:
                colon = span.end - 1
                return person, said_on(context, state.published_on), (colon, colon + 1)
    return None


# The next paragraph opens with a dash: a dash block follows.
_DASH_NEXT = re.compile(r"\s*\n\s*[-–—‒―]+\s*(?=[^\s\d-])")
# "gave a detailed analysis of the match", "shared his view": a verb of commenting that is
# no speech verb of the lexicon.
_COMMENTING = re.compile(
    r"\b(?:gave|shared|offered|provided)\s+(?:a|an|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:analysis|assessment|comments?|interview|views?|opinion|account|verdict)\b"
    r"|\b(?:spoke|commented|answered|reflected)\b"
)


# A dashed line's own attribution: "…, - said Panin.", "… - Panin said."
_OWN_ATTRIBUTION = re.compile(r"[,.!?…]\s*[-–—‒―]+\s+\w|\s[-–—‒―]+\s+[A-Z]\w*\s+[a-z]+\.?\s*$")


_ATTRIBUTION_WORDS = 4  # a dashed line this short may be an attribution ("- Panin added.")
_BLOCK_LINES = 12  # dashed lines read after an introduction for one's own attribution
_LINES_REACH = 20_000  # characters after a paragraph read for its next lines (linear time)


def _first_person_dash_follows(text: str, at: int) -> bool:
    """Whether at least two dashed lines follow ``at``, the first in the first person ("- We
    will build the bridge next year."), and no dashed line in the next few lines (narration
    between or not) attributes itself ("- …, - Zorin said.": the block names its speaker)."""
    dashed = 0
    run = True
    for line in text[at : at + _LINES_REACH].split("\n", _BLOCK_LINES + 1)[1 : _BLOCK_LINES + 1]:
        if not line.strip():
            continue
        dash = DASH_OPEN.match(line.strip())
        if dash is None:
            run = False
            continue
        words = line.strip()[dash.end() :]
        if (
            _OWN_ATTRIBUTION.search(words)
            or len(words.split()) <= _ATTRIBUTION_WORDS
            or "?" in words  # an interview's question: whose answers follow is unsure
        ):
            return False  # ("- he said.": a dashed attribution line of its own)
        if run:
            if dashed == 0 and not speaks_in_first_person(words):
                return False
            dashed += 1
    return dashed >= 2


_DASHED_STATEMENT_WORDS = 5  # words of a lone dashed paragraph, at least, to be a statement


def _one_dashed_block_follows(text: str, at: int) -> bool:
    """Whether exactly one dashed paragraph follows ``at`` ("Deputy Minister X spoke at a
    briefing." then "– The museum reopens in April. Tickets will be free."): two sentences
    or more (one third-person line may be a summary or a list item), with a finite verb,
    ending a sentence, asking nothing, and with no attribution of its own; the line after
    it opens with no dash."""
    pieces = text[at : at + _LINES_REACH].split("\n", _BLOCK_LINES + 1)[1 : _BLOCK_LINES + 1]
    lines = [line.strip() for line in pieces]
    first = next((index for index, line in enumerate(lines) if line), None)
    if first is None:
        return False
    dash = DASH_OPEN.match(lines[first])
    if dash is None:
        return False
    words = lines[first][dash.end() :]
    following = next((line for line in lines[first + 1 :] if line), "")
    return (
        DASH_OPEN.match(following) is None
        and len(words.split()) >= _DASHED_STATEMENT_WORDS
        and len(sentences(words, 0, len(words))) >= 2
        and "?" not in words
        and words.rstrip('"”»').endswith((".", "!"))
        and _OWN_ATTRIBUTION.search(words) is None
        and _RUSSIAN_ATTRIBUTION.search(words) is None
        and has_finite_verb(words)
    )


def _plain_introduction(
    state: ArticleState, span: Span
) -> tuple[Person, dt.date, tuple[int, int] | None] | None:
    """ "Dynamo mentor Pavel Orlov, unlike his colleague, gave a long analysis of the
    match." right before a dash block of questions and answers: an introduction with no
    colon.  Only when the paragraph ends with ".", holds no quotation, and its last
    sentence's subject is a person named in full with a verb of commenting."""
    masked = state.masked_text
    if masked[span.end - 1] != "." or state.quoted_chars(span.start, span.end):
        return None
    if _DASH_NEXT.match(state.text, span.end) is None:
        return None
    sentence = sentences(masked, span.start, span.end)[-1]
    verb: Verb | re.Match[str] | None
    if _questions_follow(state.text, span.end):
        verb = _COMMENTING.search(masked, sentence.start, sentence.end)
    elif _first_person_dash_follows(state.text, span.end) or _one_dashed_block_follows(
        state.text, span.end
    ):
        # "Mayor Ivo Brandt said so at a press conference." then "- We will build …": a
        # speech verb, and a dashed line in the first person with no attribution of its own
        speech = state.verbs(sentence.start, sentence.end)
        verb = speech[-1] if speech else _COMMENTING.search(masked, sentence.start, sentence.end)
    else:
        return None  # (a block with no questions names its speaker itself: ", - said X.")
    if verb is None:
        return None
    mention = subject_before(masked, sentence.start, verb.start())
    if mention is None or mention.kind != "name" or not mention.full:
        return None
    context = state.text[sentence.start : sentence.end]
    person = state.resolve(mention, context)
    if person is None:
        return None
    return person, said_on(context, state.published_on), (verb.start(), verb.end())
