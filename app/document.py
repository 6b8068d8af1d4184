"""What the OpenAPI document says about the whole API: its concepts, tags, servers,
licence and contact, and which closed value sets are named components."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from app.articles.repository import ArticleSort
from app.changes.schemas import ChangeKind
from app.core.listing import ExportFormat
from app.core.openapi import add_document_pass
from app.core.openapi_enums import NamedEnum, name_enums
from app.core.openapi_http import declare_http
from app.core.refs import ExpertKind, StatementKind
from app.experts.repository import ExpertSort
from app.statements.schemas import Facet, StatementInclude, StatementSort
from app.stats.repository import Interval

TITLE = "Commentariat"
DESCRIPTION = """
Structured expert commentary extracted from news articles: who said what, about which
topic, and when. Every statement is a verbatim span of its article's text.

## Concepts

- **Expert or official.** Every person quoted is a `PersonKind`: an `expert` is an
  analyst or commentator speaking about events; an `official` holds an office and speaks
  for it (a president, a ministry's spokesperson).
- **Quote or paraphrase.** Every statement is a `StatementKind`: a `quote` is direct
  speech, in quotation marks in the article; a `paraphrase` is reported speech ("he said
  that ..."). Both are verbatim spans of the article's text.
- **`said_on` and `published_on`.** `published_on` is the article's publication date.
  `said_on` is when the statement was made: the article's date unless the text dates it
  ("on Monday, Putin said ..."), so it can be earlier. Statement filters and sorts
  (`from`, `to`, `month`, `sort=-said_on`) use `said_on`; article filters use
  `published_on`.
- **Offsets.** A statement's `span` is `{start, end}` in the article's `text`, such that
  `text[start:end]` is the statement. Offsets count **Unicode code points**, as Python
  indexes strings. JavaScript strings index UTF-16 code units, so after a character
  outside the Basic Multilingual Plane (an emoji) the two differ: every statement also
  carries `span_utf16`, the same span in UTF-16 code units, so that
  `text.slice(span_utf16.start, span_utf16.end)` is the statement in JavaScript.
- **Context and source.** Every statement names its article's outlet and address
  (`article.source`, `article.url`, null when unknown). With `include=context` it also
  carries `context`: the sentence before and after it within its paragraph (in an
  article without blank lines, each line is a paragraph), and the sentence that
  attributes it (`context.attribution`).

## Conventions

- **Lists** are paginated with opaque keyset cursors: pass `next_cursor` back as `cursor`,
  or follow the `Link: rel="next"` header. `next_cursor` is null on the last page.
- **Filters** combine with AND; a repeatable one (`topic`, a statement list's `expert`)
  matches any of its values.
  **An empty value (`topic=`, `expert=`, `q=`, `cursor=`) is a 422 on every parameter**:
  leave the parameter out to not filter. A parameter the operation does not declare is a
  422 too, so a misspelt filter never silently widens a list.
- **Caching.** Every `GET /v1/...` answer has an `ETag` and `Cache-Control: no-cache`:
  send the ETag back as `If-None-Match` and the answer is a 304 without a body until
  the next write.
- **Exports.** Every list of statements, experts and articles has two export
  operations with its filters and sort: `GET /v1/statements.csv` and
  `GET /v1/statements.ndjson` (and `/v1/experts.csv`, ...) stream every matching row,
  however many, as an attachment. The list's own URL answers the same export to
  `Accept: text/csv` or `Accept: application/x-ndjson` (its answers say `Vary: Accept`);
  the older `format=csv|ndjson` is deprecated and answers a 307 to the export.
- **Compression.** Bodies over 1 KB are gzip-compressed for clients that send
  `Accept-Encoding: gzip`; CSV and NDJSON exports stay streams.
- **Writes** need `Authorization: Bearer <key>`, a body sent as `application/json`
  (anything else is a 415; a body that is not JSON is a 400), and are rate-limited per
  key: `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` on every answer,
  a 429 with `Retry-After` over the limit.
- **Errors** are `application/problem+json` (RFC 9457), with a `request_id` to quote.
- `GET /` and `GET /v1` list the resources with links.
"""

TAGS: list[dict[str, str]] = [
    {"name": "index", "description": "Where to start: the resources, with links."},
    {
        "name": "statements",
        "description": "Quotes and paraphrases, each with its speaker, article, date and "
        "topics: list, search, facet, export or get one.",
    },
    {
        "name": "experts",
        "description": "The people quoted, experts and officials, with their statement "
        "counts, topics, appearances and timeline.",
    },
    {
        "name": "articles",
        "description": "The news articles statements come from: read them, and (with an API "
        "key) ingest, preview or delete them.",
    },
    {
        "name": "changes",
        "description": "The articles created and deleted, in order, for clients that sync.",
    },
    {"name": "topics", "description": "The topic taxonomy statements are tagged with."},
    {"name": "stats", "description": "Counts of statements over time, for charts."},
    {"name": "health", "description": "Whether the service and its database answer."},
]

NAMED_ENUMS: dict[str, NamedEnum] = {
    "StatementKind": NamedEnum(
        StatementKind, "`quote`: direct speech; `paraphrase`: reported speech."
    ),
    "PersonKind": NamedEnum(
        ExpertKind,
        "`expert`: an analyst or commentator; `official`: a holder of an office speaking for it.",
    ),
    "StatementSort": NamedEnum(
        StatementSort,
        "`-said_on`: newest first; `said_on`: oldest first; `relevance`: best match of `q` first.",
    ),
    "ExpertSort": NamedEnum(
        ExpertSort,
        "`name`: alphabetical; `statement_count`: fewest statements first; "
        "`-statement_count`: most first; `relevance`: best match of `q` first.",
    ),
    "ArticleSort": NamedEnum(
        ArticleSort,
        "`-published_on`: newest first; `published_on`: oldest first; `relevance`: best "
        "match of `q` first.",
    ),
    "Interval": NamedEnum(Interval, "A period of the timeline; weeks start on Monday."),
    "Facet": NamedEnum(
        Facet,
        "A facet of the statement list, named as the filter its values feed: `expert`, "
        "`topic`, `kind`, `article`, `month` (YYYY-MM of `said_on`), `source` (the "
        "article's outlet) or `organization` (the speaker's).",
    ),
    "ChangeKind": NamedEnum(
        ChangeKind, "`created`: an article was ingested; `deleted`: one was deleted."
    ),
    "StatementInclude": NamedEnum(
        StatementInclude,
        "`context`: each statement's `context`, the sentences around it and the one that "
        "attributes it.",
    ),
    "ExportFormat": NamedEnum(
        ExportFormat,
        "`json`: a page; `csv` or `ndjson`: a 307 to the list's export operation.",
    ),
}

DEPRECATED_QUERY = {
    "format": "kept for the clients that use it; use the export operations "
    "(`GET /v1/statements.csv`, `.ndjson`, and the same for experts and articles).",
}


def _info(document: dict[str, Any]) -> None:
    document["info"]["description"] = DESCRIPTION
    document["info"]["contact"] = {
        "name": "Commentariat maintainers",
        "url": "https://commentariat.dev",
    }
    document["info"]["license"] = {
        "name": "Proprietary: all rights reserved",
        "identifier": "LicenseRef-Proprietary",
    }
    # Relative: the server that served this document, wherever it is deployed (Swagger
    # UI's "Try it out" then calls the same origin, which its CSP allows).
    document["servers"] = [
        {"url": "/", "description": "The server this document was fetched from."},
    ]
    document["tags"] = TAGS


def install_document(app: FastAPI) -> None:
    """Shape the generated OpenAPI document once, when it is first asked for."""

    def shape(document: dict[str, Any]) -> None:
        _info(document)
        name_enums(document, NAMED_ENUMS)
        declare_http(document, DEPRECATED_QUERY)

    add_document_pass(app, shape)
