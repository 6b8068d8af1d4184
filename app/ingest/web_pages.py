"""Web pages -> article text and metadata, with trafilatura.

A page becomes an article in two pure steps, with no network and no store:
:func:`extract_web_page` finds the main text, title, publication date, author, site name,
canonical URL and language; :func:`web_page_article` lays the values given with the
page (request fields, front matter, sidecar) over those it found and validates the result
as an :class:`ArticleInput`. The stored text is the extracted text, so every statement's
span is exact in it.

Both are CPU work, like parsing: the write API must run them off the event loop, and
their arguments and results pickle, so a worker process can run them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import trafilatura
from pydantic import ValidationError
from trafilatura.settings import Document
from trafilatura.utils import load_html

from app.ingest.schemas import ArticleInput, ArticleSubmission

# Publication dates come from the page's metadata and markup (meta tags, JSON-LD, <time>,
# the URL), never from dates in its prose: a quote about "March 2021" is not a byline.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Extraction costs about 0.1 ms of CPU per element, and a news page holds a few thousand;
# a page of junk elements past this is refused rather than worked through for seconds.
MAX_ELEMENTS = 30_000
# The metadata an article takes from its page when the caller gave none.
_FROM_PAGE = ("title", "published_on", "source", "url", "language")

# trafilatura logs every page it finds nothing in; callers report that themselves.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


class WebPageError(ValueError):
    """A page that cannot become an article; the message says why, in one line."""


@dataclass(frozen=True)
class WebPage:
    """What a page holds: its main text and the metadata found in it."""

    text: str
    title: str | None
    published_on: dt.date | None
    author: str | None
    site_name: str | None
    url: str | None
    language: str | None


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def extract_web_page(html: str | bytes, *, url: str | None = None) -> WebPage:
    """The main text of a page and its metadata. ``url`` is where it came from, if known.

    Raises :class:`WebPageError` when the page holds no article text: nothing but
    navigation, boilerplate or its own title.
    """
    tree = load_html(html)
    if tree is not None and sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        raise WebPageError(f"the page has more than {MAX_ELEMENTS} HTML elements")
    found = (
        trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
        if tree is not None
        else None
    )
    document = found.as_dict() if isinstance(found, Document) else found or {}
    raw_text = document.get("text")
    text = raw_text if isinstance(raw_text, str) else ""
    title = _clean(document.get("title"))
    body = [line for line in text.splitlines() if line.strip() and line.strip() != title]
    if tree is None or not body:
        raise WebPageError("the page has no article text (only navigation, boilerplate or none)")
    return WebPage(
        text=text,
        title=title,
        published_on=_date(document.get("date")),
        author=_clean(document.get("author")),
        site_name=_clean(document.get("sitename")),
        url=_clean(document.get("url")),
        language=_clean(tree.get("lang")),
    )


def web_page_article(
    html: str | bytes,
    given: Mapping[str, Any],
    *,
    fetched_from: str | None = None,
    default_published_on: dt.date | None = None,
    default_source: str | None = None,
    date_hint: str = "send published_on with it",
) -> ArticleInput:
    """The article to store from a page: its extracted text, with metadata taken first from
    ``given`` (request or front matter), then from the page, then from the defaults.

    The URL is the one given, else ``fetched_from`` (where the page was fetched), else the
    canonical URL the page declares. Raises :class:`WebPageError` for a page with no text,
    no publication date anywhere (the message ends with ``date_hint``), or a value the
    store does not take.
    """
    page = extract_web_page(html, url=given.get("url") or fetched_from)
    found: dict[str, Any] = {
        "title": page.title,
        "published_on": page.published_on or default_published_on,
        "source": page.site_name or default_source,
        "url": fetched_from or page.url,
        "language": page.language,
    }
    values = {
        **{key: found[key] for key in _FROM_PAGE if found[key] is not None},
        **{key: value for key, value in given.items() if value is not None},
        "text": page.text,
    }
    if values.get("published_on") is None:
        raise WebPageError(f"the page gives no publication date; {date_hint}")
    return _validated(values, given)


def _validated(values: Mapping[str, Any], given: Mapping[str, Any]) -> ArticleInput:
    try:
        return ArticleInput.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "article"
        origin = "" if where in given else " (from the page)"
        raise WebPageError(f"{where}{origin}: {first['msg']}") from None


def submission_article(submission: ArticleSubmission) -> ArticleInput:
    """The article a write request describes: its ``text`` as sent, or the text and
    metadata extracted from its ``html``. Pure CPU work: run it where parsing runs."""
    given = submission.model_dump(exclude={"text", "html"}, exclude_none=True)
    if submission.html is None:
        return _validated({**given, "text": submission.text}, given)
    return web_page_article(submission.html, given)
