"""Expert or official: the kind a person's role, organisation and sentence make.

The documented rule:

1. A role naming a public office (minister, spokesperson, press secretary, senator,
   deputy, legislator, governor, mayor, ambassador, prime minister, chancellor, judge,
   prosecutor, ...), the police or the military (police or prison officer, sheriff,
   commander, colonel, lieutenant, admiral ...) or the civil service (administrator,
   superintendent, aide) makes an official (``roles.OFFICE_TITLES``).
2. A role whose head noun heads something (president, chairman, head, leader, director,
   chief ...; "chief economist" is headed by "economist", so not this rule) makes an
   official when the organisation is a state or a state body: its first head noun is
   governmental (Ministry, Government, Parliament, Duma, Kremlin, Republic, Federal
   before a body's noun (not "Federal Realty"), a "Bureau of" a named field, a Central
   Bank, a name ending "of" a country ...), or it is a place: a country, a U.S. state,
   one proper name, or a polity's name ("President of Kazakhstan", "governor of the Tula
   region"; "Alpha Broker" is no place; nor is a one-word name a director or a chair runs, an
   acronym, or a name the article calls a body), or, with no organisation, the role itself
   names one ("EU foreign policy chief", "head of the village") or is "president".  A
   polity's council or board ("City Council", "school board") is the state, and its
   members are officials; "deputy" before another job word is that job's second.  When
   the first head noun names a non-state body (Council, Center, Institute, Bank ...) the
   person heads an organisation and is an expert ("President of the Eurasian Expert
   Council"); so is the head of a church, a theatre or an orchestra, whatever "State" or
   "National" its name holds.
   A public service only a state runs is a state body too: one named for a field of
   ``public_service_fields.txt`` ("Office of Emergency Management") or of
   ``forecast_fields.txt`` or ``election_fields.txt`` after the state's words ("National
   Storm Centre", "Central Election Commission"; not "Skyline Weather Center", "Storm
   Center", "Rock the Vote Center") with no word of a firm's or a campaign's body
   (``public_body_non_state.txt``), ending with a body's noun or "of" a state (not "of"
   a firm: "Election Services Center of Dominion Voting"), and not one the article calls
   a nonprofit or a firm;
   so is a mission or a delegation of a state or a union of states ("OSCE observer
   mission").  Whoever works there is a civil servant, a scholar there excepted.
3. A person with no role who works for a state body (a capitalised Ministry, Department,
   Embassy, Senate ... ending the name or followed by "of", with no word of a non-state
   body anywhere in it: not "Embassy Suites" or "Senate Leadership Fund"; or a prison,
   unless the sentence says someone is held there) is an official.  So is one with
   neither who is reported speaking at a government event (a session, summit,
   parliament, briefing, cabinet meeting, address to the nation): such settings are
   where office-holders, not commentators, speak.
4. Everyone else is an expert; so is anyone "former", or heading a desk ("head of
   macro at ING"), or heading a body the article calls a company, firm, consultancy...
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal

from app.ingest.parsed import PersonKind
from app.ingest.people.names import word_set
from app.ingest.people.nationalities import US_STATES, country_of, is_country
from app.ingest.people.roles import HEAD_TITLES, OFFICE_TITLES, has_title
from app.ingest.vocabulary import person_nouns, phrase_list, read_entries, word_list

# Jobs that speak for a body: an official's only when the body is the state's ("a
# spokeswoman for the Foreign Ministry"), a company's or a club's employee otherwise ("a
# spokesperson for Acme Corp").
_SPEAKS_FOR = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "press officer",
    # "official representative of the Kredo holding": a translation's word for the same job
    "official representative",
)

BodyKind = Literal["state", "non-state"]
"""Whether a body is the state's (a ministry, a parliament) or no state's (a bank, a club)."""

_GOVERNMENT_WORDS = word_set(
    """ministry government parliament duma senate congress kremlin cabinet administration
    republic federation assembly presidency state kingdom office department embassy federal
    county chamber authority police militia constabulary gendarmerie
    mazhilis majilis rada knesset bundestag council-of-ministers municipal municipality"""
)
_NON_STATE_WORDS = word_set(
    """council center centre institute institution university college school academy
    committee commission foundation fund bank association union alliance agency group
    company corporation corp inc ltd plc society club forum party network board bureau
    partners capital economics research studies laboratory lab hospital clinic museum
    library observatory consultancy consulting holdings securities journal magazine
    exchange"""
)
_OFFICIAL_EVENTS = re.compile(
    r"\b(?:session|summit|parliament|briefing|cabinet meeting|plenary|address to the nation|"
    r"state of the union|security council|government meeting|duma|senate|congress|decree)\b",
    re.IGNORECASE,
)
# A U.S. legislator's party and state after the name: "(D-N.Y.)", ", R-Texas,", "(I-Vt.)",
# "(D-NY)"; the state as AP abbreviates it, or a postal code ("D-Day" is none).
_PARTY_STATE_TAG = re.compile(
    r"(?<![\w-])[DRI]-(?:[A-Z]\.[A-Z](?:\.|$)|W\.\s?Va\.|[A-Z]{2}(?![\w-])|"
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|"
    r"Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo)(?:\.|$)|"
    r"(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)(?![\w-]))"
)
# ... right after a titled legislator's name: the tag is that person's ("Ann Lee, who
# watched Rep. Bo Park (D-Calif.) speak" says nothing of Ann Lee).
_TITLED_BEFORE_TAG = re.compile(
    r"\b(?:Rep|Sen|Senator|Representative|Congressman|Congresswoman)\.?\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,?\s*\(?$"
)


def _untitled_party_tag(context: str) -> bool:
    """A party and state tag in ``context`` that no titled legislator's name comes right
    before: it marks the one person named without a title as a legislator."""
    return any(
        _TITLED_BEFORE_TAG.search(context, max(0, tag.start() - 80), tag.start()) is None
        for tag in _PARTY_STATE_TAG.finditer(context)
    )


_CANDIDACY = re.compile(r"\b(?:ran|runs?|running)\s+for\s+[^,.;:!?]*", re.IGNORECASE)
_FORMER = re.compile(r"^(?:former|ex-|retired|one-time|onetime)", re.IGNORECASE)
# "head of macro at ING", "vice president for space and launch at Boeing": a desk or a line
# of business, not a state.
_UNIT_HEAD = re.compile(
    r"\b(?:(?:head|chief|director|leader)\s+of|president\s+(?:of|for))\s+"
    r"(?!(?:the|a|an|staff)\b)[a-z]"
)
# "deputy director", "first deputy general director": "deputy" before another job word
# says whose second the person is, and the job word after it is the job; "deputy" alone or
# before "of", "to", "from" ("State Duma deputy", "deputy of the assembly") is the office.
_DEPUTY_OF_A_JOB = re.compile(
    r"\b(?:first\s+)?deputy\s+(?!(?:of|to|from|in|at|for|on|and)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)


def _office_title(role: str) -> bool:
    """Rule 1: a public office, the police, the military or the civil service; a
    "deputy director" is a director's second, whatever the director heads."""
    return has_title(_DEPUTY_OF_A_JOB.sub("", role), OFFICE_TITLES)


