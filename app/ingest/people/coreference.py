"""Who a reference points to, and who a sentence introduces.

A full name introduces a new person (or finds the one already introduced under it).  A
surname, "Title Surname", a role noun ("the expert") or a pronoun ("she") never creates
anyone: it resolves to the most recently mentioned compatible person
(:class:`app.ingest.people.registry.Registry`).  The first role/organisation seen for a person
sticks; a pre-name title such as "Senator" makes an official whatever the apposition says.
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
from app.ingest.people.names import (
    PARTICLES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    has_role_noun,
    is_initial,
    is_name_word,
    is_org_word,
    is_role_word,
    is_surname_title,
    surname_of,
)
from app.ingest.people.registry import Person, Registry, classify, gender_of_role
from app.ingest.people.roles import OFFICE_TITLES, has_title, split_role
from app.ingest.people.workplace import workplace_after
from app.ingest.tokens import Token, name_runs, tokenize

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_PRE_NAME_TITLES = TITLE_WORDS | TITLE_ABBREVIATIONS
_SUBJECT_REACH = 600  # how far before ", saying" the sentence's subject is looked for
_CONGRESS_TITLES = ("rep", "sen", "senator", "representative", "congressman", "congresswoman")
_PARTY_TAG = re.compile(r"\b[DRI]-[A-Z][A-Za-z.]{1,12}")
_POSSESSIVE = re.compile(r"['’]s?$")
_PREPOSITION = re.compile(r"^(?:of|at|from|with|for)\s", re.IGNORECASE)


OWNER_REACH = 400  # how far back "the company's" looks for the company's name
_GENERIC_OWNER = re.compile(
    r"\b(?:the|its|their)\s+(?:company|firm|group|bank|agency|startup|start-up|carrier|"
    r"lender|insurer|retailer|manufacturer|organi[sz]ation|institute|university|team|club)['’]s\s",
    re.IGNORECASE,
)
# "the National Institute on Drug Abuse", "Doctors for Camp Closure": capitalised words
# right after a capitalised word and "on"/"for"/"against" end an organisation's name.
_ORGANISATION_HEAD = re.compile(r"\b[A-Z][\w'’&-]*\s+(?:on|for|against)\s+(?:the\s+)?$")
_ORG_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: +(?:of +|for +|and +|& +)?[A-Z][\w&.'’-]*)*")


def _organisation_before(registry: Registry, before: str) -> str | None:
    """The last organisation named in ``before``: a capitalised name of two or more words,
    or one with an organisation noun, that is nobody's name ("Vostok Logistics")."""
    found = None
    for match in _ORG_NAME.finditer(before):
        name = re.sub(r"['’]s$", "", match.group()).rstrip(".")
        words = name.split()
        if not words or not (len(words) >= 2 or is_org_word(words[0])):
            continue
        if registry.by_full_name(name) is None or is_org_word(words[-1]):
            found = name
    return found


