"""What the home-state, home-country and subject-body rules share: a name the article
clearly leads with, and the loop that gives it to the speakers whose job wants one.

- :func:`leader`: of counted names, the one counted at least ``minimum`` times and more
  than ``factor`` times the runner-up (``factor`` 1: strictly more); none otherwise.
- :func:`fill_organisations`: each speaker with a job that ``wants`` a body and no
  organisation gets the one their own job names (``own``), else the article's
  (``article``), which is worked out once, and only when someone wants it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from app.ingest.people.registry import Person


def leader(counts: Counter[str], minimum: int, factor: int = 1) -> str | None:
    """The clearly most counted name (see the module docstring)."""
    top = counts.most_common(2)
    if not top:
        return None
    best, count = top[0]
    runner_up = top[1][1] if len(top) > 1 else 0
    return best if count >= minimum and count > factor * runner_up else None


def fill_organisations(
    people: Iterable[Person],
    wants: Callable[[str], bool],
    article: Callable[[], str | None],
    own: Callable[[str], str | None] = lambda role: None,
) -> None:
    """Give each speaker whose job ``wants`` a body, and who has none, one (see above)."""
    found: list[str | None] = []
    for person in people:
        role = person.role
        if not person.has_statement or not role or person.organization is not None:
            continue
        if not wants(role):
            continue
        organization = own(role)
        if organization is None:
            if not found:
                found.append(article())
            organization = found[0]
        if organization is not None:
            person.organization = organization
