"""Walk rules for paragraphs that are no narrative: noise (photo credits, source lines,
widgets, captions) and embedded social posts, whose text is the signer's quote.

Rules 0 and 1 of the walk (:mod:`app.ingest.walk`).
"""

from __future__ import annotations

from app.ingest import noise as noise_rules
from app.ingest.article_state import ArticleState
from app.ingest.embedded_posts import claim_dated_post, claim_post, dated_signature, signature_at
from app.ingest.layout import Span
from app.ingest.parsed import ParsedNoise
from app.ingest.walk_state import Paragraph, WalkState


def noise(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    kind = noise_rules.classify(para.text)
    if (
        kind is None
        and para.next_text is not None
        and noise_rules.is_handle_signature(para.next_text)
    ):
        kind = "social_caption"
    if kind is None:
        return False
    state.noise.append(ParsedNoise(kind=kind, start=para.span.start, end=para.span.end))
    if kind == "source_line" and state.source is None:
        state.source = noise_rules.source_outlet(para.text)
    return True


def embedded_post(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """A post's text followed by its "— Name (@handle) date" signature (in the next
    paragraph, or on the paragraph's last line): the signer's quote."""
    text, span = state.text, para.span
    last_line = text.rfind("\n", span.start, span.end)
    if _glued_post(state, walk, para, last_line + 1 if last_line >= 0 else span.start):
        walk.forget_speakers()
        walk.quiet = []
        return True
    signature = None
    if last_line >= 0:
        signature = signature_at(text, last_line + 1, span.end)
    lines_above = False
    if signature is not None:
        body = Span(span.start, last_line)
    elif para.next_text is not None and noise_rules.is_handle_signature(para.next_text):
        following = state.text.find(para.next_text, span.end)
        signature = signature_at(text, following, following + len(para.next_text))
        body, lines_above = span, not para.next_on_next_line
    if signature is None or not claim_post(state, body, signature, lines_above=lines_above):
        return False
    walk.forget_speakers()
    return True


def _glued_post(state: ArticleState, walk: WalkState, para: Paragraph, line: int) -> bool:
    """A post whose dated signature ends its last line ("… tonight. — Chief Tom Ruiz
    (@ChiefRuiz) March 3, 2021"), with the quiet paragraphs right above it."""
    signature = dated_signature(state.text, line, para.span.end)
    if signature is None:
        return False
    above: list[Span] = []
    expected = para.index - 1
    for index, span in reversed(walk.quiet):
        if index != expected:
            break
        above.append(span)
        expected -= 1
    above.reverse()
    body = Span(para.span.start, signature.start())
    return claim_dated_post(state, body, signature, above)