def resolve(
    registry: Registry,
    mention: Mention,
    context: str,
    *,
    create: bool = True,
    before: str = "",
) -> Person | None:
    """The person ``mention`` refers to; a full name creates one when ``create``.
    ``before`` is the text before the mention, where "the company's" finds the company."""
    person: Person | None
    if mention.kind == "pronoun":
        person = registry.by_pronoun(mention.noun or "")
    elif mention.kind == "role":
        person = registry.by_role_noun(mention.noun or "")
    elif mention.full:
        person = registry.by_full_name(mention.name)
        if person is None:
            if not create or _ORGANISATION_HEAD.search(before):
                return None
            if is_common_word_not_name(mention.words[0]):
                return None  # "… All the Money You Will Ever Need": a title, nobody
            person = registry.add(mention.name, mention.words, mention.honorific)
            person.kind = classify(None, None, context)
    else:
        person = registry.by_word(mention.words[-1]) if mention.words else None
        seen = registry.seen_name(mention.words[-1]) if person is None and mention.words else None
        if person is None and create and seen is not None:
            # "LeBron James scored 30. … “…,” James said.": the surname of a full name the
            # article used before without presenting anyone.
            name = " ".join(seen)
            person = registry.by_full_name(name) or registry.add(name, seen, mention.honorific)
            person.kind = classify(None, None, context)
            seen_title = registry.seen_title(mention.words[-1])
            if seen_title is not None and mention.title is None:
                mention.title = seen_title  # "President Trump … Trump said": the title holds
        elif person is None and create and mention.words and (mention.honorific or mention.title):
            person = registry.add(mention.words[-1], mention.words, mention.honorific)
            person.kind = classify(None, None, context)
    if person is None:
        return None
    role_text = _role_text(mention, context) or registry.noted_role(person.surname)
    if role_text and person.role is None and person.organization is None:
        role, organization = split_role(role_text)
        fallback = mention.pre_role or mention.title
        if role is None and organization is None and fallback and fallback != role_text:
            # "Wild defenseman Ryan Suter, who joked about ...": the clause says no job,
            # the title before the name does.
            role, organization = split_role(fallback)
        if mention.owner and (organization is None or organization.islower()):
            organization = mention.owner  # "NASA's Steve Clarke, deputy administrator"
        if organization is None and _GENERIC_OWNER.search(role_text):
            # "X reported a loss. …, said Ann Lee, the company's chief operating officer":
            # the company is the one named just before.
            organization = _organisation_before(registry, before)
        person.role = role
        person.organization = organization
        if person.gender is None:
            person.gender = gender_of_role(role)
        if role or organization:
            person.kind = classify(role, organization, context)
    elif role_text and person.organization is not None and person.organization.islower():
        # "director for games at the tech giant", later "director for games at Google":
        # a named organisation replaces a description of one.
        _, organization = split_role(role_text)
        if organization is not None and organization[:1].isupper():
            person.organization = organization
    elif not role_text and mention.owner and person.role is None and person.organization is None:
        # "Serbia's Novak Djokovic said", "NASA's Steve Clarke said": the owner before the
        # name is the body the person belongs to, with no job named.
        person.organization = mention.owner
        person.kind = classify(None, mention.owner, context)
    if mention.title and has_title(mention.title.lower(), OFFICE_TITLES):
        person.kind = "official"  # "Senator X, a member of the committee"
    if (
        person.organization is None
        and has_title((person.role or mention.title or "").lower(), _CONGRESS_TITLES)
        and _PARTY_TAG.search(context)
    ):
        # "Rep. Ilhan Omar (D-Minn.)": a party and state tag names a member of the U.S.
        # Congress; the gold convention gives an official's country as the organisation.
        person.organization = "U.S."
    return registry.touch(person)


UNNAMED_REACH = 600  # characters looked back for an unnamed "one expert"


def unnamed_antecedent(masked: str, noun: str, at: int) -> bool:
    """Whether "the <noun>" at ``at`` refers back to someone the article never named:
    '“…,” said one legal expert. “…,” the expert warned.'  An indefinite "a/an/one/another
    (…) <noun>" shortly before, with no name after it, introduced an unnamed person, who
    is the nearest antecedent; the last named person is not."""
    window = masked[max(0, at - UNNAMED_REACH) : at]
    pattern = r"\b(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}" + re.escape(noun.lower()) + r"\b"
    found = None
    for found in re.finditer(pattern, window, re.IGNORECASE):  # noqa: B007 (the last one)
        continue
    if found is None:
        return False
    # "Ann Lee, an economist", "Lee is an economist", "an economist, Ann Lee,", "an
    # economist at Barclays, Ann Lee,": named.
    return (
        _NAME_AFTER.match(window, found.end()) is None
        and _NAME_AFTER_JOB.match(window, found.end()) is None
        and _NAMED_BEFORE.search(window, 0, found.start()) is None
    )


_NAME = r"(?:[A-Z][\w'’-]+\s+)+[A-Z]"
_NAME_AFTER = re.compile(r",?\s+" + _NAME)
# The rest of the job ("at Barclays", "with the Harbor Bank"), then the name set off by a
# comma: the name is an apposition to the whole role phrase.
_NAME_AFTER_JOB = re.compile(
    r"\s+(?:at|of|with|for|from|in|on)\s+[^,.;:!?“”\"«»()]{1,80}?,\s+" + _NAME
)
_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:is|was|as|became|remains|served as))\s+$")


def _role_text(mention: Mention, context: str = "") -> str | None:
    """The words that give the mentioned person's job: the apposition, else the role or
    title before the name ("X is the current chairman of Y" is noted apart)."""
    before = mention.pre_role or mention.title
    rank = _rank(mention, context)
    if rank is not None and (before is None or before.rstrip(".") == mention.title):
        before = rank
    elif rank is not None and before is not None and mention.title is not None:
        # "Army Lt. Col. Jane Ruiz": the body glued before the title, then the whole rank.
        glued = before.rstrip(".")
        if glued.endswith(" " + mention.title):
            before = f"{glued[: -len(mention.title)]}{rank}"
    if mention.apposition and _PREPOSITION.match(mention.apposition):
        # "Hydrologist Tom Brandt of the Rhine Water Institute": role before the name,
        # organisation after it.
        return f"{before or ''} {mention.apposition}"
    return mention.apposition or before


