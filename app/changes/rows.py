"""The JSON rows of the change log, as the repository builds them (see ``schemas.py``)."""

from __future__ import annotations

from typing import TypedDict

from app.changes.schemas import ChangeKind


class ChangeRow(TypedDict):
    """A ``Change``."""

    kind: ChangeKind
    article_slug: str
    changed_at: str
