"""Recognising personal names in running text, and a cross-article matching key.

Rules, and why they exist:

* A *name word* is a capitalised word made of letters, hyphens and apostrophes with at
  least one lower-case letter.  Acronyms (``CSTO``) are never names; nor are function
  words that are capitalised only because they open a sentence (``But``, ``Here``), nor
  months and weekdays, nor role titles (``President``) and organisation head nouns
  (``Council``), because those are what sits *next to* names in news copy and must stop a
  name run ("President of Kazakhstan Kassym-Zhomart Tokayev").
* Initials (``E.``) and nobiliary particles (``van``, ``de``, ``al-``) may sit inside a
  name.  Honorifics (``Dr.``, ``Mr.``) precede it and are not part of it.
* :func:`name_key` folds case, accents, honorifics, initials, middle names and suffixes so
  that "Dr. Mary E. Lovely" and "Mary Lovely" meet.  A single surname ("Mr. Ivanov") is not
  enough to identify anyone across articles, so its key is the empty string, which means
  "do not match".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lemminflect import getAllInflections  # type: ignore[import-untyped]

from app.ingest.people.trade_words import is_trade_word
from app.ingest.vocabulary import person_nouns, word_list


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as one white-space separated string."""
    return frozenset(words.split())


HONORIFICS = word_list("honorifics.txt")
MALE_HONORIFICS = frozenset({"mr", "mister", "sir", "herr", "m"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "frau"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})

# "the athlete admitted", "the champion said": words for a person the article has named,
# no job of their own; they mean the article's only person so far.
PERSON_REFERENCE_NOUNS = person_nouns("reference")
PARTICLES = word_list("particles.txt")
# "Almaz Bekov uulu": a patronymic particle after the father's name ends a personal name
# (it is a particle too, so it counts for no given name or surname in matching).
PATRONYMIC_PARTICLES = word_list("patronymic_particles.txt")
# "Harvest Day", "Victory Day": the last word of an occasion's name.
EVENT_WORDS = word_list("event_words.txt")

# Capitalised words that open sentences or clauses and are never part of a name.
STOP_WORDS = word_list("stop_words.txt")

# Head nouns of organisations and places: a capitalised run containing one is not a person.
ORG_WORDS = word_list("org_words.txt")

# Nouns that make a phrase a role (used to accept appositions and pre-name titles).
ROLE_NOUNS = word_list("role_nouns.txt")
_ROLE_SUFFIX = re.compile(r"(?:olog|nom|chem|phys|art|cycl|ecolog|analys)ists?$|icians?$|alysts?$")


# Agent nouns by their ending, for a word written in lower case ("curator", "pollster",
# "ombudsman", "lobbyist", "historian"): a job the list need not hold.  A capitalised word
# is never read this way, since surnames end so too (Carter, Newman, Christian).
_AGENT_ENDING = re.compile(
    r"^[a-z-]{3,}(?:ist|ian|ster|man|woman|person|ator|itor|utor|ctor|ssor|stor|nsor|ntor|"
    r"ivor|llor|elor|rnor|ador|izer|iser)s?$"
)
# Words with such an ending that name no one's job: things, verbs, adjectives, kin, and
# what a person believes or does once (an optimist, a tourist).
_NOT_AGENTS = word_set(
    """exist assist insist persist resist consist subsist desist twist wrist midst amidst
    whilst checklist playlist shortlist blacklist whitelist wishlist waitlist setlist
    tracklist longlist median meridian civilian christian human german roman ottoman
    talisman superman batman walkman gentleman madman snowman caveman everyman layman
    countryman countrywoman kinsman kinswoman indicator elevator generator refrigerator
    radiator calculator accelerator incubator alligator equator escalator ventilator
    simulator respirator detonator incinerator applicator monitor factor sector vector
    reactor tractor projector connector extractor protractor compressor processor sensor
    ancestor predecessor successor aggressor bachelor monster hamster lobster oyster
    register semester cluster roster poster toaster canister banister sinister disaster
    holster bolster blister master faster plaster muster duster booster rooster luster
    lustre filibuster youngster minster hipster dumpster
    optimist pessimist pacifist feminist racist nationalist socialist communist idealist
    realist separatist extremist populist leftist rightist centrist purist tourist
    perfectionist moralist humanist atheist vegetarian motorist
    visitor spectator
    fertilizer fertiliser appetizer appetiser equalizer equaliser stabilizer stabiliser
    sanitizer sanitiser moisturizer moisturiser tranquilizer tranquiliser synthesizer
    synthesiser vaporizer vaporiser atomizer atomiser pulverizer sterilizer steriliser
    neutralizer tenderizer analyzer analyser digitizer randomizer optimizer optimiser
    energizer equalizer humidifier fundraiser cruiser bruiser riser"""
)


