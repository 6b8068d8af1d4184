"""Embedded social-media posts: a named person's own words, signed below them.

Web pages keep the text of an embedded tweet followed by its signature line::

    We must apply a system of compassion to criminal justice. pic.twitter.com/abc

    — Rep. Jane Doe (@janedoe) November 19, 2019

The post is a quote by the signer.  Each line of the post is one statement (the gold
convention for quotes over several lines), without the trailing links (``t.co``,
``pic.twitter.com``) and the colon or blanks before them; a line that is only links,
emoji or arrows says nothing.  Precision first: the post must carry a link (the mark of
an embed that lost its markup), and the signer must be a full name or someone the
article already named; "— NASA (@NASA)" or a single unknown word signs for nobody.

A page may also glue the signature to the post's last line, with no link left::

    Thank you to every volunteer who searched tonight. — Chief Tom Ruiz (@ChiefRuiz) March 3, 2021

There the full signature (dash, name, handle and a full date) is the proof
(:func:`dated_signature`); the paragraphs right above it are the post's too while they
speak in the first person, report nobody and do not name the signer
(:func:`claim_dated_post`).  A reporter's sentence may end in such a signature too
("Ann Lee quoted a post by the senator: “We will never give up.” — Bo Ko (@boko) May 3,
2024"): then only the words that read as the post are the signer's (:func:`_post_part`):
the words in marks after narration, or the words after a speech frame's colon; a
paragraph that is neither in the first person nor free of speech verbs and of the
signer's name is narration, and signs nothing.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention, part_of_organization
from app.ingest.layout import Span
from app.ingest.mentions import mention_from_run as _mention_from_run
from app.ingest.people.names import is_initial, is_org_word
from app.ingest.people.registry import Person
from app.ingest.tokens import name_runs, tokenize

# "— Rep. Jane Doe 🏳️‍🌈 (@janedoe) November 19, 2019": the dash, the name, the handle.
_SIGNATURE = re.compile(r"[—–-][ \t]*(?P<name>[^()\n]{1,80}?)[ \t]*\(@\w{1,30}\)")
_LINK = re.compile(r"(?:https?://)?(?:t\.co/\w+|pic\.twitter\.com/\w+)")
# The links (and what separates them) that end a post's line.
_TRAILING_LINKS = re.compile(r"(?:[\s:]*(?:https?://)?(?:t\.co|pic\.twitter\.com)/\w+)+\s*$")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z]{2,}")
_RULE = "embedded-post"
# Words that name a newsroom's or a team's account ("— Sports Desk (@sportsdesk)").
_ACCOUNT_WORDS = frozenset(
    {"desk", "news", "newsroom", "media", "press", "team", "official", "updates", "alerts"}
    | {"live", "breaking", "daily", "times", "radio", "tv", "channel", "club", "fc", "hq"}
)
# "— Chief Tom Ruiz (@ChiefRuiz) March 3, 2021" ending a line: dash, name, handle, date.
_DATED_SIGNATURE = re.compile(
    r"[ \t][—–][ \t]*(?P<name>[^()\n—–]{1,80}?)[ \t]*\(@\w{1,30}\)[ \t]*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+"
    r"\d{1,2},[ \t]+\d{4}[ \t]*$"
)
_MAX_PARAGRAPHS_ABOVE = 3  # paragraphs of one post above the signed one, at most
# The post's own voice: first person or a thank-you.
_POST_VOICE = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|us|my|My|Thank|thank)\b")
_MAX_LINES_ABOVE = 4  # lines of one post above its last line
_MAX_LINE = 400  # longest line looked at above a post (a post is short)
_OPENING_MARKS = '“«„"'
_CLOSING_MARKS = '”»"'


def signature_at(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The handle signature filling the line ``text[lo:hi]``, if it is one."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return _SIGNATURE.match(text, lo, hi)


def claim_post(
    state: ArticleState, body: Span, signature: re.Match[str], *, lines_above: bool
) -> bool:
    """Give the post's lines in ``body`` to the signer; whether any statement was made.

    With ``lines_above`` (the signature is set off by a blank line, so the page separates
    its paragraphs by blank lines), the lines right above ``body``, joined to it by single
    line breaks up to a blank line, are the post's too, as long as no rule claimed them."""
    text = state.text
    if _LINK.search(text, body.start, body.end) is None:
        return False
    person = _signer(state, signature)
    if person is None:
        return False
    cue = (signature.start(), signature.end())
    made = False
    lo = _post_start(state, body.start) if lines_above else body.start
    for line in _LINE.finditer(text, lo, body.end):
        end = line.end()
        links = _TRAILING_LINKS.search(text, line.start(), end)
        if links is not None:
            end = links.start()
        words = _WORD.findall(text, line.start(), end)
        if len(words) < 3:
            continue  # "⬇️⬇️⬇️ https://t.co/x": arrows and a link say nothing
        state.emit(line.start(), end, "quote", person, state.published_on, _RULE, cue)
        made = True
    return made


