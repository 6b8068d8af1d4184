"""Web pages -> article text and metadata: a pure function over the fixtures in html/."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest
from pydantic import ValidationError

from app.ingest.parser import parse_article
from app.ingest.schemas import ArticleInput, ArticleSubmission
from app.ingest.web_pages import (
    WebPageError,
    extract_web_page,
    submission_article,
    web_page_article,
)
from tests.ingest.page_server import fixture_page


def test_article_page_gives_main_text_and_metadata() -> None:
    page = extract_web_page(fixture_page("article.html"))
    assert page.title == "Harbour towns weigh the cost of higher seas"
    assert page.published_on == dt.date(2025, 3, 18)
    assert page.author == "Priya Raman"
    assert page.site_name == "The Tidewater Ledger"
    assert page.url == "https://ledger.example/coast/2025/03/18/harbour-towns-sea-walls"
    assert page.language == "en"
    assert page.text.startswith("Three councils on the estuary met on Monday")
    assert page.text.rstrip().endswith("The councils will vote on the plan in May.")
    # Navigation, the cookie banner, related links, the byline and the footer are not text.
    for boilerplate in ("Subscribe", "cookies", "Related", "Insurers raise", "All rights"):
        assert boilerplate not in page.text


def test_quotes_in_the_extracted_text_have_exact_spans() -> None:
    page = extract_web_page(fixture_page("article.html"))
    assert page.published_on is not None
    parsed = parse_article(page.text, page.published_on, title=page.title)
    found = {(s.speaker, s.kind, s.text) for s in parsed.statements}
    assert (
        "helen-marsh",
        "quote",
        "We can either pay for the walls now or pay for the flooding later, "
        "and the flooding is more expensive",
    ) in found
    assert ("tom-okafor", "quote", "A marsh protects everyone downstream.") in found
    for statement in parsed.statements:
        assert page.text[statement.start : statement.end] == statement.text
    marsh = next(p for p in parsed.people if p.slug == "helen-marsh")
    assert (marsh.role, marsh.organization) == ("coastal engineer", "University of Southport")


def test_structured_data_fills_the_metadata() -> None:
    page = extract_web_page(fixture_page("structured.html"))
    assert page.published_on == dt.date(2024, 4, 29)
    assert page.author == "Megan Lloyd"
    assert page.site_name == "Valley Courier"
    assert page.url == "https://valley.example/farming/late-frost-orchards"
    assert page.language == "en-GB"


def test_date_comes_from_metadata_never_from_the_prose() -> None:
    page = extract_web_page(fixture_page("no_date.html"))
    assert page.published_on is None  # "from April" in the text is not a date
    assert "Alan Brooks" in page.text


@pytest.mark.parametrize(
    "html",
    [
        fixture_page("no_text.html"),
        b"",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "   ",
    ],
    ids=["video-only", "empty", "title-only", "blank"],
)
def test_page_without_article_text_is_refused(html: str | bytes) -> None:
    with pytest.raises(WebPageError, match="no article text"):
        extract_web_page(html)


def test_page_values_fill_what_is_not_given() -> None:
    article = web_page_article(fixture_page("article.html"), {})
    assert article.title == "Harbour towns weigh the cost of higher seas"
    assert article.published_on == dt.date(2025, 3, 18)
    assert article.source == "The Tidewater Ledger"
    assert article.url == "https://ledger.example/coast/2025/03/18/harbour-towns-sea-walls"
    assert article.language == "en"
    assert article.text == extract_web_page(fixture_page("article.html")).text


def test_given_values_win_over_the_page() -> None:
    given = {
        "title": "Sea walls: who pays?",
        "published_on": dt.date(2025, 3, 19),
        "source": "Ledger Wire",
        "url": "https://wire.example/sea-walls",
        "language": "en-GB",
        "original_language": "cy",
    }
    article = web_page_article(fixture_page("article.html"), given)
    assert article.model_dump(exclude={"text"}) == given


def test_fetch_url_wins_over_canonical_and_defaults_come_last() -> None:
    article = web_page_article(
        fixture_page("no_date.html"),
        {},
        fetched_from="http://127.0.0.1/ferry",
        default_published_on=dt.date(2024, 1, 2),
        default_source="Wire",
    )
    assert article.url == "http://127.0.0.1/ferry"
    assert article.published_on == dt.date(2024, 1, 2)
    assert article.source == "Riverside Weekly"  # the page names its site: the default waits


def test_no_date_anywhere_is_refused_with_the_hint() -> None:
    with pytest.raises(WebPageError, match="no publication date; send published_on"):
        web_page_article(fixture_page("no_date.html"), {})


def test_page_values_the_store_refuses_are_named() -> None:
    page = fixture_page("article.html").replace(
        b"<title>Harbour towns", b"<title>" + b"Long " * 120 + b"Harbour towns"
    )
    page = page.replace(b'<meta property="og:title"', b'<meta property="og:x"')
    page = page.replace(b"<h1>Harbour towns", b"<h1>" + b"Long " * 120 + b"Harbour towns")
    with pytest.raises(WebPageError, match=r"^title \(from the page\): "):
        web_page_article(page, {})


def test_submission_is_text_or_html_never_both_nor_neither() -> None:
    def refused(**body: object) -> str:
        with pytest.raises(ValidationError) as caught:
            ArticleSubmission.model_validate(body)
        return str(caught.value)

    assert "not both" in refused(text="x", html="<p>x</p>", published_on="2024-01-01")
    assert "as text (with published_on) or as html" in refused()
    assert "published_on is required with text" in refused(text="Title\n\nBody")
    assert "must not be null" in refused(html=None, text="x", published_on="2024-01-01")
    assert "text" in refused(text="  ", published_on="2024-01-01")  # ArticleInput's own rule

    as_text = submission_article(
        ArticleSubmission.model_validate({"text": "T\n\nBody.", "published_on": "2024-01-01"})
    )
    assert as_text == ArticleInput(text="T\n\nBody.", published_on=dt.date(2024, 1, 1))
    as_html = submission_article(
        ArticleSubmission.model_validate(
            {"html": fixture_page("article.html").decode(), "title": "Given"}
        )
    )
    assert (as_html.title, as_html.published_on) == ("Given", dt.date(2025, 3, 18))


def test_submission_keeps_every_field_of_the_article_input() -> None:
    assert set(ArticleSubmission.model_fields) == {*ArticleInput.model_fields, "html"}


def test_extraction_runs_in_a_worker_process() -> None:
    """The write API may hand a body to a worker process: arguments, result and error
    all cross the process boundary."""
    page = ArticleSubmission.model_validate({"html": fixture_page("article.html").decode()})
    empty = ArticleSubmission.model_validate({"html": fixture_page("no_text.html").decode()})
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        assert pool.submit(submission_article, page).result() == submission_article(page)
        with pytest.raises(WebPageError, match="no article text"):
            pool.submit(submission_article, empty).result()
