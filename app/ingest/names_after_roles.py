"""Where the name stands in a phrase after a speech verb that opens with something
else: a capitalised title ("said White House Press Secretary X"), describing words
("said the embattled Ann Lee"), a role phrase ("said the head coach of Zenit X"), a role set
off by a comma ("said the envoy, Ann Lee"), or two roles ("said another witness, former
adviser Ann Lee"); and when such a phrase names the person the role belongs to instead
("said the father of Tom Veil").

Each helper is one shape, called by :func:`app.ingest.subject_after.subject_after`; each
reads a token window of at most 160 characters.
"""

from __future__ import annotations

from app.ingest.appositions import inverted_apposition
from app.ingest.mentions import (
    ALL_TITLE_WORDS,
    Mention,
    mention_from_run,
    part_of_organization,
    place_before_name,
)
from app.ingest.object_names import names_an_object
from app.ingest.people.names import (
    has_role_noun,
    is_initial,
    is_listed_role,
)
from app.ingest.tokens import Token, name_runs, tokenize

_TITLE_RUN_REACH = 8  # tokens of a capitalised title before the name, at most
# Lower-case words a capitalised title may hold: "Ambassador to the United States",
# "Minister for Health", "Secretary of State".
_TITLE_LINKS = frozenset({"to", "of", "for", "the", "and"})


