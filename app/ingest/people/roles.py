"""A person's role and organisation, from an apposition or a pre-name title.

:func:`split_role` turns a phrase ("researcher at the Center for X", "Barclays
economist", "who heads the Y Alliance", "President of Kazakhstan") into ``(role,
organisation)`` in three steps:

1. whole-phrase answers: "who heads/leads/founded X" (the verb gives the job), "who
   joked ..." (a clause, no job), "of the Boston Globe" (an organisation alone);
2. normalisation (:func:`_normalised`): "who is", "one of the", a family tie, narration
   before the job, "according to", a leading article, an age, a style after a title and
   a trailing relative or participle clause are dropped;
3. the named sub-rules of :data:`ROLE_RULES`, in order, the first answer winning (each
   documented where it is defined, most in :mod:`app.ingest.people.role_rules`);
   a phrase no rule splits is the role as a whole.

Last, a "former" before a body's name goes back into the role, a plural job is made
singular, and a phrase with no job noun is no role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import (
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    has_role_noun,
    is_agent_er,
    is_name_word,
    is_org_word,
    is_role_word,
)
from app.ingest.people.nationalities import US_STATES, country_of, is_country
from app.ingest.people.organisation_tails import experience_dropped, has_finite_verb
from app.ingest.people.role_rules import (
    FIELDS,
    HEAD_TITLES,
    OFFICE_TITLES,
    RoleSplit,
    body_noun_then_title,
    capitalised_body_then_job,
    capitalised_title,
    clean_org,
    common_noun_then_job,
    has_title,
    job_from,
    modifiers_before_job,
    named_body_then_role,
    party_member,
    portfolio_of_state,
    portfolio_title,
    split_at_preposition,
    unit_of_parent,
    words_before_job,
)
from app.ingest.people.title_case_titles import minister_of_state, ranks_to_role

__all__ = [
    "FIELDS",
    "HEAD_TITLES",
    "OFFICE_TITLES",
    "ROLE_RULES",
    "has_title",
    "relative_of",
    "split_role",
]

# "an economist at X who studies Y", "a lawyer representing the club", "an attorney
# representing Floyd's brother": a clause after the job.
_ROLE_TAIL = re.compile(
    r"\s+(?:who|which|whose|where|[a-z]+ing(?=\s+(?:the|a|an|its|his|her|their)\s)|"
    r"representing(?=\s+[A-Z]))\s+"
)
# "according to economist X", "according to the forecast of economist X", "in the opinion
# of analyst X": whose words, not the job.
_ACCORDING = re.compile(
    r"^(?:according\s+to\s+|in\s+)?(?:(?:the|an?)\s+)?"
    r"(?:words?|estimates?|forecasts?|assessments?|calculations?|opinions?|views?|data|"
    r"projections?|predictions?|analysis)\s+(?:of|from|by)\s+|^according\s+to\s+"
    r"|^(?:of|from|by)\s+(?=[a-z]+$)",
    re.IGNORECASE,
)
_STYLE_AFTER = re.compile(
    r"(?<=\w)\s+(?:Prince|Princess|Sheikh|Sir|Dame|Dr\.?|Mr\.?|Ms\.?|"
    r"Mrs\.?|Professor|Prof\.?)$"
)
_AGE = re.compile(r"\b\d{1,3}-year-old\s+")
# "in a note to investors", "in an interview with X", "during the call with analysts": what
# was said where, no job ("in the finance ministry" may be one, so "in the" is left alone).
_IN_A_DOCUMENT = re.compile(
    r"^(?:(?:in|during|via)\s+(?:an?|his|her|their|its)|during\s+the)\s"
    r"(?!(?:\w+\s+)?(?:role|capacity|position|job|post)\s+as\b)",  # "in his role as chairman"
    re.IGNORECASE,
)
_PREPOSITION_LOWER_BODY = re.compile(
    r"^(?:of|at|with|from)\s+the\s+(?P<body>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
    r"(?P<tail>['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:office|branch|bureau|department))?$"
)
_PREPOSITION_FIRST = re.compile(r"^(?:of|at|from)\s+(?=(?:the\s+)?[A-Z])")
_FUNCTION_WORDS = frozenset(
    {"that", "which", "who", "whom", "and", "or", "to", "the", "a", "an", "than", "as"}
)
# "one of his editors": one of several holding the job.
_ONE_OF = re.compile(r"^one of (?:the|his|her|its|their|our)\s+", re.IGNORECASE)
_FAMILY = frozenset(
    {"husband", "wife", "brother", "sister", "mother", "father", "son", "daughter", "uncle"}
    | {"aunt", "partner", "friend", "cousin", "niece", "nephew"}
)
_LEADING_ARTICLE = re.compile(r"^(?:an?|the|both|one of the|its|his|her)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"^who\s+(?:is|was|serves as|works as|has been)\s+", re.IGNORECASE)
_RELATIVE_VERB = re.compile(
    r"^who\s+(?:has\s+|had\s+)?(?:long\s+|also\s+)?"
    r"(?P<verb>heads|headed|leads|led|runs|ran|run|chairs|chaired|directs|directed|"
    r"founded|co-founded|manages|managed|teaches at|teaches|works at|works for|studies|"
    r"plays for|played for|reports for|writes for)\s+",
    re.IGNORECASE,
)
# "the board of", "law at", "a team at": the unit or subject between the verb and the body;
# not "in" ("who runs a bakery in Brooklyn", "who led the protest in Minsk": a place).
_UNIT_THEN_BODY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|at|for)\s+(?=(?:the\s+)?[A-Z])"
)
_GENERIC_OWNER_START = re.compile(
    r"^(?:the\s+)?(?:company|firm|group|bank|agency|startup|start-up|carrier|lender|insurer|"
    r"retailer|manufacturer|organi[sz]ation|institute|university|team|club|"
    # "the away side's head coach": a match's side, whichever team that is
    r"(?:home|away|visiting|host)\s+(?:side|team|club))['’]s\s+(?=[a-z])",
    re.IGNORECASE,
)
# "the academy's president": a lower-case body's kind owning the job (the kinds of
# _GENERIC_OWNER_START are resolved where the mention is read).
_POLITY_KINDS = frozenset(
    {"state", "country", "nation", "capital", "county", "city", "region", "province", "town"}
    | {"village", "district", "panel", "party", "government", "administration", "team"}
)
_KIND_OWNER_START = re.compile(r"^(?:[Tt]he|[Ii]ts)\s+(?P<kind>[a-z]+)['’]s\s+(?=[a-z])")
# "the mayor's chief of staff", "the governor's spokeswoman": an office-holder's staff.
# Lower case only, and no "president" nor "chancellor": a company's or a university's
# are written so too.
_OFFICE_HOLDER_OWNER = re.compile(
    r"^the\s+(?P<holder>mayor|governor|premier|prime minister|senator)['’]s\s+(?=[a-z])"
)
# "who represents Marsh", "who represented the Smith family", "who is representing Ann Lee":
# a person or a family as the object, no district, state, body or place after it.
_REPRESENTS_CLIENT = re.compile(
    r"^who\s+(?:represents|represented|is representing|has represented)\s+"
    r"(?P<client>(?:the\s+)?[A-Z][\w'’-]+\s+family|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    r"(?:\s+and\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)?)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:case|trial|lawsuit|suit)\b.*)?$"
)
_PLACE_NOUNS = frozenset(
    {"county", "district", "city", "state", "parish", "ward", "borough", "province", "region"}
    | {"constituency", "riding", "township", "town", "village", "valley", "island", "islands"}
)


def _a_place_or_body(name: str) -> bool:
    """ "Ohio", "Harbor County", "Chile", "the Harbor Union": what a legislator or an
    advocate represents, no lawyer's client."""
    words = name.split()
    last = words[-1].lower()
    return (
        is_country(name)
        or name in US_STATES
        or last in _PLACE_NOUNS
        or (last != "family" and is_org_word(last))
    )


