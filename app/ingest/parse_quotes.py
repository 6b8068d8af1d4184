"""Quote marks: pairing them, and telling real quotes from scare quotes.

Curly (“ ”), guillemet (« ») and straight (") marks are paired inside a paragraph.  An
opening mark left unclosed at the end of a paragraph starts a *multi-paragraph quote*: by
news convention every following paragraph of the quote opens with a quote mark and only the
last one closes it.

A quoted stretch is a statement only when someone is attributed to it (see
:mod:`app.ingest.parser`); otherwise it is a scare quote (“quick”) or a title and is left
alone.  This module only finds the stretches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_OPENERS = re.compile('[“«„"]')
_MIXED = {'"': "”", "“": '"'}  # the other closing mark a pair may end with


@dataclass
class Quote:
    """One quoted stretch inside one paragraph."""

    open_mark: int  # index of the opening mark
    start: int  # first character of the content
    end: int  # end of the content (exclusive)
    close_mark: int | None  # index of the closing mark, None if it runs on
    continues_previous: bool = False  # opens a paragraph of a running multi-paragraph quote


def find_quotes(text: str, lo: int, hi: int, *, running: bool) -> list[Quote]:
    """Quoted stretches in ``text[lo:hi]`` (one paragraph).

    ``running`` says that the previous paragraph ended inside an unclosed quote.
    """
    quotes: list[Quote] = []
    index = lo
    while index < hi:
        found = _OPENERS.search(text, index, hi)
        if found is None:
            break
        index = found.start()
        char = text[index]
        closer = _PAIRS[char]
        if char == '"' and index + 1 < hi and text[index + 1].isspace() and index > lo:
            index += 1  # a stray closing straight quote
            continue
        close = text.find(closer, index + 1, hi)
        if char == '"' and close > 0 and text[index + 1 : close].rstrip().endswith(":"):
            # '"In addition, X told how it went: "It emerged …': a stray mark, then the
            # narration introduces the quote that the second mark opens.
            index += 1
            continue
        other = _MIXED.get(char)
        if other is not None:
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
    return [_trimmed(text, quote) for quote in quotes]


def _trimmed(text: str, quote: Quote) -> Quote:
    start, end = quote.start, quote.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Quote(quote.open_mark, start, end, quote.close_mark, quote.continues_previous)
