"""Name forms that news copy puts around a speaker's name: a long capitalised title before
it (with "to <country>" inside), a party and state tag after it, modifiers before it
("the embattled", "newly elected", "the club's"), a company's ticker in parentheses between
the company and the job, hyphenated given names.  And what must not change: an age or
"(pictured)" in parentheses, a hyphenated ordinary word, "States" as a verb.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("“The bill is dead,” said Senate Minority Leader Mitch Harlow (R-Ky.).", "mitch-harlow"),
        ("“We will vote,” said Senate Majority Leader Dan Cole (D-N.Y.).", "dan-cole"),
        ("“We will vote,” said House Majority Leader Ruth Stone.", "ruth-stone"),
        ("“We will vote,” said Majority Leader Dan Cole (D-Calif.), who chairs it.", "dan-cole"),
        ("“We will vote,” said Rep. Ann Lee (R-Texas).", "ann-lee"),
        ("“We will vote,” said Ann Lee (I-Vt.).", "ann-lee"),
    ],
)
def test_a_party_and_state_tag_after_a_long_title(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("“We will not retreat,” said Ruritanian Ambassador to Britain Ivo Danek.", "ivo-danek"),
        ("“We are ready,” said Ruritanian Special Envoy to Britain Ivo Danek.", "ivo-danek"),
        (
            "Ruritanian Ambassador to the United States Ivo Danek said the talks had failed.",
            "ivo-danek",
        ),
    ],
)
def test_an_ambassador_to_a_country_before_the_name(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


def test_the_united_states_inside_a_title_keeps_the_role() -> None:
    parsed = parse_body(
        "Ruritanian Ambassador to the United States Ivo Danek said the talks had failed."
    )
    kind, role, _ = kind_role_org_of(parsed, "ivo-danek")
    assert role is not None
    assert "Ambassador" in role
    assert kind == "official"


@pytest.mark.parametrize(
    "body",
    [
        "“We will vote,” said the company's Ann Lee.",
        "“We will vote,” said newly elected Ann Lee.",
        "“We will vote,” said the recently retired Ann Lee.",
        "“We will vote,” said the embattled Ann Lee.",
        "“We will vote,” said the much-loved Ann Lee.",
        "“We will vote,” said the outspoken Ann Lee on Monday.",
    ],
)
def test_modifiers_before_a_full_name(body: str) -> None:
    assert _speakers(body) == ["ann-lee"]


@pytest.mark.parametrize(
    "body",
    [
        "“We will vote,” said the vote at the hall Ann Lee had booked.",
        "“We will vote,” said the embattled minister.",
        "“We will vote,” said the club in a statement.",
    ],
)
def test_modifiers_before_no_name_take_no_name(body: str) -> None:
    assert "ann-lee" not in _speakers(body)


def test_a_ticker_between_the_company_and_the_job() -> None:
    parsed = parse_body("“Sales were weak,” said Harbor Foods (HBF.L) chief executive Dan Price.")
    assert [s for s, _ in speaker_text(parsed)] == ["dan-price"]


@pytest.mark.parametrize(
    "body",
    [
        "“We will vote,” said Ann Lee (45).",
        "“We will vote,” said Ann Lee (pictured).",
        "“We will vote,” said Ann Lee (pictured), the chair.",
    ],
)
def test_other_parentheses_after_a_name_still_work(body: str) -> None:
    assert _speakers(body) == ["ann-lee"]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("“We will vote,” said Moon Jae-in.", "moon-jae-in"),
        ("“We will vote,” said Kim Ji-ho.", "kim-ji-ho"),
        ("Jean-Pierre Dupont said the vote would go ahead.", "jean-pierre-dupont"),
    ],
)
def test_hyphenated_given_names(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


def test_a_hyphenated_ordinary_word_is_no_name() -> None:
    parsed = parse_body("“It is a well-known problem,” said the well-known economist.")
    assert all(p.slug != "well-known" for p in parsed.people)


def test_a_party_tag_after_a_comma_makes_an_official() -> None:
    parsed = parse_body("“We will vote,” said Dan Cole, D-N.Y.")
    assert [s for s, _ in speaker_text(parsed)] == ["dan-cole"]
    assert kind_role_org_of(parsed, "dan-cole")[0] == "official"


def test_a_party_tag_in_parentheses_makes_an_official() -> None:
    parsed = parse_body("“We will vote,” said Dan Cole (R-Texas).")
    assert kind_role_org_of(parsed, "dan-cole")[0] == "official"


def test_d_day_is_no_party_tag() -> None:
    parsed = parse_body("“The D-Day landings matter,” said Dan Cole.")
    assert kind_role_org_of(parsed, "dan-cole")[0] == "expert"


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee states that the law is clear.",
        "The report states that the river is polluted, Ann Lee said.",
    ],
)
def test_states_as_a_verb_still_reports(body: str) -> None:
    assert _speakers(body) == ["ann-lee"]


def test_a_titled_legislators_tag_is_not_the_speakers() -> None:
    parsed = parse_body(
        "“It was a long night,” said Ann Lee, who watched Rep. Bo Park (D-Calif.) speak."
    )
    assert kind_role_org_of(parsed, "ann-lee")[0] == "expert"


def test_a_preposition_in_ing_is_no_modifier() -> None:
    assert _speakers("“We will vote,” said during Ann Lee's visit.") == []


def test_united_states_is_no_verb_but_a_headline_verb_is() -> None:
    parsed = parse_body("“We will act,” the United States Trade Representative Ann Lee said.")
    assert [s for s, _ in speaker_text(parsed)] == ["ann-lee"]
    assert _speakers("Ann Lee States that the law is clear.") == ["ann-lee"]


def test_a_korean_surname_that_is_an_english_word_before_a_syllabic_given_name() -> None:
    # "Park", "Moon" are common English words; before "Ji-ho" or "Jae-in" they are surnames.
    assert speaker_text(parse_body("“We will vote,” said Park Ji-ho.")) == [
        ("park-ji-ho", "We will vote")
    ]
    assert speaker_text(parse_body("Moon Jae-in said the vote would go ahead.")) == [
        ("moon-jae-in", "the vote would go ahead")
    ]


def test_a_common_word_before_an_ordinary_word_is_still_no_name() -> None:
    assert speaker_text(parse_body("“We went to Park Avenue,” she said.")) == []
