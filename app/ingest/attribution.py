"""Who is speaking: the person references around a speech verb.

An *attribution* joins a person reference and a speech verb, in either order ("Nursha
added", "said Jane Doe, an economist at X", "concludes the expert").  A full name may carry
an apposition ("Jane Doe, a senior fellow at the Y Institute, said") or a pre-name title
("Barclays economist Jane Doe said"); those become the role and organisation.

This module only gathers the names the rest of the parser uses; the work is in

* :mod:`app.ingest.mentions` — :class:`Mention` and reading a name run into one (title,
  honorific, the role written before the name), introductions, organisation runs;
* :mod:`app.ingest.references` — references that are no name: role nouns, ages, "the
  latter" / "the former";
* :mod:`app.ingest.subject_before` — the subject before the verb ("Jane Doe said");
* :mod:`app.ingest.subject_after` — the subject after it ("said Jane Doe"), with the
  longer shapes in :mod:`app.ingest.names_after_roles`.

Speech verbs live in :mod:`app.ingest.speech_verbs`, tokens and name runs in
:mod:`app.ingest.tokens`, appositions in :mod:`app.ingest.appositions`.
"""

from __future__ import annotations

from app.ingest.mentions import (
    PRONOUNS,
    Mention,
    introduced_person,
    mention_from_run,
    part_of_organization,
    place_before_name,
)
from app.ingest.subject_after import subject_after
from app.ingest.subject_before import subject_before

__all__ = [
    "PRONOUNS",
    "Mention",
    "introduced_person",
    "mention_from_run",
    "part_of_organization",
    "place_before_name",
    "subject_after",
    "subject_before",
]
