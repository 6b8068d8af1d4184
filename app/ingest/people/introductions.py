"""Who a sentence introduces, and the names it makes known for later.

A person named with a role, title or honorific is registered even without a speech verb;
a full name (in a headline, a possessive, a bracketed given name) is remembered so that a
later surname can find it; and the subject of a sentence becomes the most recent person
for the pronouns and role nouns that follow.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.attribution import (
    Mention,
    introduced_person,
    part_of_organization,
    place_before_name,
)
from app.ingest.layout import Span
from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.people.kinds import classify
from app.ingest.people.lone_names import plain_word, remember_lone_names
from app.ingest.people.mention_roles import role_words
from app.ingest.people.names import (
    PARTICLES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_initial,
    is_name_word,
    is_surname_title,
    surname_of,
)
from app.ingest.people.nation_references import tie_to_nation
from app.ingest.people.nationalities import US_STATES
from app.ingest.people.role_sentences import (
    appointed_as,
    dash_apposition,
    opening_job,
    pair_role,
    put_in_charge,
    relative_apposition,
    role_sentence,
    team_of_scorer,
)
from app.ingest.people.subjects import pronoun_subject, subject_name_run
from app.ingest.people.workplace import assignment_after, workplace_after
from app.ingest.tokens import Token, name_runs, tokenize

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_PRE_NAME_TITLES = TITLE_WORDS | TITLE_ABBREVIATIONS
# A place named like a person ("Virginia Beach", "Charlotte Motor Speedway", "Jackson
# Hole") is nobody a later "she" or "he" may mean.
_PLACE_LAST_WORDS = frozenset(
    [
        "airport",
        "arena",
        "arbor",
        "avenue",
        "bay",
        "beach",
        "bridge",
        "center",
        "centre",
        "city",
        "county",
        "creek",
        "falls",
        "field",
        "gardens",
        "hall",
        "harbor",
        "harbour",
        "heights",
        "hill",
        "hills",
        "hole",
        "hospital",
        "hotel",
        "island",
        "lake",
        "mall",
        "mountain",
        "mountains",
        "park",
        "peak",
        "plaza",
        "port",
        "river",
        "road",
        "school",
        "speedway",
        "springs",
        "square",
        "stadium",
        "station",
        "street",
        "town",
        "township",
        "valley",
        "village",
    ]
)
_US_STATE_WORDS = frozenset(state.split()[0] for state in US_STATES if " " not in state)


def _place_like(words: list[str]) -> bool:
    """Whether a name run reads as a place: a U.S. state's name first ("Virginia Beach",
    "Carolina Beach" after "North") or a place noun last ("Lincoln Park")."""
    return words[0] in _US_STATE_WORDS or words[-1].lower() in _PLACE_LAST_WORDS


_POSSESSIVE = re.compile(r"['’]s?$")


# A copula inside the role found before a name run: "Sarah Lin is co-founder of".
_COPULA = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been|becomes|became|remains|remained)\s"
)


def _predicate_role(pre_role: str | None, tokens: list[Token], first: int) -> bool:
    """ "X is <job> of Y": a copula before the role that stands before the run, which
    follows "of". The copula is looked for in the sentence's words before the run, not in
    ``pre_role`` alone, which may already have been cut to the job ("a former assistant
    of")."""
    if not pre_role:
        return False
    words_before = " ".join(token.raw.lower() for token in tokens[max(0, first - 12) : first])
    if _COPULA.search(words_before + " ") is None:
        return False
    before = first - 1
    if before >= 0 and tokens[before].core.lower() == "the":
        before -= 1
    return before >= 0 and tokens[before].raw.lower() in {"of", "at", "for"}


def register_mentions(state: ArticleState, sentence: Span) -> None:
    """Introduce people named with a role, title or honorific, even without a verb.

    "Senator Paul Whitmore, a member of the committee, welcomed the deal." introduces
    Whitmore, so that a later "Whitmore said" or "he said" can find him.  Bare
    capitalised pairs ("Central Asia") are not people and are not registered.
    """
    masked = state.masked_text
    tokens = tokenize(masked, sentence.start, sentence.end)
    runs = name_runs(tokens)
    subject = pronoun_subject(state, tokens, runs)
    subject_run = _past_country_before_title(tokens, runs, subject_name_run(tokens, runs))
    bounds = (sentence.start, sentence.end)
    for first, end in runs:
        mention = introduced_person(masked, tokens, first, end, sentence.start, sentence.end)
        if mention is not None and _predicate_role(mention.pre_role, tokens, first):
            # "Sarah Lin is co-founder and chief executive of Verdant Robotics.": the role
            # before the run is a sentence's predicate, and the run after its "of" is the
            # body, no one introduced.
            continue
        if mention is not None:
            person = state.resolve(mention, state.text[sentence.start : sentence.end])
            if person is not None and len(person.words) >= 2:
                tie_to_nation(state.registry, masked, tokens, (first, end), bounds, person.words)
        elif (
            end - first >= 2
            and _given_and_surname(tokens[first:end])
            and not part_of_organization(tokens, first, end)
            and not place_before_name(tokens, first, end)
            and not is_common_word_not_name(tokens[first].core)
        ):
            words = [token.core for token in tokens[first:end]]
            if _place_like(words):
                state.registry.remember_name(words)  # "Virginia Beach", "Lincoln Park"
            else:
                state.registry.name_in_text(
                    words, tokens[end - 1].end, subject=subject_run == (first, end)
                )
                tie_to_nation(state.registry, masked, tokens, (first, end), bounds)
        elif (
            end - first == 1
            and first > 0
            and tokens[first - 1].core.lower() in _PRE_NAME_TITLES
            and tokens[first - 1].core[:1].isupper()
            and not tokens[first - 1].trailing.strip(".")
            and not tokens[first].core.endswith(("'s", "’s"))
            and state.registry.seen_name(tokens[first].core) is None
        ):
            # "President Trump": a title and a surname name someone a later "Trump said"
            # may mean.
            state.registry.remember_name([tokens[first].core], tokens[first - 1].core)
        owner = _possessive_full_name(tokens, first, end)
        if owner is not None and state.registry.by_full_name(" ".join(owner)) is None:
            # "Michelle Hege's response was concern. … Hege said": a possessive full name
            # names someone a later surname may mean.
            state.registry.remember_name(owner)
    _remember_bracketed_names(state, sentence)
    role_sentence(state, tokens, runs, sentence)
    dash_apposition(state, tokens, runs, sentence)
    relative_apposition(state, tokens, runs, sentence)
    pair_role(state, tokens, runs, sentence)
    opening_job(state, tokens, runs, sentence)
    team_of_scorer(state, tokens, runs, sentence)
    appointed_as(state, tokens, runs, sentence)
    put_in_charge(state, tokens, runs, sentence)
    _lone_given_name(state, tokens, runs, sentence)
    remember_lone_names(state, tokens, runs)
    workplace_after(state, tokens, runs, sentence)
    assignment_after(state, tokens, runs, sentence)
    if subject is not None:
        # "He denied that he, Ambassador X and Secretary Y formed a channel.": the pronoun
        # opening the sentence means someone named before it, not the people it names.
        state.registry.touch(subject)
        return
    if subject_run is not None:
        # "Davtyan is more sceptical. …, he said.": the subject of a sentence is the most
        # recent person for the pronouns and role nouns that follow.
        first, end = subject_run
        words = [token.core for token in tokens[first:end]]
        known = (
            state.registry.by_full_name(" ".join(words))
            if len(words) > 1
            else (state.registry.by_word(words[0]))
        )
        if known is None and len(words) == 1 and state.registry.seen_name(words[0]):
            # "Buckley, who had not sung in years, worried …": the surname of a full name
            # seen before is the subject, and the "she" that follows is that person.
            mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
            known = state.resolve(mention, state.text[sentence.start : sentence.end])
        if known is None and _titled_subject(tokens, first, end):
            # "Taking the floor, President Adamov spoke about …": a title and a surname
            # that are the sentence's subject, with their verb, introduce that person.
            mention = Mention(
                tokens[first - 1].start,
                tokens[end - 1].end,
                "name",
                words=words,
                title=tokens[first - 1].core,
            )
            known = state.resolve(mention, state.text[sentence.start : sentence.end])
        if known is not None:
            state.registry.subject_in_text(known, tokens[end - 1].end)


def _past_country_before_title(
    tokens: list[Token], runs: list[tuple[int, int]], subject_run: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Veltrian President Dorev proposed …", "Norlandic Prime Minister Haskel opened": a
    short run opening the sentence (a country's adjective, which may take a title's first
    word, "Norlandic Prime"), then a capitalised title, then a name run and its lower-case
    verb: the subject is the name after the title, not the adjective.  Not when the opening
    run begins with a known given name."""
    if subject_run is None or subject_run[0] != 0 or len(runs) < 2 or runs[0] != subject_run:
        return subject_run
    opening_end = subject_run[1]
    name_first, name_end = runs[1]
    if opening_end > 2 or not 1 <= name_first - opening_end <= 2:
        return subject_run
    title = tokens[opening_end:name_first]  # "President", "Minister" ("Prime" in the run)
    if (
        tokens[opening_end - 1].trailing
        or gender_of_name(tokens[0].core) is not None  # "Anna Director Lee": a person's
        or any(word.trailing or not word.core[:1].isupper() for word in title)
        or title[-1].core.lower() not in _PRE_NAME_TITLES
        or name_end >= len(tokens)
        or not tokens[name_end].core.islower()
        or tokens[name_end - 1].trailing
    ):
        return subject_run
    return runs[1]


def _titled_subject(tokens: list[Token], first: int, end: int) -> bool:
    """ "…, President Adamov spoke": one capitalised title, then one name word, then a
    lower-case word (the verb), after a comma."""
    return (
        end - first == 1
        and first > 1
        and end < len(tokens)
        and tokens[first - 2].trailing.endswith(",")
        and not tokens[first - 1].trailing
        and not tokens[end - 1].trailing
        and tokens[first - 1].core[:1].isupper()
        and tokens[first - 1].core.lower() in _PRE_NAME_TITLES
        and tokens[end].core.islower()
        and tokens[end].core.endswith(("ed", "s"))
    )


_WHO_AFTER = re.compile(r"\s*(?:,|[—–]|--)\s*who\s")


def _lone_given_name(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Tommy — who only goes by his first name online — retired at 51.": a known given
    name alone, opening a sentence and described by a "who" clause, is a person the
    article names by first name only; the "he said" that follows is theirs."""
    if not runs or runs[0] != (0, 1) or len(tokens) < 3:
        return
    word = tokens[0].core
    if (
        gender_of_name(word) is None
        or is_common_word_not_name(word)
        or state.registry.by_word(word) is not None
        or state.registry.seen_name(word) is not None
        or _WHO_AFTER.match(state.masked_text, tokens[0].end, sentence.end) is None
    ):
        return
    person = state.registry.add(word, [word], None)
    person.kind = classify(None, None, state.text[sentence.start : sentence.end])


def _possessive_full_name(tokens: list[Token], first: int, end: int) -> list[str] | None:
    """ "Michelle Hege's": a known given name (and more name words) directly followed by a
    possessive surname, which the name run leaves out; not an organisation's nor a
    place's."""
    if end >= len(tokens) or tokens[end - 1].trailing:
        return None
    owner = tokens[end]
    stem = _POSSESSIVE.sub("", owner.core)
    if stem == owner.core or not is_name_word(stem) or is_surname_title(stem):
        return None
    words = [token.core for token in tokens[first:end]]
    if (
        # "Morgan Stanley's": a known given name first, or one unknown word that can be
        # no common word, place or nation ("Zoranna Kowalczyk's leadership")
        (gender_of_name(words[0]) is None and (len(words) > 1 or plain_word(words[0])))
        or part_of_organization(tokens, first, end)
        or place_before_name(tokens, first, end)
        or is_common_word_not_name(words[0])
    ):
        return None
    return [*words, stem]


# "Coach (Frank) Vogel came in": an editor's bracketed given name, usually inside a quote.
_BRACKETED_GIVEN = re.compile(
    r"(?:\b(?P<title>[A-Z][a-z]+)\s+)?[(\[](?P<given>[A-Z][a-z]+)[)\]]\s+"
    r"(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def _remember_bracketed_names(state: ArticleState, sentence: Span) -> None:
    """A surname with a bracketed given name ("(Frank) Vogel") names someone a later
    "Vogel said" may mean, even inside a quote (where names are otherwise not read)."""
    text = state.text
    chunk = text[sentence.start : sentence.end]
    if "(" not in chunk and "[" not in chunk:
        return
    for match in _BRACKETED_GIVEN.finditer(text, sentence.start, sentence.end):
        given, surname = match.group("given"), match.group("surname")
        if gender_of_name(given) is None or state.registry.seen_name(surname) is not None:
            continue  # not a given name we know ("(AP) Reuters")
        if state.registry.by_word(surname) is not None:
            continue
        title = match.group("title")
        state.registry.remember_name(
            [given, surname], title if title and title.lower() in _PRE_NAME_TITLES else None
        )


def _given_and_surname(tokens: list[Token]) -> bool:
    """At least two name words that are neither initials nor particles ("La Cava" is a
    surname alone)."""
    return (
        sum(
            1 for token in tokens if not (is_initial(token.core) or token.core.lower() in PARTICLES)
        )
        >= 2
    )


def remember_names(state: ArticleState, span: Span) -> None:
    """Full names in a headline (or in a paragraph read ahead for a surname): nobody
    speaks there, but a later surname may mean them, and a role given with the name there
    ("The vice governor of the Moscow region Yuriy Oleynikov stated …" as a subtitle) is
    theirs."""
    masked = state.masked_text
    tokens = tokenize(masked, span.start, span.end)
    runs = name_runs(tokens)
    team_of_scorer(state, tokens, runs, span)
    # "– Prices will rise, – said Lakhova.": a paragraph read for a surname that no rule
    # could resolve may name its speaker by that surname alone.
    remember_lone_names(state, tokens, runs)
    for first, end in runs:
        if (
            _given_and_surname(tokens[first:end])
            and not part_of_organization(tokens, first, end)
            and not place_before_name(tokens, first, end)
            and not tokens[end - 1].core.endswith(("'s", "’s"))
            and state.registry.seen_name(tokens[end - 1].core) is None
            and not is_common_word_not_name(tokens[first].core)
        ):
            words = [token.core for token in tokens[first:end]]
            mention = introduced_person(masked, tokens, first, end, span.start, span.end)
            if mention is not None and 2 <= len(mention.words) < len(words):
                # "signed by Minister of Sport Lena Korver": the title's last word is split
                # off the name, as the mention reads it
                words = list(mention.words)
            state.registry.remember_name(words)
            role = role_words(mention) if mention is not None else None
            if mention is not None and role is not None:
                # "NASA's Steve Clarke, deputy associate administrator": the owner too.
                owned = f"{mention.owner}'s {role}" if mention.owner else role
                state.registry.note_role(surname_of(words), owned)
