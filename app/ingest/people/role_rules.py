"""The named sub-rules that split a cleaned role phrase into (role, organisation).

Each sub-rule takes the phrase after :func:`app.ingest.people.roles.split_role` has
cleaned it (no leading article, age, style or trailing clause) and returns
``(role, organisation)`` when its pattern is the phrase's shape, or ``None`` to pass the
phrase on.  :data:`app.ingest.people.roles.ROLE_RULES` runs them in order; the first
answer wins, so a narrower pattern comes before a broader one.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.people.names import (
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_agent_er,
    is_name_word,
    is_org_word,
    is_role_word,
    word_set,
)
from app.ingest.people.nationalities import country_of, demonym_words, is_country
from app.ingest.people.organisation_tails import clause_cut, subject_not_body
from app.ingest.vocabulary import phrase_list, word_list

RoleSplit = tuple[str | None, str | None]

OFFICE_TITLES = phrase_list("office_titles.txt")
HEAD_TITLES = phrase_list("head_titles.txt")
# "Admissions", "Student Affairs" after "of" in a title: a function, no body.
ROLE_FUNCTIONS = frozenset(phrase_list("role_functions.txt"))
# Fields of expertise: "Energy expert X", "Transport analyst Y" name no organisation.
FIELDS = word_set(
    """energy transport transportation security defence defense oil gas climate education
    health healthcare tech technology market markets financial finance political military
    legal foreign policy aviation industry industrial commodities commodity trade labour
    labor migration housing tax banking insurance retail auto automotive shipping
    agriculture agricultural food water environmental environment cyber nuclear space
    mining metals steel economic economy public property media sports arms election
    elections electoral polling infrastructure logistics pharmaceutical pharma medical
    monetary fiscal currency credit equity equities bond bonds fixed income forex
    regional international strategic china russia middle east asia europe africa
    theatre theater film cinema music art arts dance literary ballet opera fashion wine"""
)
_LEADING_ARTICLE = re.compile(r"^(?:an?|the|one of the|its|his|her)\s+", re.IGNORECASE)
_QUOTE_MARKS = frozenset('"“”«»„')
_DESCRIPTOR = re.compile(
    r"^(?:(?!(?:of|for|at|in|on|and|the)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z“\"«][\w“\"«])"
)
_BASED = re.compile(r"^[\w.'’-]+-based\s+(?=\S)")
# " since 2019", " for a decade", " until last year": a time after the body's name.
_ADVERBIAL_AFTER = re.compile(
    r"\s+(?:(?:since|until)\s|(?:for|during|over)\s+(?:a|an|more|nearly|about|almost|several|"
    r"many|two|three|four|five|six|seven|eight|nine|ten|the past|the last|\d[\w-]*)"
    # a span of time ("for a decade", "for more than ten years"), not a name's own words
    # ("the Center for a New American Security")
    r"(?:\s+[\w-]+){0,2}?\s+(?:years?|decades?|months?|weeks?|days?|seasons?|terms?|"
    r"centur(?:y|ies))\b"
    # "who founded Orm Trading in 2010", "… in March": when, not the body's name
    r"|in\s+(?:(?:early|late|mid-?)\s+)?(?:1[89]|20)\d\d\b"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b).*$"
)
# "the Quarkly holding", "the Avia Service company": a kind of body after its name.
_KIND_AFTER_NAME = re.compile(
    r"(?:^|\s)[A-Z0-9«“\"][^\s]*(?P<kind>\s+(?:holding|company|concern|corporation|group|"
    r"plant|factory|firm|agency|club|team|foundation|bank|airline|publishing house))$"
)
# " and a former diplomat", " and the author of": a second apposition after the body.
_SECOND_JOB = re.compile(r",?\s+and\s+(?:an?|the)\s+[a-z]")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the|which|who|whose|where|based)\s")
_ORG_THEN_ROLE = re.compile(
    r"^(?P<org>[A-Z][\w'’.&-]*(?: (?:of|for|and|the|de|&) | )[A-Z][\w'’.&-]*"
    r"(?:(?: (?:of|for|and|the|de|&) | )[A-Z][\w'’.&-]*)*) (?P<role>[a-z][a-z -]*)$"
)
_CAPITALISED = r"[A-Z][\w'’-]*"
_MINISTER_OF = re.compile(
    r"^(?P<role>(?:(?:first |deputy |vice |vice-)*(?:minister|secretary|commissioner)|"
    r"(?:First |Deputy |Vice |Vice-)*(?:Minister|Secretary|Commissioner)) of (?:the )?"
    rf"{_CAPITALISED}(?: (?:and )?{_CAPITALISED}){{0,3}}) of "
    rf"(?P<org>(?:the )?{_CAPITALISED}(?: {_CAPITALISED}){{0,2}})$"
)
_ROLE_OF_AT = re.compile(
    r"^(?P<role>(?:[a-z-]+ ){0,3}[a-z-]+) of (?=(?:the )?[A-Z][^,;]* at (?:the )?[A-Z])"
)
_PORTFOLIO = re.compile(
    r"^(?:(?:first |deputy |vice |vice-)*(?:minister|secretary|commissioner)|"
    r"(?:First |Deputy |Vice |Vice-)*(?:Minister|Secretary|Commissioner)) of (?:the )?"
    rf"(?P<org>{_CAPITALISED}(?: (?:and )?{_CAPITALISED}){{0,3}})$"
)
_SPLITTERS = (" at ", " of ", " for ", " with ", " in ", " on ")
# "administrator for exploration in NASA's Science Mission Directorate": after a portfolio
# in lower case, the body it belongs to.
_BODY_AFTER_PORTFOLIO = re.compile(r" (?:in|at) (?:the )?(?=[A-Z])")
_STATE_BODY_OF = re.compile(
    r"^(?P<adjective>[A-Z][a-z]+)\s+(?:Ministry|Government|Parliament|Embassy|Foreign Ministry)\b"
)
_ALL_TITLES = TITLE_WORDS | TITLE_ABBREVIATIONS
# Units inside a body: a title after one names a job, not an organisation.
_UNIT_WORDS = frozenset({"team", "unit", "squad", "crew", "section", "desk", "shift", "brigade"})
# The sides of a chamber a leader or a whip leads: part of the title, not of the body.
_CHAMBER_SIDES = frozenset({"majority", "minority"})
# Titles that take a portfolio before them ("Labour Minister", "Treasury Secretary").
_PORTFOLIO_TITLES = frozenset(
    {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}
    | {"adviser", "advisor", "chief", "director", "officer", "attorney", "general", "envoy"}
    | {"correspondent", "editor", "counsel", "inspector", "coordinator", "czar", "tsar"}
)
# Ranks before a portfolio title ("Deputy Trade Minister", "First Deputy Finance
# Minister"): the whole is one title, not a body called "Deputy Trade".
_DEPUTY_RANKS = frozenset({"deputy", "vice", "first", "assistant", "associate", "junior"})
# Lower-case nouns that always name a body ("Commerce ministry spokeswoman"), unlike
# "project" or "group", which also name pieces of work.
_BODY_NOUNS = frozenset(
    {"ministry", "union", "bank", "agency", "council", "commission", "committee", "party"}
    | {"government", "administration", "institute", "university", "parliament", "court"}
    | {"regulator", "association"}
)


def has_title(role: str, titles: tuple[str, ...]) -> bool:
    """Whether one of ``titles`` is a whole phrase of ``role`` (case and punctuation
    ignored): "Deputy Prime Minister" has "prime minister", "ministerial" has none."""
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", role.lower()).split()) + " "
    return any(f" {title} " in low for title in titles)


# "(NYSE: GM)", "(Nasdaq:AAPL)", "(LSE: BARC.L)": an exchange and a ticker in parentheses;
# "(ACME.N)", "(7203.T)": a Reuters code, the ticker and its exchange's letter.
_EXCHANGE_TICKER = re.compile(
    r"\s*\(\s*(?:[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?"
    r"|[A-Z0-9]{1,6}\.[A-Z]{1,2})\s*\)"
)


def clean_org(org: str) -> str | None:
    """An organisation as named: no article, no quotes around it, no descriptor before it
    ("the outplacement firm Challenger" -> "Challenger")."""
    org = _EXCHANGE_TICKER.sub("", org)  # "General Motors (NYSE: GM)": its share, no body
    org = _LEADING_ARTICLE.sub("", org.strip(" ,;:.")).strip()
    if org[:1] in _QUOTE_MARKS and org[-1:] in _QUOTE_MARKS:
        org = org[1:-1].strip()  # 'of "Avantgarde"': the quoted name is the organisation
    org = _DESCRIPTOR.sub("", org)
    org = _BASED.sub("", org)  # "the Moscow-based Levada Center": where it sits
    if org[:1].isupper():
        org = _ADVERBIAL_AFTER.sub("", org)  # "the Ice Hawks since 2019": when, not who
    kind_after = _KIND_AFTER_NAME.search(org)
    if kind_after is not None:
        org = org[: kind_after.start("kind")]  # "the Quarkly holding": the holding's name
    second = _SECOND_JOB.search(org)
    if second is not None and second.start() > 0:
        org = org[: second.start()]  # "Kingsbridge College and a former diplomat"
    described = _DESCRIBED_AFTER.search(org)
    if described is not None and described.start() > 0:
        org = org[: described.start()]  # "DH, the Spokane advertising firm": its description
    return clause_cut(org) or None  # "Dynamo decided to keep": the name ends before the verb


# "deputy from the party "Ruritania First"", "councillor of the Green Party": the party a
# member of a body sits for.
_PARTY_MEMBER = re.compile(
    r"^(?P<role>[^,;]+?) (?:from|of) the (?:"
    r"(?:party|faction|bloc) (?P<named>[\"“«][^\"“”«»]+[\"”»]|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})"
    r"|(?P<party>(?:[A-Z][\w'’-]* ){1,4}Party)"
    r"|(?P<before>[\"“«][^\"“”«»]+[\"”»]|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r" (?:faction|bloc|party))$"
)


def party_member(text: str) -> RoleSplit | None:
    """ "State Assembly deputy from the party "Ruritania First"", "State Duma deputy from the
    LDPR faction": the member's party is the
    organisation, the body they sit in stays with the job ("State Assembly deputy")."""
    match = _PARTY_MEMBER.match(text)
    if match is None or not is_role_word(match.group("role").split()[-1]):
        return None
    party = match.group("named") or match.group("party") or match.group("before")
    return match.group("role"), clean_org(party)


def named_body_then_role(text: str) -> RoleSplit | None:
    """ "Bank of England governor": a capitalised name with "of", then a lower-case job."""
    match = _ORG_THEN_ROLE.match(text)
    if match is None or not is_role_word(text.split()[-1]) or " of " not in match.group("org"):
        return None
    return match.group("role"), match.group("org")


def portfolio_of_state(text: str) -> RoleSplit | None:
    """ "Minister of Transport of Kazakhstan": the portfolio stays in the role, the state
    after it is the organisation."""
    match = _MINISTER_OF.match(text)
    if match is None:
        return None
    return match.group("role"), clean_org(match.group("org"))


def unit_of_parent(text: str) -> RoleSplit | None:
    """ "director of the Wadhwani AI Center at CSIS": the unit and its parent together are
    the organisation."""
    match = _ROLE_OF_AT.match(text)
    if match is None:
        return None
    return match.group("role"), clean_org(text[match.end() :])


def portfolio_title(text: str) -> RoleSplit | None:
    """ "Secretary of State", "Minister of Foreign Affairs": one title, no organisation
    (a country after "of" is left to the preposition split)."""
    match = _PORTFOLIO.match(text)
    if match is None or is_country(match.group("org")):
        return None
    return text, None


_OF_FOR_WITH = re.compile(r" (of|for|with) (?:the )?")
# "the city of Boston", "the state of Ohio": a polity named so is the body itself.
_POLITY_UNITS = frozenset({"city", "town", "village", "state", "county", "province", "region"})
# ... and after "of" a lower-case descriptor ending in a body noun may come first: "head
# of the analytical department of the brokerage company Aton".
_UNIT_OF_NAMED = re.compile(
    r"(?P<unit>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}) of (?:the )?"
    r"(?:(?:[a-z][\w-]* )?(?:company|firm|bank|agency|holding|group|corporation|fund) )?[A-Z]"
)


def _names_body(rest: str) -> bool:
    """Whether the words after a preposition, up to the next one, name a body: a
    capitalised name ("the Bank of X"), a body noun ("the analytical department") or a
    polity's ("the town of Hythe"), not a portfolio ("economics", "field operations", "the
    president")."""
    rest = rest.lstrip('"“«„')
    head = re.split(r" (?:of|for|with|at|in|on|,) ?", rest, maxsplit=1)[0].rstrip(",.;")
    if head[:1].isupper() and head.lower() in ROLE_FUNCTIONS:
        return False  # "Associate Dean of Admissions": the office's function, no body
    if subject_not_body(rest):
        return False  # "a teacher of Russian language": a subject, no body
    polity = _UNIT_OF_NAMED.match(rest)
    if polity is not None and polity.group("unit") in _POLITY_UNITS:
        return True  # "the town of Hythe": a polity named so is a body
    head = re.split(r" (?:of|for|with|at|in|on) ", rest, maxsplit=1)[0]
    return rest[:1].isupper() or any(
        is_org_word(word) or is_org_word(_SUB_UNIT.sub("", word)) for word in head.split()
    )


