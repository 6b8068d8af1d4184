"""People in one article, and who later references point to.

Role and organisation: :mod:`app.ingest.people.roles`; expert or official (the documented
rule): :mod:`app.ingest.people.kinds`.

Later references
    A surname, "Title Surname", a role noun ("the expert", "the economist") or a pronoun
    ("she") never creates a person; it resolves to the most recently mentioned compatible
    person already known (same surname; role containing the noun, or any expert for
    generic nouns; gender not contradicting a known honorific, a gendered role noun such
    as "spokeswoman" or "chairman", or an earlier pronoun).  The subject of a sentence
    counts as mentioned ("Davtyan is more sceptical. …, he said.").

    A job noun means nobody when a second holder of the job was named near it
    (:data:`ROLE_REACH`: "Finance Minister Ann Lee … Health Minister Bo Park … the minister
    added"); with no known holder, it means the one person a sentence or the headline gave
    the job (:meth:`Registry.noted_holder`).  A nation noun ("the Spaniard") means the one
    person the text tied to that state right next to their name (:meth:`Registry.by_nation`,
    :mod:`app.ingest.people.nation_references`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from app.ingest.parsed import ParsedPerson, PersonKind
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    PERSON_REFERENCE_NOUNS,
    is_role_word,
    name_key,
    surname_key,
    surname_of,
)
from app.ingest.people.nation_references import nation_cue
from app.ingest.people.nationalities import nation_of, nationality_cues
from app.ingest.people.roles import HEAD_TITLES, OFFICE_TITLES, has_title
from app.ingest.slugs import slugify

_GENDER_PRONOUN = {
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
}

# Words before a job that rank its holder without naming another job: "the head coach".
_RANK_MODIFIERS = frozenset({"head", "chief", "senior", "lead", "top", "star"})

GENERIC_REFERENCE_NOUNS = frozenset(
    {
        "expert",
        "analyst",
        "specialist",
        "commentator",
        "observer",
        "interlocutor",
        "source",
        "speaker",
    }
)


@dataclass
class Person:
    """A person as this article introduces them, plus resolution state."""

    name: str
    role: str | None = None
    organization: str | None = None
    kind: PersonKind = "expert"
    gender: str | None = None
    gender_guessed: bool = False  # from the given name only: the text may say otherwise
    last_seen: int = 0
    last_at: int = -1  # where in the text the person was last mentioned, if known
    has_statement: bool = False
    order: int = 0
    words: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.name) or "unknown"

    @property
    def surname(self) -> str:
        return surname_of(self.words) if self.words else self.name

    def record(self) -> ParsedPerson:
        return ParsedPerson(
            slug=self.slug,
            name=self.name,
            kind=self.kind,
            role=self.role,
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
    r"councilwoman|first lady|queen|princess|duchess|empress)\b",
    re.IGNORECASE,
)
_MALE_ROLES = re.compile(r"\b(?:\w+man|\w+men|king|prince|duke|emperor)\b", re.IGNORECASE)
_NOT_MALE = frozenset({"human", "german", "roman", "ottoman", "woman", "women"})


def gender_of_role(role: str | None) -> str | None:
    """ "spokeswoman" -> "f", "chairman" -> "m"; most roles say nothing."""
    if not role:
        return None
    if _FEMALE_ROLES.search(role):
        return "f"
    male = _MALE_ROLES.search(role)
    if male and male.group().lower() not in _NOT_MALE:
        return "m"
    return None


# "Gov. Eric Holcomb … The governor said": an abbreviated title is its word spelled out.
_ABBREVIATED = {
    "gov": "governor",
    "lt": "lieutenant",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "maj": "major",
    "supt": "superintendent",
    "prof": "professor",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
    "dr": "doctor",
}
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")\b\.?")


# Offices one person holds for a whole polity: "the governor" is never whoever holds
# another office ("President"), when the fallback below would take the latest official.
_SOLE_OFFICES = frozenset({"governor", "mayor", "president", "premier", "prime minister"})


_SOLE_HEAD_TITLES = tuple(title for title in HEAD_TITLES if title in _SOLE_OFFICES)


def _holds_office(role: str | None, noun: str) -> bool:
    """Whether a known role holds a title of public office or a head's title
    ("President", "Defence Minister"): its holder is no one the sole office ``noun``
    names.  For "the governor" a leader's word alone ("head", "chief" of a bank) is no
    other office: "Tom Hale, head of the National Bank" may be its governor."""
    role = _spelled_out(role)
    if not role:
        return False
    heads = _SOLE_HEAD_TITLES if noun == "governor" else HEAD_TITLES
    return has_title(role, OFFICE_TITLES) or has_title(role, heads)


def _spelled_out(role: str | None) -> str:
    """ "Lt. Gov." -> "lieutenant governor": a role as a later role noun names it."""
    return _ABBREVIATION.sub(lambda match: _ABBREVIATED[match.group(1)], (role or "").lower())


# Role nouns that name a kind of job: "the doctor" for a cardiologist or a surgeon.
_DOCTORS = re.compile(
    r"\b(?:\w+ologist|surgeon|physician|doctor|pa?ediatrician|psychiatrist|clinician|"
    r"obstetrician|gp|medic)\b"
)
_SCIENTISTS = re.compile(
    r"\b(?:\w+ologist|\w*scientist|researcher|physicist|chemist|geneticist|astronomer|"
    r"mathematician|\w+icist)\b"
)
_BOSSES = re.compile(r"\b(?:boss|manager|coach|head|chief|ceo|chairman|chairwoman|director)\b")
# "the player" for a striker or a quarterback, "the keeper" for a goalkeeper.
_PLAYERS = re.compile(
    r"\b(?:striker|forward|midfielder|defender|defenseman|defenceman|goalkeeper|goalie|"
    r"winger|centre-back|center-back|full-back|fullback|quarterback|pitcher|catcher|"
    r"shortstop|outfielder|infielder|guard|point guard|linebacker|receiver|batsman|bowler|"
    r"captain|player)\b"
)
_KEEPERS = re.compile(r"\b(?:goalkeeper|goalie|keeper|goaltender)\b")
# "the lawmaker" for a senator, a representative or a member of parliament.
_LEGISLATORS = re.compile(
    r"\b(?:senator|sen|representative|rep|congressman|congresswoman|congressmember|"
    r"assemblyman|assemblywoman|assemblymember|legislator|lawmaker|mp|mep|"
    r"member of parliament|deputy)\b"
)
# "the executive" for a chief executive, a chief financial officer or a company president.
_EXECUTIVES = re.compile(
    r"\b(?:ceo|cfo|coo|cto|chief \w+ officer|chief executive|executive|chairman|"
    r"chairwoman|chair|managing director)\b"
)
_HYPERNYMS = {
    "boss": _BOSSES,
    "doctor": _DOCTORS,
    "physician": _DOCTORS,
    "medic": _DOCTORS,
    "scientist": _SCIENTISTS,
    "researcher": _SCIENTISTS,
    "player": _PLAYERS,
    "keeper": _KEEPERS,
    "goalkeeper": _KEEPERS,
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
    "executive": _EXECUTIVES,
}


# A verb of stance after a name, in narration: the person spoke, though no speech verb
# says so ("Ines Roth praised the squad's spirit", "X has defended the plan").
_STANCE_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+)?(?:praised|defended|criticised|criticized|hailed|"
    r"welcomed|blamed|slammed|lamented|dismissed|rejected|backed|questioned|urged|"
    r"insisted|conceded|admitted|apologised|apologized|vowed)\b"
)
_STANCE_REACH = 700  # characters from the name to the role noun that may mean it
_NATION_REACH = 100  # characters before a name's end that may say the person's nation
NATION_REFERENCE_REACH = 5000  # characters from a name tied to a nation to "the Spaniard"


ROLE_REACH = 600  # characters around a role noun where two holders of the job rival

# Words for whoever leads a body: "the port chief" for the head of the Port Authority.
_LEADERS = frozenset(
    {"head", "chief", "leader", "boss", "director", "president", "chairman", "chairwoman"}
    | {"chair", "chairperson"}
)
# The office of whoever heads a body of this kind: "the head of the ministry" is its
# minister, "the head of the region" its governor.
_HEAD_OFFICES = {
    "ministry": "minister",
    "region": "governor",
    "province": "governor",
    "oblast": "governor",
    "city": "mayor",
    "town": "mayor",
}
# Qualifier words that say nothing about which body: "the country's port chief".
_PLAIN_QUALIFIERS = frozenset(
    {"the", "of", "for", "and", "a", "an", "its", "his", "her", "their", "our", "this"}
    | {"country", "nation", "state", "new", "current", "top", "local", "national"}
)
# Rank words that must be in the person's job too: "the deputy head" is no head.
_RANKS = frozenset({"deputy", "vice", "acting", "assistant", "former", "first", "interim"})


def qualifier_words(qualifier: str | None) -> set[str]:
    """The content words of a role reference's qualifier, lower-cased, possessives cut."""
    words = set()
    for raw in (qualifier or "").split():
        word = raw.lower().replace("’", "'").split("'")[0].strip(".,")
        if word and word not in _PLAIN_QUALIFIERS:
            words.add(word)
    return words


