"""Title and subtitle.

Title: the ``title`` argument, else the first non-empty line; a first line that is a long
sentence ending with a full stop (a lead with no headline), or a first paragraph that is a
long lead hard-wrapped over several lines, is also parsed as content.
Scraped pages may open with site furniture above the headline ("Donate Today:", "Become a
Member", "Skip to content"): up to four such short lines are skipped (never parsed, since
a menu item is nobody) and the headline is the first line after them.
Subtitle: the next paragraph when it is a single short line that is wholly quoted (kept
without its quote marks) or has no sentence-final punctuation.
"""

from __future__ import annotations

import re

from app.ingest import noise as noise_rules
from app.ingest.dash_blocks import DASH_OPEN
from app.ingest.layout import Span


def _unquote(line: str) -> tuple[str, bool]:
    if (
        len(line) >= 2
        and line[0] in '“"«„'
        and line[-1] in '”"»“'
        and not any(mark in line[1:-1] for mark in '“”"«»„')
    ):  # '“…,” says X. “…”' is two quotes with an attribution, not one quoted line
        return line[1:-1].strip(), True
    return line, False


def _is_sentence(line: str) -> bool:
    """A first line that is a full sentence (ends with a full stop, long) is the lead
    paragraph standing in for a title: it is still parsed."""
    return len(line) >= 60 and line.endswith(".") and not line.endswith("..")


_LEAD_WORDS = 25  # words of a hard-wrapped first paragraph that make it a lead, at least


def _wrapped_lead(para: str) -> bool:
    """A first paragraph hard-wrapped over several lines, long and ending with a full
    stop ("The new tariff has doubled the cost of imported steel. Because⏎of that, …,
    Ingrid Sol said on Saturday."): the lead standing in for a title, still parsed (its
    first line alone ends mid-sentence, so :func:`_is_sentence` cannot tell)."""
    lines = para.strip().splitlines()
    if len(lines) < 2 or lines[0].rstrip().endswith((".", "!", "?", ":", "”", '"', "»")):
        return False  # a headline line above the lead, or one sentence per line
    return len(para.split()) > _LEAD_WORDS and _is_sentence(para.strip())


# A menu or call-to-action line: "Become a Supporter", "Skip to main content", "Sign in".
_CALL_TO_ACTION = re.compile(
    r"^(?:become an?|subscribe|donate|skip to|sign (?:in|up)|log ?in|support|join|"
    r"give|menu|search|listen live|watch live|newsletter)\b",
    re.IGNORECASE,
)
_FURNITURE_WORDS = 5
_FURNITURE_LINES = 4


def _is_furniture(line: str) -> bool:
    """A short single line of site furniture: a menu label ending with ":" ("We Get Support
    From:") or a call to action ("Become a Member"); a full sentence never is."""
    words = line.split()
    if not words or len(words) > _FURNITURE_WORDS or "\n" in line.strip():
        return False
    if line.rstrip().endswith((".", "?", "!", "”", '"', "»")):
        return False
    return line.rstrip().endswith(":") or _CALL_TO_ACTION.match(line.strip()) is not None


def _first_heading(text: str, spans: list[Span]) -> int:
    """The index of the headline: the first paragraph after the leading furniture lines,
    when such lines come before a line that is not furniture (else 0)."""
    for index, span in enumerate(spans[: _FURNITURE_LINES + 1]):
        line = text[span.start : span.end].strip()
        if not _is_furniture(line):
            # '… said:' above a quote is no menu: only a headline-like line (one line,
            # no sentence-final mark, no quote mark) ends the furniture
            headline = "\n" not in line and not line.endswith(tuple('.!?:;"”»'))
            return index if headline and not any(mark in line for mark in '“"«') else 0
    return 0


def headings(text: str, spans: list[Span], title: str | None) -> tuple[str, str | None, set[int]]:
    """``(title, subtitle, paragraph indexes that are not body)``; the subtitle, when
    there is one, is the highest of those indexes (the caller still reads it for people)."""
    skip: set[int] = set()
    detected = ""
    first_line = None
    top = _first_heading(text, spans)
    skip.update(range(top))
    if spans:
        para = text[spans[top].start : spans[top].end]
        first_line = para.splitlines()[0].strip() if para.strip() else ""
        detected = first_line
    if title is not None:
        chosen = title
        if first_line is not None and first_line.strip() == title.strip():
            skip.add(top)
    else:
        chosen = detected
        if spans and not _is_sentence(first_line or "") and not _wrapped_lead(para):
            skip.add(top)
    subtitle = None
    if top in skip and len(spans) > top + 1:
        line = text[spans[top + 1].start : spans[top + 1].end]
        inner, quoted = _unquote(line)
        if (
            "\n" not in line
            and "\r" not in line
            and len(line) <= 200
            and inner
            and (
                # 'X said: “We will respond.”' ends a sentence inside its closing quote mark.
                quoted
                or (line.rstrip('”"»’')[-1:] not in tuple(".!?…:;") and not DASH_OPEN.match(line))
            )
            and noise_rules.classify(line) is None
        ):
            subtitle = inner
            skip.add(top + 1)
    return chosen, subtitle, skip
