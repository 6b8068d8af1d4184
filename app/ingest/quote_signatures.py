"""Quotes signed by a bare "Role Name" with no dash and no verb (r5 S5).

Press releases and local news close a quote with its speaker's name and job and nothing
else: on the same line ('“… worked through it.” Riverton Police Chief Dana Kohl') or on
the line below a paragraph that is only the quote ('The Honourable Mara Dunning, Minister
of Transport').  Such a tail is a signature only when it is short, holds no finite verb
and no full stop, ends at the name or at the name's comma-set job, and presents a full
name with a role, title or apposition (:func:`app.ingest.attribution.introduced_person`);
a bare name or an organisation is not.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention, introduced_person
from app.ingest.speech_verbs import find_verbs, has_finite_verb
from app.ingest.tokens import name_runs, tokenize

_MAX_WORDS = 25  # words of a signature, at most
_LEAD_TOKENS = 6  # tokens before the name ("The Honourable", "Riverton Police Chief")
# A signature opens with a capital and holds no sentence of its own.
# (an initial's full stop aside: "Mara J. Dunning")
_SHAPE = re.compile(r"[ \t]*[A-Z](?:(?<=\b[A-Z])\.|[^.!?:;“”«»\"\n])*+")


def signature_mention(state: ArticleState, lo: int, hi: int) -> Mention | None:
    """The person signing in ``text[lo:hi]``, when that text is nothing but a signature."""
    masked = state.masked_text
    while lo < hi and masked[lo].isspace():
        lo += 1
    while hi > lo and masked[hi - 1].isspace():
        hi -= 1
    tail = masked[lo:hi]
    if (
        not tail
        or len(tail.split()) > _MAX_WORDS
        or _SHAPE.fullmatch(tail) is None
        or "_" in tail
        or has_finite_verb(tail)
        or find_verbs(tail)
    ):
        return None
    tokens = tokenize(masked, lo, hi)
    for first, end in name_runs(tokens):
        if first > _LEAD_TOKENS:
            return None
        mention = introduced_person(masked, tokens, first, end, lo, hi)
        if mention is not None and mention.full:
            # The name closes the signature, or a comma opens its job: "…Olund visited
            # the dam on Friday" goes on as a sentence.
            rest = masked[mention.end : hi].lstrip()
            return mention if not rest or rest.startswith(",") else None
    return None
