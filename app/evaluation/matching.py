"""When a parsed name is a gold speaker, and when a parsed role is the gold role.

Names: both sides are normalised (casefolded, diacritics and punctuation removed,
whitespace collapsed). A parsed name matches a gold speaker when it equals the speaker's
name or one of its aliases, or when the surnames (last words) are equal and the first
names are compatible: one side has none, or they are equal, or one is the initial of the
other ("V. Putin", "Putin" and "Vladimir Putin" all match "Vladimir Putin").

Roles and organisations are compared leniently: after the same normalisation (and
without a leading "the"), the gold value matches when it contains the parsed value or
is contained in it, word for word ("deputy head" matches "deputy head of the
department"). An organisation also matches when it is contained in the parsed role
("Foreign Minister of Russia" holds the organisation "Russia").

Before that comparison, spellings of one thing are made one: a possessive "'s" is
dropped ("NASA's" is "NASA", not "NASAs"), an abbreviated title is written out ("Sen." is
"senator", "Lt. Col." is "lieutenant colonel"), and the common short names of a few states
are written in full ("U.S.", "US", "USA" are "united states"; "UK" is "united kingdom",
as is "Britain").  These equate only different spellings of the same word; containment
stays the only leniency.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’`ʼ]")
_NON_WORD = re.compile(r"[^\w]+|_")


def normalise(value: str) -> str:
    """Casefolded, without diacritics or punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain)
    return " ".join(_NON_WORD.sub(" ", plain).split())


def _first_names_compatible(left: list[str], right: list[str]) -> bool:
    if not left or not right:
        return True
    a, b = left[0], right[0]
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return False


def _same_person(parsed: str, form: str) -> bool:
    if parsed == form:
        return True
    parsed_words, form_words = parsed.split(), form.split()
    if not parsed_words or not form_words or parsed_words[-1] != form_words[-1]:
        return False
    return _first_names_compatible(parsed_words[:-1], form_words[:-1])


def name_matches(parsed_name: str, name: str, aliases: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``parsed_name`` refers to the gold speaker called ``name`` (or ``aliases``)."""
    parsed = normalise(parsed_name)
    if not parsed:
        return False
    return any(_same_person(parsed, normalise(form)) for form in (name, *aliases))


def name_is_exact(parsed_name: str, name: str, aliases: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``parsed_name`` equals the name or an alias after normalisation."""
    parsed = normalise(parsed_name)
    return bool(parsed) and any(parsed == normalise(form) for form in (name, *aliases))


_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b", re.IGNORECASE)
# Abbreviated titles, written out (the abbreviation is one word after normalise()).
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "col": "colonel",
    "gen": "general",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "sgt": "sergeant",
    "supt": "superintendent",
    "atty": "attorney",
    "amb": "ambassador",
    "pres": "president",
    "sec": "secretary",
}
# Short names of states, written in full (after normalise(): "U.S." is "u s").
_STATE_NAMES = (
    (re.compile(r"\b(?:u s a|u s|usa|us|united states of america)\b"), "united states"),
    (re.compile(r"\b(?:u k|uk|britain|great britain)\b"), "united kingdom"),
)


def _phrase(value: str | None) -> str:
    plain = normalise(_POSSESSIVE.sub("", value or ""))
    for pattern, full in _STATE_NAMES:
        plain = pattern.sub(full, plain)
    words = [_TITLE_ABBREVIATIONS.get(word, word) for word in plain.split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def role_matches(parsed_role: str | None, gold_role: str) -> bool:
    """Lenient role comparison: either normalised phrase contains the other."""
    parsed, gold = _phrase(parsed_role), _phrase(gold_role)
    return bool(parsed and gold) and (_contains(parsed, gold) or _contains(gold, parsed))


def organization_matches(
    parsed_organization: str | None, parsed_role: str | None, gold_organization: str
) -> bool:
    """Lenient organisation comparison; the parsed role may hold the organisation."""
    if role_matches(parsed_organization, gold_organization):
        return True
    return _contains(_phrase(parsed_role), _phrase(gold_organization))
