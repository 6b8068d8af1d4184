"""The body a person works in, told by where they work or whom they work with.

Two shapes follow a person's name in the same sentence and name their organisation
without an apposition:

- **Their workplace**: "visited his editor Ann Lee at her office at Harbor Press" — "at
  her office (desk, lab, studio) at X".  "at her office in Boston" names a city, not a
  body, and is left alone.
- **Their fellows**: "Ann Lee said she and 40 fellow teachers from the Harbor schools
  left at dawn" — whoever has "fellow" teachers, nurses or workers from X belongs to X
  (with no other name between: "Ann Lee thanked Bo Park and his fellow ..." is Park's).

- **Their assignment**: "Ann Lee and Bo Park, assigned to the night shift at Harbor
  Prison, …", "Ann Lee was assigned to the ward at Harbor Hospital" — whoever a comma-set
  or "was" "assigned (posted, seconded) to … at X" or "assigned to X", X named as a body
  ("the Harbor Embassy", not "Iraq"), follows works at X; both of
  two names joined by "and" do.  It is noted for later mentions too, since a name given
  without a job is not registered yet.

Only a person with no organisation yet gets one; the job (if any) is kept.  One anchored
match after each name: linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.layout import Span
from app.ingest.people.names import is_org_word
from app.ingest.tokens import Token

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_ORG = (
    r"(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*)"
    r"(?:\s+(?P<noun>[a-z]+))?"
)
_WORKPLACE = re.compile(
    r",?\s+at\s+(?:his|her|their)\s+(?:office|offices|desk|lab|laboratory|studio|studios)"
    rf"\s+at\s+{_ORG}"
)
_FELLOWS = re.compile(
    r"[^A-Z.;:!?“”\"«»]{0,80}?\bfellow\s+[a-z-]+s\s+(?:from|at|of|with)\s+" + _ORG
)

_ASSIGNED = re.compile(
    r"(?:,\s+(?:who\s+(?:is|was|are|were)\s+)?|\s+(?:is|was|are|were|had been|has been)\s+)"
    r"(?:assigned|posted|seconded)\s+to\s+"
    r"(?P<at>[^,.;:!?“”\"«»()]{0,60}?\s+at\s+)?" + _ORG
)
# Assigned "to" a body straight away ("posted to the Harbor Embassy"), not "at" one: its
# name must say it is a body, since "posted to Iraq in 2004" names a country.
_POSTING_BODY = re.compile(
    r"\b(?:Embassy|Consulate|Mission|Prison|Jail|Penitentiary|Correctional|Hospital|Clinic|"
    r"Unit|Division|Brigade|Battalion|Regiment|Squadron|Command|Base|Station|Precinct|"
    r"Department|Ministry|Office|Agency|Bureau|Court|Center|Centre|School|Academy|Team|"
    r"Task Force|Fleet|Corps|Headquarters)\b"
)


def _organisation(match: re.Match[str]) -> str:
    org = match.group("org").rstrip(".,")
    noun = match.group("noun")
    # "the Harbor schools": a body noun after the name is part of it
    return f"{org} {noun}" if noun and is_org_word(noun) else org


def workplace_after(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """Give a named person with no organisation the body of their workplace or their
    fellows (see the module docstring)."""
    masked = state.masked_text
    for first, end in runs:
        after = tokens[end - 1].end
        match = _WORKPLACE.match(masked, after, sentence.end) or _FELLOWS.match(
            masked, after, sentence.end
        )
        if match is None:
            continue
        words = [token.core for token in tokens[first:end]]
        person = (
            state.registry.by_full_name(" ".join(words))
            if len(words) > 1
            else state.registry.by_word(words[0])
        )
        if person is not None and person.organization is None:
            person.organization = _organisation(match)


def assignment_after(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Ann Lee and Bo Park, assigned to the night shift at Harbor Prison": both work at
    Harbor Prison (see the module docstring)."""
    masked = state.masked_text
    for index, (first, end) in enumerate(runs):
        match = _ASSIGNED.match(masked, tokens[end - 1].end - len(tokens[end - 1].trailing))
        if match is None or match.end() > sentence.end:
            continue
        organization = _organisation(match)
        if match.group("at") is None and not _POSTING_BODY.search(organization):
            continue  # "who was posted to Iraq in 2004": a place, no workplace
        named = [(first, end)]
        if index > 0:
            before_first, before_end = runs[index - 1]
            if before_end + 1 == first and tokens[before_end].core == "and":
                named.insert(0, (before_first, before_end))
        for lo, hi in named:
            if hi - lo < 2 or tokens[hi - 1].trailing.strip(",") or tokens[lo].core[:1] == "_":
                continue
            words = [token.core for token in tokens[lo:hi]]
            state.registry.note_role(words[-1], f"who works at {organization}")
            person = state.registry.by_full_name(" ".join(words))
            if person is not None and person.organization is None:
                person.organization = organization
