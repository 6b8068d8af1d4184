"""A job the lead gives before anyone is named: "The new head of the agency spoke on
Monday. … Dana Reyes, who took over in May, said …" (issue 10, r5 R1).

News leads often open with "The <job> (of <Body>)" and name the holder a sentence or two
later.  When the article's first person named in full has no job of their own, the lead's
job is theirs.  Guard: the lead phrase holds no capitalised name of its own (that would be
a pre-name title) and the job noun is singular; only the first person the article names
can take it.
"""

from __future__ import annotations

import re

from app.ingest.people.names import is_role_word
from app.ingest.references import is_plural
from app.ingest.speech_verbs import verb_alternation

__all__ = ["lead_role"]

_LEAD_REACH = 400  # characters of the body read for the lead sentence
_LEAD_JOB = re.compile(
    r"(?:THE|The)\s+(?P<job>(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*))"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*){0,4}"
    r"|[a-z][\w-]*))?"
    rf"\s+(?=(?:has|have|had|was|is|spoke|will|apologi[sz]ed|"
    rf"{verb_alternation(tenses=('past', 'present'))})\b)"
)


def lead_role(text: str) -> str | None:
    """The job phrase ("new head of the agency", "chief executive of Dunmore Trust") the
    first sentence of the body (after the headline line) opens with, or None."""
    first_break = text.find("\n")
    if first_break < 0:
        return None
    body = text[first_break:].lstrip()
    found = _LEAD_JOB.match(body[:_LEAD_REACH])
    if found is None:
        return None
    noun = found.group("noun")
    if not is_role_word(noun) or is_plural(noun):
        return None
    job = found.group("job")
    job = re.sub(r"^(?:new|former|outgoing|incoming|interim|acting)\s+", "", job)
    if job.split()[0] in {"former", "ex"}:
        return None
    return job + (found.group("of") or "")