_RELATIVE_ROLE = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "runs": "head",
    "ran": "head",
    "run": "head",
    "chairs": "chair",
    "chaired": "chair",
    "directs": "director",
    "directed": "director",
    "founded": "founder",
    "co-founded": "co-founder",
    "manages": "manager",
    "managed": "manager",
    "teaches at": "lecturer",
    "teaches": "lecturer",
    "works at": None,
    "works for": None,
    # "who plays for the Wild", "who reports for NPR": the body, no job named
    "plays for": None,
    "played for": None,
    "reports for": None,
    "writes for": None,
    "studies": "researcher",
}


# Titles a state gives, capitalised after a country ("U.S. Attorney", "U.S. Marshal").
_STATE_TITLES = (
    "attorney",
    "marshal",
    "consul",
    "surgeon general",
    "trade representative",
    # a federal court's judges: "U.S. District Judge", "U.S. Magistrate Judge"
    "district judge",
    "magistrate judge",
    "circuit judge",
    "bankruptcy judge",
)


def owned_role(text: str) -> RoleSplit | None:
    """ "WHO's regional director for Europe", "Nationwide's chief economist": the owner is
    the organisation and everything after it the role."""
    words = text.split()
    owner = next((i for i, word in enumerate(words[:4]) if word.endswith(("'s", "’s"))), None)
    if owner is None or owner + 1 >= len(words) or not words[0][:1].isupper():
        return None
    organization = " ".join([*words[:owner], words[owner][:-2]])
    rest = " ".join(words[owner + 1 :])
    role, org = split_role(rest)
    return (role, organization) if org is None else (rest, organization)