# "chairman of the Duma committee on energy": the body the role itself names after "of".
_ROLE_BODY = re.compile(r"\bof\s+(?:the\s+)?(?P<body>[^,;]+)$")


def _role_names_state_body(role: str) -> bool:
    """ "chairman of the Duma committee on energy", "head of the Ministry of Foreign
    Affairs", "head of the village": a head whose role names a state body or a polity
    heads part of the state."""
    # from the last comma or semicolon on: the body runs to the role's end without one
    # (one search over that tail, not one over the rest of the role for every "of")
    tail = max(role.rfind(","), role.rfind(";")) + 1
    match = _ROLE_BODY.search(role, tail)
    if match is None:
        return False
    body = match.group("body")
    return _first_org_head(body) == "state" or (body.islower() and _polity(body))


# "head of the analytical department", "director of the research center": a unit, headed
# for whoever owns it.
_HEAD_OF_UNIT = re.compile(
    r"\b(?:head|chief|director|leader)\s+of\s+the\s+[a-z][\w-]*\s+"
    r"(?:department|center|centre|division|desk|unit|section|sector|laboratory|lab|service)\b"
)


# Bodies no state runs, wherever they stand in the name ("Indiana State Teachers
# Association", "Penn State University", "Amnesty International").
_NEVER_STATE = word_set(
    """association union university college school academy institute foundation company
    corporation society club party international watch journalism commerce
    fraternal church cathedral diocese parish mosque synagogue temple monastery patriarchate
    theatre theater orchestra philharmonic opera ballet choir"""
)


# State bodies known by one name ("NASA", "Rosstat"): see the vocabulary file.
# An acronym ("WHO", "ICE") is compared as written: "The Who" is a band, "Ice" a word.
_STATE_BODY_ENTRIES = [" ".join(entry) for entry in read_entries("state_bodies.txt")]
_STATE_BODY_ACRONYMS = frozenset(name for name in _STATE_BODY_ENTRIES if name.isupper())
_STATE_BODY_NAMES = frozenset(
    name.lower() for name in _STATE_BODY_ENTRIES if name not in _STATE_BODY_ACRONYMS
)


def _bare(org: str) -> str:
    """The name without "the" before it or a possessive after it, as written."""
    return _OWNER_MARKS.sub("", org).strip()


def _known_state_body(org: str) -> bool:
    """ "NASA", "the FBI's", "Rosstat": a state body known by one name."""
    bare = _bare(org)
    return bare in _STATE_BODY_ACRONYMS or bare.lower() in _STATE_BODY_NAMES


# "National Weather Service", "Kazakh Space Agency", "State Inspectorate", "Federal Tax
# Service": an agency, a service or a bureau named for the nation or the state (by
# "National", "State", "Federal", a country or its adjective) is the state's; "Acme Travel
# Agency", "National Bureau of Economic Research" (a name that goes on after the body's
# word) are not.
_NATIONAL_AGENCY = re.compile(
    r"^(?:the\s+)?(?P<lead>[A-Z][\w.-]*)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Agency|Service|Bureau|Administration|Inspectorate|Directorate|Authority)$"
)
_NATIONAL_LEADS = frozenset({"National", "State", "Federal", "Government", "Public"})


def _national_agency(org: str) -> bool:
    """Whether ``org`` is a state agency named for its nation or state (see above); the
    office's town after it is no part of the name ("National Weather Service in Tarnville")."""
    found = _NATIONAL_AGENCY.match(_PLACE_AFTER.sub("", _bare(org)))
    if found is None:
        return False
    lead = found.group("lead")
    if not (lead in _NATIONAL_LEADS or country_of(lead) is not None or is_country(lead)):
        return False
    words = re.findall(r"[^\W\d_]+", org)
    return not any(
        word.lower() in _NEVER_STATE or word.lower() in {"news", "travel", "advertising"}
        for word in words
    )


# "... in Tarnville": where a body's office is, after its name.
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# Fields only the state serves and the nouns of the bodies that serve them (vocabulary).
_PUBLIC_FIELDS = phrase_list("public_service_fields.txt")
_PUBLIC_BODY_NOUNS = word_list("public_body_nouns.txt")
# Fields a firm, a campaign or a TV station names its body by too: the state's only when
# the state's words qualify the name (forecast_fields.txt, election_fields.txt).
_QUALIFIED_FIELDS = word_list("forecast_fields.txt") | word_list("election_fields.txt")
_QUALIFIED_NON_STATE = word_list("public_body_non_state.txt")
_STATE_LEADS = _NATIONAL_LEADS | {"Central", "Regional", "Joint", "Royal", "Supreme", "U.S.", "US"}
# The whole names the state's body alone goes by with no state's word before them.
_BARE_STATE_NAMES = frozenset(
    {("weather", "service"), ("election", "commission"), ("electoral", "commission")}
)


def _public_service_body(org: str) -> bool:
    """ "National Storm Centre", "Weather Service office", "Central Election Commission of
    Norvania", "Office of Emergency Management": a body named for a field only the state
    serves (public_service_fields.txt) whose name ends with a body's noun or goes on from
    one with "of"; with a word of a business, a university or an association anywhere in
    it ("Skyline Weather Inc", "Hurricane Research Association") it is none.  A field a
    firm, a campaign or a station is named by too (a storm, an election) makes the state's
    body only after the state's words and with no word of a firm's, a campaign's or a
    volunteers' body in it ("Storm Center", "Rock the Vote Center", "Election Protection
    Committee", "Storm Advisory Board" are none).  A name going on "of" something that is
    neither its field nor a state is that thing's unit ("Election Services Center of
    Dominion Voting")."""
    words = re.findall(r"[^\W\d_]+", _PLACE_AFTER.sub("", _bare(org)))
    lowered = [word.lower() for word in words]
    if not words or not (
        lowered[-1] in _PUBLIC_BODY_NOUNS
        or any(word in _PUBLIC_BODY_NOUNS and after == "of" for word, after in pairwise(lowered))
    ):
        return False
    if any(
        word not in _PUBLIC_BODY_NOUNS
        and (word in _NON_STATE_WORDS or word in _NEVER_STATE or word in _BUSINESS_NAME_ENDS)
        for word in lowered
    ):
        return False
    of_at = next(
        (
            at
            for at in range(len(lowered) - 1, 0, -1)
            if lowered[at] == "of" and lowered[at - 1] in _PUBLIC_BODY_NOUNS
        ),
        None,
    )
    if of_at is not None and not (
        _names_a_field(lowered[of_at + 1 :]) or _a_polity_name(words[of_at + 1 :])
    ):
        return False  # "... Center of Dominion Voting": a firm's unit
    if any(f" {field} " in f" {' '.join(lowered)} " for field in _PUBLIC_FIELDS):
        return True
    qualified = next((at for at, word in enumerate(lowered) if word in _QUALIFIED_FIELDS), None)
    if qualified is None or any(word in _QUALIFIED_NON_STATE for word in lowered):
        return False
    if qualified == 0:
        # "Weather Service office", "Election Commission of Norvania", not "Storm Center"
        return tuple(lowered[:2]) in _BARE_STATE_NAMES and lowered[2:3] in ([], ["office"], ["of"])
    return _state_lead(words[:qualified])


