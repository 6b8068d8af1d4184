"""The subject written after a speech verb (inverted attribution): "said Jane Doe, an
economist at X", "concludes the expert", "said Barclays economist Jane Doe".

:func:`subject_after` reads, in order: a pronoun, an age, a legislator or head of
government, a role noun (which may end in the full name it introduces), then a name with
the titles and job words that may stand before it (the longer shapes in
:mod:`app.ingest.names_after_roles`).  The apposition after the name is read by
:mod:`app.ingest.appositions`.  Bounded windows only (400 characters, 160 for names).
"""

from __future__ import annotations

import re

from app.ingest.appositions import inverted_apposition
from app.ingest.mentions import AGE_WORD, ALL_TITLE_WORDS, PRONOUNS, Mention, mention_from_run
from app.ingest.names_after_roles import (
    name_after_capitalised_title,
    name_after_modifiers,
    name_after_role_comma,
    name_after_two_roles,
    name_ending_role_phrase,
    role_of_named_person,
)
from app.ingest.people.names import (
    PERSON_REFERENCE_NOUNS,
    has_role_noun,
    is_honorific,
    is_initial,
    is_role_word,
)
from app.ingest.people.nation_subjects import nation_subject_after
from app.ingest.rank_epithets import epithet_after
from app.ingest.references import (
    AGE_REF_AFTER,
    PREMIER,
    ROLE_ACRONYMS,
    age_noun_ok,
    is_plural,
    office_title_after,
)
from app.ingest.tokens import Token, is_possessive, name_runs, tokenize

# "according to the member of parliament", "the people's representative": a legislator.
_LEGISLATOR_REF = re.compile(
    r"(?:the|this)\s+(?:member\s+of\s+(?:the\s+)?parliament|people['’]s\s+"
    r"(?:representative|deputy))\b",
    re.IGNORECASE,
)


_HEAD_OF_GOVERNMENT_AFTER = re.compile(
    r"the\s+head\s+of\s+(?:the\s+)?(?:cabinet|government)\b", re.IGNORECASE
)
_NEXT_LOWER_WORD = re.compile(r" ([a-z-]+)\b")
# "said the Head of State", "said the Drovanian head of state": the president.
_HEAD_OF_STATE_AFTER = re.compile(
    r"the\s+(?:[A-Z][\w-]*\s+)?head\s+of\s+(?:the\s+)?state\b", re.IGNORECASE
)
# "said the CEO", "said the company's CEO": a job written as an acronym.
_ACRONYM_ROLE_AFTER = re.compile(
    r"(?:the|its|his|her|their)\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<noun>"
    + "|".join(ROLE_ACRONYMS)
    + r")\b(?![\w'’-])"
)
_OWNER_WORD = re.compile(r"\w['’]s?\s")  # "the company's CEO": an owner's possessive
# "the head of the Harbour Board": the named body after the job words.
_BODY_AFTER_ROLE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,4})"
)


def _name_after_age(text: str, offset: int, window_hi: int) -> Mention | None:
    """ "said the 24-year-old Mira Kalen", "said the 24-year-old striker Mira Kalen": a
    full name (two words or more) after "the", the age and at most two lower-case job
    words; the job words are the name's role."""
    tokens = tokenize(text, offset, min(window_hi, offset + 120))
    if len(tokens) < 4 or tokens[0].core.lower() != "the" or tokens[0].trailing:
        return None
    if not AGE_WORD.fullmatch(tokens[1].core) or tokens[1].trailing:
        return None
    for first, end in name_runs(tokens[2:]):
        first, end = first + 2, end + 2
        between = tokens[2:first]
        if first > 4 or any(t.trailing or not t.core.islower() for t in between):
            return None
        real = [k for k in range(first, end) if not is_initial(tokens[k].raw)]
        if len(real) < 2:
            return None
        mention = mention_from_run(text, tokens, first, end, tokens[2].start)
        mention.apposition = inverted_apposition(text, tokens[end - 1], window_hi)
        return mention
    return None