_INITIAL_WORD = re.compile(r"[A-Z]\.?")


def _one_letter_apart(first: str, second: str) -> bool:
    """Whether two different words of one letter case differ by one letter replaced,
    added or left out, their first letters the same."""
    if first == second or first[:1] != second[:1] or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    short, long = sorted((first, second), key=len)
    at = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[at:] == long[at + 1 :]


def role_fits_noun(role: str, noun: str) -> bool:
    """Whether the job phrase ``role`` ("President", "Minister of Fisheries", "Lt. Gov.")
    holds the role noun ``noun`` ("president", "minister", "governor"), itself or as a
    job it is the hypernym of."""
    spelled = _spelled_out(role).replace("-", " ")
    noun = noun.lower()
    # (not "the operator's head" for "the operator": an owner's possessive is no job)
    if re.search(rf"\b{re.escape(noun)}\b(?!['’])", spelled) is not None:
        return True
    hypernym = _HYPERNYMS.get(noun)
    return hypernym is not None and hypernym.search(spelled) is not None


def described_job_fits(job: str, noun: str, qualifier: str | None) -> bool:
    """Whether the job phrase ``job`` ("head of the Port Authority") is the one a role
    reference describes ("the country's port chief"): it holds the noun, or both lead a
    body and the job shares a word of the reference's qualifier ("port")."""
    if role_fits_noun(job, noun):
        return True
    words = set(_spelled_out(job).replace("’", "'").replace("'s", "").replace("-", " ").split())
    if noun.lower() not in _LEADERS or not words & _LEADERS:
        return False
    return bool((qualifier_words(qualifier) - _RANKS - {noun.lower()}) & words)


