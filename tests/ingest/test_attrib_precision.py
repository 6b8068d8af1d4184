"""Ordinary news sentences that the attribution rules must leave alone, or give to the
right speaker: each test pins one way a rule could misfire on unseen text (a review of
the attribution rules found them), next to the form the rule is for.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm on Friday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


# A name after two role phrases: the second must be a role of the speaker, not a clause
# about the first role's organisation naming its boss.


@pytest.mark.parametrize(
    "body",
    [
        "The plan will fail, said one official at the ministry, which is headed by former "
        "finance minister Ann Lee.",
        "The plan will fail, said a spokesman for the team, coached by former striker Ann Lee.",
        "We were misled, said another investor in the fund, run by hedge fund manager Bill Ackman.",
        "The vote was fair, said an observer from the mission, led by former Polish president "
        "Aleksander Kwasniewski.",
        "The plan will fail, said one member of the board, whose chairman is Ann Lee.",
    ],
)
def test_the_boss_of_the_speakers_organisation_is_not_the_speaker(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The plan will fail, said another witness at the hearing, former White House "
            "adviser Ann Lee.",
            "ann-lee",
        ),
        ("The plan will fail, said one member of the panel, retired judge Ann Lee.", "ann-lee"),
        (
            "The plan will fail, said an official at the embassy, United States envoy John Smith.",
            "john-smith",
        ),
    ],
)
def test_a_second_role_naming_the_speaker_still_gives_the_speaker(body: str, speaker: str) -> None:
    assert _said(body) == [(speaker, "paraphrase", "The plan will fail")]


# A scare quote's sentence goes to the reported-speech rules only when they will take it:
# quotes filling much of the sentence leave it to the quote rules, so the quote stays.


def test_a_quote_filling_much_of_its_sentence_stays_the_speakers_quote() -> None:
    assert _said("It’s “very, very unfair” to us, Ann Lee said.") == [
        ("ann-lee", "quote", "very, very unfair")
    ]


def test_a_few_quoted_words_in_a_longer_sentence_go_with_the_paraphrase() -> None:
    assert _said("The Fed is “not there yet” on cuts, Ann Lee said.") == [
        ("ann-lee", "paraphrase", "The Fed is “not there yet” on cuts")
    ]


# '“…” granted in May, said X': the quoted words' sentence goes on with a participle before
# the attribution.  A quoted slogan naming a thing ('“Time to go” signs') is no speech.


@pytest.mark.parametrize(
    "body",
    [
        "“Time to go” signs lined the road, said police spokesman John Smith.",
        "“I love you” messages flooded in from fans, said Ann Lee.",
        "“Stop the steal” protesters gathered outside, told reporters Ann Lee.",
        "“Time to go” written on signs lined the road, said police spokesman John Smith.",
        "“Hands off Venezuela” rallies drew thousands in the capital, reported Ann Lee of Reuters.",
    ],
)
def test_a_quoted_slogan_naming_a_thing_is_no_quote(body: str) -> None:
    assert _said(body) == []


def test_a_participle_after_the_quote_still_leads_to_the_attribution() -> None:
    assert _said("“We need more than the budget” granted in May, said Ann Lee.") == [
        ("ann-lee", "quote", "We need more than the budget")
    ]


# "…, as X noted.", "As X noted, …", "(As X noted, …)": "as" reports X's words only with a
# verb that carries content; with another verb it means "while" and reports nothing.


@pytest.mark.parametrize(
    "body",
    [
        "Protesters gathered outside the courthouse, as Donald Trump testified.",
        "Markets were closed on Monday, as Ann Lee testified in Washington.",
        "Fans booed loudly, as Ann Lee answered.",
        "The crowd cheered, as Ann Lee conceded.",
        "As Donald Trump testified, protesters gathered outside the courthouse.",
        "(As Ann Lee answered, fans booed loudly.)",
    ],
)
def test_as_meaning_while_reports_nothing(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Rents will keep rising, as Ann Lee had predicted.",
        "Rents will keep rising, as Ann Lee noted.",
        "Rents will keep rising, as Ann Lee pointed out.",
        "Rents will keep rising, as Ann Lee put it.",
    ],
)
def test_as_with_a_verb_of_content_reports_the_clause_before(body: str) -> None:
    assert _said(body) == [("ann-lee", "paraphrase", "Rents will keep rising")]


# "Ann Lee and her lawyers said", "Ann Lee — a former mayor — said": the name before the
# group or the aside is the subject; but not a name that is the object of a verb or
# preposition before it ("who questioned Ann Lee and her aides").


@pytest.mark.parametrize(
    "body",
    [
        "Investigators who questioned Ann Lee and her aides said the documents were missing.",
        "Voters who backed John Smith and his team said they felt betrayed.",
        "A lawsuit filed against John Smith and his attorneys alleged that he hid assets.",
        "A company founded by Ann Lee and her colleagues said it would cut 200 jobs.",
        "The plan, which Ann Lee and her team said would work, failed.",
        "Residents who met Ann Lee — a former mayor — said the town would recover.",
    ],
)
def test_a_name_after_a_verb_or_preposition_is_no_subject(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ann Lee and her lawyers said the ruling would be appealed.", "ann-lee"),
        ("On Monday John Smith and his lawyers said the ruling would be appealed.", "john-smith"),
    ],
)
def test_a_name_opening_its_clause_speaks_for_its_group(body: str, speaker: str) -> None:
    assert _said(body) == [(speaker, "paraphrase", "the ruling would be appealed")]


# 'Narrated clause, “quote”, noted X.': the clause is X's paraphrase only when the quote goes
# on with it.  A scene set by a subordinate clause, a clause reporting someone else, or a
# quoted epithet leave the narrated clause the narrator's.


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            "After the game ended in a 2-2 draw, “we deserved more”, said coach Ann Lee.",
            "we deserved more",
        ),
        (
            "John Smith called the plan reckless, “it will ruin us”, said Ann Lee.",
            "it will ruin us",
        ),
        (
            "The senator voted against the bill on Tuesday, “a betrayal of voters”, said Ann Lee, "
            "a rival.",
            "a betrayal of voters",
        ),
    ],
)
def test_the_narrators_clause_before_a_quote_stays_the_narrators(body: str, quote: str) -> None:
    assert _said(body) == [("ann-lee", "quote", quote)]


def test_a_clause_the_quote_goes_on_with_is_the_speakers() -> None:
    assert _said(
        "Costs of running the library rose by a third, “and nobody noticed”, noted Ann Lee."
    ) == [
        ("ann-lee", "paraphrase", "Costs of running the library rose by a third"),
        ("ann-lee", "quote", "and nobody noticed"),
    ]


# A quoted title after a preposition or "(" may hold a comma ('the set of “Fargo,” had');
# but a short quote with its attribution right after it is speech.


def test_a_quote_in_parentheses_with_its_attribution_is_a_quote() -> None:
    assert _said(
        "Asked whether he would run again (“Absolutely,” Ann Lee said), the crowd cheered."
    ) == [("ann-lee", "quote", "Absolutely")]


# Pleas report what was asked for only with an object and an infinitive or a quotation
# ("begged the council not to …"); begging for a thing, off or to differ reports nothing.


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee begged for mercy in court on Monday.",
        "Ann Lee begged off the event on Monday.",
        "Ann Lee begged to differ.",
        "Ann Lee begged forgiveness from the family on Monday.",
        "Ann Lee implored the heavens all night.",
    ],
)
def test_a_plea_with_no_object_and_infinitive_reports_nothing(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Ann Lee begged the council not to close the library.",
            "the council not to close the library",
        ),
        (
            "Ann Lee implored voters in the north to keep the library open.",
            "voters in the north to keep the library open",
        ),
        (
            "Ann Lee begged lawmakers “not to lose sight of” the victims.",
            "lawmakers “not to lose sight of” the victims",
        ),
    ],
)
def test_a_plea_with_an_object_and_infinitive_reports_from_the_object(body: str, text: str) -> None:
    assert _said(body) == [("ann-lee", "paraphrase", text)]


# A quote closing a paragraph goes on with the speaker reported earlier in it, across an
# unattributed scare quote in the same sentence; a scare quote in a sentence of its own
# ('Residents call the site “the pit.”') may have introduced other speakers.


def test_a_quote_after_a_scare_quote_sentence_of_its_own_is_nobodys() -> None:
    assert _said(
        "Ann Lee said the council had failed the estate. Residents call the site “the pit.” "
        "“Nobody listens to us.”"
    ) == [("ann-lee", "paraphrase", "the council had failed the estate")]


# Forms added to older rules carry their own rule names, so their confidence is their own.


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("Rents will keep rising, as Ann Lee noted.", ["as-x-noted"]),
        ("As Ann Lee noted, rents will keep rising.", ["as-x-said"]),
        (
            "Costs of running the library rose by a third, “and nobody noticed”, noted Ann Lee.",
            ["narration-before-quote", "quote-after"],
        ),
    ],
)
def test_a_newer_form_of_a_rule_has_its_own_rule_name(body: str, rules: list[str]) -> None:
    parsed = parse_body(_SCENE + body)
    assert [s.attribution.rule for s in parsed.statements if s.attribution] == rules


# '“…,” Lee said she told them.': a clause that only attributes the quote before it reports
# nothing, however short the quote.


def test_a_clause_attributing_a_short_quote_is_no_report() -> None:
    assert _said("“It was a mistake,” Ann Lee said she told them.") == [
        ("ann-lee", "quote", "It was a mistake")
    ]
