"""Who is speaking: speech verbs and the person references around them.

A *person reference* is one of

* a name run: capitalised name words, optionally after an honorific ("Dr. Lee") or a
  title ("President Putin"), see :mod:`app.ingest.names`;
* a role noun: "the expert", "the Kazakh political scientist" (up to two modifiers);
* a pronoun: "he" / "she".

An *attribution* joins a reference and a speech verb, in either order ("Nursha added",
"said Jane Doe, an economist at X", "concludes the expert").  A full name may carry an
apposition ("Jane Doe, a senior fellow at the Y Institute, said") or a pre-name title
("Barclays economist Jane Doe said"); those become the role and organisation.

Everything works on token lists of bounded windows, never on nested regex quantifiers,
so the cost is linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.names import (
    is_honorific,
    is_initial,
    is_name_word,
    is_particle,
    strip_token,
    word_set,
)
from app.ingest.people import ROLE_NOUNS, has_role_noun

SPEECH_VERBS = tuple(sorted(word_set(
    "said says say told tells added adds noted notes explained explains believes believed "
    "thinks thought argued argues warned warns stressed stresses emphasized emphasizes "
    "emphasised emphasises concluded concludes continued continues insisted insists "
    "admitted admits acknowledged acknowledges commented observed observes wrote writes "
    "predicted predicts expects expected agreed agrees replied replies answered remarked "
    "suggested suggests claimed claims stated declared declares announced announces "
    "asserted asserts recalled recalls estimated estimates reckons reckoned contended "
    "contends maintained maintains clarified clarifies confirmed confirms cautioned "
    "cautions assured assures complained complains fears feared hopes hoped forecasts "
    "elaborated elaborates specified specifies considers considered assumes assumed "
    "doubts doubted opined recounted reiterated reiterates underlined underlines "
    "highlighted highlights concedes conceded sees saw views viewed asks asked adding "
    "noting explaining stressing warning arguing insisting saying"
)))
_MULTIWORD_VERBS = ("pointed out", "points out", "summed up", "sums up", "put it", "puts it",
                    "is convinced", "was convinced", "is sure", "is confident", "went on")
VERB_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in (*_MULTIWORD_VERBS, *SPEECH_VERBS)) + r")\b",
    re.IGNORECASE,
)
# Verbs after which a bare clause (no "that") may follow: "Smith said the bank would ...".
_BARE_CLAUSE_VERBS = frozenset(
    {"said", "says", "believes", "believed", "thinks", "thought", "argued", "argues",
     "warned", "warns", "expects", "expected", "predicted", "predicts", "reckons",
     "reckoned", "noted", "notes", "added", "adds", "estimates", "estimated", "fears",
     "feared", "hopes", "hoped", "insisted", "insists", "claimed", "claims", "suggested",
     "suggests", "stressed", "stresses", "is convinced", "was convinced", "is sure",
     "is confident", "considers", "considered", "assumes", "assumed", "doubts", "doubted"}
)
_CLAUSE_OPENERS = frozenset(
    {"the", "it", "there", "this", "these", "those", "its", "their", "his", "her", "we",
     "they", "he", "she", "a", "an", "such", "no", "any", "all", "most", "many", "some",
     "prices", "inflation", "russia", "china", "moscow", "rates"}
)
PRONOUNS = frozenset({"he", "she"})
_NAME_PREPOSITIONS = frozenset({"of", "at", "for", "from", "in", "to", "with", "under", "by"})
_TITLE_WORDS = frozenset(
    {"president", "minister", "senator", "governor", "mayor", "chancellor", "secretary",
     "ambassador", "premier", "deputy", "spokesman", "spokeswoman", "chairman", "director",
     "general", "colonel", "judge", "king", "queen", "prince", "rep", "sen", "gov",
     "commissioner", "economist", "analyst", "professor", "academician", "speaker"}
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    core: str

    @property
    def trailing(self) -> str:
        """Punctuation glued after the word (``","`` in ``"Doe,"``)."""
        index = self.raw.rfind(self.core) + len(self.core) if self.core else len(self.raw)
        return self.raw[index:]


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    tokens: list[Token] = []
    for match in re.finditer(r"\S+", text[lo:hi]):
        raw = match.group()
        core = strip_token(raw)
        if core.endswith(("'s", "’s")) and len(core) > 3:
            core = core  # possessives stay marked; callers check ``is_possessive``
        tokens.append(Token(lo + match.start(), lo + match.end(), raw, core))
    return tokens


def is_possessive(token: Token) -> bool:
    return token.core.endswith(("'s", "’s", "s'", "s’"))


@dataclass
class Mention:
    """A reference to a person found next to a speech verb."""

    start: int
    end: int
    kind: str  # "name" | "role" | "pronoun"
    words: list[str] = field(default_factory=list)
    honorific: str | None = None
    title: str | None = None
    pre_role: str | None = None
    apposition: str | None = None
    noun: str | None = None

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def full(self) -> bool:
        """At least a given name and a surname (initials do not count)."""
        return sum(1 for word in self.words if not is_initial(word)) >= 2


def _nameish(token: Token) -> bool:
    return is_name_word(token.core) and not is_possessive(token)


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last_exclusive)`` token indexes of maximal name runs."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        starts = _nameish(tok) or (
            is_initial(tok.raw) and i + 1 < n and _nameish(tokens[i + 1])
        ) or (is_particle(tok.core) and "-" in tok.core)
        if not starts or tok.raw[0] in "“\"«(":
            i += 1
            continue
        j = i
        while j < n:
            cur = tokens[j]
            ok = _nameish(cur) or is_initial(cur.raw) or (
                is_particle(cur.core) and j + 1 < n and (
                    _nameish(tokens[j + 1]) or is_particle(tokens[j + 1].core))
            ) or (is_particle(cur.core) and "-" in cur.core)
            if not ok or (j > i and cur.raw[0] in "“\"«("):
                break
            j += 1
            trailing = cur.trailing
            if trailing and not (is_initial(cur.raw) and trailing == "."):
                break
        while j > i and not _nameish(tokens[j - 1]) and "-" not in tokens[j - 1].core:
            j -= 1
        if j > i:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _mention_from_run(text: str, tokens: list[Token], first: int, last: int,
                      clause_lo: int) -> Mention:
    """Build a name mention, splitting off organisation words glued before the name."""
    words = [tokens[k].core for k in range(first, last)]
    start_index = first
    before = tokens[first - 1].core.lower() if first > 0 else ""
    real = [k for k in range(first, last) if not is_initial(tokens[k].raw)]
    if len(real) >= 3 and (before in _NAME_PREPOSITIONS or len(real) > 3):
        # "President of Kazakhstan Kassym-Zhomart Tokayev": keep the last two name words.
        start_index = real[-2]
        while start_index - 1 > first and is_initial(tokens[start_index - 1].raw):
            start_index -= 1
        words = [tokens[k].core for k in range(start_index, last)]
    honorific = None
    title = None
    k = start_index - 1
    if k >= 0 and is_honorific(tokens[k].core) and not tokens[k].trailing.strip("."):
        honorific = tokens[k].core
        k -= 1
    if k >= 0 and tokens[k].core.lower() in _TITLE_WORDS and tokens[k].core[:1].isupper():
        title = tokens[k].core
    pre_lo = clause_lo
    pre_hi = tokens[start_index].start
    if honorific is not None:
        pre_hi = tokens[start_index - 1].start
    pre = text[pre_lo:pre_hi].strip(" ,;:")
    pre_role = pre if pre and len(pre) <= 160 and has_role_noun(pre) else None
    return Mention(
        start=tokens[start_index].start if honorific is None else tokens[start_index - 1].start,
        end=tokens[last - 1].start + len(tokens[last - 1].raw.rstrip(",;:!?”\"»)")),
        kind="name", words=words, honorific=honorific, title=title, pre_role=pre_role,
    )


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause holding a pre-name title begins: after the last comma/colon/dash."""
    cut = lo
    for match in re.finditer(r"[,;:(]\s|\s[–—-]\s|[“”\"«»]", text[lo:hi]):
        cut = lo + match.end()
    return cut


