"""Parse a made-up test article and read its statements and people as plain tuples, so that
a test compares them with literals.

Every helper parses with the same publication date, :data:`PUBLISHED`. A file whose
articles need a scene before the text under test (a person introduced, a calm paragraph)
keeps that scene in the file and passes ``scene + body`` to :func:`parse_body`.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parsed import ParsedArticle, ParsedPerson, PersonKind, StatementKind
from app.ingest.parser import parse_article

PUBLISHED = dt.date(2024, 5, 17)  # a Friday: "on Monday" and the like resolve against it

SpeakerText = tuple[str | None, str]
"""A statement's speaker slug (None if unattributed) and its text."""

SpeakerKindText = tuple[str | None, StatementKind, str]
"""A statement's speaker slug (None if unattributed), its kind and its text."""

KindRoleOrg = tuple[PersonKind, str | None, str | None]
"""A person's kind, role and organisation."""

RoleOrg = tuple[str | None, str | None]
"""A person's role and organisation."""


def parse_full_text(text: str) -> ParsedArticle:
    """``text`` parsed as it stands: its first line is the article's title."""
    return parse_article(text, PUBLISHED)


def parse_body(body: str) -> ParsedArticle:
    """``body`` parsed under a placeholder title line, ``Title``."""
    return parse_full_text("Title\n\n" + body)


def speaker_text(parsed: ParsedArticle) -> list[SpeakerText]:
    """One (speaker, text) pair a statement, in the article's order."""
    return [(s.speaker, s.text) for s in parsed.statements]


def speaker_kind_text(parsed: ParsedArticle) -> list[SpeakerKindText]:
    """One (speaker, kind, text) triple a statement, in the article's order."""
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def kind_role_org(person: ParsedPerson) -> KindRoleOrg:
    """The person's kind, role and organisation."""
    return person.kind, person.role, person.organization


def kind_role_org_of(parsed: ParsedArticle, slug: str) -> KindRoleOrg:
    """Kind, role and organisation of the first person with this slug (StopIteration if none)."""
    return kind_role_org(next(p for p in parsed.people if p.slug == slug))


def kind_role_org_by_slug(parsed: ParsedArticle) -> dict[str, KindRoleOrg]:
    """Every person's kind, role and organisation, by slug."""
    return {p.slug: kind_role_org(p) for p in parsed.people}


def role_org_by_slug(parsed: ParsedArticle) -> dict[str, RoleOrg]:
    """Every person's role and organisation, by slug (their kind left out)."""
    return {p.slug: (p.role, p.organization) for p in parsed.people}
