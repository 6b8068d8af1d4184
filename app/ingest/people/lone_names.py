"""A person the article names by one word only: a surname all through, or a mononym.

Translated copy and page-two excerpts often never give a full name ("“…,” Varga said.",
"Varga noted that …", "According to Tolstoy, …"), court and entertainment copy names
people by a role and one surname ("said defense attorney Okonkwo") or by one name
("Shakira said").  The introduction rules want a given name and a surname, so such a
speaker was lost.  Here a single capitalised word becomes a name the registry remembers
(as "President Trump" does) when it sits in a speech frame:

* ``X said`` / ``X noted that …`` (a finite speech verb right after it),
* ``“…,” said X`` (after a closing quote mark, or after ", –" in dash quotes) or
  ``said <role noun> X``,
* ``According to X,`` (twice, or once with one of the frames above: bodies and outlets
  are cited so too).

A remembered word is no person yet: the attribution rules resolve "X said" to it.

Guards, because the same frames hold places, bodies and outlets ("Moscow said", "Arsenal
said", "according to Reuters"): the word is used at least twice in the article; its
clause does not open with "its" ("Brussels insists that its rules …"); it is a name word
(no stop word, title, role or organisation head), not a frequent English word, not a
word English grammar knows at all ("Residents", "Police", "Price"), unless a known given
name; not a country, nationality or U.S. state; and nowhere in the article in a place's
or outlet's slot ("in Moscow", "the Kremlin", "told Reuters", "Interfax reported").
Opening a sentence, the speech verb must go on with "that", a colon or a quote, since a
sentence's first word is capitalised whatever it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.people.names import (
    is_initial,
    is_name_word,
    is_role_word,
    is_surname_title,
    word_set,
)
from app.ingest.people.nationalities import US_STATES, country_of, is_country
from app.ingest.speech_verbs import verb_alternation
from app.ingest.tokens import Token, is_possessive

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState
    from app.ingest.people.registry import Registry

# Verbs of speaking (not of publishing: an outlet "reported" or "wrote") whose finite
# forms after a lone word make it a speaker.
_SPEAKING = word_set(
    """said says noted notes added adds told tells stated states stressed stresses
    emphasized emphasised emphasizes emphasises explained explains confirmed confirms
    recalled recalls admitted admits insisted insists argued argues warned warns
    commented comments remarked remarks replied replies answered answers continued
    believes believed thinks thought acknowledged acknowledges announced announces
    declared declares observed observes pointed suggested suggests assured assures
    claimed claims concluded concludes"""
)
_AFTER_VERB = re.compile(r"\s*(?:that\b|:|[“\"«])")
_CLOSING_QUOTE = ("”", '"', "»", "’")
_DASHES = frozenset({"–", "—", "-", "--"})
# A place's, a body's or an outlet's slot: "in Moscow", "the Kremlin", "told Reuters",
# "Interfax reported", "Moscow-based".
_PLACE_OR_OUTLET = "|".join(
    [
        # "in Moscow", "the Kremlin", "told Interfax", "visited Tashkent", "beat Arsenal"
        r"\b(?:in|at|from|near|into|across|throughout|outside|inside|the|The|told|visited"
        r"|beat|beating|vs|versus)\s+{word}\b",
        # "flew to Kyiv", "a trip to Bishkek"
        r"\b(?:travel\w*|flew|fly|flies|flying|trip|visits?|return\w*|moved|relocated|went"
        r"|headed|arrived)\s+(?:back\s+)?to\s+{word}\b",
        # "the newspaper Kommersant", "the company Rosneft", "the club Dynamo"
        r"\b(?:newspaper|agency|outlet|channel|portal|website|site|magazine|publication"
        r"|broadcaster|company|firm|group|club|team|party|movement|bank|fund)\s+{word}\b",
        # "Interfax reported", "Moscow-based", "Rosneft shares", "Arsenal fans"
        r"\b{word}(?:-based|\s+(?:reported|reports|wrote|writes|quoted|quotes|cited|cites|news"
        r"|agency|newspaper|daily|radio|television|TV|shares|stock|Inc|Ltd|Corp|LLC|PLC|AG|SA"
        r"|GmbH|FC|fans|players|supporters|manager|boss|spokesman|spokeswoman|spokesperson"
        r"|CEO|residents|authorities|officials))\b",
        # "Moscow's government", "Rosneft's shares", "Arsenal's manager"
        r"\b{word}['’]s\s+(?:government|capital|economy|population|military|army|forces"
        r"|embassy|foreign|ministry|mayor|residents|authorities|officials|shares|stock|board"
        r"|shareholders|CEO|chief|spokesman|spokeswoman|spokesperson|press|manager|coach|fans"
        r"|players|squad|website|editor|editorial|report|reporters?|correspondents?)\b",
        # "Nvidia chips", "Hamas fighters", "the Kherson region", "Gartner's data": what a
        # firm makes or owns, a group's members, a place's parts -- no person's
        r"\b{word}(?:['’]s)?\s+(?:chips?|products?|devices?|phones?|cars?|brands?|stores?"
        r"|shops?|plants?|factor(?:y|ies)|subsidiar(?:y|ies)|unit|division|revenues?|profits?"
        r"|sales|earnings|customers|clients|users|employees|staff|workers|executives"
        r"|analysts|data|survey|research|estimates?|forecasts?|figures|fighters|militants"
        r"|members|leaders?|leadership|gunmen|militia|rockets?|attacks?|region|oblast|province"
        r"|district|county|governor|city|town|port|airport|mayor|council|administration"
        r"|headquarters|offices?|investors|stake|deal|market)\b",
    ]
)
# The capitalised word on either side of ``word`` on its line.
_NEIGHBOURS = (
    r"(?:\b(?P<before>[A-Z](?:\.|[\w'’-]*))[ \t]+{word}\b)"
    r"|(?:\b{word}[ \t]+(?P<after>[A-Z][\w'’-]*))"
)
_FUNCTION_WORDS = word_set(
    """the a an and or but of to by with for in on at from as his her their its our my
    your this that these those who whom which when while after before says"""
)
_STATE_WORDS = frozenset(state.lower() for state in US_STATES)
_LOOKUPS = 32  # words per article searched for in the whole text: the parse stays linear

_checked: WeakKeyDictionary[ArticleState, dict[str, bool]] = WeakKeyDictionary()
# Speech frames seen per word, for the weak frame that needs two ("According to X,").
_hits: WeakKeyDictionary[ArticleState, dict[str, int]] = WeakKeyDictionary()
# Words free of a place's or an outlet's slot however often used (see _article_allows).
_free_once: WeakKeyDictionary[ArticleState, dict[str, bool]] = WeakKeyDictionary()


@lru_cache(maxsize=16384)
def plain_word(word: str) -> bool:
    """A word no name can be: frequent in English, or known to English grammar as a noun,
    verb or adjective ("Residents", "Police") -- unless a given name ("Melinda")."""
    if is_common_word_not_name(word) or is_surname_title(word):
        return True
    low = word.lower()
    if country_of(word) or is_country(word) or low in _STATE_WORDS:
        return True
    return bool(getAllLemmas(low)) and gender_of_name(word) is None


def _article_allows(state: ArticleState, word: str, once: bool = False) -> bool:
    """Whether the article lets ``word`` stand alone for a person: it is used at least
    twice (one lone capitalised word is too little to tell a person from a place or a
    body; ``once`` when the speech frame itself tells a person, see :func:`_own_person`),
    it never sits in a place's or an outlet's slot, and never next to another name word
    on its line ("Doug Cooke", "Martha Fry": the full name is found by the rules for
    surnames, and a given name said alone is that person's). Searched once per word, for
    a bounded number of words per article."""
    checked = _checked.setdefault(state, {})
    if word in checked:
        return checked[word] or (once and _free_once.get(state, {}).get(word, False))
    if len(checked) >= _LOOKUPS:
        return False
    text = state.masked_text
    escaped = re.escape(word)
    uses = re.finditer(rf"\b{escaped}\b", text)
    used = next(uses, None) is not None
    twice = used and next(uses, None) is not None
    free = used and re.search(_PLACE_OR_OUTLET.format(word=escaped), text) is None
    if free:
        for hit in re.finditer(_NEIGHBOURS.format(word=escaped), text):
            neighbour = hit.group("before") or hit.group("after")
            if is_name_word(neighbour) or is_initial(neighbour):
                free = False
                break
    checked[word] = free and twice
    _free_once.setdefault(state, {})[word] = free
    return free and (twice or once)


# A speaker's own "I" in the quote before "…,” X said": a firm or a place says "we".
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]yself)\b")
_QUOTE_MARK = re.compile(r"[“”\"«»]")
# "… He added …": "he" or "she" opening the next sentences
_NEXT_SENTENCE_PRONOUN = re.compile(r"[.!?][”\"»]?[ \t\n]+(?:He|She)\b")
# A capitalised word not after a sentence's end: a name another "he" may mean
_NAME_WORD_BETWEEN = re.compile(r"(?<![.!?\n])[ \t(]([A-Z][a-z]+)")
_CALENDAR = word_set(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
_QUOTE_LOOKBACK = 400  # characters before the word searched for the quote's opening mark


def _own_person(state: ArticleState, tokens: list[Token], index: int, quoted: bool) -> bool:
    """Whether one use of a lone word in a speech frame is enough to tell a person: "He"
    or "She" opens one of the next sentences with no other capitalised word between except
    sentences' first words, months and weekdays ("Varga said that … He added …"), or the
    quote it closes speaks in the first person singular ("“I will audition in March,”
    Hollis said."): bodies and places say neither."""
    end = tokens[index].end
    masked = state.masked_text
    pronoun = _NEXT_SENTENCE_PRONOUN.search(masked, end, end + _PRONOUN_REACH)
    if pronoun is not None and not any(
        hit.group(1) not in _CALENDAR
        for hit in _NAME_WORD_BETWEEN.finditer(masked, end, pronoun.start())
    ):
        return True  # (no other name between the word and the "he" that may mean it)
    if not quoted:
        return False
    text = state.text
    start = tokens[index].start
    lo = max(0, start - _QUOTE_LOOKBACK)
    marks = [hit.start() for hit in _QUOTE_MARK.finditer(text, lo, start)]
    if len(marks) < 2:
        return False
    # (the last mark closes the quote, the one before it opens it)
    return _FIRST_PERSON.search(text, marks[-2] + 1, marks[-1]) is not None


def _verb_after(state: ArticleState, tokens: list[Token], index: int) -> bool:
    """ "X said", "X noted that": a finite speaking verb right after the word; opening
    the sentence, the verb must go on with "that", a colon or a quote."""
    if index + 1 >= len(tokens) or tokens[index].trailing:
        return False
    verb = tokens[index + 1]
    if verb.core.lower() not in _SPEAKING or verb.core != verb.core.lower():
        return False
    if index > 0 and not tokens[index - 1].raw.endswith((".", "!", "?")):
        return True  # (a paragraph's tokens may hold several sentences)
    if verb.trailing == ":":
        return True
    following = index + 2
    if following < len(tokens) and tokens[following].core.lower() in {"on", "in", "at"}:
        return False  # "X said on Monday": a date, no clause to judge by
    return _AFTER_VERB.match(state.masked_text, verb.end) is not None


def _role_before(tokens: list[Token], index: int) -> int:
    """Where a lower-case role phrase right before the word begins ("juror", "defense
    attorney", "senior trial lawyer"): a job noun last, up to two modifiers before it;
    ``index`` itself when there is none."""
    k = index - 1
    if k < 0 or not _plain_lower(tokens[k], k, tokens) or not is_role_word(tokens[k].core):
        return index
    start = k
    while (
        start - 1 >= 0 and index - start < 3 and _plain_lower(tokens[start - 1], start - 1, tokens)
    ):
        start -= 1
    return start


def _plain_lower(token: Token, at: int, tokens: list[Token]) -> bool:
    """A lower-case word with nothing glued after it, which may be part of a role phrase
    (no function word, no speech verb); capitalised only as a sentence's first word
    ("Defense lawyer Kowalski said")."""
    word = token.core
    opening = at == 0 or tokens[at - 1].raw.endswith((".", "!", "?"))
    if opening and word[:1].isupper() and word[1:].islower():
        word = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and not token.trailing
        and word not in _FUNCTION_WORDS
        and word not in _SPEAKING
    )


def _verb_before(tokens: list[Token], index: int, role_start: int) -> bool:
    """ "“…,” said X" (after a closing quote mark), or "said defense attorney X" (a role
    phrase between, starting at ``role_start``)."""
    k = role_start - 1
    if k < 0 or tokens[k].core.lower() not in _SPEAKING:
        return False
    if role_start < index:
        return True  # "said defense attorney Okonkwo"
    if k > 1 and tokens[k - 1].raw in _DASHES:
        return tokens[k - 2].raw.endswith(",")  # "– Prices will rise, – said X."
    return k > 0 and tokens[k - 1].raw.rstrip().endswith(_CLOSING_QUOTE)


def _according_to(tokens: list[Token], index: int) -> bool:
    """ "According to X," -- the word closed by a comma."""
    return (
        index >= 2
        and tokens[index - 2].core.lower() == "according"
        and tokens[index - 1].raw.lower() == "to"
        and tokens[index].trailing == ","
    )


def _its_after(tokens: list[Token], index: int) -> bool:
    """ "Brussels insists that its rules …", "Nvidia said demand for its chips …", "Hamas
    said it would …": a reported clause that holds "its", or opens with "it" or "they",
    speaks for a body or a place, not for a person."""
    after = [token.core.lower() for token in tokens[index + 2 : index + 2 + _CLAUSE_WORDS]]
    if after[:1] == ["that"]:
        after = after[1:]
    if after[:1] and after[0] in _BODY_SUBJECTS:
        return True
    for word, token in zip(after, tokens[index + 2 : index + 2 + _CLAUSE_WORDS], strict=False):
        if word in {"its", "itself"}:
            return True
        if token.raw.endswith((".", "!", "?")):
            break
    return False


# A gendered pronoun: the sign that a word said alone is a person's surname ("Varga
# said … He added …"); a body or a place takes "it" or "they".
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]erself|[Hh]imself)\b")
_PRONOUN_REACH = 300  # characters after a use of the word
_CLAUSE_WORDS = 14
# "“…,” said X" and "“…,” X said." (not "X said in a statement"): a person's own voice.
_QUOTE_REACH = 40
# (A narrow set on purpose: "reported", "announced" are as often a body's; see the file.)
_QUOTE_THEN_VERB = re.compile(
    rf"(?:[”\"»]|[,.!?][ \t]*[–—-]+)[ \t]*{verb_alternation('own_voice_after_quote')}[ \t]+$"
)
_QUOTE_END = re.compile(r"[,.!?][ \t]*[”\"»][ \t]*$")
_VERB_THEN_STOP = re.compile(
    rf"[ \t]+{verb_alternation('own_voice')}"
    r"(?:[ \t]+(?:(?:on|in)[ \t]+(?!a\b)\w+|[MTWFS][a-z]+day|yesterday|today))?[.,]"
)
_VERB_THEN_QUOTE = re.compile(rf"[ \t]+{verb_alternation('own_voice')}[ \t]*:[ \t]*[“\"«]")
# "Varga wept", "Varga expects …": a verb of its own after the word, no speech verb and
# none a body, a firm's shares or a place take as often ("reported", "rose", "was").
_OWN_VERB = re.compile(r"[ \t]+([a-z]+)\b")
_BODY_VERBS = word_set(
    """is was are were be been has had have will would can could may might should must
    reported reports rose rises fell falls gained gains lost loses dropped drops jumped
    jumps slipped slips climbed climbs closed closes opened opens traded trades posted
    posts sells sold makes made owns owned employs employed controls controlled holds
    held runs ran lies lay borders bordered faces faced"""
)
_BODY_SUBJECTS = frozenset({"it", "they", "their", "it's", "it’s"})
_pronouns: WeakKeyDictionary[ArticleState, dict[str, bool]] = WeakKeyDictionary()
_frames: WeakKeyDictionary[ArticleState, dict[str, set[str]]] = WeakKeyDictionary()


