"""Ordinary news text the people rules must not misread (review of merge 3860d04): a place
named like a person is nobody, a jobless word in an organisation's name is no office, a
relative's job is not the relative, and a job or team near a name is not always theirs.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.kinds import classify
from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_of, parse_body, parse_full_text, speaker_text

_MARIA = "“The storm was brutal,” said Maria Lopez, a meteorologist.\n\n"
_TOM = "“The storm was brutal,” said Tom Birch, a meteorologist.\n\n"


# M1: "she said" after a name in narration that nobody links to the pronoun.


@pytest.mark.parametrize(
    "place",
    [
        "Virginia Beach",
        "Ann Arbor",
        "Santa Barbara",
        "Carolina Beach",
        "Victoria Station",
        "Florence Regional Airport",
        "Charlotte Motor Speedway",
    ],
)
def test_a_place_named_like_a_woman_is_not_she(place: str) -> None:
    parsed = parse_body(
        _MARIA + f"Winds reached 80 mph near {place} overnight.\n\n“We expect more rain,” she said."
    )
    assert speaker_text(parsed)[-1] == ("maria-lopez", "We expect more rain")
    assert {p.slug for p in parsed.people} == {"maria-lopez"}


@pytest.mark.parametrize(
    "place", ["Jackson Hole", "Lincoln Park", "Jordan Valley", "Austin Peay", "Clinton Township"]
)
def test_a_place_named_like_a_man_is_not_he(place: str) -> None:
    parsed = parse_body(
        _TOM + f"Winds reached 80 mph near {place} overnight.\n\n“We expect more rain,” he said."
    )
    assert speaker_text(parsed)[-1] == ("tom-birch", "We expect more rain")
    assert {p.slug for p in parsed.people} == {"tom-birch"}


def test_a_woman_named_in_narration_is_not_the_speaker_who_mourns_her() -> None:
    parsed = parse_body(
        "“We are heartbroken,” said Jane Doe, the school's principal.\n\n"
        "The school will hold a vigil for Emily Carter on Friday.\n\n"
        "“She was loved by everyone,” she said."
    )
    assert speaker_text(parsed)[-1] == ("jane-doe", "She was loved by everyone")


def test_a_man_named_in_narration_is_not_the_speaker_who_mourns_him() -> None:
    parsed = parse_body(
        "“We are heartbroken,” said Tom Birch, the team's coach.\n\n"
        "Funeral services for David Cole will be held Saturday.\n\n"
        "“We will miss him,” he said."
    )
    assert speaker_text(parsed)[-1] == ("tom-birch", "We will miss him")


def test_a_woman_who_is_the_subject_of_her_sentence_is_she() -> None:
    parsed = parse_body(
        _TOM + "Ingrid Vell arrived at the harbour on Monday.\n\n“I am so glad,” she said."
    )
    assert speaker_text(parsed)[-1] == ("ingrid-vell", "I am so glad")


@pytest.mark.parametrize("place", ["Virginia Beach", "Lincoln Park", "Georgia Tech"])
def test_a_place_that_is_its_sentence_subject_is_not_she_or_he(place: str) -> None:
    parsed = parse_body(
        _MARIA + f"{place} was hit hardest overnight.\n\n“We expect more rain,” she said."
    )
    assert speaker_text(parsed)[-1] == ("maria-lopez", "We expect more rain")


# M2: an office title inside a longer name is no office-holder.


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("professor", "King's College London"),
        ("economist", "Queen Mary University"),
        ("franchise owner", "Burger King"),
        ("chief executive", "Admiral Group"),
        ("guitarist", "Queen"),
        ("analyst", "Judge Group"),
        ("economist", "Chancellor Capital"),
        ("personal lawyer", "President"),
        ("campaign manager", "Governor"),
    ],
)
def test_an_office_title_in_a_name_or_a_private_job_makes_no_official(
    role: str, organization: str
) -> None:
    assert classify(role, organization, "") == "expert"


@pytest.mark.parametrize(
    ("role", "organization"),
    [("physician", "the President"), ("senior adviser", "Governor's"), ("aide", "Prime Minister")],
)
def test_a_job_for_an_office_holder_alone_is_the_state(role: str, organization: str) -> None:
    assert classify(role, organization, "") == "official"


def test_the_presidents_personal_lawyer_is_an_expert() -> None:
    parsed = parse_body(
        "“The case is closed,” said Rudy Giuliani, the President's personal lawyer."
    )
    assert kind_role_org_of(parsed, "rudy-giuliani")[0] == "expert"


def test_a_professor_at_kings_college_is_an_expert() -> None:
    parsed = parse_body("“Prices will rise,” said Ann Lee, a professor at King's College London.")
    assert kind_role_org_of(parsed, "ann-lee")[0] == "expert"


# M3: a prison or a "Bureau of" in a body no state runs.


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        (None, "Prison Policy Initiative"),
        ("director", "National Bureau of Economic Research"),
        ("director", "Bureau of Investigative Journalism"),
        ("president", "Better Business Bureau of Central Ohio"),
        ("senior fellow", "Prison Reform Project"),
    ],
)
def test_a_prison_or_bureau_word_in_a_non_state_body_makes_no_official(
    role: str | None, organization: str
) -> None:
    assert classify(role, organization, "") == "expert"


def test_a_prison_policy_researcher_is_an_expert() -> None:
    parsed = parse_body("“Jails are full,” said Wendy Sawyer of the Prison Policy Initiative.")
    assert kind_role_org_of(parsed, "wendy-sawyer")[0] == "expert"


def test_an_inmate_held_at_a_jail_is_no_official() -> None:
    parsed = parse_body("“I want to go home,” said Ann Lee, who is held at the Vell County Jail.")
    assert kind_role_org_of(parsed, "ann-lee")[0] == "expert"


@pytest.mark.parametrize(
    "context",
    [
        "Ann Lee, an inmate at the Vell County Jail, said.",
        "Ann Lee, who was jailed at the Vell County Jail, said.",
        "Ann Lee, who is serving a sentence at the Vell County Jail, said.",
    ],
)
def test_with_no_job_a_prisoner_is_no_official(context: str) -> None:
    assert classify(None, "Vell County Jail", context) == "expert"


# M4: with no job named, a generic governmental word in a company's name is no state body.


@pytest.mark.parametrize(
    "organization",
    [
        "Federation of Small Businesses",
        "Office Depot",
        "Republic Services",
        "Embassy Suites",
        "Kingdom Holding",
        "Senate Leadership Fund",
        "Assembly Row",
    ],
)
def test_with_no_job_a_company_named_with_a_state_word_is_no_state_body(
    organization: str,
) -> None:
    assert classify(None, organization, "") == "expert"


@pytest.mark.parametrize(
    "organization",
    ["Department of Health", "U.S. Embassy", "Embassy of France", "State Department", "Senate"],
)
def test_with_no_job_a_state_body_still_makes_an_official(organization: str) -> None:
    assert classify(None, organization, "") == "official"


@pytest.mark.parametrize(
    "sentence",
    [
        "“Sales are slow,” said Ann Lee of the Federation of Small Businesses.",
        "“Sales are slow,” said Ann Lee of Office Depot.",
        "“Sales are slow,” said Ann Lee, who works at Republic Services.",
    ],
)
def test_with_no_job_a_company_worker_is_an_expert(sentence: str) -> None:
    assert kind_role_org_of(parse_body(sentence), "ann-lee")[0] == "expert"


def test_an_officer_at_a_correctional_center_is_still_an_official() -> None:
    context = "Ann Lee, an officer at Harbor Correctional Center, skipped the inmate checks."
    assert classify("officer", "Harbor Correctional Center", context) == "official"
    assert classify(None, "Harbor Correctional Center", context) == "official"


# M5: a job held for a relative is the job, not the tie.


@pytest.mark.parametrize(
    ("sentence", "slug", "role"),
    [
        (
            "“Justice matters,” said Ben Crump, an attorney representing Floyd's brother.",
            "ben-crump",
            "attorney",
        ),
        ("“Justice matters,” said Ann Lee, a lawyer for Kern's mother.", "ann-lee", "lawyer"),
        (
            "“He was kind,” said Ann Lee, a former teacher of Kern's daughter.",
            "ann-lee",
            "former teacher",
        ),
    ],
)
def test_a_job_for_a_relative_is_the_role(sentence: str, slug: str, role: str) -> None:
    assert kind_role_org_of(parse_body(sentence), slug)[1] == role


@pytest.mark.parametrize(
    "phrase",
    [
        "an attorney representing Floyd's brother",
        "a lawyer for Kern's mother",
        "a former teacher of Kern's daughter",
    ],
)
def test_a_job_phrase_ending_in_a_tie_is_not_the_tie(phrase: str) -> None:
    role, _ = split_role(phrase)
    assert role is not None
    assert role.split()[-1] not in {"brother", "mother", "daughter"}


def test_the_tie_alone_is_still_the_role() -> None:
    assert split_role("Olaf Kern's older sister") == ("older sister", None)
    assert kind_role_org_of(
        parse_body("“He was kind,” said Ann Lee, Kern's younger sister."), "ann-lee"
    )[1:] == ("younger sister", None)


# M6: a plural noun after "were" is a job both hold only when it is the complement.


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee and Bo Park were arrested by police officers on Monday.",
        "Ann Lee and Bo Park were treated by nurses at the scene.",
        "Ann Lee and Bo Park were among hundreds of teachers at the rally.",
        "Ann Lee and Bo Park were questioned by detectives for hours.",
        "Ann Lee and Bo Park were taken to meet the doctors at the clinic.",
    ],
)
def test_a_plural_job_after_a_verb_or_preposition_is_not_the_pairs(sentence: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“We were scared,” Lee said.")
    assert kind_role_org_of(parsed, "ann-lee") == ("expert", None, None)


# M7: a job opening the sentence is its subject's only when the name follows the comma.


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the company, who asked not to be named, said Ann Lee would resign.",
        "A spokesman for the company, speaking on Monday, said Ann Lee would resign.",
        "A lawyer for the family, in a statement, said Ann Lee was innocent.",
    ],
)
def test_an_opening_job_with_a_clause_before_the_name_is_not_the_names(sentence: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“I will stay,” Lee said.")
    assert kind_role_org_of(parsed, "ann-lee") == ("expert", None, None)


def test_an_opening_job_right_before_the_name_is_still_the_names() -> None:
    parsed = parse_body("A veteran economist, Ann Lee said prices would rise.\n\n“Yes,” Lee said.")
    assert kind_role_org_of(parsed, "ann-lee")[1] == "veteran economist"


# M8: a team wins "as" someone does something is the scorer's team only when they scored.


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Birch had watched as Arsenal beat Chelsea.",
        "Tom Birch, who had travelled from Leeds, cheered as England beat Spain.",
        "Tom Birch said he has doubts as Nvidia tops forecasts.",
        "Tom Birch has resigned as Democrats won control of the House.",
        "Tom Birch, a pollster, has warned as Labour edges ahead.",
        "Tom Birch had 30 points but it was not enough as the Hawks beat the Owls.",
        "Tom Birch had 30 points, but the Owls lost as the Hawks beat them.",
    ],
)
def test_a_team_winning_while_someone_acts_is_not_their_team(sentence: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“It was a long night,” Birch said.")
    assert kind_role_org_of(parsed, "tom-birch")[2] in (None, "pollster")  # no team


def test_a_headline_with_has_momentum_gives_no_team() -> None:
    parsed = parse_full_text(
        "Nikki Haley has momentum as Trump wins Iowa caucuses\n\n"
        "The crowd was loud.\n\n“We keep going,” Haley said."
    )
    assert kind_role_org_of(parsed, "nikki-haley")[2] is None


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("Tom Birch scored twice as the Hawks beat the Owls.", "Hawks"),
        ("Tom Birch had 30 points as the Hawks beat the Owls.", "Hawks"),
        ("Tom Birch added two goals to help the Hawks top the Owls.", "Hawks"),
        ("Tom Birch netted the winner as Harbor edged Vell.", "Harbor"),
    ],
)
def test_a_scorer_still_plays_for_the_winners(sentence: str, team: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“It was a long night,” Birch said.")
    assert kind_role_org_of(parsed, "tom-birch")[2] == team


# M9: "posted to" a place is no workplace.


@pytest.mark.parametrize(
    "sentence",
    [
        "Sgt. Bo Park, who was posted to Iraq in 2004, lost a leg.",
        "Bo Park, who was assigned to Kabul in 2010, came home.",
        "Bo Park, posted to Germany after the war, came home.",
    ],
)
def test_posted_to_a_place_names_no_workplace(sentence: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“It was hard,” Park said.")
    assert kind_role_org_of(parsed, "bo-park")[2] is None


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Bo Park, who was posted to the Harbor Embassy, came home.", "Harbor Embassy"),
        ("Bo Park, assigned to Vell State Prison, came home.", "Vell State Prison"),
    ],
)
def test_posted_to_a_body_is_still_the_workplace(sentence: str, organization: str) -> None:
    parsed = parse_body(f"{sentence}\n\n“It was hard,” Park said.")
    assert kind_role_org_of(parsed, "bo-park")[2] == organization


@pytest.mark.parametrize(
    ("scene", "quote"),
    [
        ("Emily Carter died in the crash on Friday.", "“She was loved by everyone,” she said."),
        ("Emily Carter, 17, was a junior.", "“We will miss her,” she said."),
    ],
)
def test_a_subject_the_quote_speaks_of_is_not_its_speaker(scene: str, quote: str) -> None:
    parsed = parse_body(
        f"“We are heartbroken,” said Jane Doe, the school's principal.\n\n{scene}\n\n{quote}"
    )
    assert speaker_text(parsed)[-1][0] == "jane-doe"
