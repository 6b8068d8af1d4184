"""After a monarch's title, a regnal name reads on through its Roman numeral and the
"ibn"/"Al" particles ("King Faisal II ibn Al Harith" is one person); without such a
title a Roman-numeral-like word ends the name.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.tokens import name_runs, tokenize
from tests.ingest.parsing import parse_body, speaker_text


def _runs(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(t.raw for t in tokens[a:b]) for a, b in name_runs(tokens)]


def test_a_regnal_name_is_one_person() -> None:
    parsed = parse_body(
        "King Tarek II ibn Al Harim thanked the visitors. According to him, the ties grow."
    )
    assert speaker_text(parsed) == [("tarek-ii-ibn-al-harim", "the ties grow")]


def test_a_numeral_at_the_end_of_a_regnal_name_belongs_to_it() -> None:
    assert _runs("Queen Mirela III said it.") == ["Mirela III"]


def test_no_numeral_without_a_monarch_title() -> None:
    assert _runs("Coach Omar II said it.") == ["Omar"]
    assert _runs("Omar II said it.") == ["Omar"]