def _own_verb(text: str, end: int) -> bool:
    """A lower-case verb (no noun, no speech verb, no body's verb) right after ``end``."""
    hit = _OWN_VERB.match(text, end)
    if hit is None:
        return False
    verb = hit.group(1)
    if verb in _SPEAKING or verb in _BODY_VERBS or verb in _FUNCTION_WORDS:
        return False
    lemmas = getAllLemmas(verb)
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas


def _person_cue(state: ArticleState, word: str) -> bool:
    """Whether a "he" or "she" (or "his", "her") follows some use of ``word`` within a
    few sentences: without a job before it, a word said alone ("Kherson said", "Nvidia
    noted that") is a person's only if the article speaks of it so. A known given name
    ("Shakira said") needs no such cue. Searched once per word, in bounded windows."""
    if gender_of_name(word) is not None:
        return True
    seen = _pronouns.setdefault(state, {})
    if word in seen:
        return seen[word]
    text = state.masked_text
    found = False
    for hit in re.finditer(rf"\b{re.escape(word)}\b", text):
        if _PERSON_PRONOUN.search(text, hit.end(), hit.end() + _PRONOUN_REACH):
            found = True
            break
        before = text[max(0, hit.start() - _QUOTE_REACH) : hit.start()]
        after = text[hit.end() : hit.end() + _QUOTE_REACH]
        quoted = _QUOTE_THEN_VERB.search(before) or (
            _QUOTE_END.search(before) and _VERB_THEN_STOP.match(after)
        )
        quoted = quoted or _VERB_THEN_QUOTE.match(after)
        if quoted or _own_verb(text, hit.end()):
            # "“…,” Varga said.", "– …, – said Varga.", "Varga said: “…”": a voice of
            # one's own; "Varga wept": a deed of one's own
            found = True
            break
    seen[word] = found
    return found


