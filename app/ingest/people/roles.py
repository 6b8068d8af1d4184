"""A person's role and organisation, from an apposition or a pre-name title.

An apposition ("researcher at the Center for ...", "a senior fellow at the Y
Institute", "head of the Center ...", "who heads the Y Alliance") or a pre-name title
("President of Kazakhstan", "Barclays economist", "The director of the Y Institute") is
split at the first " at "; failing that at the first " of ", " for " or " with ";
failing that a capitalised prefix is the organisation and the lower-case rest the role
("Barclays economist").  Leading articles, "according to", ages ("54-year-old") and
styles after a title ("Prince") are dropped, and so is a descriptor before a name
("consultancy Energy Aspects").  Before those splits:

* "Minister of Transport of Kazakhstan": the portfolio stays in the role;
* "director of the X Center at Y": the unit and its parent are the organisation;
* "Bank of England governor": a capitalised name with "of", then a lower-case role;
* an owner ("Nationwide's chief economist", "Farmers' union president");
* a country adjective or possessive before an office ("Armenian Prime Minister",
  "Chile's Mining Minister"): the state is the organisation; before any other job
  ("Russian political scientist") a nationality is nobody's employer;
* all-capitalised titles: two or more words, or an acronym, before the title are an
  organisation ("Federal Reserve Governor", "ECB President"); one word is a portfolio
  ("Labour Minister", "Treasury Secretary");
* a field of expertise ("Energy expert", "Transport analyst") is no organisation.
"""

from __future__ import annotations

import re

from app.ingest.people.names import (
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    has_role_noun,
    is_org_word,
    is_role_word,
    word_set,
)
from app.ingest.people.nationalities import country_of, is_country
from app.ingest.vocabulary import phrase_list

