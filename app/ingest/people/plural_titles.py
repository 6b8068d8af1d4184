"""A plural title before a list of names: "Sens. Mike Dorn (R-UT), Ron Kell (R-WI) and Rick
Sand (R-FL) stalled the bill" gives each name the singular title ("Sen.").

The mention rules read a title only right before its name, so every name of the list after
the first would have no job; this module reads back from a name over the list (names,
party tags, commas and "and" only) to the plural title that opens it.
"""

from __future__ import annotations

import re

from app.ingest.people.role_rules import FIELDS

# Plural titles and the singular each name of the list holds.
_SINGULAR = {
    "sens.": "Sen.",
    "reps.": "Rep.",
    "senators": "Senator",
    "representatives": "Representative",
    "ministers": "Minister",
    "governors": "Governor",
    "councilmembers": "Councilmember",
}
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_TAG = r"(?: ?\([A-Z]-[A-Z][\w.-]{0,10}\))?"
# Words before the plural title that belong to each singular ("Foreign Ministers" ->
# "Foreign Minister", "Deputy Finance Ministers" -> "Deputy Finance Minister"): a rank or
# a portfolio, never any capitalised word ("Yesterday Ministers").
_MODIFIERS = FIELDS | frozenset(
    {"deputy", "vice", "prime", "interior", "justice", "culture", "state", "junior", "senior"}
)
# The nested name repeat can backtrack quadratically in the list's length; it stays cheap
# only because the search is capped at _REACH characters (see plural_title_before).
_LIST_BEFORE = re.compile(
    r"(?P<mods>\b(?:[A-Z][a-z]+ ){0,2})"
    r"\b(?P<title>Sens\.|Reps\.|Senators|Representatives|Ministers|Governors|Councilmembers)"
    rf" (?:{_NAME}{_TAG}, )*(?:{_NAME}{_TAG},? and )?\Z"
)
_REACH = 300  # characters of a list before the name, at most


def plural_title_before(before: str) -> str | None:
    """The singular of the plural title opening the list of names that ``before`` ends
    in ("Sens. Mike Dorn (R-UT), Ron Kell (R-WI) and " -> "Sen."), or None."""
    found = _LIST_BEFORE.search(before[-_REACH:])
    if found is None:
        return None
    words = found.group("mods").split()
    while words and words[0].lower() not in _MODIFIERS:
        words = words[1:]  # "The Foreign Ministers": "The" is no part of the title
    return " ".join([*words, _SINGULAR[found.group("title").lower()]])