def _post_start(state: ArticleState, start: int) -> int:
    """Where the post that ends in the line starting at ``start`` begins."""
    text = state.text
    claimed_until = state.found[-1].end if state.found else 0
    lo = start
    for _ in range(_MAX_LINES_ABOVE):
        if lo < 2 or text[lo - 1] != "\n" or text[lo - 2] == "\n":
            return lo  # a blank line (or the text's start) opens the post
        above = text.rfind("\n", max(0, lo - 1 - _MAX_LINE), lo - 1)
        if above < 0 or above + 1 < claimed_until:
            return start
        lo = above + 1
    if lo >= 1 and text[lo - 1] == "\n" and (lo < 2 or text[lo - 2] == "\n"):
        return lo
    return start  # no blank line above: one sentence per line, the narrator's lines


def _signer(state: ArticleState, signature: re.Match[str]) -> Person | None:
    text = state.text
    lo, hi = signature.start("name"), signature.end("name")
    tokens = tokenize(text, lo, hi)
    runs = name_runs(tokens)
    if not runs:
        return None
    first, end = runs[-1]
    if any(
        is_org_word(token.core)
        or token.core.lower() in _ACCOUNT_WORDS
        or (token.core.isupper() and not is_initial(token.raw))
        for token in tokens[first:end]
    ):
        return None  # "— NASA Mars (@NASAMars)": an organisation's account
    if part_of_organization(tokens, first, end):
        return None
    mention: Mention = _mention_from_run(text, tokens, first, end, lo)
    return state.resolve(mention, text[lo:hi], create=mention.full)


def dated_signature(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The dated handle signature ending the line ``text[lo:hi]`` after the post's words."""
    found = _DATED_SIGNATURE.search(text, lo, hi)
    if found is None or not _WORD.search(text, lo, found.start()):
        return None
    return found


def claim_dated_post(
    state: ArticleState, body: Span, signature: re.Match[str], above: list[Span]
) -> bool:
    """Give the post ending in ``body`` (the text before its glued, dated signature) and the
    paragraphs of ``above`` that belong to it to the signer; whether any statement was made.

    ``above`` are the unclaimed paragraphs right before, in text order: the post takes them
    back from the nearest while each speaks in the post's voice (the first person or a
    thank-you), reports nobody and does not name the signer."""
    person = _signer(state, signature)
    if person is None:
        return False
    text = state.text
    own = {word.lower() for word in person.words}
    post = _post_part(state, body, own)
    if post is None:
        return False
    taken: list[Span] = []
    for span in reversed(above[-_MAX_PARAGRAPHS_ABOVE:] if post == body else []):
        words = {word.lower() for word in _WORD.findall(text, span.start, span.end)}
        if (
            _POST_VOICE.search(text, span.start, span.end) is None
            or own & words
            or state.verbs(span.start, span.end)
        ):
            break
        taken.append(span)
    cue = (signature.start(), signature.end())
    made = False
    for span in [*reversed(taken), post]:
        for line in _LINE.finditer(text, span.start, span.end):
            end = line.end()
            while end > line.start() and text[end - 1].isspace():
                end -= 1
            if len(_WORD.findall(text, line.start(), end)) < 3:
                continue
            state.emit(line.start(), end, "quote", person, state.published_on, _RULE, cue)
            made = True
    return made


def _post_part(state: ArticleState, body: Span, own: set[str]) -> Span | None:
    """The part of ``body`` (the line's text before a glued signature) that reads as the
    post: the words inside closing marks when narration comes before them, the words
    after a speech frame's colon, or all of ``body`` when it speaks in the first person
    or holds no speech verb and no word of the signer's name (``own``); ``None`` when
    it is the reporter's narration."""
    text = state.text
    end = body.end
    while end > body.start and text[end - 1].isspace():
        end -= 1
    if end > body.start and text[end - 1] in _CLOSING_MARKS:
        opening = max(text.rfind(mark, body.start, end - 1) for mark in _OPENING_MARKS)
        if opening > body.start and text[body.start : opening].strip():
            return Span(opening + 1, end - 1)  # "… quoted a post: “We will not give up.”"
    verbs = state.verbs(body.start, end)
    if verbs:
        colon = text.find(": ", verbs[-1].end(), end)
        if colon >= 0:
            return Span(colon + 2, end)  # "The senator wrote: We will not give up."
    if _POST_VOICE.search(text, body.start, end) is not None:
        return body
    words = {word.lower() for word in _WORD.findall(text, body.start, end)}
    return None if verbs or own & words else body
