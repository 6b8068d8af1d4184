"""Code points and UTF-16 code units: offsets in this API count code points (Python's
string index); JavaScript's count UTF-16 code units, where every character outside the
Basic Multilingual Plane (an "astral" one: most emoji) is two."""

from __future__ import annotations

import re

ASTRAL = "[\U00010000-\U0010ffff]"
_ASTRAL = re.compile(ASTRAL)


def astral_offsets(text: str) -> list[int]:
    """The code point offsets of ``text``'s astral characters, in order."""
    return [match.start() for match in _ASTRAL.finditer(text)]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
