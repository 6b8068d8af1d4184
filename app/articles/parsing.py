"""Parsing a request's text off the event loop, in worker processes, with a deadline.

The parser is pure (text -> ParsedArticle), so it runs in ``DeadlinePool`` workers: the
event loop and the endpoints' threads stay free while it works, at most
``parse_workers`` texts parse at once, and a text still parsing at its deadline
(``parse_timeout_seconds`` + ``parse_timeout_seconds_per_mib`` per MiB) is refused with
422 while its worker is killed and replaced.
"""

from __future__ import annotations

import datetime as dt

from fastapi import FastAPI

from app.core.config import Settings
from app.core.deadline_pool import DeadlineExceeded, DeadlinePool
from app.core.errors import InvalidParameter
from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article
from app.ingest.schemas import ArticleInput, ArticleSubmission
from app.ingest.web_pages import WebPageError, submission_article

MIB = 1024 * 1024
# Imported once by the fork server, so that each new worker starts with the parser loaded
# and warmed up.
PARSER_MODULES = ["app.articles.parser_preload"]


class ParseTimedOut(InvalidParameter):
    slug = "parse-timeout"


def parse_deadline(settings: Settings, text: str) -> float:
    """Seconds a text may take to parse: a base, plus a share for each MiB it holds."""
    size = len(text.encode("utf-8", "surrogatepass"))
    return settings.parse_timeout_seconds + settings.parse_timeout_seconds_per_mib * size / MIB


def create_parser_pool(settings: Settings) -> DeadlinePool:
    return DeadlinePool(settings.parse_workers, preload=PARSER_MODULES)


WARM_UP_TEXT = "Warm-up\n\n“It is ready,” said Jane Doe, an analyst at the Example Institute.\n"


def warm_up_parser() -> None:
    """One small parse, run where the workers fork from (``parser_preload``): the
    parser's lazily built rules and word lists load then, not on a client's request."""
    parse_article(WARM_UP_TEXT, dt.date(2022, 1, 11), title="Warm-up")


def parse_text(text: str, published_on: dt.date, title: str | None) -> ParsedArticle:
    """``parse_article`` with positional arguments only, as a worker receives them."""
    return parse_article(text, published_on, title=title)


async def parse_off_loop(app: FastAPI, article: ArticleInput) -> ParsedArticle:
    """The article parsed in a worker process; 422 if it is not done by its deadline."""
    settings: Settings = app.state.settings
    pool: DeadlinePool = app.state.parser_pool
    seconds = parse_deadline(settings, article.text)
    try:
        return await pool.run_async(
            seconds, parse_text, article.text, article.published_on, article.title
        )
    except DeadlineExceeded:
        raise ParseTimedOut(
            f"The text could not be parsed in time ({seconds:.1f} s for its length); "
            "it was not stored. Split it, or remove runs of punctuation or quote marks."
        ) from None


async def article_off_loop(app: FastAPI, body: ArticleSubmission) -> ArticleInput:
    """The article a body stands for: its text as given, or the text and metadata
    extracted from its ``html`` in a worker process (CPU work, under the same deadline as
    a parse). A page that makes no article is a 422 that says why."""
    settings: Settings = app.state.settings
    pool: DeadlinePool = app.state.parser_pool
    try:
        if body.html is None:
            return submission_article(body)  # nothing to extract
        seconds = parse_deadline(settings, body.html)
        return await pool.run_async(seconds, submission_article, body)
    except WebPageError as exc:
        raise InvalidParameter(f"html: {exc}.") from None
    except DeadlineExceeded:
        raise ParseTimedOut(
            f"The page could not be read in time ({seconds:.1f} s for its length); "
            "it was not stored."
        ) from None