def _names_a_field(words: list[str]) -> bool:
    """ "emergency management", "hurricanes": the words after "of" hold the body's field."""
    name = f" {' '.join(words)} "
    return any(f" {field} " in name for field in _PUBLIC_FIELDS) or any(
        word in _QUALIFIED_FIELDS for word in words
    )


def _a_polity_name(words: list[str]) -> bool:
    """ "Norvania", "Texas", "Tarn County", "the Tula region": what a state's body is "of":
    a state, a polity or one proper name (a state's; a firm's takes more: "Dominion
    Voting")."""
    words = [word for word in words if word.lower() != "the"]
    name = " ".join(words)
    return bool(words) and (
        (len(words) == 1 and words[0][:1].isupper())
        or _a_state(name)
        or name in US_STATES
        or words[-1].lower() in _POLITY_NOUNS | {"city", "state", "town"}
    )


def _state_lead(words: list[str]) -> bool:
    """ "National", "Joint", "Tarn County", "Kazakh", "Norvanian Central", "Tarn State",
    "CEC": the state's words, a country, a U.S. state, a polity or a state body's acronym
    before a field; "Skyline", "WTRN", "Rock the" (a business's, a station's or a
    campaign's name) are none, and so is nothing."""
    if not words:
        return False
    if words[-1].lower() in _POLITY_NOUNS | {"city", "state", "town"}:
        return True  # "Tarn County", "Tarn State"
    leads = len(words)
    while leads and words[leads - 1] in _STATE_LEADS:
        leads -= 1
    if leads == 0 or (leads == 1 and leads < len(words)):
        return True  # "National", "Norvanian Central": one name before the state's word
    name = " ".join(words)
    return (
        is_country(name)
        or name in US_STATES
        or name in _POLITY_ACRONYMS
        or _known_state_body(name)
        or country_of(name) is not None
        or words[-1].lower() in _POLITY_NOUNS | {"city", "state", "town"}
    )


# "OSCE observer mission", "the CIS election observation mission", "Russia's mission",
# "the mission of the OSCE", "the regional states' observer mission": a mission or a
# delegation that states or a body of states send.
_MISSION = re.compile(r"\b(?:mission|delegation)$", re.IGNORECASE)
_MISSION_OF = re.compile(r"\b(?:mission|delegation)\s+(?P<to>to|of)\s+(?:the\s+)?(?P<owner>.+)$")
_STATES_OWN = re.compile(r"\bstates['’]", re.IGNORECASE)


def _state_mission(org: str) -> bool:
    """A mission or a delegation of a state, a union of states or an intergovernmental
    body (see above); an unknown sender's ("NDI observer mission") is none."""
    bare = _PLACE_AFTER.sub("", _bare(org))
    of = _MISSION_OF.search(bare)
    if of is not None and of.group("to") == "of":
        return _a_state(of.group("owner"))
    if of is not None:
        bare = bare[: of.start("to")].rstrip()  # "UN mission to Norvania": the UN's
    if _MISSION.search(bare) is None:
        return False
    if _STATES_OWN.search(bare):
        return True
    words = bare.split()[:-1]
    return any(
        _a_state(part)
        for size in range(1, min(3, len(words)) + 1)
        for part in _OWNER_MARKS.sub("", " ".join(words[:size])).split("/")
    )


def _a_state(name: str) -> bool:
    """A country, a union of states or a body of states known by its name."""
    name = _bare(name)
    return (
        _known_state_body(name)
        or name in _POLITY_ACRONYMS
        or name in _STATE_UNIONS
        or is_country(name)
        or country_of(name) is not None
    )


def _first_org_head(org: str) -> BodyKind | None:
    if _known_state_body(org):
        return "state"  # "NASA", "Rosstat": a state body known by its name
    if _national_agency(org):
        return "state"  # "National Weather Service", "Kazakh Space Agency"
    if _public_service_body(org) or _state_mission(org):
        return "state"  # "Central Election Commission", "the OSCE observer mission"
    if _polity_policy(org):
        return "state"  # "European diplomacy", "Russia's foreign policy": a state's service
    words = re.findall(r"[^\W\d_]+", org)
    council = _POLITY_COUNCIL.search(org)
    never = _NEVER_STATE - {"school"} if council else _NEVER_STATE  # a school board's own
    # ... in the body's name, not its portfolio ("Committee on International Affairs")
    named = re.findall(r"[^\W\d_]+", re.split(r"\s+(?:on|for)\s+", org, maxsplit=1)[0])
    if any(word.lower() in never for word in named):
        return "non-state"  # "Penn State Board of Trustees" is a university's
    if council:
        return "state"  # "Millbrook City Council", "the school board": a polity's own
    if _POLITY_OWNER.search(org) and any(word.lower() in _GOVERNMENT_WORDS for word in words):
        return "state"  # "the capital's security department"
    if _POLITY_OF.match(org):
        return "state"  # "the city of Boston": a municipality
    if _WHITE_HOUSE.search(org) or _CENTRAL_BANK.search(org):
        return "state"  # the U.S. presidency's seat, as "Kremlin" is Russia's; a state's bank
    of_country = _OF_COUNTRY.search(org)
    if (
        of_country is not None
        and is_country(of_country.group("country"))
        and not _non_state_word(words)
    ):
        return "state"  # "the Federal Antimonopoly Service of Russia"
    if _STATE_BUREAU.search(org) and not _non_state_word(words, besides="bureau"):
        # "Bureau of Prisons", "Bureau of Labor Statistics"; not the "National Bureau of
        # Economic Research"
        return "state"
    for at, original in enumerate(words):
        word = original.lower()
        if word == "federal" and not _federal_body(words[at + 1 :]):
            continue  # "Federal Realty", "Federal Express": a company named so
        if word in _GOVERNMENT_WORDS and (original[0].isupper() or word not in _GENERIC_UNITS):
            return "state"
        if word in _NON_STATE_WORDS:
            return "non-state"
    return None


