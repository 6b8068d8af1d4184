"""Rank and seed epithets for a player ("the world number two", "the top seed", "the
defending champion") and the one person they can mean (r1 A5).

Sport reports name two players, then quote one of them by an epithet: "“Well done to Mira
and her coaches,” said the world number three."  The epithet names no one by itself; the
speaker is whoever of the people just named is not addressed in the quote.  It is read
only when exactly one such person is left, else nobody.
"""

from __future__ import annotations

import re

from app.ingest.mentions import Mention

RANK_EPITHET = "rank epithet"  # the noun of a Mention made from an epithet

_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)"
_EPITHET = (
    rf"the\s++(?:world\s++(?:number|No\.)\s*+{_NUMBER}"
    rf"|(?:top|(?:number|No\.)\s*+{_NUMBER}|{_ORDINAL})\s++seed"
    r"|(?:defending|reigning)\s++champion)\b"
)
_EPITHET_AT = re.compile(_EPITHET, re.IGNORECASE)
_EPITHET_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:{_EPITHET})\s*+$", re.IGNORECASE)
_REACH = 1200  # characters before the epithet where the candidates must be named


def epithet_after(text: str, at: int) -> Mention | None:
    """ "said the world number two": the epithet opening ``text`` at ``at``."""
    found = _EPITHET_AT.match(text, at)
    if found is None:
        return None
    return Mention(found.start(), found.end(), "role", noun=RANK_EPITHET)


def epithet_before(text: str, lo: int, verb_start: int) -> Mention | None:
    """ "The top seed said …": the epithet right before the verb."""
    found = _EPITHET_BEFORE.search(text, max(lo, verb_start - 60), verb_start)
    if found is None:
        return None
    end = found.start() + len(found.group().rstrip())
    return Mention(found.start(), end, "role", noun=RANK_EPITHET)


def epithet_candidate(
    full_names: list[list[str]], narration: str, at: int, quote: str | None
) -> list[str] | None:
    """The one full name among ``full_names`` that the narration names (by surname) in the
    stretch before ``at`` and ``quote`` does not name, or ``None`` when none or several
    are left, or when an epithet was used earlier in that stretch (it may name a player
    the article has not named: "Ann Lee will face the top seed")."""
    window = narration[max(0, at - _REACH) : at]
    if _EPITHET_AT.search(window) is not None:
        return None  # "Ann Lee will face the top seed. … said the top seed": someone else
    left = []
    for words in full_names:
        if len(words) < 2 or not re.search(rf"\b{re.escape(words[-1])}\b", window):
            continue
        if quote is not None and any(
            re.search(rf"\b{re.escape(word)}\b", quote) for word in (words[0], words[-1])
        ):
            continue  # "Well done to Mira …": the player addressed is not the speaker
        left.append(words)
    return left[0] if len(left) == 1 else None
