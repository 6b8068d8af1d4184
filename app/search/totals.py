"""A list's ``total`` when it may be capped, and the page schema that says so."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from pydantic import Field

from app.core.pagination import Page

T = TypeVar("T")


class Total(NamedTuple):
    """How many rows match: exact, or (``exact`` false) the cap, when more match."""

    value: int
    exact: bool

    @classmethod
    def counted(cls, found: int, cap: int | None) -> Total:
        """``found`` rows counted by a query limited to ``cap + 1`` (or not limited)."""
        if cap is not None and found > cap:
            return cls(cap, False)
        return cls(found, True)


TOTAL_DESCRIPTION = (
    "How many items match the filter: exact when `total_exact` is true. A search that "
    "matches more than `COMMENTARIAT_SEARCH_TOTAL_CAP` (10,000 by default) gives the cap "
    'here and `total_exact: false`, to be read as "10,000+".'
)
TOTAL_EXACT_DESCRIPTION = (
    "False when more items match than were counted: `total` is then the cap, a lower bound."
)


class SearchablePage(Page[T], Generic[T]):
    """One page of a list that can be searched; its ``total`` may be capped."""

    total: int = Field(description=TOTAL_DESCRIPTION, examples=[8])
    total_exact: bool = Field(description=TOTAL_EXACT_DESCRIPTION, examples=[True])