# "European diplomacy", "the EU's foreign policy", "Russian diplomacy": the foreign or
# defence policy of a state or a union of states, which whoever heads it runs for them.
_POLITY_POLICY = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)(?:['’]s?)?\s+"
    r"(?:diplomacy|foreign\s+policy|foreign\s+affairs|foreign\s+service|defen[cs]e\s+policy|"
    r"security\s+policy|security\s+and\s+defen[cs]e\s+policy)$"
)
# Unions of states whose foreign policy has a head ("head of European diplomacy").
_STATE_UNIONS = frozenset({"European", "EU", "E.U.", "European Union", "UN", "NATO", "OSCE"})


def _polity_policy(org: str) -> bool:
    """ "European diplomacy", "the EU's foreign policy", "Russian diplomacy"."""
    match = _POLITY_POLICY.match(org)
    if match is None:
        return False
    who = match.group("who")
    return (
        who in _STATE_UNIONS
        or who in _POLITY_ACRONYMS
        or is_country(who)
        or country_of(who) is not None
    )


# A council, board or commission of a polity is its elected or governing body: "City
# Council", "regional council", "school board", "Board of Education", "county commission",
# "Federation Council", and a council with no name ("council member X": the town's); a
# council of experts or a board of directors is none.
_POLITY_COUNCIL = re.compile(
    r"\b(?:(?:city|town|village|county|municipal|regional|district|borough|provincial|"
    r"township|state|federation|legislative|security|metropolitan)\s+"
    r"(?:council|board|commission|legislature|assembly)|"
    r"school\s+(?:board|committee)|board\s+of\s+(?:education|supervisors|aldermen|selectmen|"
    r"county\s+commissioners|elections)|European\s+Commission)\b|^council$",
    re.IGNORECASE,
)


# What a federal body is called after "Federal": "Federal Security Service", "Federal
# Reserve", "Federal Trade Commission", "Federal Bureau of Investigation", "Federal Deposit
# Insurance Corp".
_FEDERAL_BODIES = word_set(
    """service agency reserve commission bureau administration court police office
    ministry department authority government council assembly tax customs prosecutor
    prosecutors treasury chancellery deposit"""
)


def _federal_body(after: list[str]) -> bool:
    """Whether the words after "Federal" name a body of a federation, not a firm's name."""
    return any(
        word.lower() in _FEDERAL_BODIES or word.lower() in _GOVERNMENT_WORDS for word in after
    )


def _non_state_word(words: list[str], *, besides: str = "") -> bool:
    """Whether a word of the name names a body no state runs ("Fund", "Research")."""
    return any(
        (lowered := word.lower()) != besides
        and (lowered in _NON_STATE_WORDS or lowered in _NEVER_STATE)
        for word in words
    )


_WHITE_HOUSE = re.compile(r"\bWhite House\b")
_POLITY_OF = re.compile(
    r"^(?:the\s+)?(?:city|town|village|county|state|province|region|municipality)\s+of\s+[A-Z]",
    re.IGNORECASE,
)
_CENTRAL_BANK = re.compile(r"\b(?:Central Bank|Federal Reserve|National Bank)\b")
# "... Service of Russia", "... Committee of Ukraine": a body named for its state.
_OF_COUNTRY = re.compile(r"\bof (?:the )?(?P<country>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})$")
# A capitalised "Bureau of" a named field is a government agency; a bureau otherwise
# ("Better Business Bureau", "Better Business Bureau of Central Ohio", a newspaper's
# bureau) is no state's.
_STATE_BUREAU = re.compile(r"(?<!Business )\bBureau of (?:the )?[A-Z]")
# "the analytical department of Alpari": lower-case, these name a unit of anything...
_GENERIC_UNITS = frozenset({"department", "office", "state"})
# ... but "the capital's security department", "the city's police department" are a
# polity's own: a state body.
_POLITY_OWNER = re.compile(
    r"(?:^|\b)(?:capital|city|region|state|country|province|county|nation)['’]s\s", re.IGNORECASE
)


_DESCRIBED = re.compile(r"(?P<word>[a-z-]+)\s+[“\"«]?$")
_BUSINESS_WORDS = frozenset(
    {
        "firm",
        "company",
        "consultancy",
        "start-up",
        "startup",
        "lender",
        "insurer",
        "carrier",
        "broker",
        "brokerage",
        "manufacturer",
        "developer",
        "maker",
        "producer",
        "retailer",
        "operator",
    }
)


# Nouns the article may describe a body by ("Russoft, the association of ...").
_BODY_NOUNS = _BUSINESS_WORDS | _NON_STATE_WORDS | _NEVER_STATE


# The last word of a business's name: "Acme Corp", "Harlow Group", "Vell Airlines".
_BUSINESS_NAME_ENDS = word_set(
    """inc corp corporation company co ltd llc plc group holdings airlines airways motors
    club"""
)


def _a_business(organization: str | None, context: str) -> bool:
    """Whether the body is a business: its name ends like one's ("Acme Corp"), or the
    article calls it one ("carmaker Tesla")."""
    if not organization:
        return False
    last = organization.split()[-1].lower().rstrip(".")
    if last in _BUSINESS_NAME_ENDS:
        return True
    at = context.rfind(organization)
    match = _DESCRIBED.search(context, max(0, at - 40), at) if at > 0 else None
    word = match.group("word") if match is not None else ""
    if word in _BUSINESS_WORDS or word.endswith("maker"):  # "carmaker", "drugmaker"
        return True
    # "of the Kredo holding", "the Vell company said": the business word after the name
    after = _BUSINESS_AFTER.match(context, at + len(organization)) if at >= 0 else None
    return after is not None


_BUSINESS_AFTER = re.compile(r"\s+(?:holding|company|corporation|concern|conglomerate)\b")


def _bare_brand(organization: str | None) -> bool:
    """ "a spokesperson for Tesla", "Quarkly spokesperson": one mixed-case word no table
    knows as a state, a U.S. state, a nationality or a state body speaks for a business
    far more often than for a town (a city's spokesperson is "a spokesperson for the city"
    or its mayor's; "a spokeswoman for Moscow" is read as a business's, a known cost)."""
    if not organization or " " in organization or not organization[:1].isupper():
        return False
    if not organization[1:].islower():
        return False
    if is_country(organization) or organization in US_STATES or country_of(organization):
        return False
    return _first_org_head(organization) is None and organization not in _STATE_BODY_NAMES


def _described_kind(organization: str, context: str) -> BodyKind | None:
    """ "the company SMS-Development", "consultancy Energy Aspects": the noun the article put
    before the name says what kind of body it is."""
    at = context.rfind(organization)  # the name itself may also open a person's name
    match = _DESCRIBED.search(context, max(0, at - 40), at) if at > 0 else None
    if match is None:
        return None
    word = match.group("word")
    return "non-state" if word in _BUSINESS_WORDS or word in _NON_STATE_WORDS else None


# "general director", "artistic director", "director general": a director runs a body, never
# governs a place ("general director of Rusagrotrans" is no head of a region); nor does a
# chair ("chair of Harborbank": a bank's board, no town's).
_DIRECTOR = re.compile(r"\b(?:director|chair(?:man|woman|person)?)\b", re.IGNORECASE)


def _head_noun(role: str) -> str:
    """The noun that says what the job is: "chief economist" -> "economist"."""
    core = re.split(r"\s+(?:of|at|for|in)\s+", role, maxsplit=1)[0].strip()
    words = core.split()
    if len(words) >= 2 and " ".join(words[-2:]).lower() in HEAD_TITLES:
        return " ".join(words[-2:])
    return words[-1] if words else role


def _workplace_in(organization: str, context: str) -> bool:
    """ "senior vice president at Quarkly": a body one works "at" is no place one heads."""
    return _after_word(_AT_BEFORE, organization, context)


# "the Uralmash plant", "the Mosvodokanal company": the kind of body after its name.
_BODY_KIND_AFTER = (
    r"\s+(?:holding|company|concern|corporation|group|plant|factory|firm|agency|club|team|"
    r"foundation|bank|airline|publishing house)\b"
)


def _named_as_body(organization: str, context: str) -> bool:
    """ "director of the Uralmash plant", "president of Russoft, the association of software
    developers": a name the text calls a plant, a company or an association is a body's,
    not a place's, though the organisation keeps the bare name ("Uralmash").  Two static
    patterns read after each place the name stands (no pattern built per name)."""
    if not organization:
        return False
    opens_word = _WORD_CHAR.match(organization) is not None
    described: re.Match[str] | None = None  # the first place the text describes the name
    at = context.find(organization)
    while at >= 0:
        end = at + len(organization)
        after_word = at > 0 and _WORD_CHAR.match(context, at - 1) is not None
        if after_word != opens_word:  # "\b" before the name
            if _BODY_KIND_NEXT.match(context, end):
                return True
            if described is None:
                described = _DESCRIBED_NEXT.match(context, end)
        at = context.find(organization, at + 1)
    return described is not None and any(
        word.lower() in _BODY_NOUNS
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", described.group("words"))[:4]
    )


_WORD_CHAR = re.compile(r"\w")
# "at the ", "in ": a preposition ending right where the name starts.
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?\Z")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?\Z")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?\Z")
# Polities that employ their own staff: "Tarn County", "the city of Vell".
_LOCAL_GOVERNMENTS = word_set("county city town village township borough municipality")
_BEFORE_WINDOW = 40