def is_agent_noun(word: str) -> bool:
    """ "curator", "pollster", "ombudsman": a lower-case word with an agent noun's ending
    (-ist, -ian, -ster, -man, -or of a verb), not one of the things that end so."""
    if not word[:1].islower() or len(word) < 6:
        return False
    low = word.rstrip("s") if word.endswith("s") and not word.endswith("ss") else word
    return bool(_AGENT_ENDING.match(word)) and word not in _NOT_AGENTS and low not in _NOT_AGENTS


# Nouns in -er that are no one's job, though a verb stands before the ending: things,
# comparatives, and what anyone may be (a voter, a reader, a newcomer).
_NOT_AGENTS_ER = word_set(
    """letter number computer printer container trailer filter cover shower power tower
    flower corner order border answer matter paper water dinner river finger timber summer
    banner scanner charger hammer ladder rubber shutter butter better setter platter
    scatter shatter flatter chatter lower higher faster longer slower closer warmer cooler
    quieter lighter brighter harder smaller wider broader clearer weaker stronger louder
    deeper thinner thicker rather either neither whether other another further together
    however never ever over under after later former latter sooner earlier counter powder
    wonder thunder cancer transfer offer refer defer prefer differ suffer consider render
    tender gender surrender remember murder fever lever clever discover recover deliver
    silver liver shiver quiver weather feather leather gather mother father brother
    sister meter liter center theater character chapter sticker pointer header footer
    marker tracker blocker buffer browser cooker heater mixer blender washer dryer roller
    sweater boiler burner tanker freighter bomber thriller slipper sneaker booster
    partner member cluster poster register layer sweeter bitter sooner enter
    newcomer beginner believer supporter follower admirer user viewer reader listener
    voter shopper commuter lover winner loser stranger sufferer
    camper gambler holder smoker drinker dreamer caller subscriber renter borrower consumer
    wearer sender"""
)


@lru_cache(maxsize=65536)
def is_agent_er(word: str) -> bool:
    """ "restorer", "campaigner", "farmer": a lower-case noun in -er made from a verb (the
    verb with "-er" or "-r", or with its last consonant doubled) -- read as a job only where
    the sentence's shape says one is meant (a job at a named body), since comparatives and
    things end so too."""
    low = word[:-1] if word.endswith("ers") else word
    if not low.islower() or not low.endswith("er") or len(low) < 6 or low in _NOT_AGENTS_ER:
        return False
    stems = {low[:-2], low[:-1]}
    if len(low) > 6 and low[-3] == low[-4]:
        stems.add(low[:-3])  # "planner" -> "plan"
    return any(getAllInflections(stem, upos="VERB") for stem in stems if len(stem) >= 3)


@lru_cache(maxsize=65536)
def is_listed_role(word: str) -> bool:
    """A noun naming a job, whatever its case: from the vocabulary, or by a learned suffix
    ("hydrologist", "technician")."""
    low = word.lower()
    if "-" in low and low.rsplit("-", 1)[1] in ROLE_NOUNS:
        return True  # "co-author", "vice-chairman", "ex-minister"
    return low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS or bool(_ROLE_SUFFIX.search(low))


@lru_cache(maxsize=65536)
def is_role_word(word: str) -> bool:
    """A noun naming a job: listed (:func:`is_listed_role`), or, written in lower case,
    an agent noun by its ending (:func:`is_agent_noun`)."""
    if is_listed_role(word):
        return True
    return is_agent_noun(word) or ("-" in word and is_agent_noun(word.rsplit("-", 1)[1]))