# "subcommittee", "sub-department": a unit of a body is a body too.
_SUB_UNIT = re.compile(r"^(?:sub-?|inter-?)(?=[a-z]{4})")


def _split_points(text: str) -> list[tuple[str, int]]:
    """Where the job may end: " at " first; then the first " of ", " for " or " with "
    before a body, so that a portfolio stays with the job ("supervisor of field operations
    of the X", "economist with the Bank of X"); then each preposition where it first
    stands, in :data:`_SPLITTERS` order."""
    points: list[tuple[str, int]] = []
    at = text.find(" at ")
    if at > 0:
        points.append((" at ", at))
    body = next(
        (m for m in _OF_FOR_WITH.finditer(text) if m.start() > 0 and _names_body(text[m.end() :])),
        None,
    )
    if body is not None:
        unit = _UNIT_OF_NAMED.match(text, body.end())
        if unit is not None and unit.group("unit").split()[-1] not in _POLITY_UNITS:
            # "chairman of the board of Harborbank", "deputy chairman of the budget
            # committee of the State Duma": the unit stays with the job, the named body
            # after it is the organisation.
            points.append((" of ", unit.end("unit")))
        points.append((f" {body.group(1)} ", body.start()))
    for splitter in _SPLITTERS:
        index = text.find(splitter)
        if index > 0:
            points.append((splitter, index))
    return points