def _after_word(before: re.Pattern[str], organization: str, context: str) -> bool:
    """Whether the whole name stands somewhere in ``context`` right after what ``before``
    matches ("at the Acme"), with static patterns: none is built per name."""
    if not organization:
        return False
    ends_word = _WORD_CHAR.match(organization, len(organization) - 1) is not None
    at = context.find(organization)
    while at >= 0:
        end = at + len(organization)
        next_word = end < len(context) and _WORD_CHAR.match(context, end) is not None
        if next_word != ends_word and before.search(context, max(0, at - _BEFORE_WINDOW), at):
            return True
        at = context.find(organization, at + 1)
    return False


_BODY_KIND_NEXT = re.compile(_BODY_KIND_AFTER)
_DESCRIBED_NEXT = re.compile(r",\s+(?:the|an?)\s+(?P<words>[^,.;:]{1,60})")


# "the board of Quarkly", "the board of directors of Harborbank": a company's board.
_BOARD_OF = re.compile(r"\bboard\s+of\s+(?:directors\s+of\s+)?(?:the\s+)?", re.IGNORECASE)


def _board_of(role: str, organization: str, context: str) -> bool:
    """Whether the organisation has a board the person sits on or chairs ("chairman of the
    board" at Harborbank, "who chairs the board of Quarkly"): a company's, no place's.  The
    name is compared after one static pattern."""
    if "board" in role.lower().split():
        return True
    return any(
        context.startswith(organization, found.end()) for found in _BOARD_OF.finditer(context)
    )


def _looks_like_place(organization: str) -> bool:
    """A short proper name with no organisation noun: "Kazakhstan", "the United States"."""
    words = organization.split()
    bare = organization.removeprefix("the ")
    if is_country(organization) or bare in US_STATES or bare in _POLITY_ACRONYMS:
        return True  # "the UAE", "the DPR": a polity known by its initials
    if not 0 < len(words) <= 4 or not all(w[:1].isupper() or w in {"of", "the"} for w in words):
        return False
    # One word ("Tatarstan", "Moscow") or a polity's noun ("Tula Region", "Harris County");
    # a longer name with neither ("Alpha Broker", "Harbor Chamber of Commerce") is a body,
    # and so is an acronym ("AKIT", "KFF": countries' are known above).
    if len(words) == 1:
        return _ACRONYM.fullmatch(organization) is None
    return _polity(organization)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]{2}")
# Countries and polities known by their initials, compared as written (vocabulary file).
_POLITY_ACRONYMS = frozenset(entry[0] for entry in read_entries("polity_acronyms.txt"))


# Nouns of a polity: a job "of the Samara region" is the region's (its civil service).
_POLITY_NOUNS = word_set(
    """region oblast krai okrug province county district republic municipality
    prefecture territory governorate canton village settlement township borough commune
    volost"""
)


def _polity(organization: str) -> bool:
    """ "the Moscow region", "Harris County": a region, city or county, no body in it."""
    words = re.findall(r"[^\W\d_]+", organization)
    return (
        bool(words)
        and words[-1].lower() in _POLITY_NOUNS
        and not any(
            word.lower() in _NEVER_STATE or word.lower() in _NON_STATE_WORDS for word in words
        )
    )


# Bodies of the state that employ civil servants, capitalised ("Department of Health").
_STATE_BODIES = frozenset(
    {"ministry", "department", "government", "parliament", "duma", "kremlin", "embassy"}
    | {"senate", "congress", "cabinet", "legislature", "police", "army", "navy"}
)


def _merely_in(organization: str, context: str) -> bool:
    """ "a farmer in Harlow County": a polity one lives or works "in" employs no one."""
    return _after_word(_IN_BEFORE, organization, context)


