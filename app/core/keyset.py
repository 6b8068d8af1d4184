"""Keyset conditions for any sort: "strictly after this row" in a multi-column order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_


def after(order: Sequence[tuple[Any, bool]], key: Sequence[Any]) -> Any:
    """Rows after ``key`` in ``order``, a list of (column, descending) pairs.

    Spelled as (c1 > k1) OR (c1 = k1 AND c2 > k2) OR ... so that each column can have
    its own direction, which a row-value comparison cannot express.
    """
    clauses = []
    for index, (column, descending) in enumerate(order):
        equal = [c == k for (c, _), k in zip(order[:index], key[:index], strict=True)]
        beyond = column < key[index] if descending else column > key[index]
        clauses.append(and_(*equal, beyond))
    return or_(*clauses)


def order_by(order: Sequence[tuple[Any, bool]]) -> list[Any]:
    return [column.desc() if descending else column.asc() for column, descending in order]
