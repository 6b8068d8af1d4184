"""The organisation a text names last: where "the company's" (chief operating officer) or
"put Ann Lee in charge" finds the body meant, named earlier in the article.
"""

from __future__ import annotations

import re

from app.ingest.people.names import is_org_word
from app.ingest.people.registry import Registry

OWNER_REACH = 400  # how far back "the company's" looks for the company's name
_ORG_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: +(?:of +|for +|and +|& +)?[A-Z][\w&.'’-]*)*")


def organisation_before(registry: Registry, before: str) -> str | None:
    """The last organisation named in ``before``: a capitalised name of two or more words,
    or one with an organisation noun, that is nobody's name ("Vostok Logistics")."""
    found = None
    for match in _ORG_NAME.finditer(before):
        name = re.sub(r"['’]s$", "", match.group()).rstrip(".")
        words = name.split()
        if not words or not (len(words) >= 2 or is_org_word(words[0])):
            continue
        if registry.by_full_name(name) is None or is_org_word(words[-1]):
            found = name
    return found