def _civil_service(role: str, organization: str | None, context: str = "") -> bool:
    """Rule 1b: a job at a body of the state ("public information officer" at the
    "Washington State Department of Health") is the civil service, and so is a job of a
    region or a county ("chief epidemiologist of the Moscow region"); so is a capitalised
    title held for a state ("U.S. Attorney").  A body no state runs never counts."""
    if organization is None:
        return False
    if _prison(organization):
        return True  # staff of a prison, as "prison officer" is an office
    if is_country(organization):
        return role[:1].isupper() and has_title(role, _COUNTRY_TITLES)
    if (
        _polity(organization)
        and not _merely_in(organization, context)
        and (
            has_title(role, OFFICE_TITLES + HEAD_TITLES + _REGION_STAFF)
            # "elections supervisor for Tarn County"; "a veterinarian from" it only comes
            # from it, and a "sales manager for the Tula region" covers a territory
            or (
                role.split()[-1].lower() in _PUBLIC_SERVICE_JOBS
                and organization.split()[-1].lower() in _LOCAL_GOVERNMENTS
                and not _after_word(_FROM_BEFORE, organization, context)
            )
        )
    ):
        # "the chief epidemiologist of the Moscow region": the region's staff, named by an
        # office; "a resident" or "a teacher of the Tula region" only lives or works there
        return True
    if _first_org_head(organization) == "non-state":
        return False
    if _national_agency(organization):
        return True  # "a meteorologist at the National Weather Service": a civil servant
    if _known_state_body(organization) and not has_title(role, _PRIVATE_JOBS + _SCHOLARS):
        return True  # "supervisor of field operations" of the OPCW, an "inspector" of the FDA
    public = _public_service_body(organization) or _state_mission(organization)
    if public and not has_title(role, _PERSONAL_JOBS + _SCHOLARS + _UNPAID_OR_OUTSIDE):
        return True  # a "hurricane forecaster" at the "Storm Centre", a "member" of the CEC
    if _POLITY_COUNCIL.search(organization) and not has_title(role, _PERSONAL_JOBS):
        return True  # "a member of the Millbrook City Council": an elected body's
    if _office_holder(organization) and not has_title(role, _PRIVATE_JOBS):
        return True  # "the President's physician", "the Governor's chief of staff"
    if _WHITE_HOUSE.search(organization):
        return True  # "Ukraine expert" at the "White House National Security Council"
    return any(
        word[:1].isupper() and word.lower() in _STATE_BODIES
        for word in re.findall(r"[^\W\d_]+", organization)
    )


def _office_holder(organization: str) -> bool:
    """ "President", "Prime Minister", "Governor": the body a person works for is a state's
    office-holder, capitalised and the whole name ("the President's"); a company's
    "president" is written in lower case, and "King's College London", "Burger King" or
    "Queen Mary University" are bodies named after one."""
    name = _OWNER_MARKS.sub("", organization).strip()
    if name in _LOWER_CASE_OFFICE_HOLDERS:
        return True  # "the mayor's chief of staff": no company has a mayor
    return name[:1].isupper() and name.lower() in _OFFICE_HOLDERS


_LOWER_CASE_OFFICE_HOLDERS = frozenset({"mayor", "governor", "premier", "prime minister"})
_OWNER_MARKS = re.compile(r"^the\s+|['’]s?$", re.IGNORECASE)
_OFFICE_HOLDERS = frozenset(
    {"president", "vice president", "prime minister", "deputy prime minister", "premier"}
    | {"governor", "lieutenant governor", "mayor", "queen", "king", "chancellor"}
    | {"first minister", "secretary of state", "attorney general", "prince", "princess"}
)
# A job done for the person, not the office ("the President's personal lawyer", "the
# Governor's campaign manager"), or in a band named like one ("guitarist of Queen").
_PERSONAL_JOBS = (
    "lawyer",
    "attorney",
    "campaign",
    "personal",
    "counsel",
    "fundraiser",
    "guitarist",
    "singer",
    "drummer",
    "bassist",
    "keyboardist",
    "frontman",
    "vocalist",
)
# ... a seat, or a mandate as an independent expert ("UN special rapporteur").
_PRIVATE_JOBS = (*_PERSONAL_JOBS, "member", "rapporteur")
# ... or who is at a public service without being its staff: "a volunteer with", "a
# partner at" a body is a volunteer's or a firm's (a public service has no partners).
_UNPAID_OR_OUTSIDE = ("volunteer", "partner", "intern", "contractor", "consultant")
# Jobs that comment on a field wherever they are held: an economist or a researcher of a
# state body is read as the expert the article quotes, not as its office
# (person_nouns.txt, tag "scholar").
_SCHOLARS = tuple(sorted(person_nouns("scholar")))


# Words of a region's staff besides its offices and heads ("a spokesman of the Tula region").
_REGION_STAFF = (
    "official",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "inspector",
    "deputy",
)


_COUNTRY_TITLES = ("attorney", "consul", "marshal", "surgeon general")


# A public service or a polity opening a job with no body named ("police chief", "county
# health director", "city manager"): the job is the state's.
_PUBLIC_SERVICE_FIRST = re.compile(
    r"^(?:city|county|town|village|state|municipal|police|fire|ministry)\s+\S", re.IGNORECASE
)


# A job a polity gives, written with the polity's lower-case noun before it ("city traffic
# engineer", "county clerk", "state epidemiologist"); not the press's or sport's "city
# editor", "state champion".
_POLITY_STAFF = re.compile(
    r"^(?:the\s+)?(?:city|county|town|village|municipal|state)\s+"
    r"(?:(?P<modifier>[a-z-]+)\s+)?(?P<job>[a-z-]+)$"
)
# ... the job one of the public service's (a vocabulary file), the word before it none of a
# body no state runs ("state university professor", "county fair organizer" are not).
_PUBLIC_SERVICE_JOBS = word_list("public_service_jobs.txt")
_NOT_PUBLIC_SERVICE = word_set("fair farm bus taxi")


def _polity_staff(role: str) -> bool:
    """ "the city traffic engineer", "county clerk", "state epidemiologist"."""
    match = _POLITY_STAFF.match(role)
    if match is None or match.group("job") not in _PUBLIC_SERVICE_JOBS:
        return False
    modifier = match.group("modifier")
    return modifier is None or not (modifier in _NEVER_STATE or modifier in _NOT_PUBLIC_SERVICE)