_ROLE_REF = re.compile(
    r"(?:^|\s)(?P<the>[Tt]he|[Oo]ur|[Tt]his)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<noun>[a-z-]+)$"
)


def _role_ref_ending_at(text: str, lo: int, hi: int) -> Mention | None:
    window_lo = max(lo, hi - 60)
    chunk = text[window_lo:hi].rstrip()
    match = _ROLE_REF.search(chunk)
    if match is None:
        return None
    noun = match.group("noun")
    if noun not in ROLE_NOUNS and noun not in {"interlocutor", "specialist", "source"}:
        return None
    return Mention(window_lo + match.start("the"), window_lo + match.end("noun"), "role",
                   noun=noun)


def subject_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """The person reference that is the subject of a verb starting at ``verb_start``."""
    window_lo = max(lo, verb_start - 400)
    tokens = tokenize(text, window_lo, verb_start)
    if not tokens:
        return None
    last = tokens[-1]
    if last.core.lower() in PRONOUNS and not last.trailing:
        return Mention(last.start, last.end, "pronoun", noun=last.core.lower())
    role = _role_ref_ending_at(text, window_lo, verb_start)
    if role is not None and not last.trailing:
        return role
    runs = name_runs(tokens)
    for first, end in reversed(runs):
        between = text[tokens[end - 1].end:verb_start]
        run_end_tok = tokens[end - 1]
        adjacent = not between.strip() and not run_end_tok.trailing.strip(".")
        if adjacent:
            clause_lo = _clause_start(text, window_lo, tokens[first].start)
            return _mention_from_run(text, tokens, first, end, clause_lo)
        real_words = sum(1 for k in range(first, end) if not is_initial(tokens[k].raw))
        honorific_before = first > 0 and is_honorific(tokens[first - 1].core)
        if real_words < 2 and not honorific_before:
            continue  # a lone capitalised word further away is not a reliable subject
        appos_text = text[tokens[end - 1].start + len(tokens[end - 1].raw.rstrip(",")):
                          verb_start]
        appos = _apposition(appos_text)
        if appos is not None:
            clause_lo = _clause_start(text, window_lo, tokens[first].start)
            mention = _mention_from_run(text, tokens, first, end, clause_lo)
            mention.apposition = appos or None
            return mention
        if tokens[first].start < verb_start - 300:
            break
    return None


