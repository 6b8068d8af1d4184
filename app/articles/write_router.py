"""The authenticated write path: ingest, preview and delete articles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.articles.repository import get_article_by_id
from app.articles.router import ArticleSlug
from app.articles.schemas import ArticleDetail
from app.articles.write_schemas import ArticlePreview, PreviewStatement
from app.core.db import get_session
from app.core.errors import NotFound, PayloadTooLarge, problem_responses
from app.core.refs import ExpertRef, Span
from app.ingest.loader import content_sha256, delete_article, extract, load_tagger, store_article
from app.ingest.schemas import MAX_TEXT_BYTES, ArticleInput
from app.keys.auth import ApiKeyName
from app.models import Article, Topic
from app.statements.schemas import TopicTag

router = APIRouter(prefix="/v1/articles", tags=["articles"])


def _check_size(article: ArticleInput) -> None:
    if len(article.text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise PayloadTooLarge(f"text is over {MAX_TEXT_BYTES} bytes (1 MiB).")


@router.post(
    "",
    summary="Ingest an article",
    operation_id="articles-create",
    status_code=status.HTTP_201_CREATED,
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
def create_article(
    request: Request,
    response: Response,
    article: ArticleInput,
    _key: ApiKeyName,
) -> ArticleDetail:
    """Parse, tag and store one article in one transaction. Sending the same text again
    returns the stored article with 200 and stores nothing (idempotent by content hash)."""
    _check_size(article)
    factory = request.app.state.session_factory
    result = store_article(factory, article)
    # A new session: the request's own read transaction may predate the write.
    with factory() as fresh:
        detail = get_article_by_id(fresh, result.article_id)
    if detail is None:  # deleted between the write and this read
        raise NotFound("The article was deleted while being stored.")
    response.status_code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
    response.headers["Location"] = f"/v1/articles/{detail.slug}"
    return detail.model_copy(update={"warnings": result.warnings})


@router.post(
    "/preview",
    summary="Preview an ingest",
    operation_id="articles-preview",
    responses=problem_responses(401, 413, 422),
)
def preview_article(
    article: ArticleInput,
    session: Annotated[Session, Depends(get_session)],
    _key: ApiKeyName,
) -> ArticlePreview:
    """What `POST /v1/articles` would store for this body. Nothing is stored."""
    _check_size(article)
    extraction = extract(article, load_tagger(session))
    parsed = extraction.parsed
    names = dict(session.execute(select(Topic.slug, Topic.name)).all())
    people = {
        p.slug: ExpertRef(
            slug=p.slug, name=p.name, kind=p.kind, role=p.role, organization=p.organization
        )
        for p in parsed.people
    }
    sha = content_sha256(article.text)
    return ArticlePreview(
        title=parsed.title,
        subtitle=parsed.subtitle,
        published_on=article.published_on,
        source=article.source or parsed.source,
        content_sha256=sha,
        already_stored_as=session.scalar(select(Article.slug).where(Article.content_sha256 == sha)),
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


@router.delete(
    "/{slug}",
    summary="Delete an article",
    operation_id="articles-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 422),
)
def remove_article(request: Request, slug: ArticleSlug, _key: ApiKeyName) -> Response:
    """Remove an article and its statements. Experts stay, so their URLs remain stable:
    delete, fix the text and ingest again to correct an article."""
    if not delete_article(request.app.state.session_factory, slug):
        raise NotFound(f"No article with slug '{slug}'.")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
