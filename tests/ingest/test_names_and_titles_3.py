"""Names and titles: month names that are given names ("April Fernald"), council titles
before a name ("Councilor Mark Delano"), and what must not change ("In May Congress voted").

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
        ('"We need the funds," April Fernald said on Monday.', "april-fernald"),
        ('"We need the funds," May Chen said.', "may-chen"),
        ('"It was a fine show," June Carter said in an interview.', "june-carter"),
        ('"We need the funds," August Rhee said on June 5.', "august-rhee"),
    ],
)
def test_month_given_names(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


@pytest.mark.parametrize(
    "body",
    [
        'In May Congress voted on the bill, and "it was fine," Tom Wu said.',
        'Since June Brown has said little. "It was fine," Tom Wu said.',
    ],
)
def test_month_dates_are_no_given_names(body: str) -> None:
    assert _speakers(body) == ["tom-wu"]


@pytest.mark.parametrize(
    ("body", "slug", "role"),
    [
        ('"We need the funds," said Councilor Mark Delano.', "mark-delano", "Councilor"),
        ('"We need the funds," Councillor Mark Delano said.', "mark-delano", "Councillor"),
        ('"We need the funds," said Selectman Mark Delano.', "mark-delano", "Selectman"),
        ('"We need the funds," said Alderwoman Ruth Abara.', "ruth-abara", "Alderwoman"),
    ],
)
def test_council_titles_stay_out_of_the_name(body: str, slug: str, role: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == [slug]
    kind, found_role, _ = kind_role_org_of(parsed, slug)
    assert (kind, found_role) == ("official", role)


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "According to the forecast of economist Pavel Ilyin, prices will rise next year.",
            "economist",
        ),
        (
            "According to the estimates of analyst Pavel Ilyin, prices will rise next year.",
            "analyst",
        ),
        ("In the opinion of economist Pavel Ilyin, prices will rise next year.", "economist"),
        ("According to economist Pavel Ilyin, prices will rise next year.", "economist"),
    ],
)
def test_according_to_whose_words_is_no_role(body: str, role: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == ["pavel-ilyin"]
    assert kind_role_org_of(parsed, "pavel-ilyin")[1] == role


@pytest.mark.parametrize(
    ("body", "slug", "org"),
    [
        ('"We saw it coming," Quarkly\'s Ivan Petrov said.', "ivan-petrov", "Quarkly"),
        ('"We saw it coming," NASA’s Steve Clarke told reporters.', "steve-clarke", "NASA"),
    ],
)
def test_an_owner_before_the_name_after_a_quote(body: str, slug: str, org: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == [slug]
    assert kind_role_org_of(parsed, slug)[2] == org


def test_an_owner_after_a_conjunction_says_nothing() -> None:
    assert _speakers('"We saw it coming," and Quarkly\'s Ivan Petrov said so.') == []


# A bare company job takes the one body named just before; an outlet, a place or a state
# body is none ("told The New York Times", "on Wall Street", "the Federal Reserve").
@pytest.mark.parametrize(
    ("body", "org"),
    [
        (
            "A union official told The New York Times the plant would close. "
            '"We had no choice," CEO Linda Foster said.',
            None,
        ),
        (
            "Profits fell after the Federal Reserve raised rates. "
            '"We had no choice," CEO Linda Foster said.',
            None,
        ),
        ('Shares fell 5% on Wall Street. "We had no choice," chairman Linda Foster said.', None),
        (
            "Carver Steel will close its Ohio plant, a union official told The New York Times. "
            '"We had no choice," CEO Linda Foster said.',
            "Carver Steel",
        ),
        (
            'Halden Group shares fell on Wall Street. "We had no choice," CEO Linda Foster said.',
            "Halden Group",
        ),
    ],
)
def test_no_company_from_outlets_places_and_state_bodies(body: str, org: str | None) -> None:
    assert kind_role_org_of(parse_body(body), "linda-foster")[2] == org


# "X is <job> of Y": Y is X's organisation, not a person with the role "X is <job>".
@pytest.mark.parametrize(
    ("body", "slug", "role", "org"),
    [
        (
            'Sarah Lin is co-founder and chief executive of Verdant Robotics. "We will grow," she '
            "said.",
            "sarah-lin",
            "co-founder and chief executive",
            "Verdant Robotics",
        ),
        (
            'Sarah Lin was the head of Verdant Robotics until May. "We will grow," she said.',
            "sarah-lin",
            "head",
            "Verdant Robotics",
        ),
        (
            'The new coach is a former assistant of Anna Weiss. "We will appeal," Weiss said.',
            "anna-weiss",
            None,
            None,
        ),
    ],
)
def test_the_body_after_a_predicate_job(
    body: str, slug: str, role: str | None, org: str | None
) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == [slug]
    assert kind_role_org_of(parsed, slug)[1:] == (role, org)


# "Circuit Judge", "State Sen.": the capitalised word is the title's, not a body; a chamber
# before a title is still its body ("House Speaker").
@pytest.mark.parametrize(
    ("body", "slug", "role", "org"),
    [
        ('"The ruling stands," Circuit Judge Amy Berg said.', "amy-berg", "Circuit Judge", None),
        ('"The bill is dead," State Sen. Tom Hale said.', "tom-hale", "State Sen.", None),
        ('"The bill is dead," State Rep. Tom Hale said.', "tom-hale", "State Rep.", None),
        ('"The bill is dead," House Speaker Tom Hale said.', "tom-hale", "Speaker", "House"),
        (
            '"Rates will rise," Superior Court Judge Amy Berg said.',
            "amy-berg",
            "Judge",
            "Superior Court",
        ),
    ],
)
def test_title_modifiers_stay_with_the_title(
    body: str, slug: str, role: str, org: str | None
) -> None:
    assert kind_role_org_of(parse_body(body), slug)[1:] == (role, org)


# A participle clause hangs on a full name opening its sentence, named there first.
@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ("Lena Cho resigned Friday, arguing that the board ignored her.", ["lena-cho"]),
        ("Ruth Abara abstained, saying that the study was rushed.", ["ruth-abara"]),
        ("Morgan Stanley fell 5%, saying that demand was weak.", []),
        ("Goldman Sachs cut its forecast, saying that demand was weak.", []),
        ("After Lena Cho resigned, the board met, saying that it was sad.", []),
    ],
)
def test_participle_on_a_subject_named_first(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers


# A role noun no known person holds means the name that just took a stance.
@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Ines Roth praised the squad's spirit after the match.\n\n"
            '"We stayed calm," the Basel coach said.',
            ["ines-roth"],
        ),
        (
            'Ines Roth has defended the plan. "It is the right thing to do," the minister said.',
            ["ines-roth"],
        ),
        ('Ines Roth scored twice in the match.\n\n"We stayed calm," the coach said.', []),
        (
            "Ines Roth praised the squad's spirit. Tom Hale scored twice.\n\n"
            '"We stayed calm," the coach said.',
            [],
        ),
        (
            "Ines Roth praised the squad.\n\nThe team then lost.\n\nThe fans left.\n\n"
            '"We stayed calm," the coach said.',
            [],
        ),
    ],
)
def test_role_noun_after_a_stance(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers


# "Committee on Budget Oleg Sarin": the word after "on" ends the title, the name begins at
# the given name.
@pytest.mark.parametrize(
    ("body", "slug", "org"),
    [
        (
            '"The plan is late," said the head of the Council Committee on Budget Oleg Sarin.',
            "oleg-sarin",
            "Council Committee on Budget",
        ),
        (
            "Deputy Chairman of the Commission on Ecology Anna Rudneva said the river was clean.",
            "anna-rudneva",
            "Commission on Ecology",
        ),
        ('"It is fine," said the president of Ecuador Daniel Noboa.', "daniel-noboa", "Ecuador"),
    ],
)
def test_title_object_before_a_name(body: str, slug: str, org: str) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == [slug]
    assert kind_role_org_of(parsed, slug)[2] == org


def test_a_given_name_after_of_opens_the_name() -> None:
    body = '"It was fine," said Paul Weir, a friend of Rose Mary Clark.'
    assert _speakers(body) == ["paul-weir"]


# The title before the name wins over a job read from a relative clause's verb whose object
# names no body; a clause naming the body still gives the job.
@pytest.mark.parametrize(
    ("body", "role", "org"),
    [
        (
            "Business owner Dana Kirk, who runs a store on Main Street, said sales were down.",
            "business owner",
            None,
        ),
        (
            '"Sales are down," said business owner Dana Kirk, who runs a store on Main Street.',
            "business owner",
            None,
        ),
        ("Coach Dana Kirk, who heads the Basel club, said the team was tired.", "head", "Basel"),
    ],
)
def test_title_before_the_name_over_a_relative_verb(body: str, role: str, org: str | None) -> None:
    assert kind_role_org_of(parse_body(body), "dana-kirk")[1:] == (role, org)


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    [
        (
            "Sir Keir Starmer has defended the plan.\n\n"
            '"It is the right thing to do," the prime minister said.',
            "keir-starmer",
            ("official", "prime minister", None),
        ),
        (
            "Ines Roth praised the squad's spirit after the match.\n\n"
            '"We stayed calm," the Basel coach said.',
            "ines-roth",
            ("expert", "coach", "Basel"),
        ),
    ],
)
def test_role_noun_after_a_stance_gives_the_job(
    body: str, slug: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert kind_role_org_of(parse_body(body), slug) == expected


def test_role_noun_after_a_stance_of_someone_with_another_job() -> None:
    body = (
        'Coach Tom Hale has defended the plan.\n\n"It is the right thing to do," the minister said.'
    )
    assert _speakers(body) == []


# "the doctor" means an earlier specialist; "the scientist" an earlier researcher; a job
# noun is never someone whose known job is another; "the analyst" right after a speaker
# whose job was not read is not the older analyst.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cardiologist Ann Lee examined the patient on Monday. Tom Hale, a lawyer, was there "
            'too.\n\n"He is stable," the doctor said.',
            ("ann-lee", "He is stable"),
        ),
        (
            "Virologist Ann Lee studied the samples. Tom Hale, a lawyer, was there too.\n\n"
            '"It spreads fast," the scientist said.',
            ("ann-lee", "It spreads fast"),
        ),
        (
            "Ann Lee, a surgeon at the city hospital, was there. Tom Hale, a lawyer, was there "
            'too.\n\n"He is stable," the physician said.',
            ("ann-lee", "He is stable"),
        ),
        ('Tom Hale, a lawyer, was there too.\n\n"He is stable," the doctor said.', None),
        (
            'Analyst Ann Lee said prices would rise. "It is a bad year," Tom Hale said.\n\n'
            '"Buy now," the analyst said.',
            None,
        ),
        (
            'Analyst Ann Lee said prices would rise. "It is a bad year," said Tom Hale, a '
            'trader.\n\n"Buy now," the analyst said.',
            ("ann-lee", "Buy now"),
        ),
    ],
)
def test_role_noun_hypernyms_and_known_jobs(body: str, expected: tuple[str, str] | None) -> None:
    found = [
        pair
        for pair in speaker_text(parse_body(body))
        if pair[1] in {"He is stable", "It spreads fast", "Buy now"}
    ]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Luis Maas has defended the squad.\n\n"Fine," the Benfica boss said.',
            ("expert", "boss", "Benfica"),
        ),
        (
            "Benfica manager Luis Maas watched from the stands. Tom Hale scored twice.\n\n"
            '"Fine," the Benfica boss said.',
            ("expert", "manager", "Benfica"),
        ),
        ('"Fine," Benfica boss Luis Maas said.', ("expert", "boss", "Benfica")),
    ],
)
def test_the_team_boss(body: str, expected: tuple[str, str, str]) -> None:
    parsed = parse_body(body)
    assert _speakers(body) == ["luis-maas"]
    assert kind_role_org_of(parsed, "luis-maas") == expected


def test_nationality_noun_means_the_subject_just_named() -> None:
    # The attribution rules do not yet read "the Portuguese told reporters" as a role
    # noun; the resolution of such a mention is ready for when they do.
    from app.ingest.attribution import Mention
    from app.ingest.people.coreference import resolve
    from app.ingest.people.registry import Registry

    text = (
        "Portuguese coach Luis Maas of Benfica watched from the stands.\n\n"
        "“Superb,” the Portuguese told reporters."
    )
    at = text.index("the Portuguese")
    registry = Registry()
    maas = registry.add("Luis Maas", ["Luis", "Maas"], None)
    maas.role, maas.organization = "coach", "Benfica"
    registry.subject_in_text(maas, text.index(" watched"))
    mention = Mention(at, at + len("the Portuguese"), "role", noun="portuguese")
    found = resolve(registry, mention, text, text=text, narration=text)
    assert found is maas
    assert (found.role, found.organization) == ("coach", "Benfica")
    # someone mentioned since: no one
    other = registry.add("Tom Hale", ["Tom", "Hale"], None)
    registry.touch(other)
    assert resolve(registry, mention, text, text=text, narration=text) is None


@pytest.mark.parametrize(
    ("body", "org"),
    [
        ('"Rates will rise," New York Fed President Tom Hale said.', "New York Fed"),
        ('"Rates will rise," Dallas Fed President Tom Hale said.', "Dallas Fed"),
    ],
)
def test_a_regional_fed_is_a_state_body(body: str, org: str) -> None:
    assert kind_role_org_of(parse_body(body), "tom-hale") == ("official", "President", org)


# The one body before a bare company job must look like a company: an organisation noun or
# a trade ends its name.
@pytest.mark.parametrize(
    ("before", "org"),
    [
        ("Black Friday sales were weak this year.", None),
        ("The European Union imposed new tariffs.", None),
        ("Sales fell during the Lunar New Year holiday.", None),
        ("The World Health Organization issued a warning.", None),
        ("Verdant Robotics will close its plant.", "Verdant Robotics"),
        ("Acme Corp. will close its plant.", "Acme Corp"),
    ],
)
def test_company_job_takes_only_a_company(before: str, org: str | None) -> None:
    body = before + ' "We had no choice," CEO Linda Foster said.'
    assert kind_role_org_of(parse_body(body), "linda-foster")[2] == org
