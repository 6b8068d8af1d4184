"""People in one article: roles, organisations, expert/official, and later references.

Role and organisation
    An apposition ("researcher at the Center for ...", "a senior fellow at the Y
    Institute", "head of the Center ...", "who heads the Y Alliance") or a pre-name title
    ("President of Kazakhstan", "Barclays economist", "The director of the Y Institute") is
    split at the first " at "; failing that at the first " of ", " for " or " with ";
    failing that a capitalised prefix is the organisation and the lower-case rest the role
    ("Barclays economist").  Leading articles are dropped.

Expert or official (the documented rule)
    1. A role naming a public office (minister, spokesperson, press secretary, senator,
       deputy, legislator, governor, mayor, ambassador, prime minister, chancellor, ...) makes
       an official.
    2. A role whose head noun heads something (president, chairman, head, leader,
       director, chief ...; "chief economist" is headed by "economist", so not this rule)
       makes an official when the organisation is a state or a state body: its first head
       noun is governmental (Ministry, Government, Parliament, Duma, Kremlin, Republic ...),
       or it is a short proper name with no organisation noun, i.e. a place ("President of
       Kazakhstan"), or, with no organisation, the role itself names one ("EU foreign
       policy chief") or is "president".  When the first head noun names a non-state body
       (Council, Center, Institute, Bank ...) the person heads an organisation and is an
       expert ("President of the Eurasian Expert Council").
    3. A person with no role who is reported speaking at a government event (a session,
       summit, parliament, briefing, cabinet meeting, address to the nation) is an official:
       such settings are where office-holders, not commentators, speak.
    4. Everyone else is an expert.

Later references
    A surname, "Title Surname", a role noun ("the expert", "the economist") or a pronoun
    ("she") never creates a person; it resolves to the most recently mentioned compatible
    person already known (same surname; role containing the noun, or any expert for
    generic nouns; gender not contradicting a known honorific or earlier pronoun).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.ingest.names import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    TITLE_WORDS,
    is_role_word,
    name_key,
    word_set,
)
from app.ingest.nationalities import country_of
from app.ingest.parsed import ParsedPerson, PersonKind
from app.ingest.slugs import slugify

OFFICE_TITLES = (
    "minister", "spokesman", "spokeswoman", "spokesperson", "press secretary", "secretary",
    "senator", "deputy", "legislator", "lawmaker", "congressman", "congresswoman", "mp",
    "governor", "mayor", "ambassador", "prime minister", "premier", "chancellor", "king",
    "queen", "emir", "sheikh", "head of state", "official", "envoy", "commissioner",
    "representative", "speaker", "attorney general", "prosecutor", "consul", "akim",
    "member of parliament", "parliamentarian", "diplomat", "foreign minister", "councillor",
    "councilman", "councilwoman", "state secretary", "presidential aide", "rep", "sen", "gov",
    "assemblyman", "assemblywoman", "assembly member", "alderman", "congressional",
)
HEAD_TITLES = (
    "president", "vice president", "vice-president", "chairman", "chairwoman", "chair",
    "head", "leader", "chief", "director", "director general", "director-general",
    "secretary general", "secretary-general",
)
GENERIC_REFERENCE_NOUNS = frozenset(
    {"expert", "analyst", "specialist", "commentator", "observer", "interlocutor",
     "source", "speaker"}
)
_GOVERNMENT_WORDS = word_set(
    """ministry government parliament duma senate congress kremlin cabinet administration
    republic federation assembly presidency state kingdom office department embassy
    mazhilis majilis rada knesset bundestag council-of-ministers"""
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
_ROLE_OF_AT = re.compile(
    r"^(?P<role>(?:[a-z-]+ ){0,3}[a-z-]+) of (?=(?:the )?[A-Z][^,;]* at (?:the )?[A-Z])"
)
_FORMER = re.compile(r"^(?:former|ex-|retired|one-time|onetime)", re.IGNORECASE)
_UNIT_HEAD = re.compile(r"\b(?:head|chief|director|leader)\s+of\s+[a-z]")
_SPLITTERS = (" at ", " of ", " for ", " with ", " in ")
_LEADING_ARTICLE = re.compile(r"^(?:an?|the|one of the|its|his|her)\s+", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^who\s+(?:is|was|serves as|works as|has been)\s+", re.IGNORECASE
)
_RELATIVE_VERB = re.compile(
    r"^who\s+(?P<verb>heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|"
    r"founded|co-founded|manages|managed|teaches at|works at|works for|studies)\s+",
    re.IGNORECASE,
)
_RELATIVE_ROLE = {"heads": "head", "headed": "head", "leads": "head", "led": "head",
                  "runs": "head", "ran": "head", "chairs": "chair", "chaired": "chair",
                  "directs": "director", "directed": "director", "founded": "founder",
                  "co-founded": "co-founder", "manages": "manager", "managed": "manager",
                  "teaches at": "lecturer", "works at": None, "works for": None,
                  "studies": "researcher"}


def _clean_org(org: str) -> str | None:
    org = _LEADING_ARTICLE.sub("", org.strip(" ,;:.")).strip()
    return org or None


def split_role(phrase: str) -> tuple[str | None, str | None]:
    """``"researcher at the Center for X"`` -> ``("researcher", "Center for X")``."""
    text = phrase.strip(" ,;:")
    relative = _RELATIVE_VERB.match(text)
    if relative:
        return _RELATIVE_ROLE.get(relative.group("verb").lower()), _clean_org(
            text[relative.end():]
        )
    text = _RELATIVE.sub("", text)
    text = _LEADING_ARTICLE.sub("", _ACCORDING.sub("", text)).strip()
    # A relative or participle clause after the role ("an economist at X who studies Y",
    # "a lawyer representing the club") is not part of the role or the organisation.
    text = _ROLE_TAIL.split(text, maxsplit=1)[0]
    if not text:
        return None, None
    of_at = _ROLE_OF_AT.match(text)
    if of_at is not None:
        # "director of the Wadhwani AI Center at CSIS": the unit, then its parent.
        return of_at.group("role"), _clean_org(text[of_at.end():])
    for splitter in _SPLITTERS:
        index = text.find(splitter)
        if index > 0:
            role = text[:index].strip()
            org = _clean_org(text[index + len(splitter):])
            if splitter == " in " and org is not None and not org[0].isupper():
                continue
            return role or None, org
    words = text.split()
    owner = next((i for i, word in enumerate(words[:4]) if word.endswith(("'s", "’s"))), None)
    if owner is not None and owner + 1 < len(words) and words[0][:1].isupper():
        # "Nationwide's chief economist", "Crisis Group's Sahel project director"
        role, org = split_role(" ".join(words[owner + 1:]))
        return role, org or " ".join([*words[:owner], words[owner][:-2]])
    country = country_of(words[0]) if len(words) > 1 else None
    if country is not None:
        # "Armenian Prime Minister", "Chile's Mining Minister": the state holds the office.
        role, org = split_role(" ".join(words[1:]))
        if role and (_has_title(role, OFFICE_TITLES) or _has_title(role, HEAD_TITLES)):
            return role, org or country
        if role and is_role_word(role.split()[-1]):
            return role, org  # "Russian political scientist": a nationality, no employer
    if all(word[:1].isupper() for word in words):
        # "Federal Reserve Governor": an organisation of two or more words, then the title;
        # "Labour Minister", "Treasury Secretary", "Foreign Minister": a title as a whole.
        title_at = len(words)
        while title_at > 0 and (words[title_at - 1].lower() in TITLE_WORDS
                                or is_role_word(words[title_at - 1])):
            title_at -= 1
        if 2 <= title_at < len(words) or (
            title_at == 1 < len(words) and words[0].isupper() and len(words[0]) >= 2
        ):  # "ECB President": an acronym is an organisation, not a portfolio
            return " ".join(words[title_at:]), " ".join(words[:title_at])
        return text, None
    # "Barclays economist", "Kremlin spokesman": capitalised organisation, then the role;
    # but "Supply chain analyst" is one role (the first lower-case word is no job), and
    # "Energy expert" names a field, not an organisation.
    for index, word in enumerate(words):
        if word[0].islower() or is_role_word(word):
            if index == 0 or not is_role_word(word):
                break
            if all(w.lower() in FIELDS for w in words[:index]):
                return words[0].lower() + text[len(words[0]):], None
            return " ".join(words[index:]), " ".join(words[:index])
    return text, None


def _first_org_head(org: str) -> str | None:
    for word in re.findall(r"[^\W\d_]+", org.lower()):
        if word in _GOVERNMENT_WORDS:
            return "state"
        if word in _NON_STATE_WORDS:
            return "non-state"
    return None


def _has_title(role: str, titles: tuple[str, ...]) -> bool:
    low = " " + re.sub(r"[^\w\s-]", " ", role.lower()) + " "
    return any(f" {title} " in low for title in titles)


def _head_noun(role: str) -> str:
    """The noun that says what the job is: "chief economist" -> "economist"."""
    core = re.split(r"\s+(?:of|at|for|in)\s+", role, maxsplit=1)[0].strip()
    words = core.split()
    if len(words) >= 2 and " ".join(words[-2:]).lower() in HEAD_TITLES:
        return " ".join(words[-2:])
    return words[-1] if words else role


def _looks_like_place(organization: str) -> bool:
    """A short proper name with no organisation noun: "Kazakhstan", "the United States"."""
    words = organization.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in {"of", "the"} for w in words)


def classify(role: str | None, organization: str | None, context: str) -> PersonKind:
    """Expert or official, by the rule in the module docstring."""
    if role and _FORMER.match(role):
        return "expert"  # "a former prime minister": comments, holds no office
    if role and _UNIT_HEAD.search(role):
        return "expert"  # "global head of macro at ING": heads a desk, not a state
    if role:
        head_kind = _first_org_head(organization) if organization else None
        if _has_title(role, OFFICE_TITLES) and not (
            role.lower().startswith(("deputy director", "deputy head", "chief economist"))
            and head_kind == "non-state"
        ):
            return "official"
        if _has_title(_head_noun(role), HEAD_TITLES):
            if organization is None:
                # "EU foreign policy chief", "Russian President": a capitalised word in the
                # role names the body; a bare "director" or "chief" heads nothing we know.
                named = [w for w in role.split()[:-1] if w[:1].isupper()
                         and w.lower() not in HEAD_TITLES and w.lower() not in OFFICE_TITLES]
                if named:
                    return "expert" if _first_org_head(" ".join(named)) == "non-state" else (
                        "official")
                return "official" if _has_title(role, ("president",)) else "expert"
            if head_kind == "state" or (head_kind is None and _looks_like_place(organization)):
                return "official"
            return "expert"
        return "expert"
    return "official" if _OFFICIAL_EVENTS.search(context) else "expert"


@dataclass
class Person:
    """A person as this article introduces them, plus resolution state."""

    name: str
    role: str | None = None
    organization: str | None = None
    kind: PersonKind = "expert"
    gender: str | None = None
    last_seen: int = 0
    has_statement: bool = False
    order: int = 0
    words: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.name) or "unknown"

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else self.name

    def record(self) -> ParsedPerson:
        return ParsedPerson(
            slug=self.slug, name=self.name, kind=self.kind, role=self.role,
            organization=self.organization,
        )


def gender_of(honorific: str | None) -> str | None:
    if honorific is None:
        return None
    low = honorific.lower().rstrip(".")
    if low in MALE_HONORIFICS:
        return "m"
    if low in FEMALE_HONORIFICS:
        return "f"
    return None


_FEMALE_ROLES = re.compile(
    r"\b(?:\w+woman|\w+women|actress|businesswoman|chairwoman|spokeswoman|congresswoman|"
    r"councilwoman|first lady|queen|princess|duchess|empress|mother|sister|wife)\b",
    re.IGNORECASE,
)
_MALE_ROLES = re.compile(
    r"\b(?:\w+man|\w+men|king|prince|duke|emperor|father|brother|husband)\b", re.IGNORECASE
)
_NOT_MALE = frozenset({"human", "german", "roman", "ottoman", "woman", "women"})


def gender_of_role(role: str | None) -> str | None:
    """"spokeswoman" -> "f", "chairman" -> "m"; most roles say nothing."""
    if not role:
        return None
    if _FEMALE_ROLES.search(role):
        return "f"
    male = _MALE_ROLES.search(role)
    if male and male.group().lower() not in _NOT_MALE:
        return "m"
    return None


class Registry:
    """Every person introduced so far, and the most-recent-compatible lookups."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._clock = 0

    def touch(self, person: Person) -> Person:
        self._clock += 1
        person.last_seen = self._clock
        return person

    def _latest(self, wanted: Callable[[Person], bool]) -> Person | None:
        """The most recently mentioned person satisfying ``wanted`` (a linear scan)."""
        best: Person | None = None
        for person in self.people:
            if (best is None or person.last_seen > best.last_seen) and wanted(person):
                best = person
        return best

    def most_recent(self) -> Person | None:
        return self._latest(lambda person: True)

    def by_full_name(self, name: str) -> Person | None:
        key = name_key(name)
        for person in self.people:
            if key and name_key(person.name) == key:
                return person
            if person.name == name:
                return person
        return None

    def by_word(self, word: str) -> Person | None:
        """A known person whose surname (or, failing that, given name) is ``word``."""
        low = word.lower()
        return self._latest(lambda person: person.surname.lower() == low) or self._latest(
            lambda person: any(part.lower() == low for part in person.words[:-1]))

    def by_role_noun(self, noun: str) -> Person | None:
        noun = noun.lower()
        person = self._latest(lambda person: bool(person.role) and noun in (
            person.role or "").lower())
        if person is None and (noun in GENERIC_REFERENCE_NOUNS or is_role_word(noun)):
            wanted: PersonKind = "official" if _has_title(noun, OFFICE_TITLES) else "expert"
            person = self._latest(lambda person: person.kind == wanted)
        return person

    def by_pronoun(self, pronoun: str) -> Person | None:
        gender = {"he": "m", "she": "f"}.get(pronoun.lower())
        person = self._latest(lambda person: person.gender is None or person.gender == gender)
        if person is not None and person.gender is None and gender is not None:
            person.gender = gender
        return person

    def add(self, name: str, words: list[str], honorific: str | None) -> Person:
        person = Person(name=name, words=words, gender=gender_of(honorific),
                        order=len(self.people))
        self.people.append(person)
        return person