_LEAD_STOPS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "by", "our"}
    # "a phone call with President", "When Afghan President", "if US President": the
    # narration ends at a preposition or a conjunction before the job.
    | {"with", "when", "if", "while", "after", "before", "because", "that", "but", "as", "how"}
)


_POSSESSIVE_END = re.compile(r"(?:['’]s)?[,;:'’]*$")


# Words that open a clause: a title after the last of them, right before the name, is the
# name's; the words before it are another clause ("The Foreign Minister expressed regret
# that the German Chancellor [Name]").
_CLAUSE_OPENERS = frozenset(
    {"that", "when", "if", "while", "after", "before", "because", "but", "how", "whether"}
    # "told reporters following her meeting with President [Name]": the met one's title
    | {"with", "following", "between"}
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def _title_after_clause_opener(words: list[str]) -> list[str] | None:
    """The words after the last clause opener when they are only a title written before a
    name (a determiner, capitalised words and job words, a job word last); else None."""
    cut = max((i for i, word in enumerate(words) if word.lower() in _CLAUSE_OPENERS), default=-1)
    if cut < 1:
        return None
    if words[cut - 1].islower() and is_role_word(words[cut - 1]):
        return None  # "a senior analyst with Orm Capital Partners": the job's employer
    tail = words[cut + 1 :]
    while tail and tail[0].lower() in _DETERMINERS:
        tail = tail[1:]
    if not tail or not is_role_word(tail[-1]):
        return None
    if not all(word[:1].isupper() or is_role_word(word) for word in tail):
        return None
    return tail


_AUXILIARIES = frozenset(
    {"would", "will", "could", "should", "can", "cannot", "did", "does", "do", "might", "must"}
)
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "if", "as"})


def _narration_before_subordinator(words: list[str]) -> bool:
    """Whether ``words`` are a clause with a modal or "do" verb, then a subordinator and
    no job word after it: narration glued before a name, not a job."""
    cut = max((i for i, word in enumerate(words) if word.lower() in _SUBORDINATORS), default=-1)
    if cut < 1 or any(is_role_word(word) for word in words[cut + 1 :]):
        return False
    return any(word.lower() in _AUXILIARIES for word in words[:cut])


def _lead_trimmed(text: str) -> str:
    """The role phrase without the narration glued before it: "On the previous day the
    president of Lithuania" -> "president of Lithuania", "prepared by the deputy chairman
    of X" -> "deputy chairman of X", "When the immunologist" -> "immunologist".  The cut is
    after the last determiner (or "by") before the first job word, or after the last word
    opening a clause when only a title follows it ("… expressed regret that the German
    Chancellor" -> "German Chancellor")."""
    words = text.split()
    titled = _title_after_clause_opener(words)
    if titled is not None:
        return " ".join(titled)
    if _narration_before_subordinator(words):
        return ""  # "the party would not accept any MP after former [Name]": no job
    first_job = next(
        (i for i, word in enumerate(words) if is_role_word(_POSSESSIVE_END.sub("", word))),
        None,
    )
    if first_job is None or first_job == 0:
        return text
    cut = max((i for i in range(first_job) if words[i].lower() in _LEAD_STOPS), default=None)
    if cut is None or (cut == 0 and words[0].lower() in {"the", "a", "an"}):
        return text
    return " ".join(words[cut + 1 :])


def _ends_in_a_past_verb(text: str) -> bool:
    """ "Prosecutors charged", "the minister met": the phrase before a name ends in a verb
    in the past tense, so the name is its object and the phrase no job of theirs."""
    words = text.split()
    last = words[-1] if len(words) >= 2 else ""
    if not last.isalpha() or not last.islower() or is_role_word(last):
        return False
    lemmas = getAllLemmas(last)
    if "NOUN" in lemmas or "VERB" not in lemmas:
        return False
    return last in getAllInflections(lemmas["VERB"][0], upos="VERB").get("VBD", ())


def _a_body_described(org: str) -> bool:
    """ "the statistics service", "the regional health ministry": a lower-case body of two
    to four words whose last is an organisation noun, nothing after it."""
    words = org.split()
    return 2 <= len(words) <= 4 and all(w.isalpha() for w in words) and is_org_word(words[-1])


# "leading analyst “Oak Capital”", "head of research of Bank «St.-Nikolay»": translated
# copy marks a company's name with quotation marks, right after the job.
_MARKED_BODY = re.compile(
    r"(?P<role>[^“”\"«»]{2,80}?)\s+(?:(?:of|at)\s+(?:the\s+)?)?"
    r"(?P<noun>(?:Bank|Company|Fund|Group|Holding|Corporation)\s+)?"
    r"[“\"«](?P<body>[A-Z][^“”\"«»\s]*(?:\s[^“”\"«»\s]+){0,3})[”\"»]"
)


