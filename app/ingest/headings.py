"""Title and subtitle.

Title: the ``title`` argument, else the first non-empty line; a first line that is a long
sentence ending with a full stop (a lead with no headline) is also parsed as content.
Subtitle: the next paragraph when it is a single short line that is wholly quoted (kept
without its quote marks) or has no sentence-final punctuation.
"""

from __future__ import annotations

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


def headings(text: str, spans: list[Span], title: str | None) -> tuple[str, str | None, set[int]]:
    skip: set[int] = set()
    detected = ""
    first_line = None
    if spans:
        para = text[spans[0].start : spans[0].end]
        first_line = para.splitlines()[0].strip() if para.strip() else ""
        detected = first_line
    if title is not None:
        chosen = title
        if first_line is not None and first_line.strip() == title.strip():
            skip.add(0)
    else:
        chosen = detected
        if spans and not _is_sentence(first_line or ""):
            skip.add(0)
    subtitle = None
    if 0 in skip and len(spans) > 1:
        line = text[spans[1].start : spans[1].end]
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
            skip.add(1)
    return chosen, subtitle, skip
