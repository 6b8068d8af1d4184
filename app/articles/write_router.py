"""The authenticated write path: ingest, preview and delete articles.

Each route works in the request's write session (app/core/db.py), which commits when the
route returns. The parse runs first, in a worker process, holding no connection; only then
does the write transaction begin, under the write lock, for a write that just writes.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from app.articles.parsing import article_off_loop, parse_off_loop
from app.articles.repository import get_article_by_id
from app.articles.router import ArticleSlug
from app.articles.schemas import ArticleDetail
from app.articles.write_schemas import ArticlePreview, PreviewStatement
from app.core.date_range import DateOutOfRange
from app.core.db import WriteSession, begin_write, end_read
from app.core.errors import InvalidParameter, NotFound, PayloadTooLarge, problem_responses
from app.core.refs import ExpertRef, Span
from app.ingest.loader import (
    Extraction,
    IngestResult,
    content_sha256,
    delete_article,
    existing_result,
    load_tagger,
    store_extraction,
    tag_parsed,
)
from app.ingest.parsed import ParsedArticle
from app.ingest.schemas import MAX_TEXT_BYTES, ArticleInput, ArticleSubmission
from app.keys.auth import ApiKeyName
from app.models import Article, Topic
from app.statements.schemas import TopicTag

router = APIRouter(prefix="/v1/articles", tags=["articles"])


def _check_size(article: ArticleInput) -> None:
    if len(article.text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise PayloadTooLarge(f"text is over {MAX_TEXT_BYTES} bytes (1 MiB).")


def _stored(session: Session, article: ArticleInput) -> IngestResult | None:
    """The stored article with this text, if any; the read ends before the parse."""
    found = existing_result(session, article)
    end_read(session)
    return found


def _tag(session: Session, parsed: ParsedArticle) -> Extraction:
    try:
        return tag_parsed(parsed, load_tagger(session))
    except DateOutOfRange as exc:
        raise InvalidParameter(f"{exc}; the text gives a date the store does not take.") from None


def _tag_and_store(
    session: Session, article: ArticleInput, parsed: ParsedArticle
) -> tuple[IngestResult, ArticleDetail | None]:
    """Tag (reading the taxonomy), then begin the write transaction and store, then read
    the article back in that transaction (in one thread). The route's session commits."""
    extraction = _tag(session, parsed)
    end_read(session)
    begin_write(session)
    result = store_extraction(session, article, extraction)
    return result, get_article_by_id(session, result.article_id)


@router.post(
    "",
    summary="Ingest an article",
    operation_id="articles-create",
    status_code=status.HTTP_201_CREATED,
    # As GET /v1/articles/{slug} answers it: a statement's `context` (only with
    # include=context) is absent, not null.
    response_model_exclude_unset=True,
    responses={
        200: {
            "description": "The same text was stored before; nothing new was stored.",
            "model": ArticleDetail,
            "headers": {"Location": {"$ref": "#/components/headers/Location"}},
        },
        201: {
            "description": "Stored; `Location` names the new article.",
            "headers": {"Location": {"$ref": "#/components/headers/Location"}},
        },
        **problem_responses(401, 413, 422),
    },
)
async def create_article(
    request: Request,
    response: Response,
    body: ArticleSubmission,
    _key: ApiKeyName,
    session: WriteSession,
) -> ArticleDetail:
    """Parse, tag and store one article in one transaction. Sending the same text again
    returns the stored article with 200 and stores nothing (idempotent by content hash).
    Send `html` instead of `text` to store the main text extracted from a web page.
    A text that cannot be parsed within its deadline is refused with 422."""
    article = await article_off_loop(request.app, body)
    _check_size(article)
    known = await run_in_threadpool(_stored, session, article)
    if known is None:
        # Parsed in a worker process: neither the event loop nor a database
        # connection, nor the write lock, waits for the parser.
        parsed = await parse_off_loop(request.app, article)
        result, detail = await run_in_threadpool(_tag_and_store, session, article, parsed)
    else:
        result = known
        detail = await run_in_threadpool(get_article_by_id, session, known.article_id)
    if detail is None:  # deleted between the write and this read
        raise NotFound("The article was deleted while being stored.")
    response.status_code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
    response.headers["Location"] = f"/v1/articles/{detail.slug}"
    return detail.model_copy(update={"warnings": result.warnings})


def _preview(
    session: Session, article: ArticleInput, parsed: ParsedArticle, from_html: bool
) -> ArticlePreview:
    extraction = _tag(session, parsed)
    names = dict(session.execute(select(Topic.slug, Topic.name)).all())
    sha = content_sha256(article.text)
    stored_as = session.scalar(select(Article.slug).where(Article.content_sha256 == sha))
    end_read(session)
    people = {
        p.slug: ExpertRef(
            slug=p.slug, name=p.name, kind=p.kind, role=p.role, organization=p.organization
        )
        for p in parsed.people
    }
    return ArticlePreview(
        title=parsed.title,
        subtitle=parsed.subtitle,
        published_on=article.published_on,
        source=article.source or parsed.source,
        content_sha256=sha,
        already_stored_as=stored_as,
        text=article.text if from_html else None,
        url=article.url,
        experts=list(people.values()),
        statements=[
            PreviewStatement(
                text=s.text,
                kind=s.kind,
                said_on=s.said_on,
                position=position,
                span=Span(start=s.start, end=s.end),
                expert=people.get(s.speaker) if s.speaker else None,
                topics=[
                    TopicTag(slug=slug, name=names.get(slug, slug), matched_terms=terms)
                    for slug, terms in sorted(tags.items())
                ],
            )
            for position, (s, tags) in enumerate(
                zip(parsed.statements, extraction.tags, strict=True), start=1
            )
        ],
        warnings=extraction.warnings,
    )


@router.post(
    "/preview",
    summary="Preview an ingest",
    operation_id="articles-preview",
    responses=problem_responses(401, 413, 422),
)
async def preview_article(
    request: Request, body: ArticleSubmission, _key: ApiKeyName, session: WriteSession
) -> ArticlePreview:
    """What `POST /v1/articles` would store for this body. Nothing is stored. A text that
    cannot be parsed within its deadline is refused with 422."""
    article = await article_off_loop(request.app, body)
    _check_size(article)
    parsed = await parse_off_loop(request.app, article)
    return await run_in_threadpool(_preview, session, article, parsed, body.html is not None)


@router.delete(
    "/{slug}",
    summary="Delete an article",
    operation_id="articles-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 422),
)
def remove_article(slug: ArticleSlug, _key: ApiKeyName, session: WriteSession) -> Response:
    """Remove an article and its statements. Experts stay, so their URLs remain stable:
    delete, fix the text and ingest again to correct an article."""
    if not delete_article(session, slug):
        raise NotFound(f"No article with slug '{slug}'.")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