# Military ranks read as honorifics before a name ("Col. Ann Lee"): they are the job.
_RANKS = frozenset({"capt", "col", "gen", "lt", "sgt", "maj", "adm", "cmdr", "cpl"})


def _rank(mention: Mention, context: str) -> str | None:
    """ "Lt. Col. Alexander Vindman" -> "Lt. Col.", "Sgt. Ann Lee" -> "Sgt.": a rank
    honorific (with the title before it) as the sentence writes it."""
    honorific = mention.honorific
    if honorific is None or honorific.lower().rstrip(".") not in _RANKS:
        return None
    core = re.escape(honorific.rstrip("."))
    title = rf"{re.escape(mention.title)}\.?\s+" if mention.title else ""
    found = re.search(rf"\b{title}{core}\.?(?=\s)", context)
    if found is not None:
        return found.group()
    return f"{mention.title} {honorific}" if mention.title else honorific


def register_mentions(state: ArticleState, sentence: Span) -> None:
    """Introduce people named with a role, title or honorific, even without a verb.

    "Senator Paul Whitmore, a member of the committee, welcomed the deal." introduces
    Whitmore, so that a later "Whitmore said" or "he said" can find him.  Bare
    capitalised pairs ("Central Asia") are not people and are not registered.
    """
    masked = state.masked_text
    tokens = tokenize(masked, sentence.start, sentence.end)
    runs = name_runs(tokens)
    subject = _pronoun_subject(state.registry, tokens, runs)
    for first, end in runs:
        mention = introduced_person(masked, tokens, first, end, sentence.start, sentence.end)
        if mention is not None:
            state.resolve(mention, state.text[sentence.start : sentence.end])
        elif (
            end - first >= 2
            and _given_and_surname(tokens[first:end])
            and not part_of_organization(tokens, first, end)
            and not place_before_name(tokens, first, end)
            and not is_common_word_not_name(tokens[first].core)
        ):
            state.registry.remember_name([token.core for token in tokens[first:end]])
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
    _role_sentence(state, tokens, runs, sentence)
    _dash_apposition(state, tokens, runs, sentence)
    _appointed_as(state, tokens, runs, sentence)
    _put_in_charge(state, tokens, runs, sentence)
    _lone_given_name(state, tokens, runs, sentence)
    workplace_after(state, tokens, runs, sentence)
    if subject is not None:
        # "He denied that he, Ambassador X and Secretary Y formed a channel.": the pronoun
        # opening the sentence means someone named before it, not the people it names.
        state.registry.touch(subject)
        return
    subject_run = _subject_run(tokens, runs)
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
        if known is not None:
            state.registry.touch(known)


_INTRO_REACH = 8  # words of an introductory phrase before the subject ("As it turned out,")


