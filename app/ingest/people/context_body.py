"""The one body a bare company job belongs to, when the text just before names one.

"Carver Steel will close its Ohio plant. “We had no choice,” CEO Linda Foster said.": a
chief executive runs a company, and a reporter who gives a bare "CEO" right after naming
one company means that company.  Only jobs that exist inside a company get it
(:data:`COMPANY_JOBS`: a chief executive, a chief officer, a chairman, a founder); a
spokesman, an analyst or a president may belong to anyone.

The window is the mention's paragraph and the paragraph before it, at most the
``before`` text the caller gives.  Its **candidate bodies** are the capitalised runs that
are no one's name, no title, no place (a country, a U.S. state) and no calendar or
function word; a run of one word counts only inside a sentence, where the capital is its
own.  When the window names exactly one body, and it has two words or an organisation noun
("Carver Steel", "Halden Group"), that body is taken.  Two or more bodies ("Orrin Logistics
and Tessel Freight agreed to merge") leave the job without one: either could be meant.

Linear in the window's length.
"""

from __future__ import annotations

import re

from app.ingest.people.earlier_organisation import in_quoted_title
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import STOP_WORDS, TITLE_WORDS, is_org_word, is_role_word, word_set
from app.ingest.people.nationalities import US_STATES, country_of, is_country
from app.ingest.people.registry import Registry
from app.ingest.people.role_rules import has_title
from app.ingest.vocabulary import read_entries

__all__ = ["COMPANY_JOBS", "bodies_before", "sole_body_before"]

COMPANY_JOBS = (
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chief executive",
    "chief executive officer",
    "chief operating officer",
    "chief financial officer",
    "chief technology officer",
    "chief commercial officer",
    "chief investment officer",
    "finance chief",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "cofounder",
)

# A capitalised word (inner dots allowed: "U.S"), and runs of them joined by spaces, "&",
# or "of"/"for" between capitals ("Bank of Ruritania", "Smith & Sons"); "and" joins two.
_WORD = r"[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*"
_RUN = re.compile(rf"{_WORD}(?:(?: +(?:of|for|&) +| +){_WORD})*")
_JOINS = frozenset({"of", "for", "&"})
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_ENDS = frozenset('.!?:;“”"«»—–\n')
_US_STATES = frozenset(state.lower() for state in US_STATES)


def wants_company(role: str | None) -> bool:
    """Whether ``role`` is a job held only inside a company ("CEO", "finance chief")."""
    return bool(role) and has_title(role or "", COMPANY_JOBS)


def _window(before: str) -> str:
    """The mention's paragraph and the one before it."""
    cut = before.rfind("\n\n")
    if cut >= 0:
        cut = before.rfind("\n\n", 0, cut)
    return before[cut + 1 :] if cut >= 0 else before


def _parts(run: str, opens: bool) -> list[list[str]]:
    """The run split at titles and job words ("Carver Steel CEO Linda Foster" -> "Carver
    Steel", "Linda Foster"), each part without a leading function word or possessive; a
    sentence's "Shares of Acme Corp" is "Acme Corp" (``opens``: the run opens a sentence)."""
    words = run.split()
    if opens and len(words) > 2 and words[1] in _JOINS and not is_org_word(words[0]):
        words = words[2:]
    parts: list[list[str]] = [[]]
    for word in words:
        bare = _POSSESSIVE.sub("", word).rstrip(".")
        low = bare.lower()
        if low in TITLE_WORDS or is_role_word(low):
            parts.append([])
            continue
        if not parts[-1] and (low in STOP_WORDS or word in _JOINS):
            continue
        parts[-1].append(bare)
        if bare != word.rstrip("."):
            parts.append([])  # "Acme's": the possessive ends the name
    return [part for part in parts if part]


def _is_place_or_person(words: list[str], registry: Registry) -> bool:
    """A country, a U.S. state, a nationality, someone the article named, or a name that
    opens with a given name ("Linda Foster") and holds no organisation noun."""
    name = " ".join(words)
    low = name.lower()
    if is_country(name) or low in _US_STATES or country_of(low) is not None:
        return True
    if registry.by_full_name(name) is not None:
        return True
    if all(registry.by_word(word) is not None or word.lower() in STOP_WORDS for word in words):
        return True
    return (
        2 <= len(words) <= 3
        and gender_of_name(words[0]) is not None
        and not any(is_org_word(word) for word in words)
    )


