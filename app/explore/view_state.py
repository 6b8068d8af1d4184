"""The explorer's state lives in the URL: parse it, and build the URL of each next view."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

# The statement filters the explorer offers, by their /v1 parameter names.
SINGLE = ("q", "expert", "kind", "month", "source", "from", "to")
MULTI = ("topic",)


@dataclass(frozen=True)
class ViewState:
    """One view of the statements: the filters, and the page cursor."""

    values: dict[str, str] = field(default_factory=dict)
    topics: tuple[str, ...] = ()
    cursor: str | None = None

    @classmethod
    def from_query(cls, query: QueryParams) -> ViewState:
        values = {name: query[name].strip() for name in SINGLE if query.get(name, "").strip()}
        topics = tuple(dict.fromkeys(t for t in query.getlist("topic") if t.strip()))
        return cls(values=values, topics=topics, cursor=query.get("cursor") or None)

    def filters(self) -> list[tuple[str, str]]:
        """The filters as /v1 query pairs (no cursor)."""
        return [*self.values.items(), *(("topic", topic) for topic in self.topics)]

    def api_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = dict(self.values)
        if self.topics:
            params["topic"] = list(self.topics)
        if self.cursor:
            params["cursor"] = self.cursor
        return params

    def is_active(self, name: str, value: str) -> bool:
        return value in self.topics if name == "topic" else self.values.get(name) == value

    def toggled(self, name: str, value: str) -> ViewState:
        """The view with this facet value switched on or off, back on the first page."""
        if name == "topic":
            topics = tuple(t for t in self.topics if t != value)
            if len(topics) == len(self.topics):
                topics = (*self.topics, value)
            return replace(self, topics=topics, cursor=None)
        values = dict(self.values)
        if values.get(name) == value:
            del values[name]
        else:
            values[name] = value
        return replace(self, values=values, cursor=None)

    def next_page(self, cursor: str) -> ViewState:
        return replace(self, cursor=cursor)

    def query(self) -> str:
        pairs = self.filters() + ([("cursor", self.cursor)] if self.cursor else [])
        return urlencode(pairs)

    def url(self, path: str = "/explore") -> str:
        query = self.query()
        return f"{path}?{query}" if query else path