_APPOS = re.compile(r"^\s*,\s*(?P<body>[^;:!?“”\"«»]{1,260}?)\s*,\s*$")
_OF_ORG = re.compile(r"^\s+(?P<body>(?:of|from|at|with)\s+[^,;:!?“”\"«»]{1,120}?)\s*,?\s*$")


def _apposition(between: str) -> str | None:
    """The apposition text if ``between`` is one, ``""`` if acceptable but role-less."""
    match = _APPOS.match(between)
    if match:
        body = match.group("body").strip()
        if VERB_RE.search(body) and not body.lower().startswith("who"):
            return None
        if has_role_noun(body) or body.lower().startswith("who "):
            return body
        if len(body) <= 40:
            return ""
        return None
    match = _OF_ORG.match(between)
    if match:
        return match.group("body")
    return None


def subject_after(text: str, verb_end: int, hi: int) -> Mention | None:
    """The subject of an inverted attribution: "said Jane Doe, ...", "says the expert"."""
    window_hi = min(hi, verb_end + 400)
    rest = text[verb_end:window_hi]
    stripped = rest.lstrip()
    offset = verb_end + len(rest) - len(stripped)
    low = stripped.lower()
    for pronoun in PRONOUNS:
        after = low[len(pronoun):len(pronoun) + 1]
        if low.startswith(pronoun) and not after.isalpha():
            return Mention(offset, offset + len(pronoun), "pronoun", noun=pronoun)
    match = re.match(r"(?:the|our|this)\s+((?:[\w-]+\s+){0,2}?)([a-z-]+)\b", stripped,
                     re.IGNORECASE)
    if match and match.group(2) in ROLE_NOUNS:
        return Mention(offset, offset + match.end(), "role", noun=match.group(2))
    tokens = tokenize(text, offset, window_hi)
    if not tokens:
        return None
    k = 0
    honorific = None
    title = None
    if is_honorific(tokens[0].core) and len(tokens) > 1:
        honorific = tokens[0].core
        k = 1
    elif (tokens[0].core.lower() in _TITLE_WORDS and len(tokens) > 1
          and tokens[0].core[:1].isupper()):
        title = tokens[0].core
        k = 1
    runs = name_runs(tokens[k:])
    if not runs or runs[0][0] != 0:
        # "said Barclays economist Jane Doe": a short pre-name title before the run.
        if runs and runs[0][0] <= 3 and has_role_noun(
            " ".join(t.core for t in tokens[k:k + runs[0][0]])
        ):
            first, end = runs[0]
            mention = _mention_from_run(text, tokens, k + first, k + end, offset)
            return mention
        return None
    first, end = runs[0]
    words = [t.core for t in tokens[k + first:k + end]]
    mention = Mention(tokens[0].start, tokens[k + end - 1].start + len(
        tokens[k + end - 1].raw.rstrip(",;:.!?”\"»)")), "name", words=words,
        honorific=honorific, title=title)
    tail_tok = tokens[k + end - 1]
    if tail_tok.trailing.startswith(","):
        appos_lo = tail_tok.end
        stop = re.search(r"[.;:!?“”\"«»,](?:\s|$)", text[appos_lo:window_hi])
        body = text[appos_lo:appos_lo + stop.start()] if stop else text[appos_lo:window_hi]
        body = body.strip(" ,")
        if body and (has_role_noun(body) or body.lower().startswith("who ")):
            mention.apposition = body
    return mention


def verbs_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return list(VERB_RE.finditer(text, lo, hi))


def bare_clause_ok(verb: str, following: str) -> bool:
    """Whether a clause may follow ``verb`` without "that" ("said the bank would ...")."""
    if verb.lower() not in _BARE_CLAUSE_VERBS:
        return False
    first = following.split(None, 1)[0].lower().strip(",") if following.strip() else ""
    return first in _CLAUSE_OPENERS