# Ties to a person that are no job: "a supporter of President Biden", "a partner of Ann Ross".
_TIES = word_set(
    """supporter fan friend partner ally admirer follower critic opponent rival neighbour
    neighbor classmate relative girlfriend boyfriend fiance fiancé fiancee widow widower
    husband wife brother sister mother father son daughter cousin niece nephew uncle aunt"""
)
# Jobs done for one person, "of" them: "the lawyer of Ivan Petrov", "the bodyguard of Ann
# Ross" ("a lawyer for Charles Schwab", "a spokeswoman for John Lewis" are a firm's).
_JOBS_OF_A_PERSON = word_set(
    """lawyer attorney counsel solicitor barrister advocate defender biographer bodyguard
    publicist"""
)


def _a_person(name: str, role: str, splitter: str) -> bool:
    """ "President Biden", "Sen. Ann Ross" (a title and a name), or "Ivan Petrov" (a known
    given name and a surname) after a tie, or after "of" and a job done for a person:
    someone, no body.  Firms are named like people ("Morgan Stanley", "John Lewis"), so a
    bare name after any other job keeps its reading as the employer."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(is_org_word(word) for word in words):
        return False
    first = words[0].rstrip(".")
    if first[:1].isupper() and first.lower() in _ALL_TITLES:
        return all(is_name_word(word) for word in words[1:])
    if not all(is_name_word(word) for word in words):
        return False
    head = role.split()[-1].lower() if role else ""
    personal = head in _TIES or (splitter == " of " and head in _JOBS_OF_A_PERSON)
    return personal and gender_of_name(first) is not None


# "an economist at the end of a long career at X": a time, not a body, after " at ".
_TIME_AT = re.compile(
    r"^(?:the\s+)?(?:end|beginning|start|height|close|turn|peak|outset|dawn|time|age)\s+of\b"
)
_BODY_AT = re.compile(r"\sat\s+(?=(?:the\s+)?[A-Z])")
# "research for Acme Bank", "staff to Sen. Mark Dale": after " of ", a lower-case portfolio
# of one word, then the body or the person it serves.
_PORTFOLIO_THEN = re.compile(
    r"(?P<portfolio>[a-z][\w-]+) (?P<link>for|to|at|with) (?=(?:the )?[A-Z])"
)
# "a lawyer in the city of Boston": where the job is done, no employer.
_IN_A_POLITY = re.compile(r"\s+in\s+(?:the\s+)?(?:city|town|village|state|county|province|region)$")


def split_at_preposition(text: str) -> RoleSplit | None:
    """ "researcher at the Center for X": split at the first " at ", then " of ", " for ",
    " with ", " in ", " on ".  "in"/"on" need a capitalised body ("an expert on Russia" is
    a subject); a lower-case portfolio after "for" looks on for the body ("administrator
    for exploration in NASA's ..."), and one naming no body stays with the job ("press
    secretary of the president"); "head of the Turkish Ministry of ..." gives the state."""
    for splitter, index in _split_points(text):
        role = text[:index].strip()
        org = clean_org(text[index + len(splitter) :])
        portfolio = (
            _PORTFOLIO_THEN.match(text, index + len(splitter)) if splitter == " of " else None
        )
        if portfolio is not None and role:
            # "head of research for Acme Bank", "chief of staff to Sen. Mark Dale": a
            # one-word portfolio stays with the job; the body, if any, is after it
            job, rest = text[: portfolio.end("portfolio")], text[portfolio.end() :]
            if portfolio.group("link") == "to":
                # the person or office served is part of the job; a body is the employer
                served = not any(is_org_word(word) for word in rest.split())
                return (text, None) if served else (job, clean_org(rest))
            return job, clean_org(rest) if _names_body(rest) else None
        if splitter == " at " and org is not None and _TIME_AT.match(org):
            body = _BODY_AT.search(text, index + len(splitter))
            return role or None, clean_org(text[body.end() :]) if body else None
        if (
            splitter in (" of ", " for ")
            and org is not None
            and not text.startswith("the ", index + len(splitter))  # "of the Ice Hawks"
            and _a_person(org, role, splitter)
        ):
            # "the lawyer of Ivan Petrov": a person is no organisation; a tie is no job
            tie = role.split()[-1].lower() in _TIES if role else True
            return (None if tie else role or None), None
        polity = _IN_A_POLITY.search(role) if splitter == " of " else None
        if polity is not None:
            job = role[: polity.start()]
            if has_title(job, OFFICE_TITLES):
                # "an official in the state of Ohio": the polity employs its officials
                return job, clean_org(text[polity.start() + len(" in ") :])
            return job or None, None  # "a lawyer in the city of Boston": where, no employer
        if splitter in (" in ", " on ") and org is not None and not org[0].isupper():
            continue
        if splitter == " in " and not any(
            is_org_word(word) or (len(word) >= 2 and word.isupper()) for word in (org or "").split()
        ):
            continue  # "a physician in Denver": where, not who employs them
        if splitter == " on " and not any(is_org_word(w) for w in (org or "").split()):
            continue  # "an expert on Russia": a subject, not a body
        if splitter in (" for ", " with ") and org is not None and org[0].islower():
            body = _BODY_AFTER_PORTFOLIO.search(text, index + len(splitter))
            if body is not None:
                return text[: body.start()].strip(), clean_org(text[body.end() :])
        if splitter in (" of ", " for ", " with ") and org is not None and not _names_body(org):
            continue  # "press secretary of the president", "curator of the exhibition"
        state_body = _STATE_BODY_OF.match(org or "")
        if role and org and state_body and country_of(state_body.group("adjective")):
            # "head of the Turkish Ministry of Foreign Affairs": the state holds the office,
            # the ministry belongs to the role.
            return (
                f"{role} of the {org[state_body.end('adjective') :].strip()}",
                country_of(state_body.group("adjective")),
            )
        return role or None, org
    return None


# The job may be a title written capitalised before a name: "Professor Ivo Kranj from the
# University of Salten" gives "Professor from the University of Salten".
_JOB_FROM = re.compile(
    r"^(?P<role>[A-Za-z][a-z][\w-]*(?: [A-Za-z][a-z][\w-]*){0,3}) from (?:the )?(?P<rest>[A-Z].*)$"
)


# "the Kursk region", "the Harbor oblast": a named region with its unit noun.
_REGION = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:region|oblast|province|district|territory|krai)"
)


