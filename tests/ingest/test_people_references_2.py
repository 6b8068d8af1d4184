"""A person named before and referred back to by a noun phrase: a past job kept with its
"former" ("Former national coach X, who led the side"), a nation noun ("the Spaniard
said"), a job noun with a reporting verb ("the coach said").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention
from app.ingest.headings import headings
from app.ingest.layout import paragraphs
from app.ingest.people.described_ages import person_of_described_age
from app.ingest.people.nation_references import nation_cue
from app.ingest.people.nation_subjects import nation_subject_after, nation_subject_before
from app.ingest.people.nationalities import person_nation_noun
from app.ingest.people.registry import NATION_REFERENCE_REACH, ROLE_REACH, Registry
from app.ingest.people.roles import split_role
from app.ingest.walk import walk
from tests.ingest.parsing import PUBLISHED, parse_body, parse_full_text, speaker_text


def _speakers_and_roles(body: str) -> tuple[list[tuple[str | None, str]], dict[str, str | None]]:
    parsed = parse_body(body)
    return speaker_text(parsed), {person.slug: person.role for person in parsed.people}


# --- Rule: a past job's title stays the role when a "who" clause narrates that job --------


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Former national coach Tom Vale, who led the side in 2010, said the plan was "
            "“a disgrace”.\n",
            "Former national coach",
        ),
        (
            "Ex-minister Tom Vale, who resigned in 2019, said the plan was “a disgrace”.\n",
            "Ex-minister",
        ),
        (
            "Then-governor Tom Vale, who signed the bill, said the plan was “a disgrace”.\n",
            "Then-governor",
        ),
        (
            "Former national coach Tom Vale, who led the side in 2010, watched from the "
            "stands.\n\n“It is a disgrace,” Vale said.\n",
            "Former national coach",
        ),
    ],
)
def test_a_past_title_is_kept_over_a_past_clause(body: str, role: str) -> None:
    statements, roles = _speakers_and_roles(body)
    assert [speaker for speaker, _ in statements] == ["tom-vale"]
    assert roles["tom-vale"] == role


def test_a_present_clause_after_a_past_title_still_gives_the_job() -> None:
    # precision: "who now heads" tells the current job, which the title does not override
    _, roles = _speakers_and_roles(
        "Former coach Tom Vale, who now heads the Basel club, said the plan was “a disgrace”.\n"
    )
    assert roles["tom-vale"] != "Former coach"


@pytest.mark.parametrize(
    ("phrase", "role", "organisation"),
    [
        ("Ex-Chelsea boss", "Ex-Chelsea boss", "Chelsea"),
        ("Then-Harbor Bank chief", "Then-Harbor Bank chief", "Harbor Bank"),
    ],
)
def test_ex_and_then_glued_to_a_body_stay_in_the_role(
    phrase: str, role: str, organisation: str
) -> None:
    assert split_role(phrase) == (role, organisation)


def test_a_past_title_is_found_by_its_job_noun_later() -> None:
    statements, _ = _speakers_and_roles(
        "Former national coach Tom Vale, who led the side in 2010, watched from the "
        "stands.\n\n“It is a disgrace,” the coach said.\n"
    )
    assert statements == [("tom-vale", "It is a disgrace")]


# --- Rule: "the Spaniard said" means the one person the text tied to Spain ---------------


@pytest.mark.parametrize(
    ("sentence", "name", "nation"),
    [
        ("Rafael Nadal of Spain won.", "Rafael Nadal", "spain"),
        ("Spain's Rafael Nadal won.", "Rafael Nadal", "spain"),
        ("Dutch coach Guus Hiddink watched.", "Guus Hiddink", "netherlands"),
        ("Spanish world No. 1 Rafael Nadal won.", "Rafael Nadal", "spain"),
        ("Luis Maas, a Portuguese, watched.", "Luis Maas", "portugal"),
        ("Guus Hiddink, the Dutch coach, watched.", "Guus Hiddink", "netherlands"),
        ("Rafael Nadal (Spain) won.", "Rafael Nadal", "spain"),
        ("Rafael Nadal (ESP) beat Karen Khachanov (RUS).", "Karen Khachanov", "russia"),
        ("Rafael Nadal (AP) won.", "Rafael Nadal", None),
        ("Ann Lee, a Scot, won.", "Ann Lee", "scottish"),
        ("Ann Lee, who plays for Spain, won.", "Ann Lee", "spain"),
        ("Ann Lee, who represented the Netherlands, won.", "Ann Lee", "netherlands"),
        # a club in the country's name is not the country's side
        ("Ann Lee, who plays for Spain Park Rangers, won.", "Ann Lee", None),
        # precision: the nation is not the name's own
        ("Spain beat Russia as Rafael Nadal won.", "Rafael Nadal", None),
        ("In Spain, Rafael Nadal won.", "Rafael Nadal", None),
        ("Rafael Nadal beat Karen Khachanov.", "Rafael Nadal", None),
        # two states, one each side: neither
        ("Spanish coach Ann Lee of Russia spoke.", "Ann Lee", None),
    ],
)
def test_the_nation_cue_is_read_right_next_to_the_name(
    sentence: str, name: str, nation: str | None
) -> None:
    start = sentence.index(name)
    assert nation_cue(sentence, start, start + len(name), 0, len(sentence)) == nation


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Spaniard", True),
        ("Dutchman", True),
        ("Russian", True),
        ("Portuguese", True),
        ("Briton", True),
        ("Swede", True),
        # a whole people, a state, an abbreviation, a plural, no nation
        ("French", False),
        ("Spanish", False),
        ("Danish", False),
        ("Spain", False),
        ("US", False),
        ("Russians", False),
        ("Kremlin", False),
    ],
)
def test_which_words_after_the_name_one_person_by_nation(word: str, expected: bool) -> None:
    assert person_nation_noun(word) is expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("“I felt good,” the Spaniard", "spaniard"),
        ("“We will see,” The Russian", "russian"),
        ("“I felt good,” the Spanish government", None),
        ("“We are ready,” the Russian delegation", None),
        ("“We are ready,” the Russians", None),
        ("“We are ready,” the French", None),
        ("“We are ready,” the coach", None),
    ],
)
def test_a_nation_noun_ending_the_subject_before_the_verb(text: str, noun: str | None) -> None:
    found = nation_subject_before(text, 0, len(text))
    assert (found[2] if found else None) == noun
    if found is not None:
        assert text[found[0] : found[1]].lower() == f"the {noun}"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("“I am tired,” said the Briton.", "briton"),
        ("“I am tired,” said the Dutchman, who lost.", "dutchman"),
        ("“I am tired,” said the Portuguese\n", "portuguese"),
        ("“We are ready,” said the Russian delegation.", None),
        ("“We are ready,” told the Russian Foreign Ministry.", None),
        ("“We are ready,” said the Spanish.", None),
    ],
)
def test_a_nation_noun_as_the_whole_subject_after_the_verb(text: str, noun: str | None) -> None:
    verb_end = text.index("said") + 4 if "said" in text else text.index("told") + 4
    found = nation_subject_after(text, verb_end, len(text))
    assert (found[2] if found else None) == noun


def test_the_registry_gives_a_nation_noun_only_one_person_tied_before_it() -> None:
    registry = Registry()
    registry.note_nation(["Rafael", "Nadal"], "spain", 20)
    registry.note_nation(["Karen", "Khachanov"], "russia", 40)
    assert registry.by_nation("spaniard", 100) == (["Rafael", "Nadal"], 1)
    assert registry.by_nation("russian", 100) == (["Karen", "Khachanov"], 1)
    assert registry.by_nation("russian", 30) == (None, 0)  # named after the noun
    assert registry.by_nation("dutchman", 100) == (None, 0)
    assert registry.by_nation("spaniard", 20 + NATION_REFERENCE_REACH + 1) == (None, 0)
    registry.note_nation(["Pablo", "Ruiz"], "spain", 60)
    assert registry.by_nation("spaniard", 100) == (None, 2)  # two Spaniards: neither


def _nation_reference_after_walk(body: str, phrase: str) -> str | None:
    """Walk ``body`` (the parse's people reading), then resolve the nation noun in
    ``phrase`` (in a narration line, so that no attribution rule has taken it) as the role
    mention the attribution reader makes of it."""
    text = "Title\n\n" + body
    spans = paragraphs(text)
    _, _, skip = headings(text, spans, None)
    state = ArticleState(text, PUBLISHED)
    walk(state, spans, skip - {1})
    verb = text.index(phrase) + len(phrase)  # where the reporting verb starts
    found = nation_subject_before(text, 0, verb)
    assert found is not None
    mention = Mention(found[0], found[1], "role", noun=found[2])
    person = state.resolve(mention, text[found[0] : verb])
    return person.name if person is not None else None


@pytest.mark.parametrize(
    ("body", "phrase", "name"),
    [
        (
            "Rafael Nadal of Spain beat Karen Khachanov 6-3, 7-6 on Friday. The crowd "
            "cheered.\n\nLater the Spaniard told reporters he felt good.\n",
            "the Spaniard",
            "Rafael Nadal",
        ),
        (
            "Spain's Rafael Nadal beat Russia's Karen Khachanov on Friday. The crowd "
            "cheered.\n\nLater the Russian added that he was tired.\n",
            "the Russian",
            "Karen Khachanov",
        ),
        (
            "Briton Ann Lee beat Dutchwoman Eva Berg in the final.\n\nLater the Dutchwoman "
            "insisted she would be back.\n",
            "the Dutchwoman",
            "Eva Berg",
        ),
        (
            "Former Benfica coach Luis Maas, a Portuguese, watched from the stands. The crowd "
            "sang.\n\nAfterwards the Portuguese told reporters he was proud.\n",
            "the Portuguese",
            "Luis Maas",
        ),
        # precision: the nation word is another noun's ("the Portuguese delegation")
        (
            "Ann Lee met the Portuguese delegation. The Portuguese told reporters the deal "
            "was fair.\n",
            "The Portuguese",
            None,
        ),
        # precision: two Spaniards, or none tied to the nation
        (
            "Rafael Nadal of Spain beat Pablo Ruiz of Spain on Friday.\n\nLater the "
            "Spaniard told reporters he felt good.\n",
            "the Spaniard",
            None,
        ),
        (
            "Rafael Nadal beat Karen Khachanov on Friday. The crowd cheered.\n\nLater the "
            "Spaniard told reporters he felt good.\n",
            "the Spaniard",
            None,
        ),
    ],
)
def test_a_nation_noun_resolves_to_the_one_person_tied_to_the_nation(
    body: str, phrase: str, name: str | None
) -> None:
    assert _nation_reference_after_walk(body, phrase) == name


@pytest.mark.parametrize(
    "body",
    [
        "Rafael Nadal of Spain beat Karen Khachanov on Friday.\n\n"
        "“We are ready,” the Russian delegation said.\n",
        "Rafael Nadal of Spain beat Karen Khachanov on Friday.\n\n"
        "“We are ready,” the Spanish government said.\n",
        "Rafael Nadal of Spain beat Karen Khachanov on Friday.\n\n"
        "“We are ready,” the Spanish said.\n",
        "Rafael Nadal of Spain beat Karen Khachanov of Russia.\n\n"
        "“We are ready,” the Russians said.\n",
    ],
)
def test_a_nation_adjective_or_a_people_is_nobody_named(body: str) -> None:
    assert [speaker for speaker, _ in speaker_text(parse_body(body))] in ([], [None])


# --- Rule: a job noun with a reporting verb means the one holder of the job named near ---

_CALM = (
    "The hall was quiet for most of the morning. Rain fell on the square outside, and a few "
    "stalls sold tea and bread. Buses ran late, as they often do in the winter months, and "
    "the market closed early. "
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Coach Tom Vale watched from the stands. Striker Bo Park scored twice.\n\n"
            "“We deserved it,” the coach said.\n",
            "tom-vale",
        ),
        (
            "Tom Vale, the Benfica coach, watched from the stands as his side lost.\n\n"
            "“We deserved better,” the coach told reporters.\n",
            "tom-vale",
        ),
        # a hypernym: "the player" for a goalkeeper, "the lawmaker" for a senator
        (
            "Goalkeeper Tom Vale saved a penalty. Coach Ann Lee was pleased.\n\n"
            "“We deserved it,” the player said.\n",
            "tom-vale",
        ),
        (
            "Senator Ann Lee backed the bill. Mayor Bo Park opposed it.\n\n"
            "“It is a good bill,” the lawmaker said.\n",
            "ann-lee",
        ),
        # a holder of the same job named far before is no rival
        (
            "Gov. Bo Park of Kent signed a similar bill last year. "
            + _CALM * 3
            + "\n\nGov. Ann Lee toured a school on Monday.\n\n"
            "“Teachers deserve more,” the governor said.\n",
            "ann-lee",
        ),
        # precision: two ministers named together; the noun may mean either
        (
            "Finance Minister Ann Lee presented the budget. Health Minister Bo Park backed "
            "it.\n\n“It is a fair plan,” the minister added.\n",
            None,
        ),
    ],
)
def test_a_job_noun_means_the_one_holder_named_near(body: str, speaker: str | None) -> None:
    statements, _ = _speakers_and_roles(body)
    assert [who for who, _ in statements] == ([speaker] if speaker else [])


def test_the_registry_finds_no_one_when_two_holders_are_near() -> None:
    registry = Registry()
    lee = registry.add("Ann Lee", ["Ann", "Lee"], None)
    lee.role, lee.last_at = "Finance Minister", 10
    park = registry.add("Bo Park", ["Bo", "Park"], None)
    park.role, park.last_at = "Health Minister", 60
    assert registry.by_role_noun("minister", 100) is None
    assert registry.by_role_noun("minister", 10 + ROLE_REACH + 1) is park  # Lee is far
    assert registry.by_role_noun("minister") is park  # no position: the most recent
    assert registry.by_role_noun("finance minister", 100) is lee


# --- "the 34-year-old" for an age given inside a description (to be wired by the lead) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Vale, a 34-year-old striker, scored twice.", "Tom Vale"),
        ("34-year-old striker Tom Vale scored twice.", "Tom Vale"),
        ("Striker Tom Vale (34) scored twice.", "Tom Vale"),
        ("A 34-year-old man, Tom Vale, was hurt.", "Tom Vale"),
        # precision: two people of that age, another age, an age that is a thing's
        ("Tom Vale, a 34-year-old striker, beat Bo Park, a 34-year-old keeper.", None),
        ("Tom Vale, a 31-year-old striker, scored.", None),
        ("The 34-year-old building on Main Street burned. Tom Vale watched.", None),
    ],
)
def test_an_age_given_in_a_description_names_its_person(text: str, name: str | None) -> None:
    body = text + " “I am happy,” the 34-year-old said."
    words = person_of_described_age(body, "the 34-year-old", body.index("the 34-year-old said"))
    assert (" ".join(words) if words else None) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the job given in the headline, or in a sentence of its own
        (
            "Benfica coach Tom Vale slams referee\n\nThe match ended in a draw on Sunday.\n\n"
            "“It was a disgrace,” the coach told reporters.\n",
            "tom-vale",
        ),
        (
            "Title\n\nAnn Lee is the finance minister of Kent. She met bankers on Monday.\n\n"
            "“It is a fair plan,” the minister said.\n",
            "ann-lee",
        ),
        # the one noted minister, not the latest official whose job is another
        (
            "Title\n\nAnn Lee is the finance minister of Kent. Mayor Bo Park welcomed the "
            "plan.\n\n“It is a fair plan,” the minister said.\n",
            "ann-lee",
        ),
        # precision: two people noted with the job
        (
            "Title\n\nAnn Lee is the finance minister of Kent. Eva Berg is the health "
            "minister of Kent.\n\n“It is a fair plan,” the minister said.\n",
            None,
        ),
    ],
)
def test_a_job_noun_means_the_one_person_a_sentence_gave_the_job(
    text: str, speaker: str | None
) -> None:
    statements = speaker_text(parse_full_text(text))
    assert [who for who, _ in statements] == ([speaker] if speaker else [])