OFFICE_TITLES = phrase_list("office_titles.txt")
HEAD_TITLES = phrase_list("head_titles.txt")
_ROLE_TAIL = re.compile(
    r"\s+(?:who|which|whose|where|[a-z]+ing(?=\s+(?:the|a|an|its|his|her|their)\s))\s+"
)
_ACCORDING = re.compile(r"^according to\s+", re.IGNORECASE)
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
    regional international strategic china russia middle east asia europe africa"""
)
_DESCRIPTOR = re.compile(
    r"^(?:(?!(?:of|for|at|in|on|and|the)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z“\"«][\w“\"«])"
)
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
_STYLE_AFTER = re.compile(
    r"(?<=\w)\s+(?:Prince|Princess|Sheikh|Sir|Dame|Dr\.?|Mr\.?|Ms\.?|"
    r"Mrs\.?|Professor|Prof\.?)$"
)
_AGE = re.compile(r"\b\d{1,3}-year-old\s+")
_SPLITTERS = (" at ", " of ", " for ", " with ", " in ", " on ")
# "administrator for exploration in NASA's Science Mission Directorate": after a portfolio
# in lower case, the body it belongs to.
_BODY_AFTER_PORTFOLIO = re.compile(r" (?:in|at) (?:the )?(?=[A-Z])")
_STATE_BODY_OF = re.compile(
    r"^(?P<adjective>[A-Z][a-z]+)\s+(?:Ministry|Government|Parliament|Embassy|Foreign Ministry)\b"
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
_LEADING_ARTICLE = re.compile(r"^(?:an?|the|one of the|its|his|her)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"^who\s+(?:is|was|serves as|works as|has been)\s+", re.IGNORECASE)
_RELATIVE_VERB = re.compile(
    r"^who\s+(?P<verb>heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|"
    r"founded|co-founded|manages|managed|teaches at|works at|works for|studies)\s+",
    re.IGNORECASE,
)
_RELATIVE_ROLE = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "runs": "head",
    "ran": "head",
    "chairs": "chair",
    "chaired": "chair",
    "directs": "director",
    "directed": "director",
    "founded": "founder",
    "co-founded": "co-founder",
    "manages": "manager",
    "managed": "manager",
    "teaches at": "lecturer",
    "works at": None,
    "works for": None,
    "studies": "researcher",
}


def _clean_org(org: str) -> str | None:
    org = _LEADING_ARTICLE.sub("", org.strip(" ,;:.")).strip()
    if org[:1] in _QUOTE_MARKS and org[-1:] in _QUOTE_MARKS:
        org = org[1:-1].strip()  # 'of "Avantgarde"': the quoted name is the organisation
    # "consultancy Energy Aspects", "the outplacement firm Challenger": a descriptor first.
    org = _DESCRIPTOR.sub("", org)
    return org or None


_QUOTE_MARKS = frozenset('"“”«»„')
_ALL_TITLES = TITLE_WORDS | TITLE_ABBREVIATIONS
# Units inside a body: a title after one names a job, not an organisation.
_UNIT_WORDS = frozenset({"team", "unit", "squad", "crew", "section", "desk", "shift", "brigade"})
# Titles a state gives, capitalised after a country ("U.S. Attorney", "U.S. Marshal").
_STATE_TITLES = ("attorney", "marshal", "consul", "surgeon general", "trade representative")
# Titles that take a portfolio before them ("Labour Minister", "Treasury Secretary").
_PORTFOLIO_TITLES = frozenset(
    {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}
    | {"adviser", "advisor", "chief", "director", "officer", "attorney", "general", "envoy"}
    | {"correspondent", "editor", "counsel", "inspector", "coordinator", "czar", "tsar"}
)
_PORTFOLIO = re.compile(
    r"^(?:(?:first |deputy |vice |vice-)*(?:minister|secretary|commissioner)|"
    r"(?:First |Deputy |Vice |Vice-)*(?:Minister|Secretary|Commissioner)) of (?:the )?"
    rf"(?P<org>{_CAPITALISED}(?: (?:and )?{_CAPITALISED}){{0,3}})$"
)


def _owned_role(text: str) -> tuple[str | None, str | None] | None:
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


# Lower-case nouns that always name a body ("Commerce ministry spokeswoman"), unlike
# "project" or "group", which also name pieces of work.
_BODY_NOUNS = frozenset(
    {
        "ministry",
        "union",
        "bank",
        "agency",
        "council",
        "commission",
        "committee",
        "party",
        "government",
        "administration",
        "institute",
        "university",
        "parliament",
        "court",
        "regulator",
        "association",
    }
)


_LEAD_STOPS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "by", "our"}
    # "a phone call with President", "When Afghan President", "if US President": the
    # narration ends at a preposition or a conjunction before the job.
    | {"with", "when", "if", "while", "after", "before", "because", "that", "but", "as", "how"}
)


_POSSESSIVE_END = re.compile(r"(?:['’]s)?[,;:'’]*$")


def _lead_trimmed(text: str) -> str:
    """The role phrase without the narration glued before it: "On the previous day the
    president of Lithuania" -> "president of Lithuania", "prepared by the deputy chairman
    of X" -> "deputy chairman of X", "When the immunologist" -> "immunologist".  The cut is
    after the last determiner (or "by") before the first job word."""
    words = text.split()
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


def split_role(phrase: str) -> tuple[str | None, str | None]:
    """``"researcher at the Center for X"`` -> ``("researcher", "Center for X")``."""
    text = phrase.strip(" ,;:")
    relative = _RELATIVE_VERB.match(text)
    if relative:
        org = _clean_org(text[relative.end() :])
        if org is not None and not org[:1].isupper():
            org = None  # "who runs the workshop with her brother": no named organisation
        return _RELATIVE_ROLE.get(relative.group("verb").lower()), org
    if text.lower().startswith("who ") and not _RELATIVE.match(text):
        return None, None  # "who joked about ...": a clause about the person, no job
    if text.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS:
        return None, None  # "… actress X came to write the song that": a clause, no job
    preposition = _PREPOSITION_FIRST.match(text)
    if preposition is not None:
        return None, _clean_org(text[preposition.end() :])  # "of the New York Times"
    role, org = _split_role(text)
    former = _FORMER_FIRST.match(org or "")
    if former is not None and org is not None and role is not None:
        # "a former National Security Council official": "former" is the person's, so it
        # stays with the job, which keeps the body's name as written.
        org = org[former.end() :]
        role = f"{former.group().strip()} {org} {role}"
    if role is not None:
        role = _singular(_GENERIC_OWNER_FIRST.sub("", role))
        if _RELATIVE_CLAUSE.match(role) or not (
            has_role_noun(role) or role.lower() in TITLE_WORDS or role[:1].isupper()
        ):
            role = None  # "summertime phone call": the phrase names no job
    return role, org


# "the company's chief operating officer": the owner is named elsewhere (coreference).
_GENERIC_OWNER_FIRST = re.compile(
    r"^(?:company|firm|group|bank|agency|startup|start-up|carrier|lender|insurer|retailer|"
    r"manufacturer|organi[sz]ation|institute|university|team|club)['’]s\s+",
    re.IGNORECASE,
)


_RELATIVE_CLAUSE = re.compile(r"^(?:who|which|that)\s", re.IGNORECASE)
_FORMER_FIRST = re.compile(r"^(?:former|ex-|one-time|onetime)\s+", re.IGNORECASE)


def _singular(role: str) -> str:
    """ "founding members" -> "founding member": a job several people hold, for one."""
    head = role.rsplit(" ", 1)
    last = head[-1]
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


def _split_role(text: str) -> tuple[str | None, str | None]:
    text = _RELATIVE.sub("", text)
    text = _ONE_OF.sub("", text)
    text = _family_dropped(text)
    text = _lead_trimmed(_ACCORDING.sub("", text))
    text = _LEADING_ARTICLE.sub("", text).strip()
    text = _AGE.sub("", text)  # "the 54-year-old economist": an age is no part of a job
    text = _STYLE_AFTER.sub("", text)  # "Energy Minister Prince": the style is no part of it
    # A relative or participle clause after the role ("an economist at X who studies Y",
    # "a lawyer representing the club") is not part of the role or the organisation.
    text = _ROLE_TAIL.split(text, maxsplit=1)[0]
    if not text:
        return None, None
    org_role = _ORG_THEN_ROLE.match(text)
    if (
        org_role is not None and is_role_word(text.split()[-1]) and " of " in org_role.group("org")
    ):  # "Bank of England governor"
        return org_role.group("role"), org_role.group("org")
    minister_of = _MINISTER_OF.match(text)
    if minister_of is not None:
        # "Minister of Transport of Kazakhstan": the portfolio belongs to the role.
        return minister_of.group("role"), _clean_org(minister_of.group("org"))
    of_at = _ROLE_OF_AT.match(text)
    if of_at is not None:
        # "director of the Wadhwani AI Center at CSIS": the unit, then its parent.
        return of_at.group("role"), _clean_org(text[of_at.end() :])
    owned = _owned_role(text)
    if owned is not None:
        return owned
    words = text.split()
    country = country_of(words[0]) if len(words) > 1 else None
    if country is not None:
        # "Armenian Prime Minister", "Chile's Mining Minister": the state holds the office.
        role, org = split_role(" ".join(words[1:]))
        if role and (has_title(role, OFFICE_TITLES) or has_title(role, HEAD_TITLES)):
            return role, org or country
        if role and org is None and role[:1].isupper() and has_title(role, _STATE_TITLES):
            return role, country  # "U.S. Attorney": a capitalised title held for the state
        if role and is_role_word(role.split()[-1]):
            return role, org  # "Russian political scientist": a nationality, no employer
    portfolio = _PORTFOLIO.match(text)
    if portfolio is not None and not is_country(portfolio.group("org")):
        return text, None  # "Secretary of State", "Minister of Foreign Affairs": one title
    for splitter in _SPLITTERS:
        index = text.find(splitter)
        if index > 0:
            role = text[:index].strip()
            org = _clean_org(text[index + len(splitter) :])
            if splitter in (" in ", " on ") and org is not None and not org[0].isupper():
                continue
            if splitter == " on " and not any(is_org_word(w) for w in (org or "").split()):
                continue  # "an expert on Russia": a subject, not a body
            if splitter in (" for ", " with ") and org is not None and org[0].islower():
                body = _BODY_AFTER_PORTFOLIO.search(text, index + len(splitter))
                if body is not None:
                    return text[: body.start()].strip(), _clean_org(text[body.end() :])
            state_body = _STATE_BODY_OF.match(org or "")
            if role and org and state_body and country_of(state_body.group("adjective")):
                # "head of the Turkish Ministry of Foreign Affairs": the state holds the
                # office, the ministry belongs to the role.
                return (
                    f"{role} of the {org[state_body.end('adjective') :].strip()}",
                    country_of(state_body.group("adjective")),
                )
            return role or None, org
    words = text.split()
    if all(word[:1].isupper() for word in words):
        # "Federal Reserve Governor": an organisation of two or more words, then the title;
        # "Labour Minister", "Treasury Secretary", "Foreign Minister": a title as a whole.
        title_at = len(words)
        while title_at > 0 and (
            words[title_at - 1].lower().rstrip(".") in _ALL_TITLES
            or is_role_word(words[title_at - 1])
        ):
            title_at -= 1
        if 0 < title_at < len(words) and words[title_at - 1].lower() in _UNIT_WORDS:
            return text, None  # "Rescue Team Leader": the team is part of the job
        if 2 <= title_at < len(words) or (
            title_at == 1
            and title_at < len(words)
            and (
                (words[0].isupper() and len(words[0]) >= 2)
                or words[-1].lower().rstrip(".") not in _PORTFOLIO_TITLES
            )
        ):  # "ECB President": an acronym is an organisation, not a portfolio; "Oregon
            # Gov.", "Senate President": a governor or a president has no portfolio
            return " ".join(words[title_at:]), " ".join(words[:title_at])
        return text, None
    # "Barclays economist", "Kremlin spokesman": capitalised organisation, then the role;
    # but "Supply chain analyst" is one role (the first lower-case word is no job), and
    # "Energy expert" names a field, not an organisation.  "White House press secretary":
    # two capitalised words (or an organisation noun) before a lower-case role.
    lower = next((i for i, word in enumerate(words) if word[:1].islower()), len(words))
    if (
        0 < lower < len(words)
        and is_role_word(words[-1])
        and (lower >= 2 or is_org_word(words[0]) or words[0].isupper())
        and not all(w.lower() in FIELDS for w in words[:lower])
        and all(w[:1].isupper() for w in words[:lower])
    ):
        return " ".join(words[lower:]), " ".join(words[:lower])
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
        # "Farmers' union president", "Teachers Union president": an organisation noun
        # (a name, or owned) before the job; "Sahel project director" is one job.
        return " ".join(words[title_at:]), " ".join(words[:title_at])
    for index, word in enumerate(words):
        if word[0].islower() or is_role_word(word):
            if index == 0 or not is_role_word(word):
                break
            if all(w.lower() in FIELDS for w in words[:index]):
                return words[0].lower() + text[len(words[0]) :], None
            if any("-" in w and w.rsplit("-", 1)[1].islower() for w in words[:index]):
                return " ".join(words[index:]), None  # "Oscar-winning actress": no body
            return " ".join(words[index:]), " ".join(words[:index])
    return text, None


def has_title(role: str, titles: tuple[str, ...]) -> bool:
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", role.lower()).split()) + " "
    return any(f" {title} " in low for title in titles)