# "Captain", "police Lieutenant": a rank that is an office only in a police or fire service
# ("team captain" is a player's).
# "Captain", "Lt.", "Asst. Chief", "Deputy Inspector", "Det. Sgt.": a rank of a police or
# fire service, an official's in a story about the police or the fire brigade.
_SERVICE_RANK = re.compile(
    r"(?:(?:police|fire)\s+)?(?:(?:asst\.?|assistant|deputy|first|2nd|second|det\.?)\s+)?"
    r"(?:captain|capt\.?|lieutenant|lt\.?|chief|inspector|insp\.?|sergeant|sgt\.?|detective"
    r"|superintendent|supt\.?|commander|cmdr\.?)",
    re.IGNORECASE,
)
_POLICE_OR_FIRE = re.compile(
    r"\b(?:police|fire|sheriff['’]?s?|precinct|firefighters?|patrol|constabulary)\b",
    re.IGNORECASE,
)
# "company spokesman", "corporate spokeswoman": speaks for a business by the role's own word.
_COMPANY_SPOKESPERSON = re.compile(
    r"^(?:the\s+)?(?:company|corporate|firm|group)\s+(?:spokes\w+|press\s+officer)$",
    re.IGNORECASE,
)
# "leader of the faction", "head of the Committee", "faction leader", "committee chairman":
# a legislature's group or committee, an office when a parliament is named.
_LEGISLATURE_UNIT = re.compile(
    r"\b(?:(?:leader|head|chair|chairman|chairwoman|chairperson|deputy\s+head)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:faction|committee|parliamentary\s+group)"
    r"|(?:faction|committee|parliamentary\s+group)\s+(?:leader|head|chair|chairman|"
    r"chairwoman|chairperson))\b",
    re.IGNORECASE,
)
_PARLIAMENT = re.compile(
    r"\b(?:Duma|Rada|Majilis|Mazhilis|Senate|Congress|Parliament|parliament|Sejm|Knesset|"
    r"Bundestag|Seimas|Saeima|Riigikogu|Verkhovna|Assembly|Legislature|legislature)\b"
)


_ARMED = re.compile(r"\b(?:rebel|militant|armed|splinter|insurgent|guerrilla|militia)", re.I)


# "director of a railway bureau and a deputy to the National Assembly": a seat in a
# legislature, written as a second apposition after the first job's body.
_SECOND_SEAT = re.compile(
    r"\s+and\s+(?:a|an|the)\s+(?:deputy|member|senator|representative)\s+(?:to|of|in)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Assembly|Parliament|Duma|Rada|Senate|Congress|"
    r"Majilis|Mazhilis|Sejm|Seimas|Saeima|Knesset|Legislature|Bundestag)\b"
)


def classify(role: str | None, organization: str | None, context: str) -> PersonKind:
    """Expert or official, by the rule in the module docstring; whoever the sentence also
    seats in a legislature right after their job's body is an official too."""
    kind = _classify(role, organization, context)
    if kind == "expert" and role and organization and context and not _FORMER.match(role):
        at = context.find(organization)
        if at >= 0 and _SECOND_SEAT.match(context, at + len(organization)):
            return "official"
    return kind


def _classify(role: str | None, organization: str | None, context: str) -> PersonKind:
    """Expert or official, by the rule in the module docstring."""
    if role and _FORMER.match(role):
        return "expert"  # "a former prime minister": comments, holds no office
    if organization and _called_non_state(organization, context):
        return "expert"  # "the Tarn County Election Council, a nonprofit": no state's body
    if role and _COMPANY_SPOKESPERSON.match(role):
        return "expert"  # "company spokesman Dan Ruiz": a business's voice, no office
    if (
        role
        and _SERVICE_RANK.fullmatch(role.strip())
        and _POLICE_OR_FIRE.search(f"{organization or ''} {context}")
    ):
        return "official"  # "Captain Lena Moor of the harbor police"
    if (
        role
        and _LEGISLATURE_UNIT.search(f"{role} of {organization}" if organization else role)
        and (
            _PARLIAMENT.search(f"{role} {organization or ''} {context}")
            # a "faction" is a parliament's group, unless an armed one
            or ("faction" in role.lower() and not _ARMED.search(f"{role} {context}"))
        )
    ):
        return "official"  # "the leader of the faction" in a Duma story
    if role and _UNIT_HEAD.search(role):
        return "expert"  # "global head of macro at ING": heads a desk, not a state
    if role and _elected_board_seat(role, organization, context):
        return "official"  # "school board member", "Board President" of the school board
    if role and _POLITY_OWNER.match(role) and has_title(_head_noun(role), HEAD_TITLES):
        return "official"  # "the county's public health director"
    if role and _HEAD_OF_UNIT.search(role) and _first_org_head(organization or "") != "state":
        return "expert"  # "head of the analytical department" of a broker, not of a ministry
    if role:
        head_kind = _first_org_head(organization) if organization else None
        if head_kind is None and organization:
            head_kind = _described_kind(organization, context)
        if (
            _office_title(role)
            and not (
                has_title(role, _SPEAKS_FOR)
                and (_a_business(organization, context) or _bare_brand(organization))
            )
            and not _sport_commissioner(role, organization)
        ):
            return "official"
        if _civil_service(role, organization, context):
            return "official"
        if organization is None and _polity_staff(role):
            return "official"  # "the city traffic engineer": a town's or a county's employee
        if has_title(_head_noun(role), HEAD_TITLES):
            if _role_names_state_body(role):
                return "official"  # "chairman of the Duma committee on energy"
            if organization is None and _PUBLIC_SERVICE_FIRST.match(role):
                return "official"  # "fire chief", "county health director": a public service
            if organization is None:
                # "EU foreign policy chief", "Russian President": a capitalised word in the
                # role names the body; a bare "director" or "chief" heads nothing we know.
                named = [
                    w
                    for w in role.split()[:-1]
                    if w[:1].isupper()
                    and w.lower() not in HEAD_TITLES
                    and w.lower() not in OFFICE_TITLES
                ]
                if named:
                    return (
                        "expert" if _first_org_head(" ".join(named)) == "non-state" else "official"
                    )
                return "official" if has_title(role, ("president",)) else "expert"
            if head_kind == "state" or (
                head_kind is None
                and not _DIRECTOR.search(_head_noun(role))
                and _looks_like_place(organization)
                and not _workplace_in(organization, context)
                and not _named_as_body(organization, context)
                and not _board_of(role, organization, context)
            ):
                return "official"
            return "expert"
        return "expert"
    if organization and (
        (_prison(organization) and not _HELD.search(context))
        or _state_body_named(organization)
        or _public_service_body(organization)
        or _state_mission(organization)
    ):
        # No job named, but the body is the state's: "Ann Lee, who works at the Ministry of
        # Health", guards "assigned to the night shift at Harbor Correctional Center"; not
        # an inmate "held at the Vell County Jail".
        return "official"
    # "who ran for Congress": a candidacy names the body sought, not one sat in
    context = _CANDIDACY.sub("", context)
    if _untitled_party_tag(context):
        return "official"  # "said Ann Lee, D-N.Y.", "Ann Lee (R-Texas)": a legislator
    return "official" if _OFFICIAL_EVENTS.search(context) else "expert"


# ", a nonprofit", ", a nonpartisan advocacy group", ", a consulting firm": the article
# says right after a body's name that it is no state's.
_NON_STATE_AFTER = re.compile(
    r"[,(]\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:nonprofit|non-profit|not-for-profit|charity|"
    r"advocacy|watchdog|NGO|firm|company|consultancy|coalition|campaign)\b"
)