def _marked_body(text: str) -> RoleSplit | None:
    """("leading analyst", "Oak Capital") for 'leading analyst “Oak Capital”': a marked
    name of at most four words after a job is its organisation (with "Bank" or the like
    written before it); None when ``text`` is no such phrase."""
    found = _MARKED_BODY.fullmatch(text)
    if found is None or not has_role_noun(found.group("role")):
        return None
    if re.search(r"\s(?:of|at|for|from|with)\s", found.group("role")):
        return None  # "head of the analytical center “X”": the body is the centre, read apart
    role = _LEADING_ARTICLE.sub("", found.group("role"))
    return role, f"{found.group('noun') or ''}{found.group('body')}"


# "FM Lidia Sorescu", "Deputy FM": translated copy's abbreviation of the foreign minister.
_FM = re.compile(r"(?<![\w.])FM$")
_FM_RANKS = frozenset({"deputy", "first", "vice", "acting", "interim", "former"})


def _foreign_minister(text: str) -> str:
    """ "FM", "Deputy FM", "Romanian FM" -> "... Foreign Minister"; "Europa FM" (a radio
    station) stays."""
    if _FM.search(text) is None:
        return text
    before = text[:-2].split()
    if all(word.lower() in _FM_RANKS for word in before) or (
        before and country_of(" ".join(before)) is not None
    ):
        return _FM.sub("Foreign Minister", text)
    return text


# A dateline or an agency's slug glued before the title: "OTTAWA— Archbishop", "ASTRA.
# NEWSWIRE First Vice Minister", "KYIV – Deputy Mayor": capitals then a dash, or a long
# word in capitals (no acronym of a body is that long) before a capitalised title.
_SLUG = re.compile(
    r"^(?:[A-Z]{2,}[A-Z'’-]*\.?\s+)*?(?:[A-Z]{3,}\s*[—–]\s*|[A-Z]{7,}\s+(?=[A-Z][a-z]))"
)
# "consumer rights commissioner in the capital": the capital is the dateline's city
# (app.ingest.people.dateline_country), written "capital" until it is read.
_IN_THE_CAPITAL = re.compile(r"^(?P<role>.+?)\s+(?:in|of|for)\s+the\s+capital$")
# "• Sonar expert", "· Deputy Minister": a list's bullet opening the phrase, no word of it.
_BULLET = re.compile(r"^[•·▪◦‣∙*]+\s*")
# Titles of one piece that hold "of" ("Head of State", "Chief of Staff"): no body after the
# "of" (README "Gold format": the role as written).  A country adjective before one is the
# state's office, capitalised words before one the body's ("White House Chief of Staff").
_FIXED_TITLE = re.compile(
    r"^(?P<before>.*?)\s*(?P<title>(?:(?:Deputy|Vice|First|Acting|Interim|deputy|vice|first|"
    r"acting|interim)[\s-]+)*(?:[Hh]ead of [Ss]tate|[Hh]ead of [Gg]overnment|[Cc]hief of [Ss]taff|"
    r"[Cc]hief of (?:the )?[Gg]eneral [Ss]taff|[Cc]hief of (?:the )?[Dd]efen[cs]e [Ss]taff|"
    r"[Ss]peaker of the House|People['’]s [Dd]eputy))$"
)


def fixed_title(text: str) -> RoleSplit | None:
    """ "Head of State", "Estonian Head of Government", "White House Chief of Staff": a
    title of one piece is the role; a country adjective or possessive before it gives the
    state, capitalised words the body; anything else is left to the other rules."""
    found = _FIXED_TITLE.match(text)
    if found is None:
        return None
    before, title = found.group("before"), found.group("title")
    if not before:
        return title, None
    country = country_of(before)
    if country is not None:
        return title, country
    words = before.split()
    if all(word[:1].isupper() for word in words) and not any(is_role_word(word) for word in words):
        return title, before
    return None


# Jobs a field of knowledge stands before: "Sonar expert", "Soil specialist".
_FIELD_JOBS = frozenset({"expert", "experts", "specialist", "specialists"})


def field_expert(text: str) -> RoleSplit | None:
    """ "Sonar expert", "Glacier specialist": one capitalised common noun (a dictionary
    noun, no body's word, no acronym) before "expert" or "specialist" is the field of
    expertise, part of the role; it names no organisation."""
    words = text.split()
    if len(words) != 2 or words[1].lower() not in _FIELD_JOBS:
        return None
    word = words[0]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or is_org_word(word):
        return None
    if "NOUN" not in getAllLemmas(word.lower()):
        return None  # "Barclays", "Google": a name or a verb, the employer
    return f"{word.lower()} {words[1]}", None


