"""Who goes on speaking in a quote paragraph after a paragraph of reported speech.

``Walsh told the board that enrollment had fallen.`` then a paragraph holding only
``“Nobody wants to close a school. …”``: the quotation goes on with Walsh's words, as a
quote paragraph after another quote paragraph goes on with its speaker.  Only when the
paragraph before reports exactly one person, in its last sentence, and names nobody else;
the quote paragraph must carry no attribution of its own (the quote rules decide that).
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.layout import Span, sentences
from app.ingest.people.names import is_initial
from app.ingest.people.registry import Person
from app.ingest.subject_before import subject_before
from app.ingest.tokens import name_runs, tokenize

_END_SLACK = 3  # characters after the last statement: its full stop and closing marks


def sole_reporter(state: ArticleState, span: Span, found_before: int) -> Person | None:
    """The one person whose reported speech ends the paragraph ``span`` (statements from
    ``state.found[found_before:]``), if the paragraph names no one else."""
    mine = state.found[found_before:]
    if not mine or any(found.kind != "paraphrase" for found in mine):
        return None
    person = mine[-1].person
    if any(found.person is not person for found in mine):
        return None
    if state.trim_end(span.start, span.end) - mine[-1].end > _END_SLACK:
        return None  # a sentence after the report: the narration moved on
    own = {word.lower() for word in person.words} if person.words else set()
    if len(own) < 2:
        return None  # a named person: a full name introduced
    tokens = tokenize(state.masked_text, span.start, span.end)
    registry = state.registry
    for first, end in name_runs(tokens):
        words = [t.core.lower() for t in tokens[first:end] if not is_initial(t.core)]
        if all(word in own for word in words):
            continue
        if len(words) >= 2:
            return None  # another full name: someone else is in the scene
        other = registry.by_word(words[-1]) if words else None
        if other is not None and other is not person:
            return None
    return person


# Verbs of a sentence that announces what its subject is about to say, with no speech verb
# of the lexicon: "Governor X instructed to repaint …", "The minister gave her forecast."
_ANNOUNCING = re.compile(
    r"\b(?:instructed|ordered|spoke|commented|listed|outlined|shared|offered|"
    r"gave\s+(?:a|an|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:forecast|assessment|analysis|comments?|views?|opinion|account|verdict|update|"
    r"warning|details|outlook))\b"
)
_SUBJECT_SENTENCE_WORDS = 30  # words of the one-sentence paragraph, at most


def speaking_subject(state: ArticleState, span: Span, found_before: int) -> Person | None:
    """ "Governor Ruth Okafor instructed to repaint the tram stops." then a paragraph that
    is only a quotation: the one-sentence paragraph's subject, who speaks or is about to
    (a speech verb, or a verb that announces words: instructed, gave her forecast), goes
    on speaking in it.  Only when the paragraph holds no statement and no quote, is one
    short sentence, and its subject is a person the article can resolve."""
    if len(state.found) > found_before or state.quoted_chars(span.start, span.end):
        return None
    masked = state.masked_text
    pieces = sentences(masked, span.start, span.end)
    if len(pieces) != 1 or masked[state.trim_end(span.start, span.end) :].startswith("?"):
        return None
    if len(masked[span.start : span.end].split()) > _SUBJECT_SENTENCE_WORDS:
        return None
    if masked[span.end - 1] != ".":
        return None
    verbs = [verb.start() for verb in state.verbs(span.start, span.end)]
    announcing = _ANNOUNCING.search(masked, span.start, span.end)
    if announcing is not None:
        verbs.append(announcing.start())
    if not verbs:
        return None
    mention = subject_before(masked, span.start, min(verbs))
    if mention is None:
        return None
    return state.resolve(mention, state.text[span.start : span.end], create=False)
