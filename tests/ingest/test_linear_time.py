"""Every parser rule is linear (issue 14, D1): parse time grows at most linearly.

Each pathological shape is parsed at 100K and at 1M characters, and the ratio of the two
timings must stay well under the 100x a quadratic rule would give (10x is linear; the
bound leaves room for a busy machine).  No wall-clock threshold: only the ratio counts.
The parser is called as a pure function, without the API around it.  A shape too slow to
parse at 1M characters while quadratic (many initials labels in an interview) is timed at
two sizes 2x apart instead, where linear is 2x and quadratic 4x.
"""

from __future__ import annotations

import gc
import time

import pytest

from app.ingest.parser import parse_article
from app.ingest.people.kinds import classify
from tests.ingest.parsing import PUBLISHED

SMALL = 100_000
LARGE = 1_000_000
MAX_RATIO = 20.0  # linear is 10; quadratic would be 100


def _repeat(unit: str, size: int) -> str:
    return "Headline\n\n" + unit * (size // len(unit))


_PARAGRAPH = (
    "Jane Doe, chief economist at Foo Bank, said the plan would work. "
    "“It is late, but it is real,” she said. Analyst John Smith disagreed, saying "
    "that the costs were too high. According to Smith, “nobody has asked the regions.” "
    "– We will see, – concludes the expert. The ministry, he said, had not replied."
)


def _many_paragraphs(size: int) -> str:
    return _repeat(_PARAGRAPH + "\n\n", size)


def _one_paragraph(size: int) -> str:
    return _repeat(_PARAGRAPH + " ", size)


def _one_sentence(size: int) -> str:
    """No sentence end at all: a single sentence with names, verbs, commas and quotes."""
    return _repeat("Jane Doe said, according to John Smith, that he noted “a” and ", size)


def _lines(size: int) -> str:
    """Translation layout: one sentence per line, no blank lines."""
    return _repeat("“It works,” said Ivan Petrov.\n– Yes, it does, – he added.\nIt rained.\n", size)


def _many_people(size: int) -> str:
    """A different person in every sentence: the registry's look-ups stay constant."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        name = f"Ab{index:x}".replace("0", "o").replace("1", "l").capitalize()
        part = f"Senator Ann {name}ova said the plan was bad. {name}ova added that she agreed. "
        parts.append(part)
        total += len(part)
        index += 1
    return "Headline\n\n" + "".join(parts)


def _dashed_lines(size: int) -> str:
    """One paragraph of "quote - Name" lines (no blank line): each dash must not re-read
    the paragraph before it (dash_blocks.find_russian split the whole prefix again)."""
    return _repeat("It is fine - Ann Lee\n", size)


def _after_a_body(lead: str, unit: str, size: int) -> str:
    """A speaker of a body named by its kind, then one long unbroken token: each capital
    (or hyphen) inside it must not start a match that backtracks to the token's end
    (people.named_bodies)."""
    return "Headline\n\n" + lead + "\n\n" + unit * ((size - len(lead)) // len(unit))


def _repeat_after(lead: str, unit: str, size: int) -> str:
    """One sentence, then one unit repeated in the same paragraph."""
    return "Headline\n\n" + lead + unit * ((size - len(lead)) // len(unit))


SHAPES = {
    "ministry_then_token": lambda size: _after_a_body(
        "Pia Holm, deputy head of the ministry, said the plan was ready. "
        "The Ministry of Ports agreed.",
        "Abc",
        size,
    ),
    "region_then_hyphens": lambda size: _after_a_body(
        "Regional governor Ivan Petrov said the road would open. The Tula region agreed.",
        "A-",
        size,
    ),
    "dots": lambda size: _repeat(".", size),
    "straight_quotes": lambda size: _repeat('"', size),
    "question_bangs": lambda size: _repeat("!?", size),
    "ellipses": lambda size: _repeat("…", size),
    "curly_pairs": lambda size: _repeat("“”", size),
    "curly_words": lambda size: _repeat("“a” ", size),
    "guillemets": lambda size: _repeat("«", size),
    "dash_attributions": lambda size: _repeat(", - says Jane Doe, ", size),
    "commas": lambda size: _repeat(", ", size),
    "saying_run": lambda size: _repeat("the plan was bad, saying ", size),
    "quoted_clauses": lambda size: _repeat("he said “a” ", size),
    # a parenthetical attribution, then another speaker's report read from its comma and
    # cut before the next ", and <Name> says" (reported_speech._next_speaker_clause reads a
    # few joins a verb), in one unbroken sentence
    "parenthetical_and": lambda size: _repeat("Prices rise, Ann Lee said, and Bo Hale says ", size),
    "told_following": lambda size: _repeat("Ann Lee told reporters following the talks ", size),
    # a full name as a sentence's subject, then a "He" opening every sentence after it:
    # each pronoun reads only the sentence before it, never back to the name
    # (people.subjects.role_antecedent)
    "name_then_pronouns": lambda size: _repeat_after(
        "Oskar Lind cut its forecast. ", "He went home. ", size
    ),
    "many_paragraphs": _many_paragraphs,
    "one_paragraph": _one_paragraph,
    "one_sentence": _one_sentence,
    "lines": _lines,
    "many_people": _many_people,
    "dashed_lines": _dashed_lines,
}


def _timed(text: str) -> float:
    """CPU time of one parse (other processes on a shared machine do not count), with the
    cyclic garbage collector paused as :mod:`timeit` does, so that its passes over every
    live object of the test session are not charged to the parser."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        parse_article(text, PUBLISHED)
        return time.process_time() - started
    finally:
        gc.enable()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parse_time_grows_linearly(shape: str) -> None:
    make = SHAPES[shape]
    small, large = make(SMALL), make(LARGE)
    parse_article(small, PUBLISHED)  # warm caches (regexes, lru caches)
    # The best of three small runs: a short timing is the one a busy machine distorts most.
    small_time = max(min(_timed(small), _timed(small), _timed(small)), 1e-3)
    large_time = _timed(large)
    ratio = large_time / small_time
    assert ratio < MAX_RATIO, f"{shape}: {small_time:.4f}s -> {large_time:.4f}s (x{ratio:.1f})"


def test_the_shapes_are_the_sizes_claimed() -> None:
    for shape, make in SHAPES.items():
        assert SMALL * 0.95 <= len(make(SMALL)) <= SMALL * 1.05, shape
        assert LARGE * 0.95 <= len(make(LARGE)) <= LARGE * 1.05, shape


def _classify_timed(role: str) -> float:
    """Best CPU time of five calls: CPU, not wall time, so that other processes on a busy
    machine do not stretch one size's timing and not the other's."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        classify(role, None, "")
        best = min(best, time.process_time() - started)
    return best


def test_a_role_with_many_ofs_is_classified_in_linear_time() -> None:
    """ "chairman of of of … ;": the body after a role's "of" is read once, not once an "of"
    (kinds._role_names_state_body was quadratic: 1.7 s at 20K characters)."""
    small = _classify_timed("chairman " + "of " * 1_000 + ";")
    large = _classify_timed("chairman " + "of " * 10_000 + ";")
    ratio = large / max(small, 1e-4)
    assert ratio < MAX_RATIO, f"{small:.5f}s -> {large:.5f}s (x{ratio:.1f})"


def _initials_interview(size: int) -> str:
    """A "Q:" interview whose answer lines open with a different two- or three-capital
    label each ("AB: …", "CAB: …"), every one a candidate initials label."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    labels = [a + b for a in letters for b in letters]
    labels += [a + b + c for a in letters for b in letters for c in letters]
    lines: list[str] = []
    total = 0
    while total < size:
        line = f"{labels[len(lines) % len(labels)]}: We talked about it.\n\n"
        lines.append(line)
        total += len(line)
    return "Headline\n\nQ: How was it?\n\n" + "".join(lines)


DOUBLING_MAX_RATIO = 3.2  # linear is 2; quadratic would be 4


def test_initials_labels_are_counted_once_an_article() -> None:
    """Many different initials labels in a "Q:" interview: the text is read once an
    article, not once a label (interviews._initials_person ran one whole-text findall
    per label: 7 s at 80K characters).  Sizes 2x apart, with labels that never repeat,
    so the best CPU time of three runs must roughly double, not quadruple."""
    small_text, large_text = _initials_interview(40_000), _initials_interview(80_000)
    parse_article(small_text, PUBLISHED)  # warm caches
    small = max(min(_timed(small_text) for _ in range(3)), 1e-3)
    large = min(_timed(large_text) for _ in range(3))
    ratio = large / small
    assert ratio < DOUBLING_MAX_RATIO, f"{small:.4f}s -> {large:.4f}s (x{ratio:.1f})"
