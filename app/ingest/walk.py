"""The walk over an article's paragraphs: one typed state, rules with one signature.

The parser hands each paragraph to the rules below, in this order (:data:`RULES`); the
first rule that claims the paragraph (returns ``True``) ends its turn:

0. :func:`~app.ingest.walk_rules.noise_and_posts.embedded_post` — an embedded post's text
   above its "— Name (@handle)" signature: the signer's quote
   (:mod:`app.ingest.embedded_posts`);
1. :func:`~app.ingest.walk_rules.noise_and_posts.noise` — photo credits, source lines,
   widgets, embedded posts;
2. :func:`~app.ingest.walk_rules.turns.caps_turn_rule` — a broadcast transcript turn under
   an upper-case label, "ANA SILVA: …" then "SILVA: …"
   (:mod:`app.ingest.transcript_labels`); a quote sheet's answers under a label line
   "Head coach Brian Kolb:" (:func:`~app.ingest.walk_rules.turns.speaker_section_rule`,
   :mod:`app.ingest.speaker_sections`); then
   :func:`~app.ingest.walk_rules.turns.named_turn_rule` — a transcript turn "Hruby: …" by
   someone already introduced;
3. :func:`~app.ingest.walk_rules.turns.labelled_turn_rule` — an interview turn "Q: …" /
   "A: …";
4. :func:`~app.ingest.walk_rules.dashes.dash_paragraph` — a paragraph opening with a dash:
   a dash block's quote, a dashed interview question, or a Russian-style ", - said X"
   attribution;
5. :func:`~app.ingest.walk_rules.lines.introduced_line` — in translation layout, the
   unmarked line right after an introduction ("Panin said:"): the introduced speaker's
   first line;
6. :func:`~app.ingest.walk_rules.lines.block_continuation` — a dash-less paragraph that
   goes on with the current block (in translation layout, one sentence per line, the
   speaker's next lines);
7. :func:`~app.ingest.walk_rules.lines.first_person_line` — in translation layout, an
   unmarked line in the first person right after a line that ended with an attributed
   quote: the same speaker's;
8. :func:`~app.ingest.walk_rules.turns.turn_continuation` — an unlabelled first-person
   paragraph right after a named interview answer ("Sven Tollef: …"): the answer goes on;
9. :func:`~app.ingest.walk_rules.ordinary.ordinary` — everything else, sentence by
   sentence: inline quotes, reported speech, introductions ("…, he said:").

Every rule has the signature ``(state, walk, paragraph) -> bool``
(:data:`app.ingest.walk_state.Rule`): ``state`` is what the parse knows
(:class:`app.ingest.article_state.ArticleState`), ``walk`` what is carried from paragraph
to paragraph (:class:`app.ingest.walk_state.WalkState`), ``paragraph`` the paragraph itself
(:class:`app.ingest.walk_state.Paragraph`, computed once).  A new rule is a function of that
signature in a module of :mod:`app.ingest.walk_rules`, placed in :data:`RULES`.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.headline_statements import headline_person, headline_statement
from app.ingest.layout import Span
from app.ingest.people.introductions import remember_names
from app.ingest.walk_rules.dashes import dash_paragraph
from app.ingest.walk_rules.lines import block_continuation, first_person_line, introduced_line
from app.ingest.walk_rules.noise_and_posts import embedded_post, noise
from app.ingest.walk_rules.ordinary import ordinary
from app.ingest.walk_rules.turns import (
    caps_turn_rule,
    labelled_turn_rule,
    named_turn_rule,
    speaker_section_rule,
    turn_continuation,
)
from app.ingest.walk_state import Rule, WalkState, paragraphs_of

_WORDS = re.compile(r"[^\W\d_]+")


RULES: tuple[Rule, ...] = (
    embedded_post,
    noise,
    caps_turn_rule,
    speaker_section_rule,
    named_turn_rule,
    labelled_turn_rule,
    dash_paragraph,
    introduced_line,
    block_continuation,
    first_person_line,
    turn_continuation,
    ordinary,
)


def walk(state: ArticleState, spans: list[Span], skip: set[int]) -> None:
    """One pass over the paragraphs, handing each to the first rule that claims it."""
    model = paragraphs_of(state.text, spans, state.prepare(spans))
    carried = WalkState(published_on=state.published_on)
    for index in sorted(skip):
        if index < len(spans):
            headline_person(state, spans[index])
    for para in model:
        if para.index in skip:
            # The headline names people a later surname may mean ("Zach Parise heats up").
            remember_names(state, para.span)
            for word in _WORDS.findall(para.text):
                state.headline_words.setdefault(word.lower(), None)
            continue
        for rule in RULES:
            if rule(state, carried, para):
                if rule is not ordinary:
                    state.previous_sentence = None
                break
    # Once the body has named its people, a headline may carry one's words.
    body_start = max((spans[index].end for index in skip if index < len(spans)), default=0)
    for index in sorted(skip):
        if index < len(spans):
            headline_statement(state, spans[index], body_start)