def remember_lone_names(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]]
) -> None:
    """Remember each one-word name run of the sentence that sits in a speech frame (see
    the module docstring), so that the attribution rules find a person for it."""
    registry = state.registry
    for first, end in runs:
        if end - first != 1:
            continue
        token = tokens[first]
        word = token.core
        if is_possessive(token) or not _known_nowhere(registry, word):
            continue
        role_start = _role_before(tokens, first)
        if _verb_after(state, tokens, first) or _verb_before(tokens, first, role_start):
            needed = 1
        elif _according_to(tokens, first):
            needed = 2  # "according to Petrostat": a body as often as a person
        else:
            continue
        if _its_after(tokens, first):
            _checked.setdefault(state, {})[word] = False  # a body all through the article
            _free_once.setdefault(state, {})[word] = False
            continue
        if plain_word(word):
            continue
        after = _verb_after(state, tokens, first)
        quoted = (after and _quote_closed_before(state.text, token.start)) or (
            not after and role_start == first and needed == 1
        )
        once = needed == 1 and role_start == first and _own_person(state, tokens, first, quoted)
        if not _article_allows(state, word, once):
            continue
        kinds = _frames.setdefault(state, {}).setdefault(word, set())
        kinds.add("verb" if needed == 1 else "according")
        if role_start == first and len(kinds) < 2 and not once and not _person_cue(state, word):
            # "Nvidia noted that", "Kherson said", "According to Gartner" twice: no job,
            # no "he" or "she", no voice or deed of its own, one kind of frame only
            continue
        hits = _hits.setdefault(state, {})
        hits[word] = hits.get(word, 0) + 1
        if hits[word] >= needed:
            registry.remember_name([word])
            if role_start < first:  # "juror Melinda said": the job is hers
                role = " ".join(token.core for token in tokens[role_start:first])
                registry.note_role(word, role)


def _quote_closed_before(text: str, start: int) -> bool:
    """ "“…,” Hollis said": a closing quote mark right before the word."""
    return _QUOTE_END.search(text, max(0, start - _QUOTE_REACH), start) is not None


def _known_nowhere(registry: Registry, word: str) -> bool:
    """No person and no full name seen so far ends in ``word``: the full name, if any,
    wins."""
    return registry.by_word(word) is None and registry.seen_name(word) is None
