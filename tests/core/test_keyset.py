"""The list kit: a sort's cursor key is checked and read back, a page is cut at its
limit, and seeking after a key in any mix of directions walks a table in order, every
row once."""

from __future__ import annotations

import itertools
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select

from app.core import cursor_keys, keyset
from app.core.errors import InvalidParameter
from app.core.keyset import KeyPart, SortSet

SORTS = SortSet(
    "things",
    "name",
    {
        "name": (KeyPart("name", cursor_keys.text(20)), KeyPart("id", cursor_keys.row_id)),
        "relevance": (keyset.score(), KeyPart("id", cursor_keys.row_id)),
    },
)


def test_the_sort_is_the_requested_one_else_relevance_with_a_search_else_the_default() -> None:
    assert SORTS.resolve(None).name == "name"
    assert SORTS.resolve(None, searching=True).name == "relevance"
    assert SORTS.resolve("name", searching=True).name == "name"
    assert SORTS.resolve("name").scope == "things:name"


def test_relevance_without_a_search_is_a_422() -> None:
    with pytest.raises(InvalidParameter, match="needs a search"):
        SORTS.resolve("relevance")


def test_a_cursor_key_is_checked_part_by_part() -> None:
    assert SORTS["name"].check(["ada", 3]) == ["ada", 3]
    for bad in (["ada"], ["ada", 3, 4], ["", 3], ["ada", 0], [3, "ada"]):
        with pytest.raises(InvalidParameter):
            SORTS["name"].check(bad)


def test_the_next_key_is_read_off_the_last_row_of_the_page() -> None:
    rows = [SimpleNamespace(score=Decimal("0.5"), id=n) for n in (9, 8, 7)]
    page, key = keyset.cut(rows, 2, SORTS["relevance"])
    assert [row.id for row in page] == [9, 8]
    assert key == [0.5, 8]
    assert isinstance(key[0], float)
    assert keyset.cut(rows, 3, SORTS["relevance"]) == (rows, None)


@pytest.mark.parametrize(
    ("a_descending", "b_descending"), list(itertools.product([False, True], repeat=2))
)
def test_seeking_after_each_page_walks_every_row_once_in_order(
    a_descending: bool, b_descending: bool
) -> None:
    metadata = MetaData()
    things = Table(
        "things",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("a", Integer),
        Column("b", String),
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    values = [{"id": n, "a": n % 3, "b": "xyz"[n % 2]} for n in range(1, 30)]
    order: keyset.Order = [
        (things.c.a, a_descending),
        (things.c.b, b_descending),
        (things.c.id, False),
    ]
    with engine.begin() as conn:
        conn.execute(insert(things), values)
        everything = conn.execute(select(things).order_by(*keyset.order_by(order))).all()
        seen: list[Any] = []
        key: list[Any] | None = None
        while True:
            query = select(things).order_by(*keyset.order_by(order)).limit(4)
            if key is not None:
                query = query.where(*keyset.seek(order, key))
            page = conn.execute(query).all()
            if not page:
                break
            seen += page
            key = [page[-1].a, page[-1].b, page[-1].id]
    assert seen == everything
    assert len(seen) == len(values)
