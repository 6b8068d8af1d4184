"""Coordinated speakers ("Volker and Morrison said that …"): one statement for each.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.attribution import Mention
from app.ingest.coordination import coordinated_before
from tests.ingest.parsing import parse_body, speaker_kind_text

_WITNESSES = (
    "Envoy Paul Varner and adviser Tom Greer testified on Tuesday.\n\n"
    "“It was routine,” Varner said.\n\n"
)


def test_two_surnames_joined_by_and_both_report_the_clause() -> None:
    parsed = parse_body(_WITNESSES + "Varner and Greer said that the call broke no rule.")
    assert speaker_kind_text(parsed)[-2:] == [
        ("paul-varner", "paraphrase", "the call broke no rule"),
        ("tom-greer", "paraphrase", "the call broke no rule"),
    ]


def test_both_before_and_after_the_coordination() -> None:
    parsed = parse_body(
        _WITNESSES + "However, both Greer and Varner told lawmakers that aid was held."
    )
    speakers = {speaker for speaker, _, text in speaker_kind_text(parsed) if text == "aid was held"}
    assert speakers == {"paul-varner", "tom-greer"}
    parsed = parse_body(_WITNESSES + "Greer and Varner both acknowledged that aid was held.")
    speakers = {speaker for speaker, _, text in speaker_kind_text(parsed) if text == "aid was held"}
    assert speakers == {"paul-varner", "tom-greer"}


def test_a_pronoun_and_a_surname() -> None:
    parsed = parse_body(_WITNESSES + "But he and Greer said that the money was late.")
    speakers = {
        speaker for speaker, _, text in speaker_kind_text(parsed) if text == "the money was late"
    }
    assert speakers == {"paul-varner", "tom-greer"}


def test_an_organisation_or_a_list_is_no_coordinated_speaker() -> None:
    text = "Goldman Sachs and Lee said"
    mention = Mention(text.index("Lee"), text.index("Lee") + 3, "name", words=["Lee"])
    assert coordinated_before(text, 0, mention) is None
    text = "Varner, Greer and Lee said"
    mention = Mention(text.index("Lee"), text.index("Lee") + 3, "name", words=["Lee"])
    assert coordinated_before(text, 0, mention) is None
    # deep inside a clause, not opening the subject: "the report by Varner and Lee"
    text = "The report by Varner and Lee said"
    mention = Mention(text.index("Lee"), text.index("Lee") + 3, "name", words=["Lee"])
    assert coordinated_before(text, 0, mention) is None
    parsed = parse_body(_WITNESSES + "Acme Holdings and Greer said that the deal was off.")
    speakers = {
        speaker for speaker, _, text in speaker_kind_text(parsed) if text == "the deal was off"
    }
    assert speakers == {"tom-greer"}