def job_from(text: str) -> RoleSplit | None:
    """ "plumber from Leeds", "researcher from Harvard University": a job from a place keeps
    the job and names no employer; from a body ("University", "NASA"), the body employs."""
    match = _JOB_FROM.match(text)
    if match is None or not (
        is_role_word(match.group("role").split()[-1].lower())
        or is_agent_er(match.group("role").split()[-1].lower())
    ):
        return None
    rest = match.group("rest")
    if has_title(match.group("role"), OFFICE_TITLES):
        if text.startswith(f"{match.group('role')} from the ") and _REGION.fullmatch(rest):
            # "senator from the Kursk region": the region a member sits for is named as a
            # body is, with its unit noun, and is the organisation
            return match.group("role"), rest
        return None  # "a state senator from Ohio": the place an office-holder represents

    body = any(is_org_word(word) or (len(word) >= 2 and word.isupper()) for word in rest.split())
    return match.group("role"), clean_org(rest) if body else None


# Words for one who holds an office for now: part of the job, never of the body.
_STAND_INS = frozenset({"acting", "interim"})


# Capitalised words that say which kind of judge or legislator a title names ("Circuit
# Judge", "State Sen.", "District Judge"), not a body of its own.  ("House Speaker",
# "Senate President" name their chamber: it is the body.)
_TITLE_MODIFIERS = frozenset({"state", "circuit", "district", "superior", "appeals", "appellate"})