def name_after_capitalised_title(
    tokens: list[Token], runs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The run of the full name after a capitalised title that opens ``tokens``: "White
    House Press Secretary", "Senate Majority Leader", "Russian Ambassador to the United
    States".  Every word before the name is capitalised or a link ("to", "of", "the") that
    a title word comes before, none is followed by punctuation, and the name has a given
    name and a surname."""
    if not tokens or not tokens[0].core[:1].isupper():
        return None
    for first, end in runs:
        if first == 0:
            continue
        if first > _TITLE_RUN_REACH:
            return None
        title_words = tokens[:first]
        if any(t.trailing or not t.core for t in title_words):
            return None
        seen_title = False
        for token in title_words:
            low = token.core.lower()
            if (low in ALL_TITLE_WORDS or is_listed_role(low)) and token.core[:1].isupper():
                seen_title = True
            elif not token.core[:1].isupper() and not (seen_title and low in _TITLE_LINKS):
                return None
        if not seen_title:
            continue  # the name-like run belongs to the title ("Senate Majority Leader")
        real = [t for t in tokens[first:end] if not is_initial(t.core)]
        # After a link the run opens with the title's object ("to Britain Anatoly Antonov"),
        # which the mention splits off; the name is its last two words.
        if len(real) >= (3 if title_words[-1].core.lower() in _TITLE_LINKS else 2):
            return first, end
    return None


_MODIFIER_REACH = 4  # words before the name, at most: "the recently retired"
_MODIFIER_ENDINGS = ("ed", "en", "ing")
# Words that may follow a name that ends the attribution ("said the embattled Ann Lee on
# Monday", "…, who …").
_AFTER_NAME = frozenset({"on", "in", "at", "after", "before", "during", "who", "when", "as"})
# Words with such endings that describe no one: prepositions, adverbs of time and degree.
_NOT_MODIFIERS = frozenset(
    {"during", "following", "including", "regarding", "concerning", "according", "excluding"}
    | {"between", "then", "when", "often", "even", "indeed", "seven", "given", "only"}
    | {"early", "daily", "weekly", "monthly", "yearly", "likely", "reportedly", "supply"}
)


def _modifier(token: Token, at: int) -> bool:
    """A word that may stand before a name as a description, not a job: "the" first, a
    possessive ("the company's"), an adverb ("newly", "recently"), a participle or
    adjective in -ed, -en or -ing ("embattled", "outspoken", "outgoing"), a hyphenated
    compound ("much-loved")."""
    word = token.core
    if token.trailing or not word[:1].islower():
        return False
    if word == "the":
        return at == 0
    if word in _NOT_MODIFIERS:
        return False
    return (
        word.endswith(("'s", "’s"))
        or (word.endswith("ly") and len(word) > 4)
        or word.endswith(_MODIFIER_ENDINGS)
        or ("-" in word and word.replace("-", "").isalpha())
    )


def name_after_modifiers(
    tokens: list[Token], runs: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "said the embattled Ann Lee.", "said newly elected Ann Lee", "said the company's Ann
    Lee": a few describing words, then a full name that ends the clause; the name is the
    speaker.  The words name no job, so no role is read from them."""
    if not runs:
        return None
    first, end = runs[0]
    if not 0 < first <= _MODIFIER_REACH:
        return None
    if not all(_modifier(token, at) for at, token in enumerate(tokens[:first])):
        return None
    if tokens[0].core == "the" and first == 1:
        return None  # "said the Ann Lee …": no description
    real = [t for t in tokens[first:end] if not is_initial(t.core)]
    ends = (
        end == len(tokens)
        or tokens[end - 1].trailing.strip('"”»') != ""
        or tokens[end].core in _AFTER_NAME
    )
    return (first, end) if 2 <= len(real) <= 3 and ends else None


_ROLE_PHRASE_REACH = 12  # tokens of a role phrase before the name it introduces, at most
# A name right after one of these (or after a title right after one) is the object of the
# role phrase ("the wife of Ivan Petrov", "a spokesman for President Ann Lee"), not its holder.
_OBJECT_PREPOSITIONS = frozenset(
    {"of", "for", "to", "with", "by", "against", "about", "from", "on", "at", "and", "or"}
)


def name_ending_role_phrase(text: str, offset: int, window_hi: int) -> Mention | None:
    """ "said the goalkeeper of Dynamo Ilya Trofimov.", "noted the head coach of Zenit Sergei
    Rudakov": translation word order puts the whole role phrase, unbroken by commas, before
    the full name that ends the clause; the speaker is the name, not the role alone."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    for first, end in name_runs(tokens):
        if first == 0 or first > _ROLE_PHRASE_REACH:
            return None
        if any(t.trailing.strip() for t in tokens[:first]):
            return None  # a comma or a quote mark: the role phrase ended before the name
        mention = mention_from_run(text, tokens, first, end, offset)
        real = [t for t in tokens[first:end] if not is_initial(t.core)]
        ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
        if not (mention.full and ends and len(real) <= 3):
            return None
        at = next(k for k in range(first, end) if tokens[k].core == mention.words[0])
        before = at - 1
        if mention.title is not None or mention.honorific is not None:
            before -= 1
        if before >= 0 and tokens[before].core.lower() in _OBJECT_PREPOSITIONS:
            return None  # "said the wife of Ivan Petrov": he is not the one speaking
        if names_an_object(tokens, at):
            return None  # "said the mother of victim Amy Rowe": nor is she
        if not has_role_noun(text[offset : mention.start]):
            return None
        mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
        return mention
    return None


def role_of_named_person(text: str, offset: int, window_hi: int) -> bool:
    """ "said the father of Tom Veil", "said a lawyer for businessman Ivan Petrov": the role
    phrase, unbroken by punctuation, ends in the full name of the person the role belongs
    to or serves; the speaker holds the role and goes unnamed."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    runs = name_runs(tokens)
    if not runs:
        return False
    first, end = runs[0]
    if first == 0 or first > _ROLE_PHRASE_REACH or any(t.trailing for t in tokens[:first]):
        return False
    real = sum(1 for t in tokens[first:end] if not is_initial(t.core))
    if real < 2:
        return False
    if names_an_object(tokens, first):
        return True
    # Two name words right after the preposition; three are a body, then its head's name
    # ("the head of Rosstat Ivan Petrov"), and a country first is a place ("of Lithuania X").
    before = tokens[first - 1].core.lower()
    return (
        real == 2
        and before in _OBJECT_PREPOSITIONS - {"by", "from"}
        and not place_before_name(tokens, first, end)
        and not part_of_organization(tokens, first, end)
    )


def name_after_role_comma(
    text: str, offset: int, window_hi: int, *, any_person_noun: bool = False
) -> Mention | None:
    """ "said the envoy, Ann Lee.", "added the club's coach, Ivan Sokol, who …": a role
    phrase set off by one comma from the full name that ends the clause; the speaker is the
    name, and the role phrase is its job. Without the name ("said the envoy, adding …") the
    role stays a reference back to a person named earlier.  With ``any_person_noun`` the
    caller has checked that the phrase names a person ("another parent"), so it need not
    hold a job noun."""
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    runs = name_runs(tokens)
    if not runs:
        return None
    first, end = runs[0]
    phrase = tokens[:first]
    if not phrase or len(phrase) > _ROLE_PHRASE_REACH or phrase[-1].trailing != ",":
        return None
    if any(t.trailing.strip() for t in phrase[:-1]):
        return None  # one comma only, right before the name
    mention = mention_from_run(text, tokens, first, end, offset)
    ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
    named_role = any_person_noun or has_role_noun(" ".join(t.core for t in phrase))
    if not (mention.full and ends and named_role):
        return None
    mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
    return mention


_ROLE_DETERMINERS = frozenset({"the", "a", "an", "another", "one"})
_TWO_ROLES_REACH = 12  # tokens of the two role phrases before the name, at most
# Words that make the phrase after the comma a clause about the first role's organisation
# ("the ministry, which is headed by …", "the fund, run by …"), not a second role.
_ORGANISATION_CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where", "by"})


def name_after_two_roles(
    text: str, tokens: list[Token], runs: list[tuple[int, int]], offset: int, window_hi: int
) -> Mention | None:
    """ "said another witness at the hearing, former White House adviser Ann Lee": a role
    phrase opening with a determiner, one comma, a second role (capitalised words allowed)
    and then the full name, which ends the clause."""
    if not tokens or tokens[0].core.lower() not in _ROLE_DETERMINERS:
        return None
    for first, end in runs:
        if first > _TWO_ROLES_REACH:
            return None
        phrase = tokens[:first]
        commas = [i for i, t in enumerate(phrase) if t.trailing.strip('"”»')]
        if len(commas) != 1 or phrase[commas[0]].trailing != ",":
            continue  # (a capitalised word of a role may come before the comma)
        comma_at = commas[0]
        full = sum(1 for t in tokens[first:end] if not is_initial(t.core)) >= 2
        ends = end == len(tokens) or tokens[end - 1].trailing.strip('"”»') != ""
        if (
            full
            and ends
            and 0 < comma_at < first - 1
            and has_role_noun(" ".join(t.core for t in phrase[: comma_at + 1]))
            and _second_role(phrase[comma_at + 1 :])
        ):
            mention = mention_from_run(text, tokens, first, end, offset)
            mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
            return mention
    return None


def _second_role(phrase: list[Token]) -> bool:
    """The words between the comma and the name are a role of the named person ("former
    White House adviser"), not a clause about the organisation of the role before the comma,
    whose head it names: "one official at the ministry, which is headed by former minister
    Ann Lee" or "a spokesman for the team, coached by former striker Ann Lee" give the
    speech to an unnamed official, so no name is taken.  A verb-looking word alone does not
    rule a role out ("retired judge", "United States envoy"); a relative word or "by" does."""
    return has_role_noun(" ".join(t.core for t in phrase)) and not any(
        t.core.lower() in _ORGANISATION_CLAUSE_WORDS for t in phrase
    )
