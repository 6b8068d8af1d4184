"""Guards on what a pronoun refers to: never a person named inside the quote it
attributes (r1 A5), never a named person when an unnamed one became the subject since
(r3 P1), never a name that is an object after the same pronoun earlier in the sentence
(r2 P15)."""

from __future__ import annotations

from app.ingest.reference_guards import named_in, quote_next_to
from tests.ingest.parsing import parse_body, speaker_text


def test_a_person_named_only_inside_the_quote_is_not_its_speaker() -> None:
    parsed = parse_body(
        "Tomas Varrick took the stage.\n\n"
        "“I thank Tomas Varrick and every colleague for the support,” he said."
    )
    assert speaker_text(parsed) == []


def test_a_person_named_outside_the_quote_is_still_its_speaker() -> None:
    parsed = parse_body(
        "Tomas Varrick took the stage.\n\n“I thank every colleague for the support,” he said."
    )
    assert speaker_text(parsed) == [("tomas-varrick", "I thank every colleague for the support")]


def test_an_unnamed_subject_takes_the_pronoun() -> None:
    parsed = parse_body(
        "“It is a real step,” said Dr. Oskar Lindqvist.\n\n"
        "One of the volunteers, who asked not to be named, spoke after the session.\n\n"
        "Months later, “I can sleep through the night again,” he said."
    )
    assert speaker_text(parsed) == [("oskar-lindqvist", "It is a real step")]


def test_an_indefinite_subject_of_the_pronouns_gender_blocks_it() -> None:
    parsed = parse_body(
        "Professor Ilsa Brandvold led the trial. A retired teacher who took the drug wrote "
        "to the team. “I can walk again,” she said."
    )
    assert speaker_text(parsed) == []


def test_a_named_person_after_the_unnamed_one_takes_the_pronoun_again() -> None:
    parsed = parse_body(
        "A retired teacher wrote to the team. Professor Ilsa Brandvold read the letter. "
        "“It moved me,” she said."
    )
    assert speaker_text(parsed) == [("ilsa-brandvold", "It moved me")]


def test_a_name_of_the_other_gender_blocks_nothing() -> None:
    parsed = parse_body(
        "Professor Ilsa Brandvold led the trial. A man who took the drug wrote to the team. "
        "“We learned a lot,” she said."
    )
    assert speaker_text(parsed) == [("ilsa-brandvold", "We learned a lot")]


def test_an_object_after_a_pronoun_subject_is_not_the_second_pronoun() -> None:
    parsed = parse_body(
        "Prime Minister Ivo Darrin will not dismiss his ministers.\n\n"
        "In particular, he spoke about the call to dismiss Transport Minister Oleg Sumrak, "
        "he noted that the facts must be checked first."
    )
    assert speaker_text(parsed) == [("ivo-darrin", "the facts must be checked first")]


def test_the_quote_next_to_a_reference() -> None:
    text = "“Well done, Mira,” she said. Then she left."
    masked = "_" * len("“Well done, Mira,”") + text[len("“Well done, Mira,”") :]
    at = text.index("she")
    assert quote_next_to(text, masked, at, at + 3) is not None
    later = text.index("she", at + 3)
    assert quote_next_to(text, masked, later, later + 3) is None


def test_named_in_reads_given_names_and_surnames_as_whole_words() -> None:
    assert named_in("Well done to Mira and her coaches", ["Mira", "Kalen"])
    assert named_in("Kalen has my cup now", ["Mira", "Kalen"])
    assert not named_in("Miranda has my cup now", ["Mira", "Kalen"])
