"""A role before a name that follows a passive's "by" ("a novel written by the fantasy
author John Fenn") is read from after "by": the narration before it is no part of the job.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def test_the_role_after_by_is_the_persons_role() -> None:
    parsed = parse_article(
        "Title\n\nThe town was calm.\n\n"
        "The book was written by the late science fiction and fantasy author John M. Fenn. "
        "“I hate being obvious,” Fenn said.",
        dt.date(2024, 5, 17),
    )
    [person] = parsed.people
    assert person.role is not None
    assert person.role.endswith("science fiction and fantasy author")
