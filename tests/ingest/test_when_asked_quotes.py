"""'When asked <question>, “answer”' right after a speaker's quote paragraph: the answer
is that speaker's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_FIRST = 'Coach Lena Prats was calm after the draw. "We kept our shape," Prats said.\n\n'


def test_a_when_asked_answer_goes_to_the_last_speaker() -> None:
    body = _FIRST + "When asked whether the rain hurt her side, “Not at all. We train in it.”"
    assert speaker_kind_text(parse_body(body)) == [
        ("lena-prats", "quote", "We kept our shape"),
        ("lena-prats", "quote", "Not at all. We train in it."),
    ]


def test_a_question_that_names_someone_else_is_not_read() -> None:
    body = _FIRST + "When asked about Tom Berg and his injury, “He will be back soon.”"
    assert ("lena-prats", "quote", "He will be back soon.") not in speaker_kind_text(
        parse_body(body)
    )


def test_with_no_speaker_before_nothing_is_stored() -> None:
    body = "The rain fell all day.\n\nWhen asked whether the rain hurt, “Not at all.”"
    assert speaker_kind_text(parse_body(body)) == []
