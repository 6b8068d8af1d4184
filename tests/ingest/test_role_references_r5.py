"""Role nouns that refer back to a named person (capitalised, with a named body after
"of", or without an article after a quote), people's part in an event as their role, and
the kind of police ranks, vice-premiers and a company's official representative
(issue 10, r4 A1 / R-e, r5 S8 / R5, leftovers L4; made-up sentences, no corpus text)."""

from __future__ import annotations

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.plural_surnames import plural_noun_name
from app.ingest.references import role_ending_at
from tests.ingest.parsing import kind_role_org_by_slug, parse_body, parse_full_text, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


def test_the_president_of_a_country_refers_back_to_the_named_president() -> None:
    body = (
        "Karim Tolegen, the President of Kazakhstan, visited the plant.\n\n"
        "The President of Kazakhstan noted that exports must grow."
    )
    assert _speakers(body) == ["karim-tolegen"]


def test_the_head_of_a_named_body_refers_back_to_its_head() -> None:
    body = (
        "Mira Sabitova, head of the Academy of Sciences, opened the session.\n\n"
        "The head of the Academy of Sciences said that funding will rise next year."
    )
    assert _speakers(body) == ["mira-sabitova"]


def test_a_bare_title_after_a_quote_refers_back_to_its_holder() -> None:
    body = (
        "Deputy Prime Minister Temir Asanov met the delegation on Tuesday.\n\n"
        '"The area is disputed, so we do not understand their position," Deputy Prime '
        "Minister stressed."
    )
    assert _speakers(body) == ["temir-asanov"]


def test_a_title_of_a_named_person_is_no_reference() -> None:
    # negative: "of" + a person's name is a pre-name title, the name is the speaker
    body = (
        "Prices rose in May.\n\n"
        "Press Secretary of the President of Elbonia Dmitry Volkov told reporters that "
        "he did not know the figures."
    )
    assert _speakers(body) == ["dmitry-volkov"]


def test_of_and_a_given_name_is_no_role_reference() -> None:
    text = "the lawyer of Ivan Petrov"
    assert role_ending_at(text, 0, len(text)) is None


def test_one_capitalised_word_opening_a_clause_is_no_bare_title() -> None:
    # negative: "Minister" alone could be a name; only after a quote or with more words
    text = "Minister"
    assert role_ending_at(text, 0, len(text)) is None


def test_the_press_secretary_of_the_president_is_not_read_as_of_a_body() -> None:
    text = "the press secretary of the President"
    mention = role_ending_at(text, 0, len(text))
    assert mention is None or mention.noun != "secretary"


def test_a_parent_and_a_juror_are_roles() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The school board met.\n\nLena Ortiz, a parent, said the school needs more "
            "teachers.\n\nJuror Melinda Cass said the trial was long."
        )
    )
    assert people["lena-ortiz"][1] == "parent"
    assert people["melinda-cass"][1] == "Juror"


def test_a_role_noun_as_a_surname_stays_a_name() -> None:
    people = kind_role_org_by_slug(
        parse_body("The school board met.\n\nMarc Parent said the school needs more teachers.")
    )
    assert "marc-parent" in people


def test_police_ranks_in_a_police_story_are_officials() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The road was closed.\n\nAsst. Chief Ramon Ellery said the crash happened at "
            "noon, police said.\n\nInspector Ada Blum of the city police said two cars "
            "were involved."
        )
    )
    assert people["ramon-ellery"][0] == "official"
    assert people["ada-blum"][0] == "official"


def test_a_first_vice_premier_is_an_official() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The budget passed.\n\nFirst Vice-Premier Roman Skliar said the funds will arrive."
        )
    )
    assert people["roman-skliar"][0] == "official"


def test_a_companys_official_representative_is_an_expert() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Prices rose.\n\nPavel Orlov, official representative of the Kredo holding, "
            "said prices will rise."
        )
    )
    assert people["pavel-orlov"][0] == "expert"


def test_a_ministrys_official_representative_stays_an_official() -> None:
    # negative: the same job for a state body
    people = kind_role_org_by_slug(
        parse_body(
            "Prices rose.\n\nPavel Orlov, official representative of the Ministry of "
            "Finance, said prices will rise."
        )
    )
    assert people["pavel-orlov"][0] == "official"


def test_the_is_no_given_name() -> None:
    assert gender_of_name("The") is None
    assert gender_of_name("Dana") == "f"


def test_a_run_ending_in_a_plural_common_noun_is_no_person() -> None:
    assert plural_noun_name(["Highway", "Roads"])
    assert plural_noun_name(["Executive", "Orders"])
    # negatives: a known given name, or a first word that is no English word
    assert not plural_noun_name(["Paul", "Roads"])
    assert not plural_noun_name(["Kwame", "Fields"])
    assert not plural_noun_name(["Tom", "Hale"])


def test_highway_roads_says_nothing_as_a_person() -> None:
    assert _speakers("The plan passed.\n\nHighway Roads said the plan was fine.") == []
    assert _speakers("The plan passed.\n\nPaul Roads said the plan was fine.") == ["paul-roads"]


def test_company_spokesman_opening_a_sentence_names_no_company_called_company() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Veltrix Corp closed its plant on Monday.\n\nCompany spokeswoman Ana Ruiz said "
            "it will reopen."
        )
    )
    assert people["ana-ruiz"] == ("expert", "company spokeswoman", "Veltrix Corp")


def test_a_capitalised_company_name_before_spokesman_stays_the_organisation() -> None:
    # negative: a real name before the job is the body
    people = kind_role_org_by_slug(
        parse_body("The plant closed.\n\nAcme spokesman Pavel Orlov said the plant will reopen.")
    )
    assert people["pavel-orlov"][1:] == ("spokesman", "Acme")


def test_the_head_of_state_means_the_president_named_in_the_headline() -> None:
    parsed = parse_full_text(
        "President Amos Kirui visits port\n\nThe visit started on Monday.\n\n"
        "The head of state said that the port will grow fast."
    )
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["amos-kirui"]
    assert kind_role_org_by_slug(parsed)["amos-kirui"] == ("official", "President", None)


def test_another_job_than_the_headlines_is_not_its_person() -> None:
    # negative: the headline's person is a president, the body speaks of a minister
    parsed = parse_full_text(
        "President Amos Kirui visits port\n\nThe visit started on Monday.\n\n"
        "The minister said that the port will grow fast."
    )
    assert [speaker for speaker, _ in speaker_text(parsed)] != ["amos-kirui"]


def test_the_head_of_state_is_a_president_reference() -> None:
    text = "the head of state"
    mention = role_ending_at(text, 0, len(text))
    assert mention is not None
    assert mention.noun == "president"