def capitalised_title(text: str) -> RoleSplit | None:
    """All words capitalised: two or more words, or an acronym, before the title are an
    organisation ("Federal Reserve Governor", "ECB President"); one word is a portfolio
    ("Labour Minister", "Treasury Secretary"); a unit is part of the job ("Rescue Team
    Leader")."""
    words = text.split()
    if not all(word[:1].isupper() for word in words):
        return None
    if len(words) > 2 and words[0].lower() in _STAND_INS:
        # "Interim Home Secretary", "Acting Federal Reserve Chairman": the stand-in's word
        # is the job's, and the rest is read as it would be without it; as with "former",
        # the job then keeps the body's name as written
        found = capitalised_title(" ".join(words[1:]))
        if found is not None and found[0] is not None:
            return (text if found[1] else f"{words[0]} {found[0]}"), found[1]
    title_at = len(words)
    while title_at > 0 and (
        words[title_at - 1].lower().rstrip(".") in _ALL_TITLES or is_role_word(words[title_at - 1])
    ):
        title_at -= 1
    if 0 < title_at < len(words) and words[title_at - 1].lower() in _UNIT_WORDS:
        return text, None
    if title_at == 1 and len(words) > 1 and words[0].lower() in _TITLE_MODIFIERS:
        return text, None  # "Circuit Judge", "State Sen.": a kind of the title, no body
    if (
        2 <= title_at < len(words)
        and words[-1].lower().rstrip(".") in _PORTFOLIO_TITLES
        and words[0].lower() in _DEPUTY_RANKS
        and all(word.lower() in FIELDS for word in words[1:title_at])
    ):
        return text, None  # "Deputy Economy Minister": a rank and a portfolio, no body
    while title_at > 0 and words[title_at - 1].lower() in _CHAMBER_SIDES:
        title_at -= 1  # "Senate Majority Leader": the majority's leader in the Senate
    if 2 <= title_at < len(words) or (
        title_at == 1
        and title_at < len(words)
        and (
            (words[0].isupper() and len(words[0]) >= 2)
            or words[-1].lower().rstrip(".") not in _PORTFOLIO_TITLES
        )
    ):  # "ECB President": an acronym is an organisation, not a portfolio; "Oregon Gov.",
        # "Senate President": a governor or a president has no portfolio
        return " ".join(words[title_at:]), " ".join(words[:title_at])
    return text, None