# Last words of bodies no chief executive runs: news outlets ("The New York Times"), places
# ("Wall Street") and state bodies ("the Federal Reserve", "the Senate").
_NO_COMPANY_ENDS = word_set(
    """times post journal news herald tribune telegraph guardian gazette chronicle observer
    magazine radio tv television broadcasting press review daily wire reuters bloomberg
    street avenue square road boulevard valley city county island river bay park bridge
    reserve fed congress senate parliament ministry department government court commission
    committee council police army navy bureau house assembly kremlin administration office
    cabinet federation republic kingdom embassy authority municipality"""
)
_STATE_OPENINGS = frozenset({"federal", "national", "state", "royal", "supreme", "us", "u.s"})
_STATE_BODIES = frozenset(
    " ".join(entry).lower() for entry in read_entries("state_bodies.txt") if entry
)


def _no_company(words: list[str]) -> bool:
    """ "New York Times", "Wall Street", "Federal Reserve", "NASA": an outlet, a place or a
    state body, which no company job belongs to."""
    low = [word.lower().rstrip(".") for word in words]
    return (
        low[-1] in _NO_COMPANY_ENDS
        or (len(low) > 1 and low[0] in _STATE_OPENINGS)
        or " ".join(low) in _STATE_BODIES
    )


def _opens_sentence(window: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its sentence (or of a quote)."""
    preceding = window[max(0, at - 4) : at].rstrip(" ")
    return not preceding or preceding[-1] in _SENTENCE_ENDS


def bodies_before(registry: Registry, before: str) -> list[str]:
    """The candidate bodies the window before a mention names, two at most (see the
    module docstring)."""
    window = _window(before)
    in_title = in_quoted_title(window)
    bodies: list[str] = []
    for match in _RUN.finditer(window):
        if in_title(match.start()):
            continue  # 'bans of books such as "Gender Queer"': a work's title, no body
        opens = _opens_sentence(window, match.start())
        for words in _parts(match.group(), opens):
            if _is_place_or_person(words, registry) or _no_company(words):
                continue
            if len(words) == 1 and opens and match.group().startswith(words[0]):
                continue  # "Shares fell": a sentence's first word has the capital of its place
            name = " ".join(words)
            if not any(name in body or body in name for body in bodies):
                bodies.append(name)
            if len(bodies) > 1:
                return bodies
    return bodies


def sole_body_before(registry: Registry, before: str) -> str | None:
    """The one body the window before a mention names (see the module docstring)."""
    bodies = bodies_before(registry, before)
    if len(bodies) != 1:
        return None
    words = bodies[0].split()
    return bodies[0] if _company_like(words) else None


# Last words of a company's name that are no organisation nouns: its trade ("Carver
# Steel", "Orrin Logistics", "Verdant Robotics").
_TRADE_WORDS = word_set(
    """steel logistics freight foods food pharma pharmaceuticals robotics energy capital
    partners systems technologies technology tech labs media mining oil gas power brands
    retail telecom networks software therapeutics biosciences biotech semiconductor
    semiconductors electronics chemicals insurance shipping textiles apparel automotive
    aerospace industries ventures solutions dynamics studios entertainment resources
    materials metals minerals petroleum utilities airlines airways motors cars foods
    beverages brewing breweries hotels resorts realty properties estates construction
    engineering logistic transport transportation rail railways analytics devices
    instruments medical health healthcare data digital games gaming"""
)
# Organisation nouns of bodies no chief executive runs as a company.
_NO_COMPANY_HEADS = word_set(
    "union organization organisation nations party church alliance league federation"
)


def _company_like(words: list[str]) -> bool:
    """ "Carver Steel", "Halden Group", "Kellam Bank": a body whose name holds a company's
    organisation noun or ends in a trade; not "Black Friday", "Lunar New Year", "European
    Union" or "World Health Organization"."""
    low = [word.lower().rstrip(".") for word in words]
    if low[-1] in _NO_COMPANY_HEADS:
        return False
    return low[-1] in _TRADE_WORDS or any(is_org_word(word) for word in words)