def is_name_suffix(word: str) -> bool:
    """ "Jr.", "Sr", "III", "PhD": a suffix after a surname, never the surname itself."""
    return word.lower().strip(".,;:") in _SUFFIXES


def is_patronymic_particle(word: str) -> bool:
    """ "uulu", "kyzy", "ogly": a lower-case patronymic particle that ends a name."""
    return word in PATRONYMIC_PARTICLES


def is_event_name(words: list[str], *, given_name: bool) -> bool:
    """ "Harvest Day", "Founders Day", "Economic Forum": two or more capitalised words
    ending in an occasion's word name a holiday or an event, never a person -- unless
    ``given_name`` (the first word is a known given name) and the last word is one that
    surnames share ("Doris Day"; but "Stanley Cup", "Davis Cup" are events)."""
    last = words[-1].lower()
    if len(words) < 2 or last not in EVENT_WORDS:
        return False
    return not (given_name and last in _SURNAME_EVENT_WORDS)


_SURNAME_EVENT_WORDS = frozenset({"day", "fair", "week"})


def surname_of(words: list[str]) -> str:
    """The surname of a name's words: the last word that is no suffix ("Patrick Carlineo
    Jr." -> "Carlineo"), so that a later "Carlineo said" finds him; a patronymic particle
    is no surname either ("Almaz Bekov uulu" -> "Bekov")."""
    for word in reversed(words):
        if not is_name_suffix(word) and not is_patronymic_particle(word):
            return word
    return words[-1] if words else ""


def is_org_word(word: str) -> bool:
    """A head noun of organisations and places ("Advisors", "Institute", "Ministry"), or a
    capitalised trade word that ends a firm's name ("Halvik Shipping", "Orm Foods": see
    :mod:`app.ingest.people.trade_words`)."""
    low = word.lower().translate(_APOSTROPHES).split("'")[0]
    if low in ORG_WORDS or low.rstrip("s") in ORG_WORDS:
        return True
    return word[:1].isupper() and word[1:2].islower() and is_trade_word(low)


def is_plural_org_word(word: str) -> bool:
    """An organisation head only in the plural ("Chambers", "Banks"): a common English
    surname too, so a given name right before it makes it one (see ``tokens``)."""
    low = word.lower()
    return (
        low.endswith("s") and not low.endswith("ss") and is_org_word(word) and low[:-1] in ORG_WORDS
    )


# Words that end the head of an apposition: what follows them is a complement ("a critic
# of the dictator", "addressing spectators at the stadium"), not the person's own job.
_HEAD_ENDS = word_set("of at for with in on to from by who whose that which and or")


