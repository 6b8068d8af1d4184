"""Quote marks: pairing them, and telling real quotes from scare quotes.

Curly (“ ”), guillemet (« ») and straight (") marks are paired inside a paragraph.  An
opening mark left unclosed at the end of a paragraph starts a *multi-paragraph quote*: by
news convention every following paragraph of the quote opens with a quote mark and only the
last one closes it.

In translation layout, one sentence per line, the opening mark is often on an earlier line
or lost: a line that *closes* a quote it never opened (``…budget," said X.``) holds a quote
from the line's start to that closing mark (:attr:`Quote.opened_before`); the walk gives
the unmarked lines before it to the same speaker (:mod:`app.ingest.walk`).

A quoted stretch is a statement only when someone is attributed to it (see
:mod:`app.ingest.parser`); otherwise it is a scare quote (“quick”) or a title and is left
alone.  This module only finds the stretches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.speech_verbs import find_verbs

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "”": "”"}
# A closing-shaped ” is looked at too: typed where an opening mark belongs (see
# ``_opens_by_position``).
_OPENERS = re.compile("[“«„\"”'‘]")
_MIXED = {'"': "”", "“": '"'}  # the other closing mark a pair may end with


@dataclass
class Quote:
    """One quoted stretch inside one paragraph."""

    open_mark: int  # index of the opening mark
    start: int  # first character of the content
    end: int  # end of the content (exclusive)
    close_mark: int | None  # index of the closing mark, None if it runs on
    continues_previous: bool = False  # opens a paragraph of a running multi-paragraph quote
    opened_before: bool = False  # closed here, opened before the paragraph (no mark at start)
    # '"We will not yield, – he stressed.' with no closing mark: the attribution ends the
    # line, and the quote goes on in the dashed line after it ('– Our players …"').
    runs_on: bool = False


def find_quotes(text: str, lo: int, hi: int, *, running: bool) -> list[Quote]:
    """Quoted stretches in ``text[lo:hi]`` (one paragraph).

    ``running`` says that the previous paragraph ended inside an unclosed quote.
    """
    quotes: list[Quote] = []
    # '"Mia Holt said the flood response was “slow”." [source]': a report pasted as a
    # citation in outer straight marks; its own quotes and attributions are inside them.
    cited = _cited_end(text, lo, hi)
    if cited is not None:
        hi = cited
    if text[lo : lo + 1] == '"' and (cited is not None or _cited_below(text, hi)):
        lo += 1
    index = lo
    # A quote left open on the line above (translation layout: one sentence per line)
    # closes here too; after a blank line, a running quote's paragraph opens with a mark.
    orphan = _orphan_closer(text, lo, hi)
    if orphan is None and running:
        orphan = _closer_then_glued_opener(text, lo, hi)
    if orphan is not None and running and not _next_line(text, lo):
        # After a blank line a running quote's paragraph reopens its mark; one that does
        # not, and closes the quote ('Next year we open two lines”, said the minister.'),
        # ends it only when it has no other mark.
        orphan = orphan if _ALL_MARKS.isdisjoint(text[lo:orphan]) else None
    if orphan is not None:
        quotes.append(Quote(lo, lo, orphan, orphan, continues_previous=running, opened_before=True))
        index = orphan + 1
    if running and _leftover_closer(text, lo, hi):
        index = lo + 1  # '" Ostrova had hoped …': the mark that closes the running quote
    while index < hi:
        found = _OPENERS.search(text, index, hi)
        if found is None:
            break
        index = found.start()
        char = text[index]
        if char in "'‘":
            single = _single_quote(text, lo, index, hi)
            if single is None:
                index += 1  # an apostrophe, or a single mark that pairs with nothing
                continue
            quotes.append(Quote(index, index + 1, single, single))
            index = single + 1
            continue
        if char == "”" and not _opens_by_position(text, lo, index, hi):
            index += 1  # an ordinary closing mark with nothing open
            continue
        if char == '"' and index + 1 < hi and text[index + 1].isspace() and index > lo:
            index += 1  # a stray closing straight quote
            continue
        close = _closer_of(text, index, hi)
        if char == '"' and close > 0 and text[index + 1 : close].rstrip().endswith(":"):
            # '"In addition, X told how it went: "It emerged …': a stray mark, then the
            # narration introduces the quote that the second mark opens.
            index += 1
            continue
        other = _MIXED.get(char)
        if other is not None and not (char == "“" and _inner_straight_pairs(text, index, close)):
            # '"…”' or '“…"': copy-edited text mixes straight and curly marks.
            mixed = text.find(other, index + 1, close if close >= 0 else hi)
            if mixed >= 0:
                close = mixed
        end = close if close >= 0 else hi
        quote = Quote(index, index + 1, end, close if close >= 0 else None)
        quote.continues_previous = running and not quotes and index == lo
        quotes.append(quote)
        if close < 0:
            break
        index = close + 1
    return [_trimmed(text, piece) for quote in quotes for piece in _split_inner(text, quote)]


# Russian print sets the attribution inside the quote marks, between dashes: «We had a
# hard year, - says Panin. - The injuries hurt us.» or «We had a hard year, - says Panin.»
_INNER = re.compile(
    r"(?P<punct>[,!?…])\s*[-–—]+\s+(?P<attribution>[^-–—«»“”\"\n]{3,80}?)"
    r"(?:[.,:]\s*[-–—]+\s+(?=\S)|\.?\s*$)"
)
_INNER_WORDS = 6  # words of an attribution inside the marks, at most ("says the coach X")


def _closer_of(text: str, index: int, hi: int) -> int:
    """Where the quote opened at ``index`` closes, or -1.

    By shape first; then, when the shape gives nothing, by position:

    * guillemets pair as a stack, so an inner «…» (a law's title) closing before the outer
      one stays inside the quote ('«The law «On Councils» passed,» she said.');
    * a “ with no ” after it is closed by a second “ standing where a closer stands:
      glued to the word before it and followed by a comma, a full stop or a blank
      ('… has limits“, X said.'), or after ', ' right before a short attribution with a
      speech verb that ends the sentence ('I take the blame, “Belov noted.').
    """
    char = text[index]
    closer = _PAIRS[char]
    close = text.find(closer, index + 1, hi)
    if char == "«" and close > 0 and text.find("«", index + 1, close) >= 0:
        nested = _stacked_close(text, index, hi)
        return nested if nested is not None else close
    if char == "“" and close < 0:
        return _wrong_shaped_closer(text, index, hi)
    if char == '"' and close > 0 and _opener_shaped(text, close, hi):
        nested = _straight_nested_close(text, index, close, hi)
        return nested if nested is not None else close
    return close


_SINGLE_REACH = 1000  # characters of a quote in single marks, at most
_SINGLE_CLOSERS = {"'": "'", "‘": "’"}
_SPEECH_END = frozenset(",.!?…")


def _single_quote(text: str, lo: int, index: int, hi: int) -> int | None:
    """The closing mark of a quote in single marks opened at ``index`` ('We can't wait,'
    Reyes said.), or ``None`` for an apostrophe.

    The opener stands at the paragraph start or after a blank, a bracket or a dash, right
    before a letter.  The first mark after it that is not inside a word ("can't") must
    close: glued after speech-ending punctuation (",", ".", "!", "?") and followed by a
    blank or the paragraph end.  Anything else ("the players' union", "rock 'n' roll") is
    no quote, so apostrophes never open a stretch of narration."""
    before = text[index - 1] if index > lo else " "
    if not (before.isspace() or before in "([–—") or not text[index + 1 : index + 2].isalpha():
        return None
    closer = _SINGLE_CLOSERS[text[index]]
    at = index + 1
    stop = min(hi, index + _SINGLE_REACH)
    while True:
        at = text.find(closer, at, stop)
        if at < 0:
            return None
        after = text[at + 1] if at + 1 < hi else " "
        if text[at - 1].isalpha() and after.isalpha():
            at += 1  # an apostrophe inside a word
            continue
        if text[at - 1] in _SPEECH_END and (after.isspace() or after in "–—"):
            return None if _title_cased(text[index + 1 : at]) else at
        return None


def _title_cased(words: str) -> bool:
    """Most words capitalised ("'I Did Not Think I'd Win,' Says Champion"): a headline
    set in title case, whose words and "says" the body tells better."""
    letters = [word for word in words.split() if word[:1].isalpha()]
    capitalised = sum(1 for word in letters if word[0].isupper())
    return len(letters) >= 3 and capitalised * 3 > len(letters) * 2


def _opener_shaped(text: str, at: int, hi: int) -> bool:
    """A straight mark after a blank and right before a letter: it opens, never closes."""
    return text[at - 1].isspace() and at + 1 < hi and text[at + 1].isalnum()


def _straight_nested_close(text: str, index: int, first: int, hi: int) -> int | None:
    """The straight mark closing the quote at ``index`` when the first mark after it
    (``first``) opens an inner straight pair ('"the rise of the movement "Freedom" makes
    us wary."'): the inner pair closes glued to its last word, and the next closing-shaped
    mark after it closes the outer quote.  ``None`` when the marks do not fall that way."""
    inner = text.find('"', first + 1, hi)
    if inner < 0 or text[inner - 1].isspace() or len(text[first + 1 : inner].split()) > _TAIL_WORDS:
        return None
    outer = text.find('"', inner + 1, hi)
    if outer < 0 or text[outer - 1].isspace() or _opener_shaped(text, outer, hi):
        return None
    return outer


_NESTED_REACH = 2000  # a quote with nested guillemets, at most (the scan stays linear)


def _stacked_close(text: str, index: int, hi: int) -> int | None:
    """The » that closes the « at ``index`` when inner «…» pairs nest inside it; ``None``
    when the marks never balance (then the first » closes, as before)."""
    depth = 0
    for at in range(index, min(hi, index + _NESTED_REACH)):
        mark = text[at]
        if mark == "«":
            depth += 1
        elif mark == "»":
            depth -= 1
            if depth == 0:
                return at
    return None


_SHORT_TAIL = re.compile(r"[^.!?\n“”«»\"]{1,60}(?:[.!?]|$)")
_TAIL_WORDS = 6


def _wrong_shaped_closer(text: str, index: int, hi: int) -> int:
    """A second “ closing the “ at ``index`` (see :func:`_closer_of`), or -1."""
    # (called only when no ” follows the opener: one cannot close it later)
    at = text.find("“", index + 1, hi)
    if at < 0:
        return -1
    after = text[at + 1] if at + 1 < hi else " "
    if not text[at - 1].isspace() and (after.isspace() or after in ",.;"):
        return at
    tail_at = at + 1
    if text[at - 2 : at] == ", " and after in " \t" and text[at + 2 : at + 3].isalpha():
        tail_at = at + 2  # '…the same attacks, “ the envoy said.': a blank on both sides
    if text[at - 2 : at] == ", " and text[tail_at].isalpha():
        tail = _SHORT_TAIL.match(text, tail_at, hi)
        if (
            tail is not None
            and len(tail.group().split()) <= _TAIL_WORDS
            and find_verbs(tail.group())
            and _SHORT_TAIL.fullmatch(text, tail_at, hi) is not None
        ):
            return at
    return -1


def _inner_straight_pairs(text: str, index: int, close: int) -> bool:
    """Whether the straight marks inside the curly quote at ``index``…``close`` pair up
    as short inner quotes ('“What happens at "Rotor" is not our business,” …'), each
    pair spanning at most six words: then none of them closes the outer quote."""
    if close < 0:
        return False
    marks = [at for at in range(index + 1, close) if text[at] == '"']
    if not marks or len(marks) % 2:
        return False
    pairs = zip(marks[::2], marks[1::2], strict=True)
    return all(
        len(text[start + 1 : end].split()) <= _TAIL_WORDS and not text[start + 1].isspace()
        for start, end in pairs
    )


def _opens_by_position(text: str, lo: int, index: int, hi: int) -> bool:
    """Whether a closing-shaped ” at ``index`` opens a quote: it stands at the line start
    or after a blank or a sentence-final full stop, right before a letter, and a later ”
    glued to the words before it closes it ('…,” Reyes said.”I remain confident.”')."""
    before = text[index - 1] if index > lo else "\n"
    after = text[index + 1] if index + 1 < hi else " "
    if not (before.isspace() or before in ".!?") or not after.isalpha():
        return False
    if before in ".!?" and index - 1 > lo and text[index - 2] in '“”"':
        return False  # '.”' after a quote's own closing mark: two closers
    close = text.find("”", index + 1, hi)
    return close > 0 and _closes(text, close, hi)


def _split_inner(text: str, quote: Quote) -> list[Quote]:
    """The quote cut around an attribution set inside its marks between dashes (see
    ``_INNER``): the words before and after it become two quotes, and the attribution
    between them narration the quote rules read as '«…», - says Panin. - «…»'."""
    inner_end = quote.close_mark if quote.close_mark is not None else quote.end
    match = _INNER.search(text, quote.start, inner_end)
    if match is None or len(match.group("attribution").split()) > _INNER_WORDS:
        return [quote]
    if not find_verbs(match.group("attribution")):
        return [quote]  # "«Cheap, - fast - and good»": dashes of a list, no attribution
    punct = match.start("punct")
    kept = match.group("punct") in "!?…"
    first = Quote(
        quote.open_mark,
        quote.start,
        punct + 1 if kept else punct,
        punct,
        quote.continues_previous,
        quote.opened_before,
        runs_on=quote.close_mark is None and match.end() >= inner_end,
    )
    if match.end() >= inner_end:
        return [first]  # «We had a hard year, - says Panin.»
    dash = max(text.rfind(mark, match.end("attribution"), match.end()) for mark in "-–—")
    second = Quote(dash, match.end(), quote.end, quote.close_mark)
    return [first, second]


def _orphan_closer(text: str, lo: int, hi: int) -> int | None:
    """The closing mark of a quote opened before ``text[lo:hi]``, if the paragraph has one.

    A curly closer or a closing guillemet before any opener; or, of an odd number of
    straight marks, the last one, glued to the word before it and followed by a space or
    punctuation, when the paragraph does not open with a mark.
    """
    if lo >= hi or text[lo] in _ALL_MARKS:
        return None
    closers = [at for at in (text.find("”", lo, hi), text.find("»", lo, hi)) if at > lo]
    closer = min(closers) if closers else -1
    if closer > lo:
        if _OTHER_OPENERS.search(text, lo, closer) is None and _closes(text, closer, hi):
            return closer
        return None  # '“…”', '«…»' or 'were ”dwindling.”': a pair, or a mark typed wrong
    straight = text.count('"', lo, hi)
    if straight % 2 == 0 or _CURLY.search(text, lo, hi) is not None:
        return None
    last = text.rfind('"', lo, hi)
    return last if last > lo and _closes(text, last, hi) else None


# The closing straight mark of a pasted citation, then its source link: '…" [source]'.
_CITED = re.compile(r'"[ \t]*\[(?:source|link|via|ref|\d{1,3})\][ \t]*$', re.IGNORECASE)
_CITED_BELOW = re.compile(
    r'"[ \t]*\[(?:source|link|via|ref|\d{1,3})\][ \t]*(?:\n|$)', re.IGNORECASE
)
_CITATION_REACH = 3000  # characters below a paragraph where its citation may close


def _cited_end(text: str, lo: int, hi: int) -> int | None:
    """The closing mark of a pasted citation ending ``text[lo:hi]``, if any."""
    found = _CITED.search(text, max(lo, hi - 40), hi)
    return found.start() if found is not None and found.start() > lo else None


def _cited_below(text: str, hi: int) -> bool:
    """Whether a pasted citation opened at the paragraph's start closes in the next
    paragraphs (its straight mark then '[source]'), within a bounded reach."""
    return _CITED_BELOW.search(text, hi, hi + _CITATION_REACH) is not None


def _closer_then_glued_opener(text: str, lo: int, hi: int) -> int | None:
    """In a running quote's next line, two straight marks: the first closes the running
    quote and the second, after a sentence end (glued or after a space), opens the next
    one ('We expect more," - said X on Tuesday."Milk quotas …').  The first mark, or None."""
    if lo >= hi or text[lo] in _ALL_MARKS or _CURLY.search(text, lo, hi) is not None:
        return None
    if text.count('"', lo, hi) != 2:
        return None
    first = text.find('"', lo, hi)
    second = text.find('"', first + 1, hi)
    if first <= lo or not _closes(text, first, hi) or second + 1 >= hi:
        return None
    before = text[max(lo, second - 2) : second].rstrip(" ")
    opens = before.endswith((".", "!", "?")) and text[second + 1].isupper()
    return first if opens else None


def _leftover_closer(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph opens with a straight mark and a space, and holds no other
    straight mark: the closing mark of the quote running from the paragraphs above,
    left at the start of the narration after it, not the opening of a new quote."""
    return (
        hi - lo > 2 and text[lo] == '"' and text[lo + 1] in " \t" and text.find('"', lo + 1, hi) < 0
    )


def _next_line(text: str, lo: int) -> bool:
    """Whether the paragraph at ``lo`` starts on the line right after the one above."""
    newline = text.rfind("\n", 0, lo)
    if newline <= 0 or text[newline + 1 : lo].strip():
        return False
    line_above = text[text.rfind("\n", 0, newline) + 1 : newline]
    return bool(line_above.strip())


def _closes(text: str, at: int, hi: int) -> bool:
    """A mark glued to the word before it and followed by a blank or punctuation."""
    after = text[at + 1] if at + 1 < hi else " "
    return not text[at - 1].isspace() and (after.isspace() or after in ",.;:!?")


_OTHER_OPENERS = re.compile('[“«„"]')
_CURLY = re.compile("[“”«»„]")


_ALL_MARKS = frozenset('“”«»„"')


def _trimmed(text: str, quote: Quote) -> Quote:
    start, end = quote.start, quote.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Quote(
        quote.open_mark,
        start,
        end,
        quote.close_mark,
        quote.continues_previous,
        quote.opened_before,
        quote.runs_on,
    )