def capitalised_body_then_job(text: str) -> RoleSplit | None:
    """ "Barclays economist", "Kremlin spokesman", "White House press secretary": a
    capitalised organisation then a lower-case job; but "Supply chain analyst" is one job
    and "Energy expert" names a field."""
    words = text.split()
    lower = next((i for i, word in enumerate(words) if word[:1].islower()), len(words))
    if (
        0 < lower < len(words)
        and is_role_word(words[-1])
        and (lower >= 2 or is_org_word(words[0]) or words[0].isupper())
        and not all(w.lower() in FIELDS for w in words[:lower])
        and all(w[:1].isupper() for w in words[:lower])
        and not words[lower - 1].lower().endswith("-based")  # "Hong Kong-based lawyer": where
    ):
        if demonym_words(words[:lower]):
            return text, None  # "South African economist": where they are from, no employer
        return " ".join(words[lower:]), " ".join(words[:lower])
    return None


_HELD_BEFORE = frozenset({"former", "ex-", "one-time", "onetime"})


def body_noun_then_title(text: str) -> RoleSplit | None:
    """ "Farmers' union president", "Teachers Union president": an organisation noun (a
    name, a body noun, or owned) before the job; "Sahel project director" is one job."""
    words = text.split()
    title_at = len(words)
    while title_at > 0 and (
        is_role_word(words[title_at - 1]) or words[title_at - 1].lower() in TITLE_WORDS
    ):
        title_at -= 1
    if (
        0 < title_at < len(words)
        and any(
            is_org_word(word.rstrip("'’"))
            and (
                word[0].isupper()
                or word in _BODY_NOUNS
                or (j > 0 and words[j - 1].endswith(("'", "’", "'s", "’s")))
            )
            for j, word in enumerate(words[:title_at])
        )
        and not all(word.lower() in FIELDS for word in words[:title_at])
    ):
        # "long-time party strategist", "veteran union organizer": the person's standing
        # opens the phrase, no part of the body's name
        lead = 0
        while (
            lead < title_at - 1
            and _person_modifier(words[lead])
            and words[lead].lower() not in _HELD_BEFORE
        ):
            lead += 1  # ("former" stays: split_role gives it back to the job)
        return " ".join(words[title_at:]), " ".join(words[lead:title_at])
    return None