def _called_non_state(organization: str, context: str) -> bool:
    """Whether a body named like a public service is one the article calls a nonprofit, a
    firm or a campaign right after its name ("the Tarn County Election Council, a
    nonprofit")."""
    if not context or not (_public_service_body(organization) or _state_mission(organization)):
        return False
    at = context.find(organization)
    return at >= 0 and _NON_STATE_AFTER.match(context, at + len(organization)) is not None


_SPORTS_BODIES = read_entries("sports_bodies.txt")
_SPORTS_INITIALS = frozenset(entry[0] for entry in _SPORTS_BODIES if entry[0].isupper())
_SPORTS_WORDS = frozenset(entry[0] for entry in _SPORTS_BODIES if entry[0].islower())


def _sport_commissioner(role: str, organization: str | None) -> bool:
    """ "NBA commissioner", "commissioner of the Tarn Football League": a commissioner
    (and no other office) of a league or a sport's body (sports_bodies.txt) runs a sport."""
    if not has_title(role, ("commissioner",)) or has_title(
        re.sub(r"(?i)\bcommissioner\b", "", role), OFFICE_TITLES
    ):
        return False
    words = re.findall(r"[^\W\d_]+", f"{role} {organization or ''}")
    sports = [
        at
        for at, word in enumerate(words)
        if word in _SPORTS_INITIALS or word.lower() in _SPORTS_WORDS
    ]
    # a "conference" is a sport's only as a league's name ("Big Tarn Conference") or with
    # a sport's other word; a "Conference Center Authority" runs a hall
    return any(
        words[at].lower() != "conference" or at == len(words) - 1 or not words[at + 1][:1].isupper()
        for at in sports
    )


# A seat on a board or a council: its member, its president, its chair.
_BOARD_SEAT = re.compile(
    r"\b(?:board|council|commission|committee)\s+(?:(?:vice|deputy)[\s-]+)?"
    r"(?:member|president|chair|chairman|chairwoman|chairperson|trustee|secretary|treasurer)\b"
    r"|\b(?:member|president|chair|chairman|chairwoman|chairperson)\s+of\s+the\s+"
    r"(?:board|council|commission)\b",
    re.IGNORECASE,
)
# A school district runs public schools: its board is elected ("Millbrook School District",
# "Vell Unified School District", "Harlow Independent School District").
_SCHOOL_DISTRICT = re.compile(
    r"\bSchool\s+District\b|\bSchool\s+Board\b|\bBoard\s+of\s+Education\b"
)


# A town's, a city's or a county's own board in the sentence ("after the Vell County Board
# of Supervisors met"); not the UN Security Council or a State Council a board chair
# may talk about.
_LOCAL_BOARD = re.compile(
    r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Cc]ounty|[Bb]orough|[Tt]ownship)\s+"
    r"(?:[Cc]ouncil|[Bb]oard|[Cc]ommission)\b|\bBoard\s+of\s+(?:Supervisors|Aldermen|"
    r"Selectmen|County\s+Commissioners)\b"
)


def _elected_board_seat(role: str, organization: str | None, context: str) -> bool:
    """ "school board member", "City Council president", "Board President" of the
    Millbrook School Board: a seat on a polity's elected board or council is a public
    office.  The polity's board is named in the role, is the organisation, or, with no
    organisation, stands in the sentence ("Board President Tom Hale said after the
    Millbrook School Board meeting"); a company's "board member" of "Acme Corp" or a
    "board chair" with no school board or council near is no office."""
    lowered = role.lower()
    if not any(body in lowered for body in ("board", "council", "commission", "committee")):
        return False  # no body's noun: no seat on one (a plain scan, before the pattern)
    if _BOARD_SEAT.search(role) is None:
        return False
    if _POLITY_COUNCIL.search(role):
        return organization is None or _first_org_head(organization) != "non-state"
    if organization is not None:
        return bool(_SCHOOL_DISTRICT.search(organization))
    return bool(_SCHOOL_DISTRICT.search(context) or _LOCAL_BOARD.search(context))


def _state_body_named(organization: str) -> bool:
    """A state body named by a capitalised word for one ("Ministry of Health", "U.S.
    Embassy", "State Department", "White House", "Bureau of Prisons"), with no word of a
    body no state runs anywhere in the name: "Ohio State's Ann Lee" is a college team's
    player, and "Senate Leadership Fund", "Embassy Suites", "Office Depot" or the
    "Federation of Small Businesses" employ no civil servants."""
    if _first_org_head(organization) != "state":
        return False
    if _WHITE_HOUSE.search(organization):
        return True
    words = re.findall(r"[^\W\d_]+", organization)
    if _STATE_BUREAU.search(organization):
        return not _non_state_word(words, besides="bureau")
    if _non_state_word(words):
        return False
    return any(
        word[:1].isupper() and word.lower() in _STATE_BODIES and _ends_the_name(words, at)
        for at, word in enumerate(words)
    )


def _ends_the_name(words: list[str], at: int) -> bool:
    """ "U.S. Embassy", "Ministry of Health": the body's word ends the name or is followed
    by "of"; "Embassy Suites" is a hotel named after one."""
    return at == len(words) - 1 or words[at + 1] == "of"


# A prison, jail or correctional centre: whoever works there with no job named guards it
# for the state (as "prison officer" and "correctional officer" are offices).
_PRISON = re.compile(r"\b(?:Prison|Penitentiary|Jail|Correctional)\b")
# ... unless the name is of a group that studies or campaigns about prisons.
_ADVOCACY = re.compile(
    r"\b(?:Policy|Initiative|Fellowship|Reform|Project|Association|Alliance|Network|"
    r"Coalition|Fund|Trust|Watch|Justice|Ministries|Ministry)\b"
)
# ... or the sentence says someone is held there ("who is held at", "an inmate at"; not
# guards "conducting inmate checks").
_HELD = re.compile(
    r"\b(?:(?:who|which)\s+(?:is|was|are|were|has been|had been|have been)\s+(?:being\s+)?"
    r"(?:held|jailed|imprisoned|incarcerated|serving|sentenced|detained|locked up)|"
    r"(?:an?|the|fellow|one)\s+(?:\w+\s+)?(?:inmate|prisoner|detainee)s?\b(?!\s+checks?))",
    re.IGNORECASE,
)


def _prison(organization: str) -> bool:
    """A prison, jail or correctional centre itself ("Harbor Correctional Center"), not a
    group named after prisons ("Prison Policy Initiative", "Prison Fellowship")."""
    return (
        bool(_PRISON.search(organization))
        and not _ADVOCACY.search(organization)
        and not any(word.lower() in _NEVER_STATE for word in re.findall(r"[^\W\d_]+", organization))
    )