# "– said on Friday that Morozov in an interview.": translated word order, a day and a
# "that" between the verb and its subject.
_DAY_THEN_THAT = re.compile(
    r"[ \t]+(?:on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|yesterday|today)[ \t]+that[ \t]+(?=[A-Z])"
)
# What may follow such a subject: the sentence's end or an adverbial, never a verb (in
# "said on Friday that Morozov would resign", Morozov opens the reported clause).
_AFTER_INVERTED_NAME = re.compile(r"[ \t]*(?:[.;!?]|,|\b(?:in|to|at|during|on)\b)")


def subject_after(text: str, verb_end: int, hi: int) -> Mention | None:
    """The subject of an inverted attribution: "said Jane Doe, ...", "says the expert"."""
    day = _DAY_THEN_THAT.match(text, verb_end, hi)
    if day is not None:
        named = _subject_after(text, day.end() - 1, hi)
        if (
            named is not None
            and named.kind == "name"
            and _AFTER_INVERTED_NAME.match(text, named.end, hi) is not None
        ):
            return named
    return _subject_after(text, verb_end, hi)


def _subject_after(text: str, verb_end: int, hi: int) -> Mention | None:
    window_hi = min(hi, verb_end + 400)
    rest = text[verb_end:window_hi]
    stripped = rest.lstrip()
    offset = verb_end + len(rest) - len(stripped)
    low = stripped.lower()
    for pronoun in PRONOUNS:
        after = low[len(pronoun) : len(pronoun) + 1]
        if low.startswith(pronoun) and not after.isalpha():
            return Mention(offset, offset + len(pronoun), "pronoun", noun=pronoun)
    age = AGE_REF_AFTER.match(stripped)
    if age is not None:
        named = _name_after_age(text, offset, window_hi)
        if named is not None:
            return named  # "said the 24-year-old Mira Kalen": the name, not the age
    if age is not None and age_noun_ok(age.group("noun")):
        return Mention(offset, offset + age.end(), "age", noun=age.group("noun"))
    legislator = _LEGISLATOR_REF.match(stripped)
    if legislator is not None:
        return Mention(offset, offset + legislator.end(), "role", noun="parliamentarian")
    epithet = epithet_after(text, offset)
    if epithet is not None:
        return epithet  # "said the world number two": see app.ingest.rank_epithets
    premier = _HEAD_OF_GOVERNMENT_AFTER.match(stripped)
    if premier is not None:
        return Mention(offset, offset + premier.end(), "role", noun=PREMIER)
    head_of_state = _HEAD_OF_STATE_AFTER.match(stripped)
    if head_of_state is not None:
        return Mention(offset, offset + head_of_state.end(), "role", noun="president")
    acronym = _ACRONYM_ROLE_AFTER.match(stripped)
    if acronym is not None:
        mention = Mention(
            offset, offset + acronym.end(), "role", noun=ROLE_ACRONYMS[acronym.group("noun")]
        )
        mention.qualifier = acronym.group("mods").strip() or None
        mention.possessive = not stripped.lower().startswith("the ") or bool(
            _OWNER_WORD.search(acronym.group("mods"))
        )
        return mention
    office = office_title_after(text, offset, window_hi)
    if office is not None:
        return office  # "said the Chairperson of the Vote Commission", "said Head of State"
    nation = nation_subject_after(text, verb_end, window_hi)  # "…,” said the Dutchman."
    if nation is not None:
        return Mention(nation[0], nation[1], "role", noun=nation[2])
    match = re.match(
        r"(?:the|our|this)\s+((?:[\w-]+\s+){0,2}?)([a-z-]+)\b", stripped, re.IGNORECASE
    )
    if match and (is_role_word(match.group(2)) or match.group(2) in PERSON_REFERENCE_NOUNS):
        if is_plural(match.group(2)):
            return None  # "notes the experts": a group, not one person
        named = name_ending_role_phrase(text, offset, window_hi) or name_after_role_comma(
            text, offset, window_hi
        )
        if named is not None:
            return named
        end, nouns = match.end(), [match.group(2)]
        for _ in range(2):
            # "according to the deputy minister": the job is all the role words in a row
            following = _NEXT_LOWER_WORD.match(stripped, end)
            if following is None or not is_role_word(following.group(1)):
                break
            end = following.end()
            nouns.append(following.group(1))
        if is_plural(nouns[-1]):
            return None
        mention = Mention(offset, offset + end, "role", noun=" ".join(nouns))
        of_body = _BODY_AFTER_ROLE.match(stripped, end)
        qualifier = [match.group(1).strip(), of_body.group("body") if of_body else ""]
        mention.qualifier = " ".join(part for part in qualifier if part) or None
        mention.possessive = of_body is not None or bool(_OWNER_WORD.search(match.group(1)))
        # "said the father of Tom Veil": an unnamed relative, neither Veil nor anyone before
        mention.unnamed = role_of_named_person(text, offset, window_hi)
        return mention
    described = _name_after_description(text, stripped, offset, window_hi)
    if described is not None:
        return described
    # The name must start within the first few tokens; the apposition is read from the text.
    tokens = tokenize(text, offset, min(window_hi, offset + 160))
    if not tokens:
        return None
    k = 0
    honorific = None
    title = None
    if len(tokens) > 2 and AGE_WORD.fullmatch(tokens[0].core) and not tokens[0].trailing:
        k = 1  # "wrote 43-year-old Jane Doe of Leeds": an age before the name
    if is_honorific(tokens[k].core) and len(tokens) > k + 1:
        honorific = tokens[k].core
        k += 1
    elif (
        tokens[k].core.lower() in ALL_TITLE_WORDS
        and len(tokens) > k + 1
        and tokens[k].core[:1].isupper()
    ):
        title = tokens[k].core
        k += 1
    runs = name_runs(tokens[k:])
    at = k - 1 if title is not None else k  # the title word may open a longer title
    titled = name_after_capitalised_title(tokens[at:], name_runs(tokens[at:]))
    if titled is not None:
        # "said White House Press Secretary Stephanie Grisham", "said Senate Majority Leader
        # Chuck Schumer (D-N.Y.)", "said Russian Ambassador to Britain Anatoly Antonov":
        # capitalised title words (which may hold name-like words) before the full name.
        first, end = titled
        mention = mention_from_run(text, tokens, at + first, at + end, offset)
        mention.apposition = inverted_apposition(text, tokens[at + end - 1], window_hi)
        return mention
    if len(runs) > 1 and runs[0][0] <= 1 and runs[1][0] <= 7:
        first, end = runs[1]
        # the body's words run to the first lower-case word: "Acme Corp (ACME.N)", "New
        # York Times" (a body word or "New" is no name word, so the run may not hold it)
        lower = next((i for i in range(k, k + first) if tokens[i].core[:1].islower()), k)
        body = [t for t in tokens[k:lower] if not _ticker(t)]
        between = tokens[lower : k + first]
        if (
            between
            and body
            and all(t.core[:1].isupper() and not t.trailing for t in body)
            and all(t.core[:1].islower() and not t.trailing for t in between)
            and is_role_word(between[-1].core)
            and sum(1 for token in tokens[k + first : k + end] if not is_initial(token.core)) >= 2
        ):
            # "said Acme economist Jane Doe": a body's name, then a lower-case job.
            mention = mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
    if not runs or runs[0][0] != 0:
        # "said Barclays economist Jane Doe": a short pre-name title before the run.
        if (
            runs
            and (
                runs[0][0] <= 5
                # "recounted the technical director of DFPC "Dneprooblenergo" Sergei
                # Berezovsky": a longer role phrase, unbroken by commas, before a full name
                or (
                    runs[0][0] <= 12
                    and tokens[k].core.lower() in {"the", "a", "an"}
                    and not any(t.trailing.strip('"”»') for t in tokens[k : k + runs[0][0]])
                    and runs[0][1] - runs[0][0] >= 2
                )
            )
            and has_role_noun(" ".join(t.core for t in tokens[k : k + runs[0][0]]))
        ):
            first, end = runs[0]
            if _possessive_goes_on(tokens, k + end):
                return None  # "suggesting a rise in Governor Ivan Petrov's ratings"
            mention = mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
        modified = name_after_modifiers(tokens[k:], runs)
        if modified is not None:
            first, end = modified
            mention = mention_from_run(text, tokens, k + first, k + end, offset)
            mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
            return mention
        return name_after_two_roles(text, tokens[k:], runs, offset, window_hi)
    first, end = runs[0]
    words = [t.core for t in tokens[k + first : k + end]]
    mention = Mention(
        tokens[0].start,
        tokens[k + end - 1].start + len(tokens[k + end - 1].raw.rstrip(',;:.!?”"»)')),
        "name",
        words=words,
        honorific=honorific,
        title=title,
    )
    mention.apposition = inverted_apposition(text, tokens[k + end - 1], window_hi)
    return mention