def has_role_noun(phrase: str) -> bool:
    """Whether ``phrase`` contains a word that names a job or position: a listed one among
    its first eight words, or a singular agent noun by its ending (:func:`is_agent_noun`)
    before any preposition, as a person's job is ("a critic of the dictator", "addressing
    spectators" name no one's)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", phrase)[:8]
    if any(is_listed_role(word) for word in words):
        return True
    for word in words:
        if word.lower() in _HEAD_ENDS:
            return False
        agent = word.rsplit("-", 1)[-1]
        if is_agent_noun(agent) and not (agent.endswith("s") and not agent.endswith("ss")):
            return True
    return False


# Titles that stand before names ("President Putin", "Foreign Minister Lavrov"): the one
# title list (app/ingest/vocab/titles.txt).
TITLE_WORDS = frozenset(word for word in word_list("titles.txt") if not word.endswith("."))
TITLE_ABBREVIATIONS = frozenset(
    word.rstrip(".") for word in word_list("titles.txt") if word.endswith(".")
)

_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_WORD_CHARS = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


# "U.S.", "U.K.": a place's initials keep their last dot, which ends no sentence in "said
# U.S. Commerce Secretary Wilbur Ross" (a person's "J." ends a name word either way).
_PLACE_INITIALS = frozenset({"u.s.", "u.k.", "u.n.", "e.u."})


@lru_cache(maxsize=65536)
def strip_token(token: str) -> str:
    """The word inside a whitespace token, without surrounding quotes and punctuation."""
    if not token:
        return token
    word = token.strip("“”\"«»„‘'’()[]{},;:!?…*")
    return word if word.lower() in _PLACE_INITIALS else word.rstrip(".")


@lru_cache(maxsize=65536)
def is_initial(token: str) -> bool:
    """``E.`` or ``J.K.``: an initial inside a name."""
    return bool(_INITIAL.match(token.strip(",;:")))


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


@lru_cache(maxsize=65536)
def is_particle(word: str) -> bool:
    low = word.lower()
    if low in PARTICLES:
        return True
    # "al-Sisi", "el-Baradei": a lower-case particle glued to a capitalised name.
    head, _, tail = low.partition("-")
    return bool(tail) and head in PARTICLES and word[len(head) + 1 : len(head) + 2].isupper()


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """True for a capitalised word that can be part of a personal name."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if not _WORD_CHARS.match(word):
        return False
    if not any(ch.islower() for ch in word):
        return False
    head, _, tail = word.partition("-")
    if tail and len(head) >= 2 and head.isupper() and tail.islower():
        return False  # "NBA-leading", "EU-backed": an acronym with a modifier, no name
    low = word.lower().translate(_APOSTROPHES)
    return not (low in STOP_WORDS or is_org_word(word) or low in TITLE_WORDS or is_listed_role(low))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.translate(_APOSTROPHES).casefold()


_DOUBLED_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1")


@lru_cache(maxsize=65536)
def surname_key(word: str) -> str:
    """A surname folded over the spellings transliteration gives one name in one article
    ("Yermekov"/"Ermekov", "Jusupov"/"Yusupov", "Idrissov"/"Idrisov", "Vysotskiy"/
    "Vysotsky"): case and accents, an initial "Ye" or "J" before a vowel, doubled
    consonants and an "-iy" ending.  Within one article two people whose surnames fold
    alike are rare; across articles :func:`name_key` is used, which does not fold."""
    low = _fold(word)
    if low[:1] == "j" and low[1:2] in "aeiou" and len(low) > 1:
        low = "y" + low[1:]  # "Jusupov" -> "Yusupov"
    if low.startswith("ye"):
        low = low[1:]  # "Yermekov" -> "Ermekov"
    low = _DOUBLED_CONSONANT.sub(r"\1", low)
    return low[:-2] + "y" if low.endswith("iy") else low


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Canonical matching key: given name and surname, folded.

    ``name_key("Dr. Mary E. Lovely") == name_key("Mary Lovely") == "mary lovely"``.
    Honorifics, initials, middle names, particles and suffixes are ignored.  A name that
    does not contain at least a given name and a surname yields ``""`` (not matchable).
    """
    words = re.split(r"[\s\-‐‑–—]+", _fold(name))
    kept: list[str] = []
    for raw in words:
        word = raw.strip(".,;:'\"()“”«»")
        if not word or not any(ch.isalpha() for ch in word):
            continue
        if word in HONORIFICS and not kept:
            continue
        if word in _SUFFIXES or word in PARTICLES:
            continue
        if all(len(part) <= 1 for part in word.split(".")):
            continue  # an initial: "e", "e.", "j.k."
        kept.append(word.replace(".", ""))
    if len(kept) < 2:
        return ""
    return f"{kept[0]} {kept[-1]}"


@lru_cache(maxsize=65536)
def is_surname_title(word: str) -> bool:
    """A capitalised title or job word that is also a surname ("Bishop", "King", "Judge",
    "Price" is a plain name word already): not a name word on its own, but it may end a
    name that a given name begins."""
    if len(word) < 3 or not word[0].isupper() or not _WORD_CHARS.match(word):
        return False
    low = word.lower().translate(_APOSTROPHES)
    return (low in TITLE_WORDS or low in ROLE_NOUNS) and not (
        low in STOP_WORDS or is_org_word(word)
    )