def words_before_job(text: str) -> RoleSplit | None:
    """ "Acme Robotics engineer": capitalised words before the first job word are the
    organisation, unless they name a field ("Energy analyst"), an award
    ("Oscar-winning actress") or a nationality ("North Korean defector")."""
    words = text.split()
    for index, word in enumerate(words):
        if word[0].islower() or is_role_word(word):
            if index == 0 or not is_role_word(word):
                return None
            if all(w.lower() in FIELDS for w in words[:index]):
                return words[0].lower() + text[len(words[0]) :], None
            if any("-" in w and w.rsplit("-", 1)[1].islower() for w in words[:index]):
                return " ".join(words[index:]), None
            if demonym_words(words[:index]):
                return text, None  # "North Korean defector": a nationality, no employer
            return " ".join(words[index:]), " ".join(words[:index])
    return None


_PERSON_MODIFIERS = word_list("person_modifiers.txt")


def _person_modifier(word: str) -> bool:
    """A word of ``person_modifiers.txt`` ("Senior", "Retired", "Veteran") describes the
    person, not who employs them."""
    return word.lower() in _PERSON_MODIFIERS


def modifiers_before_job(text: str) -> RoleSplit | None:
    """ "Veteran teacher", "Senior Economist", "Retired engineer": a capitalised modifier
    (at a sentence's start, or in title case) before the job is part of the role, never an
    organisation.  Only when every word before the job words is such a modifier."""
    words = text.split()
    title_at = len(words)
    while title_at > 0 and (
        is_role_word(words[title_at - 1]) or words[title_at - 1].lower() in TITLE_WORDS
    ):
        title_at -= 1
    if not 0 < title_at < len(words) or not words[0][:1].isupper():
        return None
    if not all(_person_modifier(word) for word in words[:title_at]):
        return None
    if any(word[:1].isupper() for word in words[1:]):
        return text, None  # title case ("Senior Economist"): as written
    return words[0].lower() + text[len(words[0]) :], None  # a sentence's capital


