"""After a speaker's dashed, attributed line, a line that opens with the narrator's source
phrase ("In the opinion of the expert, …", "According to the analyst, …") is the narrator
paraphrasing the speaker, not the speaker's quote going on.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text

_BEFORE = (
    "The economist Olga Petrova believes that inflation will slow.\n"
    "– Prices for food keep rising, – she told Izvestia.\n"
)


@pytest.mark.parametrize(
    "opener",
    ["In the opinion of the expert, ", "According to the economist, ", "In her words, "],
)
def test_a_source_phrase_line_is_a_paraphrase(opener: str) -> None:
    line = opener + "the Central Bank will keep the rate high until summer."
    said = speaker_kind_text(parse_body(_BEFORE + line + "\n"))
    assert (
        "olga-petrova",
        "paraphrase",
        "the Central Bank will keep the rate high until summer",
    ) in said
    assert not any(kind == "quote" and opener.strip(", ") in text for _, kind, text in said)


def test_a_plain_judgement_line_still_goes_on_as_her_quote() -> None:
    said = speaker_kind_text(parse_body(_BEFORE + "Such measures will not help.\n"))
    assert ("olga-petrova", "quote", "Such measures will not help.") in said
