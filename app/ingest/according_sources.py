"""Who an "according to X" names: a person, two people, or an outlet (nobody).

:mod:`app.ingest.source_phrases` reads the phrase; this module decides what X is:

* ``according to police Sgt. Dana Ortiz``: a title abbreviation (its period is no
  sentence end) after a few lower-case words, read as the name's title;
* ``according to Mayor Rosa Vidal and Councilman Tim Ode``: a coordinated pair, each with
  its own title, both sources of the clause;
* ``according to Vechernyaya Gazeta``: a name run ending in a media word is an outlet,
  never a person (unless it opens with a known given name: "Ann Post").
"""

from __future__ import annotations

import re

from app.ingest.mentions import Mention
from app.ingest.people.given_names import gender_of_name
from app.ingest.subject_after import subject_after

# "police Sgt.", "county Det.": up to two lower-case words, then a title abbreviation.
_TITLE_ABBREVIATION = re.compile(
    r"\s*(?P<lead>(?:[a-z]+\s+){0,2})(?P<abbr>(?:Sgt|Lt|Capt|Det|Cpl|Gov|Sen|Rep|Insp|Supt|"
    r"Cmdr|Col|Gen|Maj|Adm|Atty|Dep|Ofc|Prof|Dr)\.)\s+(?=[A-Z])"
)
# The last word of an outlet's name.
_MEDIA_WORDS = frozenset(
    {"pravda", "gazeta", "gazette", "vestnik", "izvestia", "vedomosti", "novosti"}
    | {"kommersant", "zeitung", "times", "post", "herald", "tribune", "news", "agency"}
    | {"tv", "radio", "journal", "telegraph", "chronicle", "courier", "express", "daily"}
    | {"interfax", "reuters", "bloomberg", "xinhua", "monitor", "observer", "guardian"}
)
# Between the two names of a pair: "and", nothing else.
_AND = re.compile(r"\s+and\s+(?=[A-Z])")
# What follows the second name: the clause's comma or the sentence's end.
_PAIR_END = re.compile(r"\s*[,.;]")


def according_mention(masked: str, name_lo: int, hi: int) -> Mention | None:
    """The source after "according to" at ``name_lo``: a person reference, or None when
    there is none or it names an outlet."""
    mention = subject_after(masked, name_lo, hi)
    if mention is None:
        abbreviation = _TITLE_ABBREVIATION.match(masked, name_lo, hi)
        if abbreviation is not None:
            mention = subject_after(masked, abbreviation.start("abbr") - 1, hi)
            if mention is not None and mention.kind == "name":
                lead = abbreviation.group("lead").strip()
                title = abbreviation.group("abbr")
                mention.pre_role = f"{lead} {title}" if lead else title
                mention.title = mention.title or title
    if mention is not None and is_outlet(mention):
        return None
    return mention


def is_outlet(mention: Mention) -> bool:
    """Whether a name run is an outlet's name ("Vechernyaya Gazeta", "Kyiv Post"): its last
    word is a media word and its first is no known given name."""
    if mention.kind != "name" or not mention.words:
        return False
    last = mention.words[-1].strip(".,").lower()
    return last in _MEDIA_WORDS and gender_of_name(mention.words[0]) is None


def paired_mention(masked: str, first: Mention, hi: int) -> Mention | None:
    """The second source of "according to A and B": a named person (with a title or a
    full name) right after "and", ending the phrase (a comma or the sentence's end)."""
    if first.kind != "name" or first.apposition:
        return None
    joint = _AND.match(masked, first.end, hi)
    if joint is None:
        return None
    second = subject_after(masked, joint.end() - 1, hi)
    if second is None or second.kind != "name" or second.apposition or is_outlet(second):
        return None
    if not (second.full or second.title or second.pre_role):
        return None
    ends = masked[second.end - 1 : second.end] == "."  # the run can take the final period
    if not ends and _PAIR_END.match(masked, second.end, hi) is None:
        return None
    return second