_TICKER = re.compile(r"\([A-Z0-9.:]{1,12}\)")


def _possessive_goes_on(tokens: list[Token], after: int) -> bool:
    """ "… a rise in Governor Ivan Petrov's ratings": the name run stops before a
    capitalised possessive that goes on with the same name, so the name is an owner
    inside a clause, never the speaker of the verb before it."""
    if after >= len(tokens) or tokens[after - 1].trailing:
        return False
    following = tokens[after]
    return following.core[:1].isupper() and is_possessive(following)


def _ticker(token: Token) -> bool:
    """ "(HBF.L)", "(NYSE:ACME)": a company's ticker in parentheses after its name."""
    return bool(_TICKER.fullmatch(token.raw)) and any(ch.isalpha() for ch in token.raw)


# "said another parent, Lena Ortiz.": an indefinite description of a person (who need not
# hold a job), one comma, then the full name that ends the clause.
_INDEFINITE_DESCRIPTION = re.compile(
    r"(?:a|an|another|one)\s++(?P<phrase>(?:[a-z][\w-]*+\s++){0,3}+)(?P<noun>[a-z][\w-]*+),\s",
    re.IGNORECASE,
)
# Nouns for people that the role lists leave out, as such descriptions use them.
_DESCRIBED_PERSON_NOUNS = frozenset(
    {"parent", "mother", "father", "resident", "neighbour", "neighbor", "witness", "fan"}
    | {"voter", "student", "patient", "customer", "shopper", "passenger", "visitor", "local"}
    | {"man", "woman", "survivor", "victim", "volunteer", "member", "attendee", "participant"}
)


def _name_after_description(text: str, stripped: str, offset: int, hi: int) -> Mention | None:
    """ "said another parent, Lena Ortiz": the indefinite description names the person's
    part ("parent"), and the full name after the one comma is the speaker.  Only when the
    name is full and ends the clause (:func:`name_after_role_comma`), so "said a parent,
    adding …" or "said a parent, Ortiz" names no one here."""
    found = _INDEFINITE_DESCRIPTION.match(stripped)
    if found is None:
        return None
    noun = found.group("noun").lower()
    if noun not in _DESCRIBED_PERSON_NOUNS and not has_role_noun(noun):
        return None
    words = found.group("phrase").split()
    if any(word.lower() in _NOT_IN_DESCRIPTION for word in words):
        return None  # "said a source close to the club, …": not one description
    mention = name_after_role_comma(text, offset, hi, any_person_noun=True)
    if mention is not None and mention.apposition is None:
        mention.apposition = " ".join([*words, found.group("noun")])
    return mention


_NOT_IN_DESCRIPTION = frozenset({"of", "at", "in", "for", "from", "with", "to", "and", "who"})