# Titles an award gives: "Nobel laureate", "Pulitzer Prize winner", "Olympic champion".
_AWARD_JOBS = frozenset(
    {"laureate", "winner", "prizewinner", "medalist", "medallist", "champion", "recipient"}
)


def award_title(text: str) -> RoleSplit | None:
    """ "Nobel laureate", "Pulitzer Prize winner": the award's name before its holder's
    title is part of the role, no organisation."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in _AWARD_JOBS:
        return None
    if not all(word[:1].isupper() for word in words[:-1]):
        return None
    return text, None


# A pure function of its phrase, asked again for every mention of a speaker; most phrases
# repeat (generated articles answered 85% of calls from memory).  Bounded, thread-safe.
@lru_cache(maxsize=4096)
def split_role(phrase: str) -> tuple[str | None, str | None]:
    """``"researcher at the Center for X"`` -> ``("researcher", "Center for X")``."""
    text = _SLUG.sub("", _BULLET.sub("", phrase.strip(" ,;:")))
    text = _foreign_minister(text)
    marked = _marked_body(text)
    if marked is not None:
        return marked
    client = _REPRESENTS_CLIENT.match(text)
    if client is not None and not _a_place_or_body(client.group("client")):
        # "Jason Fox, who represents Marsh": one who represents a person is their lawyer
        # (a legislator represents a district or a state, a body nobody's client).
        return "attorney", None
    relative = _RELATIVE_VERB.match(text)
    if relative:
        rest = text[relative.end() :]
        if relative.group("verb").lower() in ("runs", "ran", "run") and rest.startswith("for "):
            return None, None  # "who ran for mayor of Boston": a candidacy, no body run
        unit = _UNIT_THEN_BODY.match(rest)
        if unit is not None:
            rest = rest[unit.end() :]  # "who chairs the board of Quarkly", "who teaches law at X"
        org = clean_org(rest)
        if org is not None and not org[:1].isupper() and not _a_body_described(org):
            org = None  # "who runs the workshop with her brother": no named organisation
        return _RELATIVE_ROLE.get(relative.group("verb").lower()), org
    if text.lower().startswith("who ") and not _RELATIVE.match(text):
        return None, None  # "who joked about ...": a clause about the person, no job
    holder = _OFFICE_HOLDER_OWNER.match(text)
    if holder is not None:
        # "the mayor's chief of staff": the staff of an office-holder the article names
        # elsewhere; the office is the organisation, as written
        rest = text[holder.end() :]
        role, org = split_role(rest)
        if role is not None and org is None:
            return role, holder.group("holder")
    owner = _GENERIC_OWNER_START.match(text)
    if owner is not None:
        # "the bank's head of research": the bank is named elsewhere (coreference), and a
        # lower-case "of research" is the job's, not a body
        rest = text[owner.end() :]
        role, org = split_role(rest)
        return (rest, None) if org is not None and org.islower() else (role, org)
    kind_owner = _KIND_OWNER_START.match(text)
    if (
        kind_owner is not None
        and is_org_word(kind_owner.group("kind"))
        and kind_owner.group("kind") not in _POLITY_KINDS
    ):
        # "the academy's president", "the diocese's spokesman": a body named by its kind,
        # which the article names in full elsewhere (app.ingest.people.named_bodies)
        role, org = split_role(text[kind_owner.end() :])
        if role is not None and org is None:
            return role, kind_owner.group("kind")
    if _IN_A_DOCUMENT.match(text):
        return None, None  # "in a note to investors": where it was said, no job
    if text.lower().startswith("whose "):
        return None, None  # "whose father was a senator": someone else's job
    if text.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS:
        return None, None  # "… actress X came to write the song that": a clause, no job
    capital = _IN_THE_CAPITAL.match(text)
    if capital is not None:
        role, org = split_role(capital.group("role"))
        if (
            role is not None
            and org is None
            and (has_title(role, OFFICE_TITLES) or has_title(role, HEAD_TITLES))
        ):
            return role, "capital"  # "a doctor in the capital" lives there: no employer
    described = _PREPOSITION_LOWER_BODY.match(text)
    if described is not None and is_org_word(described.group("body").split()[-1]):
        # "of the tax agency's Northfield office", "with the diocese": a body named by its
        # kind (app.ingest.people.named_bodies finds its full name, if the article has one)
        return None, f"{described.group('body')}{described.group('tail') or ''}"
    preposition = _PREPOSITION_FIRST.match(text)
    if preposition is not None:
        return None, clean_org(text[preposition.end() :])  # "of the New York Times"
    role, org = ranks_to_role(text, *_split_role(text))  # "Chief Financial Officer"
    former = _FORMER_FIRST.match(org or "")
    if former is not None and org is not None and role is not None:
        # "a former National Security Council official": "former" is the person's, so it
        # stays with the job, which keeps the body's name as written.
        org = org[former.end() :]
        # "Ex-Chelsea boss": the hyphen keeps the prefix glued to the body's name
        prefix = former.group() if former.group().endswith("-") else former.group().strip() + " "
        role = f"{prefix}{org} {role}"
    second = _SECOND_TITLE.match(org or "")
    if second is not None and is_role_word(second.group("job").split()[-1]):
        # "Archbishop of Kingsford and chairman of the U.S. Council of Rural Parishes": two
        # titles; the one with a body named is the role (README gold: the committee's
        # chairman rather than the see's archbishop)
        job, body = split_role(
            f"{second.group('job')} {second.group('link')} {second.group('rest')}"
        )
        if job is not None and body is not None:
            return job, body
    if org is not None:
        # "Duma from LDPR": the member's party, not the body
        org = _FROM_PARTY.sub(r"\g<body>", org)
    if role is not None:
        role = _DANGLING.sub("", role)  # "author of" before a quoted title cut off
        role = _singular(_GENERIC_OWNER_FIRST.sub("", role))
        if _RELATIVE_CLAUSE.match(role) or not (
            has_role_noun(role)
            or role.lower() in TITLE_WORDS
            or role[:1].isupper()
            or (is_agent_er(role.split()[-1]) and (org is not None or len(role.split()) <= 2))
        ):
            role = None  # "summertime phone call": the phrase names no job
    return role, org


# "state Duma from LDPR", "the Rada from the Servant of the People party": a legislature,
# then the party its member was elected for.
_FROM_PARTY = re.compile(
    r"(?P<body>\b(?:Duma|Rada|Majilis|Mazhilis|Parliament|parliament|Assembly|Sejm|Seimas|Saeima))"
    r"\s+from\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’.-]*)*"
    r"(?:\s+party)?$"
)
# "the company's chief operating officer": the owner is named elsewhere (coreference).
_GENERIC_OWNER_FIRST = re.compile(
    r"^(?:company|firm|group|bank|agency|startup|start-up|carrier|lender|insurer|retailer|"
    r"manufacturer|organi[sz]ation|institute|university|team|club)['’]s\s+",
    re.IGNORECASE,
)


# "Kingsford and chairman of the U.S. Council …": a place, then a second title and its body.
_SECOND_TITLE = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} and (?:the |a |an )?"
    r"(?P<job>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (?P<link>of|at) (?P<rest>(?:the )?[A-Z].*)$"
)
_DANGLING = re.compile(r"\s+(?:of|for|at|with|in|on|to|and)$")
_RELATIVE_CLAUSE = re.compile(r"^(?:who|which|that)\s", re.IGNORECASE)
# "former", "one-time" before a body's name, or "ex-"/"then-" glued to it ("Ex-Chelsea").
_FORMER_FIRST = re.compile(
    r"^(?:(?:former|ex-|one-time|onetime)\s+|(?:[Ee]x|[Tt]hen)-(?=[A-Z]))", re.IGNORECASE
)


_OF_BEFORE_LAST = re.compile(r"\s(?:of|for|at|with)\s(?:the\s)?\S+$")


def _singular(role: str) -> str:
    """ "founding members" -> "founding member": a job several people hold, for one."""
    head = role.rsplit(" ", 1)
    last = head[-1]
    if _OF_BEFORE_LAST.search(role):
        return role  # "member of the board of directors": the plural is the body's
    if (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith("ss")
        and last.lower() not in ROLE_NOUNS
        and last[:-1].lower() in ROLE_NOUNS
    ):
        return " ".join([*head[:-1], last[:-1]])
    return role


def _family_dropped(text: str) -> str:
    """ "Teresa's husband and Tor's editor in chief": a family tie is no job when a job is
    given too."""
    parts = text.split(" and ")
    if len(parts) == 2:
        first_words = parts[0].split()
        if first_words and first_words[-1].lower() in _FAMILY and has_role_noun(parts[1]):
            return parts[1]
    return text


def state_office(text: str) -> RoleSplit | None:
    """A country adjective or possessive before the job: before an office ("Armenian Prime
    Minister", "Chile's Mining Minister") the state is the organisation, and so before a
    capitalised state title ("U.S. Attorney"); before any other job ("Russian political
    scientist") a nationality is nobody's employer."""
    words = text.split()
    # "South African President": two words of a nationality before the job
    size = 2 if len(words) > 2 and country_of(" ".join(words[:2])) else 1
    country = country_of(" ".join(words[:size])) if len(words) > size else None
    if country is None:
        return None
    rest = " ".join(words[size:])
    if rest[:1].isupper() and rest.lower() in _STATE_TITLES:
        return rest, country  # "U.S. Trade Representative": one title, the state's
    role, org = split_role(rest)
    if size == 2 and org is not None:
        return None  # "a Hong Kong Stock Exchange official": the body is named in full
    if role and (has_title(role, OFFICE_TITLES) or has_title(role, HEAD_TITLES)):
        return role, org or country
    if role and org is None and role[:1].isupper() and has_title(role, _STATE_TITLES):
        return role, country
    if role and org and has_title(role, _STATE_TITLES):
        # "U.S. attorney for the Southern District of X"
        return f"{' '.join(words[:size])} {role}", org
    if role and is_role_word(role.split()[-1]) and size == 1:
        if (
            org is not None
            and org[:1].isupper()
            and org == " ".join(words[size : size + len(org.split())])
        ):
            return None  # "Irish Times columnist": the nationality opens the body's name
        return role, org
    return None  # "a North Korean defector": the later rules keep the nationality


# Lower-case words a capitalised office may hold: "Secretary of State".
_OFFICE_LINKS = frozenset({"of", "for", "the", "and"})


def place_office(text: str) -> RoleSplit | None:
    """ "Georgia Secretary of State", "Texas Attorney General", "New York Gov.": a U.S.
    state or a country named before a capitalised office is the polity the office serves,
    the organisation; the office is the role.  The office must be a whole title with no
    body of its own ("Ohio State University President" is left to the later rules)."""
    words = text.split()
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) <= size or not (place in US_STATES or is_country(place)):
            continue
        office = words[size:]
        if not office[0][:1].isupper() or not all(
            word[:1].isupper() or word in _OFFICE_LINKS for word in office
        ):
            return None
        rest = " ".join(office)
        if not (has_title(rest, OFFICE_TITLES) or has_title(rest, HEAD_TITLES)):
            return None
        return (rest, place) if split_role(rest) == (rest, None) else None
    return None


_KIN = _FAMILY - {"partner"}  # "Acme's partner" may be a firm's
# "Ford's sister", "an email address for Ann Lee's younger brother": a relative of a named
# person, however the narration before it runs ...
_RELATIVE_OF = re.compile(
    r"(?:^|\s)(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+"
    r"(?P<kin>(?:(?:late|younger|older|elder|eldest|youngest|twin)\s+)?(?P<noun>[a-z]+))$"
)


def relative_of(text: str) -> RoleSplit | None:
    """ "Ford's sister" -> ("sister", None): the tie is the role, and the owner a person,
    not an organisation.  A job before the tie is the role instead: "an attorney
    representing Floyd's brother", "a lawyer for Kern's mother" are no relatives."""
    match = _RELATIVE_OF.search(text)
    if match is None or match.group("noun") not in _KIN:
        return None
    if has_role_noun(text[: match.start()]):
        return None
    return match.group("kin"), None


# The sub-rules in the order they are tried; the first that answers wins.  Narrow shapes
# come first: a named body with "of" before a job, a portfolio of a state, a unit of a
# parent and an owner are all phrases the preposition split would cut in the wrong place.
ROLE_RULES: tuple[Callable[[str], RoleSplit | None], ...] = (
    relative_of,  # "Ford's sister"
    fixed_title,  # "Head of State", "White House Chief of Staff"
    party_member,  # "Assembly deputy from the party "Ruritania First""
    named_body_then_role,  # "Bank of England governor"
    place_office,  # "Georgia Secretary of State", "Texas Attorney General"
    minister_of_state,  # "Minister of State for Petroleum Resources"
    portfolio_of_state,  # "Minister of Transport of Kazakhstan"
    unit_of_parent,  # "director of the X Center at Y"
    owned_role,  # "Nationwide's chief economist"
    state_office,  # "Armenian Prime Minister", "Russian political scientist"
    portfolio_title,  # "Secretary of State"
    job_from,  # "plumber from Leeds", "researcher from the Institute of X": before the split
    split_at_preposition,  # "researcher at the Center for X"
    modifiers_before_job,  # "Veteran teacher", "Senior Economist"
    common_noun_then_job,  # "City manager", "Race director"
    field_expert,  # "Sonar expert"
    award_title,  # "Nobel laureate"
    capitalised_title,  # "Federal Reserve Governor", "Labour Minister"
    capitalised_body_then_job,  # "Barclays economist"
    body_noun_then_title,  # "Farmers' union president"
    words_before_job,  # "Acme Robotics engineer"
)


# "a former NASA administrator and now an industry consultant": the job held now.
_NOW_JOB = re.compile(r",?\s+(?:and\s+)?(?:now|currently)\s+(?=(?:an?|the)\s)")


def _normalised(text: str) -> str:
    """The role phrase without what is no part of a job: "who is", a job held before "and
    now" another, "one of the", a family
    tie, the narration before it, "according to", a leading article, an age, a style after
    a title, a party before it, another person named in it, and a relative or participle
    clause after it ("an economist at X who studies Y", "a lawyer representing the
    club")."""
    text = _RELATIVE.sub("", text)
    text = _NOW_JOB.split(text)[-1]
    text = _ONE_OF.sub("", text)
    text = _family_dropped(text)
    text = _lead_trimmed(_ACCORDING.sub("", text))
    text = _LEADING_ARTICLE.sub("", text).strip()
    text = _AGE.sub("", text)
    text = _STYLE_AFTER.sub("", text)
    text = _party_dropped(text)
    text = _other_person_dropped(text)
    return experience_dropped(_ROLE_TAIL.split(text, maxsplit=1)[0])


# "… for the Prime Minister of Estonia Karl": a job done for an office written out in full
# (not "chief of staff to Sen. Mark Dale", where the name is the job's whole object).
_SERVED_OFFICE = re.compile(r"\b(?:for|to) the [A-Z][\w-]*(?: (?:of |the )*[A-Z][\w-]*)* \S+$")


def _other_person_dropped(text: str) -> str:
    """A role phrase that names someone else: "former astronaut Tom Stafford and retired
    aerospace executive" (two people, two roles) keeps the part after "and"; "Sabres captain
    Jack Eichel went after" (a clause about another person) is no role.  Someone else is a
    known given name and a capitalised word, not owning the job ("Ann Lee's lawyer")."""
    words = text.split()
    for index in range(len(words) - 1):
        given, surname = words[index], words[index + 1]
        if (
            index == 0
            or not is_name_word(given)
            or not is_name_word(surname)
            or surname.endswith(("'s", "’s", "'", "’"))
            or gender_of_name(given.strip(",")) is None
            or words[index - 1].lower() == "the"  # "the Ice Hawks": a body's name
        ):
            continue
        rest = words[index + 2 :]
        if len(rest) >= 2 and rest[0] == "and" and rest[1][:1].islower():
            return " ".join(rest[1:])
        if rest and rest[0][:1].islower():
            return ""
        if not rest and all(word[:1].isupper() for word in words[:index]):
            return ""  # "Finance Minister Olga Brenner": another person's title and name
        if not rest and _SERVED_OFFICE.search(" ".join(words[: index + 1])):
            # "Spokeswoman for the Prime Minister of Estonia Karl Tamm": the job is done for
            # the office; its holder's name is no part of it
            return " ".join(words[:index])
    return text


_PARTY_FIRST = re.compile(r"^(?:Republican|Democratic|Democrat|GOP)\s+(?=\S)")


def _party_dropped(text: str) -> str:
    """ "Republican Gov.", "Democratic Sen.": the party is the person's, not the body the
    office belongs to; "Republican Party chairman" keeps its body."""
    party = _PARTY_FIRST.match(text)
    if party is None:
        return text
    rest = text[party.end() :]
    words = rest.split()
    if (
        len(words) >= 2
        and words[0] == "State"
        and words[1].lower().rstrip(".") in (TITLE_WORDS | TITLE_ABBREVIATIONS)
    ):
        return rest  # "Republican State Senator": a state's senator of that party
    return text if is_org_word(words[0].strip(",.")) else rest


def _split_role(text: str) -> RoleSplit:
    text = _normalised(text)
    if not text or _ends_in_a_past_verb(text) or has_finite_verb(text):
        return None, None  # "Prosecutors charged [X]": a clause with the name its object
    for rule in ROLE_RULES:
        found = rule(text)
        if found is not None:
            return found
    return text, None


# "Foreign Ministry spokesperson", "Interior Ministry press secretary": a state body's
# capitalised name, then a lower-case job.
_BODY_THEN_JOB = re.compile(
    r"(?P<body>(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Office|Agency|Service|Embassy))"
    r"\s+(?P<job>[a-z][a-z -]*)"
)


def body_out_of_role(role: str | None, owner: str | None) -> RoleSplit | None:
    """ "Foreign Ministry spokesperson" owned by "Latvia" -> ("spokesperson", "Latvia's
    Foreign Ministry"): the body the role names is the organisation, with its country.
    None when the role names no body before a job."""
    if not role or not owner:
        return None
    found = _BODY_THEN_JOB.fullmatch(role)
    if found is None:
        return None
    return found.group("job"), f"{owner}'s {found.group('body')}"
