"""What a request's search may cost: the settings that bound counting and pick the index."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.core.config import Settings

DEFAULT_TOTAL_CAP = 10_000


@dataclass(frozen=True)
class SearchOptions:
    """``total_cap``: count matches exactly up to this many. ``rank_index``: ``auto``
    ranks with RUM where the store has it, ``gin`` always with GIN (PostgreSQL only)."""

    total_cap: int = DEFAULT_TOTAL_CAP
    rank_index: Literal["auto", "gin"] = "auto"

    @classmethod
    def of(cls, settings: Settings) -> SearchOptions:
        return cls(total_cap=settings.search_total_cap, rank_index=settings.search_rank_index)
