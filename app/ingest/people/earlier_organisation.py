"""The organisation a text names last: where "the company's" (chief operating officer) or
"put Ann Lee in charge" finds the body meant, named earlier in the article.
"""

from __future__ import annotations

import re

from app.ingest.people.names import STOP_WORDS, is_org_word
from app.ingest.people.registry import Registry

OWNER_REACH = 400  # how far back "the company's" looks for the company's name
# A dot after a word of two or more lower-case letters ends a sentence ("Tuesday. The"),
# an initial's or a country's ("J.", "U.S.") does not.
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_ORG_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: +(?:of +|for +|and +|& +)?[A-Z][\w&.'’-]*)*")


def organisation_before(registry: Registry, before: str) -> str | None:
    """The last organisation named in ``before``: a capitalised name of two or more words,
    or one with an organisation noun, that is nobody's name ("Vostok Logistics")."""
    found = None
    for match in _ORG_NAME.finditer(before):
        # "… on Tuesday. The company's": a sentence's end splits the capitalised run, and
        # a calendar or function word ("Tuesday", "The") opens no body's name
        for piece in _SENTENCE_END.split(match.group()):
            words = re.sub(r"['’]s$", "", piece).rstrip(".").split()
            while words and words[0].lower() in STOP_WORDS:
                words = words[1:]
            if not words or not (len(words) >= 2 or is_org_word(words[0])):
                continue
            name = " ".join(words)
            if registry.by_full_name(name) is None or is_org_word(words[-1]):
                found = name
    return found