# A club's short name ("City" for Manchester City, "Town", "County") before a player's
# position is the club, not a polity.
_CLUB_SHORT_NAMES = frozenset({"city", "town", "county"})
_PLAYING_POSITIONS = frozenset(
    {"striker", "forward", "defender", "midfielder", "goalkeeper", "keeper", "winger"}
    | {"fullback", "full-back", "playmaker", "captain", "player", "midfield"}
)


# Organisation words that, opening a job, name a place or a public service rather than a
# body the article named ("City manager", "Police chief", "Project scientist").
_PLACE_OR_SERVICE = frozenset(
    {"city", "county", "town", "village", "state", "police", "project", "school"}
)

# Acronyms that name a field of work inside a job ("City IT director"), not a body.
_FIELD_ACRONYMS = frozenset({"IT", "HR", "PR", "AI", "ICT"})


def _sentence_case_noun(word: str) -> bool:
    """ "City", "Race", "Project": a frequent singular English noun, capitalised only as
    the sentence's first word; not an adjective ("United", "Wild", "House", "National")
    nor a plural ("Giants"), which name clubs and bodies."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    if is_org_word(low) and low not in _PLACE_OR_SERVICE:
        return False  # "Association president", "Bank spokesman": the body named before
    lemmas = getAllLemmas(low)
    if not lemmas:  # "county": a noun no table of inflections holds
        return is_common_word_not_name(low) and not low.endswith("s")
    return is_common_word_not_name(low) and low in lemmas.get("NOUN", ()) and "ADJ" not in lemmas


def common_noun_then_job(text: str) -> RoleSplit | None:
    """ "City manager", "Race director", "City IT director": a common noun capitalised
    only because it opens the sentence, then a lower-case job, is all one job and names
    no organisation ("Google CEO", "Barclays economist" keep theirs)."""
    words = text.split()
    if len(words) < 2 or not _sentence_case_noun(words[0]):
        return None
    if not all(w[:1].islower() or w in _FIELD_ACRONYMS for w in words[1:]):
        return None
    if not (is_role_word(words[-1]) or words[-1].lower() in TITLE_WORDS):
        return None
    if words[0].lower() in _CLUB_SHORT_NAMES and words[-1].lower() in _PLAYING_POSITIONS:
        return None  # "City striker": a town has no striker, a club ("Man City") has
    return words[0].lower() + text[len(words[0]) :], None
