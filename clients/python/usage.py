"""Use the client that openapi-python-client generates from the live OpenAPI document,
as a client of the API would, against a running server with the seeded store.

Checked with ``mypy --strict`` and run by ``clients/check.sh``; exits non-zero on the
first answer that is not what the document promises.

    python usage.py http://127.0.0.1:8000
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from http import HTTPStatus
from typing import TypeVar

from commentariat_client import Client
from commentariat_client.api.articles import articles_get
from commentariat_client.api.changes import changes_list
from commentariat_client.api.experts import experts_get, experts_list
from commentariat_client.api.statements import (
    statements_export_csv,
    statements_export_ndjson,
    statements_get,
    statements_list,
)
from commentariat_client.models import (
    ArticleDetail,
    ChangeKind,
    ChangePage,
    ExpertDetail,
    ExpertRef,
    FieldError,
    PersonKind,
    Problem,
    SearchablePageExpertSummary,
    StatementContext,
    StatementDetail,
    StatementInclude,
    StatementKind,
    StatementPage,
    StatementSort,
    StatementSummary,
)
from commentariat_client.types import UNSET


class Mismatch(Exception):
    """The API answered something its document does not promise."""


T = TypeVar("T")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Mismatch(message)


def expect(value: object, kind: type[T], what: str) -> T:
    """``value`` as the type the document promises, or a Mismatch naming what came."""
    if not isinstance(value, kind):
        raise Mismatch(f"{what}: expected {kind.__name__}, got {value!r}")
    return value


def page(parsed: object) -> StatementPage:
    return expect(parsed, StatementPage, "a page of statements")


def list_experts(client: Client) -> SearchablePageExpertSummary:
    answer = experts_list.sync(client=client, kind=PersonKind.EXPERT, limit=100)
    experts = expect(answer, SearchablePageExpertSummary, "a page of experts")
    check(experts.total > 0 and bool(experts.items), "the seed has experts")
    check(all(e.kind is PersonKind.EXPERT for e in experts.items), "kind=expert filters")
    print(f"experts: {experts.total}, first {experts.items[0].slug}")
    return experts


def filter_statements(client: Client, expert_slug: str) -> StatementSummary:
    """By expert, then by one of their statement's topic and date, and its kind: values
    read from a result go straight back as filters, typed by the shared enums."""
    by_expert = page(statements_list.sync(client=client, expert=[expert_slug]))
    check(by_expert.total > 0, f"{expert_slug} has statements")
    first = by_expert.items[0]
    check(first.expert is not None and first.expert.slug == expert_slug, "expert filter")
    check(bool(first.topics), "the statement has a topic")
    kind: StatementKind = first.kind
    filtered = page(
        statements_list.sync(
            client=client,
            expert=[expert_slug],
            topic=[first.topics[0].slug],
            from_=first.said_on,
            to=first.said_on,
            kind=kind,
            sort=StatementSort.SAID_ON_DESC,
        )
    )
    check(any(s.id == first.id for s in filtered.items), "expert, topic and date filter")
    for statement in filtered.items:
        check(statement.said_on == first.said_on, "date filter")
        check(statement.kind is kind, "kind filter")
        check(first.topics[0].slug in {t.slug for t in statement.topics}, "topic filter")
    topic = first.topics[0].slug
    print(f"statements by {expert_slug} on {first.said_on} about {topic}: {filtered.total}")
    return first


def page_to_the_end(client: Client) -> int:
    seen: list[int] = []
    cursor: str | None = None
    total = -1
    while True:
        response = statements_list.sync(
            client=client, limit=2, cursor=UNSET if cursor is None else cursor
        )
        current = page(response)
        total = current.total
        seen.extend(statement.id for statement in current.items)
        if current.next_cursor is None:
            break
        cursor = current.next_cursor
    check(len(seen) == total, f"paged {len(seen)} of {total}")
    check(len(set(seen)) == len(seen), "no statement twice")
    print(f"paged through {total} statements, 2 at a time")
    return total


def export_statements(client: Client, expert_slug: str) -> None:
    """The export operations: every statement of the filter, as CSV and as NDJSON."""
    total = page(statements_list.sync(client=client, expert=[expert_slug])).total
    exported = statements_export_csv.sync_detailed(client=client, expert=[expert_slug])
    check(exported.status_code == HTTPStatus.OK, f"CSV export: {exported.status_code}")
    check(exported.headers["content-type"].startswith("text/csv"), "a CSV export")
    disposition = exported.headers["content-disposition"]
    check(disposition == 'attachment; filename="statements.csv"', disposition)
    text = expect(exported.parsed, str, "the CSV text")
    rows = list(csv.DictReader(io.StringIO(text)))
    check(len(rows) == total, f"CSV rows {len(rows)} of {total}")
    check(all(row["expert_slug"] == expert_slug for row in rows), "the CSV's filter")
    lines = expect(
        statements_export_ndjson.sync(
            client=client, expert=[expert_slug], include=StatementInclude.CONTEXT
        ),
        str,
        "the NDJSON text",
    ).splitlines()
    check(len(lines) == total, f"NDJSON lines {len(lines)} of {total}")
    check(all("context" in json.loads(line) for line in lines), "include=context in NDJSON")
    print(f"exports of {expert_slug}: {len(rows)} CSV rows, {len(lines)} NDJSON lines")


def fetch_details(client: Client, statement: StatementSummary) -> None:
    answer = statements_get.sync(
        client=client, statement_id=statement.id, include=StatementInclude.CONTEXT
    )
    detail = expect(answer, StatementDetail, "a statement")
    check(detail.text == statement.text, "the same statement")
    check(all(bool(tag.matched_terms) for tag in detail.topics), "tags are explained")
    context = expect(detail.context, StatementContext, "include=context")
    check(context.attribution is None or isinstance(context.attribution, str), "attribution")
    check(isinstance(statement.article.source, str), "the statement names its outlet")
    speaker = expect(statement.expert, ExpertRef, "the statement's expert")
    expert = expect(experts_get.sync(client=client, slug=speaker.slug), ExpertDetail, "an expert")
    check(expert.statement_count > 0, "the expert has statements")
    article = articles_get.sync_detailed(client=client, slug=statement.article.slug)
    check(article.status_code == HTTPStatus.OK, f"article: {article.status_code}")
    text = expect(article.parsed, ArticleDetail, "an article").text
    span = statement.span  # offsets in code points, as Python indexes a str
    check(text[span.start : span.end] == statement.text, "span offsets")
    utf16 = statement.span_utf16  # what JavaScript's String indexes
    units = text.encode("utf-16-le")[2 * utf16.start : 2 * utf16.end]
    check(units.decode("utf-16-le") == statement.text, "span_utf16 offsets")
    print(f"details: statement {detail.id}, expert {expert.slug}, article {statement.article.slug}")


def typed_problems(client: Client) -> None:
    missing = experts_get.sync_detailed(client=client, slug="nobody-by-this-name")
    check(missing.status_code == HTTPStatus.NOT_FOUND, f"404: {missing.status_code}")
    not_found = expect(missing.parsed, Problem, "a 404 problem")
    check(not_found.status == 404 and not_found.title == "Not Found", "404 problem")

    invalid = statements_list.sync_detailed(client=client, limit=1000)
    check(invalid.status_code == HTTPStatus.UNPROCESSABLE_ENTITY, f"422: {invalid.status_code}")
    problem = expect(invalid.parsed, Problem, "a 422 problem")
    check(problem.status == 422, "422 problem")
    errors = expect(problem.errors, list, "field errors")
    first = expect(errors[0] if errors else None, FieldError, "a field error")
    check(first.loc == ["query", "limit"], f"errors: {errors}")
    print(f"problems: 404 {not_found.detail!r}; 422 {problem.detail!r}")


def revalidate(client: Client) -> None:
    first = statements_list.sync_detailed(client=client, limit=5)
    check(first.status_code == HTTPStatus.OK, f"200: {first.status_code}")
    etag = expect(first.headers.get("etag"), str, "an ETag")
    check(first.headers.get("cache-control") == "no-cache", "Cache-Control: no-cache")
    again = statements_list.sync_detailed(client=client, limit=5, if_none_match=etag)
    check(again.status_code == HTTPStatus.NOT_MODIFIED, f"304: {again.status_code}")
    check(again.parsed is None and again.content == b"", "a 304 has no body")
    print(f"revalidated {etag} -> 304")


def sync(client: Client) -> None:
    """The change log from an instant, then the statements ingested since its creations."""
    since = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    log = expect(changes_list.sync(client=client, since=since), ChangePage, "the change log")
    check(bool(log.items), "the seed is logged")
    check(all(c.kind is ChangeKind.CREATED for c in log.items), "only creations yet")
    first = log.items[0]
    check(first.changed_at.tzinfo is not None and first.changed_at >= since, "an instant")
    fresh = page(statements_list.sync(client=client, updated_since=first.changed_at, limit=100))
    check(fresh.total > 0, "statements ingested with the first article")
    check(all(s.created_at >= first.changed_at for s in fresh.items), "updated_since")
    print(f"synced: {len(log.items)} change(s), {fresh.total} statements since {first.changed_at}")


def main(base_url: str) -> None:
    # Undocumented statuses raise: the document must declare every answer (304 included).
    with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
        experts = list_experts(client)
        statement = filter_statements(client, experts.items[0].slug)
        page_to_the_end(client)
        export_statements(client, experts.items[0].slug)
        fetch_details(client, statement)
        typed_problems(client)
        revalidate(client)
        sync(client)
    print("python client: every step as documented")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
