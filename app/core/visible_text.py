"""Text a reader can see: at least one character that is neither whitespace nor invisible.

``"\\u200b"`` (a zero-width space) passes ``str.strip()`` and a ``\\S`` pattern, but an
article made only of such characters has nothing to parse or show. ``INVISIBLE`` is
spelled out as one character class, with BMP escapes only, so that the validator and the
``pattern`` in the OpenAPI document say exactly the same thing in every regex engine
(Python, ECMA, Rust): whitespace and controls (C0, DEL, C1), the soft hyphen, the
combining grapheme joiner, bidi and zero-width format characters (U+200B..U+200F,
U+202A..U+202E, U+2060..U+206F, U+FEFF, U+061C), variation selectors, the Mongolian free
variation selectors, and the blank "letters" (Hangul fillers U+115F, U+1160, U+3164,
U+FFA0, Khmer U+17B4, U+17B5, the blank Braille pattern U+2800) and interlinear
annotation marks.
"""

from __future__ import annotations

import re

INVISIBLE = (
    "\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u034f\\u061c\\u115f\\u1160\\u1680\\u17b4\\u17b5"
    "\\u180b-\\u180f\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u2800\\u3000\\u3164"
    "\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb"
)
# No NUL anywhere, and at least one visible character.
VISIBLE_TEXT_PATTERN = f"^[^\\u0000]*[^{INVISIBLE}][^\\u0000]*$"
_VISIBLE = re.compile(f"[^{INVISIBLE}]")


def has_visible_text(value: str) -> bool:
    return _VISIBLE.search(value) is not None