def _subject_run(tokens: list[Token], runs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name run that is the sentence's subject: one of its first three words ("But
    Davtyan said"), or the first name after a short introductory phrase closed by a comma
    ("As it turned out, Steenburgen had spent years …", "In 2019, Lee moved")."""
    if not runs:
        return None
    if runs[0][0] <= 2:
        return runs[0]
    for run in runs:
        first = run[0]
        if first > _INTRO_REACH:
            break
        if tokens[first - 1].trailing.endswith(","):
            return run  # (names inside the phrase, "in New York,", are not the subject)
    return None


_IS_ROLE = re.compile(
    r"\s*(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<role>[^.;:!?“”\"«»(),]{3,160}?)"
    # "Hege is the CEO of DH, the Spokane branding firm behind …": what follows a comma
    # describes the organisation, and may quote its slogan.
    r"(?:,\s+(?:the|a|an|which|whose|based)\s[^.;:!?]{0,300})?\s*[.;]?\s*$"
)


def _role_sentence(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Ann Lee is the current chairman of the X Council.": a role in a sentence of its
    own, for a person named before or after it."""
    if not runs or runs[0][0] > 1:
        return
    end = runs[0][1]
    if end >= len(tokens) or tokens[end - 1].trailing:
        return
    masked = state.masked_text
    match = _IS_ROLE.match(masked, tokens[end - 1].end, sentence.end)
    if match is not None and has_role_noun(match.group("role")):
        role = _CURRENT.sub("", match.group("role"))
    else:
        # "As Ann Lee reports for NPR, …": who the person works for, with no job named.
        works = _WORKS_FOR.match(masked, tokens[end - 1].end, sentence.end) or _SCORED_FOR.match(
            masked, tokens[end - 1].end, sentence.end
        )
        if works is None:
            return
        role = f"who works for {works.group('org')}"
    surname = surname_of([token.core for token in tokens[runs[0][0] : end]])
    _note_role(state, surname, role)


def _note_role(state: ArticleState, surname: str, role: str) -> None:
    """``role`` for the person called ``surname``: noted for a later mention, and given
    now to a known person who has neither role nor organisation yet."""
    state.registry.note_role(surname, role)
    known = state.registry.by_word(surname)
    if known is not None and known.role is None and known.organization is None:
        known.role, known.organization = split_role(role)
        known.kind = classify(known.role, known.organization, "")


_DASH_APPOSITION = re.compile(
    r"\s*(?:[—–]|--)\s*(?:a|an|the)\s+(?P<role>[^—–.;:!?()]{3,160}?)\s*(?:[—–,]|--)"
)


def _dash_apposition(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Harper — a young British filmmaker hot off directing a BBC drama — had found
    …": a job between dashes after a name, for the person named (noted for later)."""
    for first, end in runs:
        if tokens[end - 1].trailing:
            continue
        match = _DASH_APPOSITION.match(state.masked_text, tokens[end - 1].end, sentence.end)
        if match is None or not has_role_noun(match.group("role")):
            continue
        surname = surname_of([token.core for token in tokens[first:end]])
        role = _role_head(match.group("role"))
        _note_role(state, surname, role)


_APPOINTED_AS = re.compile(
    r"\b(?:named|appointed|hired|elected|installed|chosen|promoted|replace|succeed)"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+as\s+(?:the\s+|its\s+|their\s+|new\s+)*"
    r"(?P<role>[^,.;:!?“”\"«»()]{3,100})"
)
# "as Tottenham's manager until the end of the season": the job ends before its time.
_ROLE_TIME = re.compile(
    r"\s+(?:until|after|before|since|following|from|on|in|at the end|last|this|next|"
    r"effective|starting|when|and|with)\b.*$"
)


def _appointed_as(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's
    manager", "Ann Lee was named as chief executive of Acme": the job the sentence's
    subject is given (noted for later mentions)."""
    if not runs or runs[0][0] > 1:
        return
    first, end = runs[0]
    match = _APPOINTED_AS.search(state.masked_text, tokens[end - 1].end, sentence.end)
    if match is None:
        return
    role = _ROLE_TIME.sub("", match.group("role")).strip()
    if not has_role_noun(role):
        return
    surname = surname_of([token.core for token in tokens[first:end]])
    _note_role(state, surname, role)


_PUT = frozenset({"put", "puts", "putting", "placed", "places", "placing", "left", "leaves"})
_IN_CHARGE = re.compile(
    r"\s+in\s+charge\b(?:\s+of\s+(?P<org>(?:the\s+)?[A-Za-z][\w&.'’-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*))?"
)


def _put_in_charge(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Barr put Ann Lee in charge (of the Bureau of Prisons)": Lee heads it; with no
    "of", the organisation is the last one named before the sentence."""
    masked = state.masked_text
    for first, end in runs:
        if first == 0 or tokens[first - 1].core.lower() not in _PUT or end - first < 2:
            continue
        match = _IN_CHARGE.match(masked, tokens[end - 1].end, sentence.end)
        if match is None:
            continue
        surname = surname_of([token.core for token in tokens[first:end]])
        known = state.registry.by_word(surname)
        if known is not None and known.role and known.role.split()[-1].lower() in _PUT:
            # "The mayor put Ann Lee in charge": "mayor put" was read as Lee's title.
            known.role = known.organization = None
        organization = match.group("org")
        if organization is None:
            before = masked[max(0, sentence.start - OWNER_REACH) : sentence.start]
            organization = _organisation_before(state.registry, before)
        if organization is None:
            continue
        organization = re.sub(r"^the\s+", "", organization)
        _note_role(state, surname, f"head of {organization}")


_ROLE_LINKS = frozenset({"of", "at", "for", "with", "in", "on", "to", "and", "from"})


def _role_head(role: str) -> str:
    """ "young British filmmaker hot off directing a drama" -> "young British filmmaker":
    the job ends at its last job word unless a preposition carries it on."""
    words = role.split()
    last = max((i for i, word in enumerate(words) if is_role_word(word)), default=None)
    if last is None or last + 1 >= len(words) or words[last + 1].lower() in _ROLE_LINKS:
        return role
    return " ".join(words[: last + 1])


_WORKS_FOR = re.compile(
    r"\s*(?:reports|reported|writes|wrote|works|worked|plays|played)\s+for\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*)"
)
# "Dennis Reyes scored 20 of his 31 points in the first half for the Hawks": the team a
# player scores or plays for (not "the Hawks’ win", a possessive); "finished with 25
# points for the league-leading Hawks": the team after a ranking adjective.
_SCORED_FOR = re.compile(
    r"\s*(?:scored|played|pitched|rushed|started|finished)\b[^.;:!?“”\"«»_]{0,120}?\bfor\s+the\s+"
    r"(?:[\w.]+-(?:leading|ranked|seeded|placed)\s+)?"
    r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?![\w'’])"
)
_CURRENT = re.compile(r"^(?:current|longtime|long-time|new|newly appointed)\s+", re.IGNORECASE)


_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OPENERS = frozenset({"but", "and", "yet", "still", "later", "then", "so"})


def _pronoun_subject(
    registry: Registry, tokens: list[Token], runs: list[tuple[int, int]]
) -> Person | None:
    """Who "He" or "She" opening a sentence ("But she …") means, before the sentence's
    own names are registered; "He Yadong" is a name."""
    at = 1 if tokens and tokens[0].core.lower() in _OPENERS and not tokens[0].trailing else 0
    if (
        at >= len(tokens)
        or tokens[at].core.lower() not in _SUBJECT_PRONOUNS
        or (runs and runs[0][0] == at)
    ):
        return None
    return registry.by_pronoun(tokens[at].core, assign=False)


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
        gender_of_name(words[0]) is None  # "Morgan Stanley's": a given name first only
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
    for first, end in name_runs(tokens):
        if (
            _given_and_surname(tokens[first:end])
            and not part_of_organization(tokens, first, end)
            and not place_before_name(tokens, first, end)
            and not tokens[end - 1].core.endswith(("'s", "’s"))
            and state.registry.seen_name(tokens[end - 1].core) is None
            and not is_common_word_not_name(tokens[first].core)
        ):
            words = [token.core for token in tokens[first:end]]
            state.registry.remember_name(words)
            mention = introduced_person(masked, tokens, first, end, span.start, span.end)
            role = _role_text(mention) if mention is not None else None
            if mention is not None and role is not None:
                # "NASA's Steve Clarke, deputy associate administrator": the owner too.
                owned = f"{mention.owner}'s {role}" if mention.owner else role
                state.registry.note_role(surname_of(words), owned)


def sentence_subject(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """The person a participle clause (", saying ...", ", adding ...") hangs on: the
    first person named in the sentence before it."""
    masked = state.masked_text
    if not masked[max(lo, verb_start - 8) : verb_start].rstrip().endswith(","):
        return None
    # The subject is looked for in a bounded window, so each participle costs O(1).
    tokens = tokenize(masked, max(lo, verb_start - _SUBJECT_REACH), verb_start)
    for first, end in name_runs(tokens):
        mention = introduced_person(masked, tokens, first, end, lo, verb_start)
        if mention is None:
            words = [t.core for t in tokens[first:end]]
            known = state.registry.by_full_name(" ".join(words)) or (
                state.registry.by_word(words[-1]) if len(words) == 1 else None
            )
            if known is None:
                continue
            mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
        return mention
    return None


_AND_BEFORE = re.compile(r"\band\s+$")


def coordinated_subject(state: ArticleState, lo: int, verb_start: int) -> Mention | None:
    """The subject of a verb coordinated after another verb phrase: "Swift took to social
    media and accused the label of …", "when Lee looks into the cameras and swears he …".
    Only when the clause names one person, and names them before anything else."""
    masked = state.masked_text
    if _AND_BEFORE.search(masked, max(lo, verb_start - 6), verb_start) is None:
        return None
    tokens = tokenize(masked, max(lo, verb_start - _SUBJECT_REACH), verb_start)
    runs = name_runs(tokens)
    if len(runs) != 1:
        return None
    first, end = runs[0]
    if end >= len(tokens) or not tokens[end].raw[:1].islower() or tokens[end - 1].raw[-1:] in ",;:":
        return None  # the name is no subject followed by its own verb phrase
    mention = introduced_person(masked, tokens, first, end, lo, verb_start)
    if mention is not None:
        return mention
    words = [t.core for t in tokens[first:end]]
    known = state.registry.by_full_name(" ".join(words)) or (
        state.registry.by_word(words[-1]) if len(words) <= 2 else None
    )
    if known is None:
        return None
    return Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