def _job_or_leader_fits(person: Person, noun: str) -> bool:
    """Whether ``person``'s role holds ``noun``, or both lead a body ("chief", "head")."""
    if not person.role:
        return False
    if role_fits_noun(person.role, noun):
        return True
    role = _spelled_out(person.role).replace("-", " ").split()
    return noun in _LEADERS and any(word in _LEADERS for word in role)


def _shares_words(person: Person, words: set[str], noun: str) -> bool:
    """Whether ``person``'s role or organisation holds a qualifier word (other than the
    job's own), and every rank word of the qualifier ("deputy") is in the role."""
    own = set(
        _spelled_out(f"{person.role or ''} {person.organization or ''}")
        .replace("’", "'")
        .replace("-", " ")
        .replace("'s", "")
        .split()
    )
    if any(word in _RANKS and word not in own for word in words):
        return False
    return bool((words - _RANKS - {noun}) & own)


def _rivals(fitting: list[Person], at: int) -> bool:
    """Whether two of ``fitting`` were last mentioned within :data:`ROLE_REACH` of
    ``at``: a role noun there may mean either."""
    near = {
        id(person)
        for person in fitting
        if person.last_at >= 0 and abs(at - person.last_at) <= ROLE_REACH
    }
    return len(near) > 1


class Registry:
    """Every person introduced so far, and the most-recent-compatible lookups.

    Lookups are by dictionary (full name, surname, given names) or over the most recently
    mentioned people only (:data:`RECENT`), so that an article naming thousands of people
    still parses in linear time.
    """

    RECENT = 200  # how many of the most recently mentioned people a reference may reach

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._clock = 0
        self._recency: dict[int, Person] = {}  # insertion order == recency order
        self._by_key: dict[str, Person] = {}
        self._by_name: dict[str, Person] = {}
        self._by_surname: dict[str, list[Person]] = {}
        self._by_given: dict[str, list[Person]] = {}
        self._seen_names: dict[str, list[str]] = {}  # surname -> full name seen in the text
        self._seen_titles: dict[str, str] = {}  # surname -> the title it was seen with
        self._noted_roles: dict[str, str] = {}  # surname -> a role stated in a sentence
        self._noted_by_word: dict[str, set[str]] = {}  # a word of a noted role -> surnames
        # The last full name the text went through without presenting anyone, the clock
        # then, where it ends and whether it was its sentence's subject: a later "she" may
        # mean it rather than someone before it.
        self._named: tuple[list[str], int, int, bool] | None = None
        # The latest known person who was a sentence's subject, as ``_named``.
        self._subject: tuple[list[str], int, int, bool] | None = None
        # state (lower case) -> surname -> (full name, where it ends): who the text tied
        # to which state ("Rafael Nadal of Spain"), for a later "the Spaniard".
        self._nations: dict[str, dict[str, tuple[list[str], int]]] = {}

    def touch(self, person: Person) -> Person:
        self._clock += 1
        person.last_seen = self._clock
        self._recency.pop(id(person), None)
        self._recency[id(person)] = person
        return person

    def _recent(self) -> Iterator[Person]:
        """People from the most recently mentioned back, at most :data:`RECENT` of them."""
        return islice(reversed(self._recency.values()), self.RECENT)

    def _latest(self, wanted: Callable[[Person], bool]) -> Person | None:
        """The most recently mentioned person satisfying ``wanted``."""
        return next((person for person in self._recent() if wanted(person)), None)

    @staticmethod
    def _newest(people: list[Person]) -> Person | None:
        return max(people, key=lambda person: person.last_seen, default=None)

    def most_recent(self) -> Person | None:
        return next(self._recent(), None)

    def by_full_name(self, name: str) -> Person | None:
        key = name_key(name)
        return (self._by_key.get(key) if key else None) or self._by_name.get(name)

    def by_word(self, word: str) -> Person | None:
        """A known person whose surname (or, failing that, given name) is ``word``."""
        return self._newest(self._by_surname.get(surname_key(word), [])) or self._newest(
            self._by_given.get(word.lower(), [])
        )

    def by_role_noun(self, noun: str, at: int | None = None) -> Person | None:
        """The person a role noun ("the minister", "the coach", "the doctor") means: the
        most recent whose role holds it (or a job it is the hypernym of); nobody when, the
        noun being at ``at``, a second such person was named within :data:`ROLE_REACH`
        of it."""
        noun = noun.lower()
        pattern = re.compile(rf"\b{re.escape(noun)}\b")
        fitting = [
            person
            for person in self._recent()
            if person.role and pattern.search(_spelled_out(person.role)) is not None
        ]
        if " " in noun:
            if len(fitting) > 1:
                return None  # two deputy ministers: "the deputy minister" may be either
            first, _, last = noun.rpartition(" ")
            if not fitting and first in _RANK_MODIFIERS:
                # "the head coach" for "coach Dan Miles": the job's last word; but "the
                # deputy minister" is not any minister
                return self.by_role_noun(last, at)
        hypernym = _HYPERNYMS.get(noun)
        if not fitting and hypernym is not None:
            # "the doctor" for cardiologist Ann Lee, "the scientist" for a virologist
            fitting = [
                person
                for person in self._recent()
                if person.role and hypernym.search(_spelled_out(person.role)) is not None
            ]
        if at is not None and noun not in GENERIC_REFERENCE_NOUNS and _rivals(fitting, at):
            # "Finance Minister Ann Lee … Health Minister Bo Park … the minister added":
            # two people hold the job, both named just before, and the noun says no more
            return None
        person = fitting[0] if fitting else None
        if person is not None and noun in GENERIC_REFERENCE_NOUNS:
            latest = self.most_recent()
            if (
                latest is not None
                and latest is not person
                and latest.has_statement
                and latest.role is None
                and latest.organization is None
            ):
                # "the analyst" after someone who spoke last and whose job was not read:
                # maybe them, maybe the older analyst
                return None
        if person is None and (noun in GENERIC_REFERENCE_NOUNS or is_role_word(noun)):
            wanted: PersonKind = "official" if has_title(noun, OFFICE_TITLES) else "expert"
            # "the doctor" is no one whose known job is another ("a lawyer"); other job
            # nouns may be loose ("the professor" for an economist, "the political
            # scientist" for an editor)
            generic = hypernym is not _DOCTORS
            person = self._latest(
                lambda person: (
                    person.kind == wanted
                    and (generic or person.role is None)
                    # "the governor" is no one whose known office is another ("President")
                    and not (noun in _SOLE_OFFICES and _holds_office(person.role, noun))
                )
            )
        if person is None and noun in PERSON_REFERENCE_NOUNS and len(self.people) == 1:
            person = self.people[0]  # "the athlete admitted": the only person named so far
        return person

    def by_described_role(
        self,
        noun: str,
        qualifier: str | None,
        *,
        possessive: bool = False,
        personal: bool = False,
    ) -> tuple[bool, Person | None]:
        """The person a described role reference means: "the institute's president", "the
        port workers' chief", "the head of the Harbour Board", "its designer".  Returns
        whether the description decided (then the person, or None for nobody) or the plain
        job lookup (:meth:`by_role_noun`) should.

        A person whose job fits the noun (its own word, or a leader's word for a leader:
        "chief" for a "head") and whose role or organisation shares a word of the
        qualifier is meant, when exactly one does; two such people mean nobody.  With a
        possessive or a named body in the qualifier and no one sharing its words, only
        the one person whose own job word fits, and whose organisation is unknown or
        not another, is meant.  ``personal``: the job is written after "its", "his", "her"
        or "their"."""
        noun = noun.lower()
        words = qualifier_words(qualifier)
        office = next((_HEAD_OFFICES[word] for word in words if word in _HEAD_OFFICES), None)
        if noun in _LEADERS and office is not None:
            # "the head of the Foreign Ministry" for Foreign Minister X, "the head of the
            # region" for its governor: the one holder of that office the other words fit
            holders = [
                person
                for person in self._recent()
                if person.role and role_fits_noun(person.role, office)
            ]
            rest = words - set(_HEAD_OFFICES)
            if rest:
                holders = [person for person in holders if _shares_words(person, rest, noun)]
            if holders:
                return True, (holders[0] if len(holders) == 1 else None)
        fits = [person for person in self._recent() if _job_or_leader_fits(person, noun)]
        if words:
            matched = [person for person in fits if _shares_words(person, words, noun)]
            if len(matched) == 1:
                return True, matched[0]
            if len(matched) > 1:
                return True, None  # two heads of bodies the description fits: either
        named_body = any(word[:1].isupper() for word in (qualifier or "").split())
        if not possessive or not (fits or personal) or (named_body and not personal):
            # no one known holds the job, or a named body is written in other words ("the
            # former employee of the CIA" for someone "of Norland intelligence
            # agencies"): the plain lookup decides; but "its director", "his lawyer"
            # name a job no one known holds: nobody
            return False, None
        exact = [
            person
            for person in fits
            if self.job_fits(person, noun) and (not words or person.organization is None)
        ]
        return True, (exact[0] if len(exact) == 1 else None)

    def by_initial(self, words: list[str]) -> Person | None:
        """The one known person "T. Novak" (``words``: an initial, then a surname) means:
        the surname's holder whose given name begins with the initial; with two, nobody."""
        if len(words) != 2 or not _INITIAL_WORD.fullmatch(words[0]):
            return None
        initial = words[0][0].upper()
        holders = [
            person
            for person in self._by_surname.get(surname_key(words[-1]), [])
            if len(person.words) >= 2
            and person.words[0][:1].upper() == initial
            and not _INITIAL_WORD.fullmatch(person.words[0])
        ]
        return holders[0] if len(holders) == 1 else None

    def by_misspelled_surname(self, word: str, title: str) -> Person | None:
        """The one known person with a full name whose surname is ``word`` but for one
        letter ("Serikow" for Daulet Serikov) and whose job holds ``title`` ("Minister
        Serikow said"): the same person misspelt.  Short surnames never match."""
        key = surname_key(word)
        if len(key) < 5:
            return None
        holders = [
            person
            for person in self._recent()
            if len(person.words) >= 2
            and person.role
            and role_fits_noun(person.role, title.rstrip(".").lower())
            and _one_letter_apart(surname_key(person.surname), key)
        ]
        return holders[0] if len(holders) == 1 else None

    def job_fits(self, person: Person, noun: str) -> bool:
        """Whether ``person``'s known role holds the role noun, itself or as a job it is
        the hypernym of ("the doctor" for a cardiologist): not a loose guess."""
        if not person.role:
            return False
        role = _spelled_out(person.role)
        noun = noun.lower()
        if re.search(rf"\b{re.escape(noun)}\b", role) is not None:
            return True
        hypernym = _HYPERNYMS.get(noun)
        return hypernym is not None and hypernym.search(role) is not None

    def by_pronoun(self, pronoun: str, *, assign: bool = True) -> Person | None:
        """The most recent person the pronoun may mean; ``assign`` gives them its gender."""
        gender = {"he": "m", "she": "f"}.get(pronoun.lower())
        person = self._latest(lambda person: person.gender is None or person.gender == gender)
        if assign and person is not None and person.gender is None and gender is not None:
            person.gender = gender
        return person

    def remember_name(self, words: list[str], title: str | None = None) -> None:
        """A full name seen in the text, not (yet) anyone's: a later surname may mean it.
        ``title`` is the title it was seen with ("President Trump")."""
        surname = surname_key(surname_of(words))
        self._seen_names[surname] = words
        if title is not None:
            self._seen_titles[surname] = title

    def name_in_text(self, words: list[str], end: int, *, subject: bool) -> None:
        """A full name the sentence being read gives without presenting anyone ("I thought
        of Ann Lee."), ending at ``end`` in the text: remembered, and the latest such name
        for a pronoun. ``subject``: the name is its sentence's subject ("Ann Lee arrived")."""
        self.remember_name(words)
        self._named = (words, self._clock, end, subject)

    def named_since(
        self, person: Person | None, pronoun: str, at: int, text: str, narration: str
    ) -> list[str] | None:
        """The full name given in the text before ``at`` and after ``person`` was last
        mentioned, when its given name has the pronoun's gender: "She wrote to Bo Park. …
        Ann Lee was in town. “…,” she said." means Lee; "He said Ann Lee …" does not.
        A name that was not its sentence's subject counts only when a pronoun of that gender
        in ``narration`` (``text`` with its quotes masked) links it to the one at ``at``:
        "I thought of Ann Lee. How would she feel? … she said" means Lee, "a vigil for Ann
        Lee. “She was loved,” she said." does not; and no name counts when a quote between
        speaks of someone of that gender ("Ann Lee died. “She was loved,” she said.")."""
        gender = {"he": "m", "she": "f"}.get(pronoun.lower())
        if self._named is None or gender is None:
            return None
        words, clock, end, subject = self._named
        if end > at or (person is not None and person.last_seen > clock):
            return None
        if gender_of_name(words[0]) != gender:
            return None
        pronouns = [found.start() for found in _GENDER_PRONOUN[gender].finditer(text, end, at)]
        if any(narration[start] == "_" for start in pronouns):
            return None  # "Ann Lee died. “She was loved,” she said.": the quote speaks of Lee
        if not subject and not any(narration[start] != "_" for start in pronouns):
            return None
        return words

    def subject_in_text(self, person: Person, end: int) -> None:
        """``person``, known, is the subject of the sentence being read, named up to
        ``end`` ("Sir Keir Starmer has defended the plan.")."""
        self.touch(person)
        person.last_at = max(person.last_at, end)
        self._subject = (person.words or person.name.split(), self._clock, end, True)

    def stance_subject(
        self, at: int, text: str, *, nationality: str | None = None
    ) -> list[str] | None:
        """The full name that opened a sentence with a verb of stance ("Ines Roth praised
        the squad's spirit.") in the same or the previous paragraph before ``at``, with no
        one mentioned since: who a role noun after it ("…," the Basel coach said.) may mean
        when no one known holds that role.  For a ``nationality`` noun ("the Portuguese",
        "the Dutchman") the subject's verb and known job do not matter: "Former Benfica
        coach Luis Maas watched from the stands. “…,” the Portuguese said."."""
        found = self._named
        if self._subject is not None and (found is None or self._subject[2] > found[2]):
            found = self._subject
        if found is None:
            return None
        words, clock, end, subject = found
        if not subject or end > at or at - end > _STANCE_REACH:
            return None
        latest = self.most_recent()
        if latest is not None and latest.last_seen > clock:
            return None
        if text.count("\n\n", end, at) > 1:
            return None
        if nationality is not None:
            # "Portuguese striker Joao Felix scored twice. … the Portuguese said": only a
            # person the text ties to that nation, near the name, is meant.
            # The nation must be the name's own, read right next to it ("Dutch coach X",
            # "X, the Dutch coach,"): "X met the Portuguese delegation" ties X to no one.
            if not nationality_cues(nationality):
                return None
            start = text.rfind(words[0], max(0, end - _NATION_REACH), end)
            line = text.rfind("\n", 0, max(start, 0)) + 1
            cue = nation_cue(text, start, end, line, at) if start >= 0 else None
            return words if cue is not None and cue == nation_of(nationality) else None
        known = self.by_full_name(" ".join(words))
        if known is not None and (known.role is not None or known.organization is not None):
            return None  # a job known, and not the one the role noun names
        if _STANCE_VERB.match(text, end) is None:
            return None
        return words

    def note_nation(self, words: list[str], nation: str, end: int) -> None:
        """The text ties the full name ``words`` (ending at ``end``) to the state
        ``nation`` ("Rafael Nadal of Spain")."""
        self._nations.setdefault(nation, {})[surname_of(words).lower()] = (words, end)

    def by_nation(self, noun: str, at: int) -> tuple[list[str] | None, int]:
        """The full name a nation noun at ``at`` ("the Spaniard") means, and how many people
        the text tied to that state before it, within :data:`NATION_REFERENCE_REACH`: the
        name only when exactly one was (with two Spaniards, "the Spaniard" is neither)."""
        nation = nation_of(noun)
        tied = self._nations.get(nation, {}) if nation is not None else {}
        before = [
            words
            for words, end in tied.values()
            if end <= at and at - end <= NATION_REFERENCE_REACH
        ]
        return (before[0] if len(before) == 1 else None), len(before)

    def note_role(self, surname: str, role: str, *, replace: bool = False) -> None:
        """A role given in a sentence of its own ("X is the chairman of Y"); the first one
        noted stays unless ``replace``."""
        key = surname_key(surname)
        if replace:
            self._noted_roles[key] = role
        else:
            self._noted_roles.setdefault(key, role)
        for word in set(_spelled_out(self._noted_roles[key]).split()):
            self._noted_by_word.setdefault(word, set()).add(key)

    def sole_person_without_job(self) -> Person | None:
        """The one person the article has named so far, when no job of theirs is known and
        no other full name was seen: who "The minister added" means after "Marat Dosov
        said" (the role noun gives the job no one had)."""
        if len(self.people) != 1:
            return None
        person = self.people[0]
        if person.role is not None or person.organization is not None:
            return None
        surname = person.surname.lower()
        if any(key != surname for key in self._seen_names):
            return None  # someone else was named in full, maybe never quoted
        return person

    def noted_holder(self, noun: str) -> list[str] | None:
        """The full name of the one person the text gave a job holding ``noun`` in a
        sentence of its own or a headline ("Ann Lee is the finance minister", "Benfica
        coach Tom Vale slams referee") without anyone being introduced: who "the minister
        said" means when no one known holds that job.  None when a known person holds it,
        or two noted people do, or the noted name was never seen in full."""
        pattern = re.compile(rf"\b{re.escape(noun.lower())}\b")
        if any(
            person.role and pattern.search(_spelled_out(person.role)) for person in self._recent()
        ):
            return None
        holders = [
            surname
            for surname in self._noted_by_word.get(noun.lower().rsplit(" ", 1)[-1], ())
            if pattern.search(_spelled_out(self._noted_roles[surname])) is not None
            and not self._by_surname.get(surname)
        ]
        if len(holders) != 1:
            return None
        words = self._seen_names.get(holders[0])
        return words if words is not None and len(words) >= 2 else None

    def noted_role(self, surname: str) -> str | None:
        return self._noted_roles.get(surname_key(surname))

    def seen_title(self, surname: str) -> str | None:
        return self._seen_titles.get(surname_key(surname))

    def seen_full_names(self) -> list[list[str]]:
        """Every full name seen in the text so far, the last one for each surname."""
        return list(self._seen_names.values())

    def seen_name(self, surname: str) -> list[str] | None:
        """The full name last seen with ``surname`` as its last word."""
        return self._seen_names.get(surname_key(surname))

    def rename(self, person: Person, name: str, words: list[str]) -> Person:
        """``person``, known by a shorter form ("T Novak"), gets the full name ``words``
        the text gives later; both forms find them."""
        person.name = name
        person.words = list(words)
        key = name_key(name)
        if key:
            self._by_key.setdefault(key, person)
        self._by_name.setdefault(name, person)
        for part in {part.lower() for part in words[:-1]}:
            self._by_given.setdefault(part, []).append(person)
        if person.gender is None:
            person.gender = gender_of_name(words[0])
            person.gender_guessed = person.gender is not None
        return person

    def add(self, name: str, words: list[str], honorific: str | None) -> Person:
        gender = gender_of(honorific)
        guessed = gender is None and len(words) > 1
        if guessed:
            gender = gender_of_name(words[0])
        person = Person(
            name=name,
            words=words,
            gender=gender,
            gender_guessed=guessed and gender is not None,
            order=len(self.people),
        )
        self.people.append(person)
        key = name_key(name)
        if key:
            self._by_key.setdefault(key, person)
        self._by_name.setdefault(name, person)
        self._by_surname.setdefault(surname_key(person.surname), []).append(person)
        for part in {part.lower() for part in words[:-1]}:
            self._by_given.setdefault(part, []).append(person)
        return self.touch(person)
