"""Country adjectives and possessives in front of a title: whose office it is.

"Armenian Prime Minister", "Canadian Foreign Minister", "Chile's Mining Minister": the
adjective or possessive names the state the office belongs to, so it is the organisation,
and the rest is the role.  Only states appear here: "European" or "Western" name no one
office.  The table is the demonyms of UN member states and a few other states common in
the news, written the way English news copy writes them.
"""

from __future__ import annotations

from app.ingest.people.names import word_set

_DEMONYMS = {
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "angolan": "Angola",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan",
    "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh",
    "belarusian": "Belarus",
    "belgian": "Belgium",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina",
    "brazilian": "Brazil",
    "british": "Britain",
    "bulgarian": "Bulgaria",
    "cambodian": "Cambodia",
    "cameroonian": "Cameroon",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "congolese": "Congo",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "ecuadorian": "Ecuador",
    "egyptian": "Egypt",
    "emirati": "United Arab Emirates",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "fijian": "Fiji",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kazakhstani": "Kazakhstan",
    "kenyan": "Kenya",
    "korean": "Korea",
    "kosovar": "Kosovo",
    "kuwaiti": "Kuwait",
    "kyrgyz": "Kyrgyzstan",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "maltese": "Malta",
    "mexican": "Mexico",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "montenegrin": "Montenegro",
    "moroccan": "Morocco",
    "nigerien": "Niger",
    "malian": "Mali",
    "burkinabe": "Burkina Faso",
    "chadian": "Chad",
    "rwandan": "Rwanda",
    "eritrean": "Eritrea",
    "ivorian": "Ivory Coast",
    "guinean": "Guinea",
    "haitian": "Haiti",
    "jamaican": "Jamaica",
    "paraguayan": "Paraguay",
    "panamanian": "Panama",
    "guatemalan": "Guatemala",
    "honduran": "Honduras",
    "salvadoran": "El Salvador",
    "nicaraguan": "Nicaragua",
    "macedonian": "North Macedonia",
    "laotian": "Laos",
    "burmese": "Myanmar",
    "bhutanese": "Bhutan",
    "namibian": "Namibia",
    "mozambican": "Mozambique",
    "malawian": "Malawi",
    "gabonese": "Gabon",
    "togolese": "Togo",
    "beninese": "Benin",
    "liberian": "Liberia",
    "mauritanian": "Mauritania",
    "sri lankan": "Sri Lanka",
    "nepali": "Nepal",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "omani": "Oman",
    "pakistani": "Pakistan",
    "palestinian": "Palestine",
    "peruvian": "Peru",
    "philippine": "Philippines",
    "polish": "Poland",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "russian": "Russia",
    "saudi": "Saudi Arabia",
    "senegalese": "Senegal",
    "serbian": "Serbia",
    "singaporean": "Singapore",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "spanish": "Spain",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "tajik": "Tajikistan",
    "tanzanian": "Tanzania",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkish": "Turkey",
    "turkmen": "Turkmenistan",
    "ugandan": "Uganda",
    "ukrainian": "Ukraine",
    "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen",
    "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "uk": "Britain",
    "u.k.": "Britain",
    # two words ("a South African lawyer"): read whole, as :func:`demonym_words` does
    "south african": "South Africa",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "saudi arabian": "Saudi Arabia",
    "costa rican": "Costa Rica",
    "sierra leonean": "Sierra Leone",
    "south sudanese": "South Sudan",
    "north macedonian": "North Macedonia",
    "new zealand": "New Zealand",
    "hong kong": "Hong Kong",
}
# Places whose own name is their adjective: "a New Zealand economist", "a Hong Kong banker".
_NAME_AS_ADJECTIVE = frozenset({"new zealand", "hong kong"})


def country_of(word: str) -> str | None:
    """The state a country adjective ("Armenian") or possessive ("Chile's") names."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        stem = word[:-2]
        if stem[:1].isupper() and stem.isalpha() and stem.lower() not in _DEMONYMS:
            return stem  # "Chile's", "Georgia's": a proper name before a title
        low = stem.lower()
    return _DEMONYMS.get(low)


# Nouns for a person of a nation, not adjectives: "the Dutchman", "the Swede".
_NATIONALITY_NOUNS = word_set(
    """dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
    scotsman scotswoman welshman welshwoman swede dane finn pole brit briton scot kiwi
    aussie spaniard serb croat turk filipino filipina icelander"""
)


# The adjective that a "-man" or short noun of nation stands for ("the Dutchman": Dutch).
_NOUN_ADJECTIVES = {
    "dutchman": "dutch", "dutchwoman": "dutch", "frenchman": "french",
    "frenchwoman": "french", "englishman": "english", "englishwoman": "english",
    "irishman": "irish", "irishwoman": "irish", "scotsman": "scottish",
    "scotswoman": "scottish", "welshman": "welsh", "welshwoman": "welsh", "swede": "swedish",
    "dane": "danish", "finn": "finnish", "pole": "polish", "brit": "british",
    "briton": "british", "scot": "scottish", "kiwi": "new zealand", "aussie": "australian",
    "spaniard": "spanish", "serb": "serbian", "croat": "croatian", "turk": "turkish",
    "filipino": "philippine", "filipina": "philippine", "icelander": "icelandic",
}  # fmt: skip
# Demonyms that, after "the", mean a nation or its government ("The French said"), not one
# person: no reference to a person.
_COLLECTIVE_DEMONYMS = word_set(
    "french british dutch english irish welsh scottish chinese japanese swiss spanish"
)


def nationality_cues(noun: str) -> tuple[str, ...]:
    """The words (lower case) whose presence near a person's name says they are of the
    nation ``noun`` names ("Dutch", "the Netherlands" for "the Dutchman"); empty for a
    noun that names a whole nation ("the French")."""
    low = noun.lower()
    if low in _COLLECTIVE_DEMONYMS:
        return ()
    adjective = _NOUN_ADJECTIVES.get(low, low)
    country = _DEMONYMS.get(adjective)
    return (adjective, country.lower()) if country else (adjective,)


def is_nationality_noun(noun: str) -> bool:
    """ "the Portuguese", "the Dutchman", "the Russian": a person named by their nation."""
    low = noun.lower()
    return low in _NATIONALITY_NOUNS or (" " not in low and _DEMONYMS.get(low) is not None)


_COUNTRIES = frozenset(name.lower() for name in _DEMONYMS.values())


def nation_of(word: str) -> str | None:
    """The state (lower case) a word of nation names: a demonym ("Russian"), a noun for a
    person of it ("Spaniard", "Dutchman") or the state's own name ("Spain", "the
    Netherlands"); None for any other word.  English, Scottish, Welsh name no state of
    the table: their nouns stand for themselves ("the Scot" is tied to "Scottish")."""
    low = word.lower()
    if low.startswith("the "):
        low = low[4:]
    adjective = _NOUN_ADJECTIVES.get(low, low)
    country = _DEMONYMS.get(adjective)
    if country is not None:
        return country.lower()
    if adjective in {"english", "scottish", "welsh"}:
        return adjective
    return low if low in _COUNTRIES else None


# Three-letter sports codes that results and line-ups write after a name: "Rafael Nadal
# (ESP)".  Read only in brackets right after a name (:mod:`app.ingest.people.nation_references`).
_SPORTS_CODES = {
    "ARG": "argentina", "AUS": "australia", "AUT": "austria", "BEL": "belgium",
    "BRA": "brazil", "BUL": "bulgaria", "CAN": "canada", "CHI": "chile", "CHN": "china",
    "COL": "colombia", "CRO": "croatia", "CZE": "czech republic", "DEN": "denmark",
    "ESP": "spain", "EST": "estonia", "ETH": "ethiopia", "FIN": "finland", "FRA": "france",
    "GBR": "britain", "GER": "germany", "GRE": "greece", "HUN": "hungary", "IND": "india",
    "IRL": "ireland", "ISR": "israel", "ITA": "italy", "JAM": "jamaica", "JPN": "japan",
    "KAZ": "kazakhstan", "KEN": "kenya", "KOR": "south korea", "MEX": "mexico",
    "NED": "netherlands", "NOR": "norway", "NZL": "new zealand", "POL": "poland",
    "POR": "portugal", "ROU": "romania", "RSA": "south africa", "RUS": "russia",
    "SRB": "serbia", "SUI": "switzerland", "SVK": "slovakia", "SLO": "slovenia",
    "SWE": "sweden", "TUR": "turkey", "UKR": "ukraine", "USA": "united states",
}  # fmt: skip


def nation_of_code(code: str) -> str | None:
    """The state (lower case) a three-letter sports code names ("ESP": spain), if listed."""
    return _SPORTS_CODES.get(code)


def person_nation_noun(word: str) -> bool:
    """Whether ``word`` written after "the" can name one person by their nation: "Spaniard",
    "Dutchman", "Russian", "Portuguese"; not an adjective that only names a whole people
    ("the French", "the Spanish", "the Danish"), not an abbreviation ("the US"), not a
    state ("the Netherlands"), not a plural ("the Russians": not in the table)."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    low = word.lower()
    if low in _NATIONALITY_NOUNS:
        return True
    if low in _COLLECTIVE_DEMONYMS or low.endswith("ish") or low in _COUNTRIES:
        return False
    return low in _DEMONYMS


_LONGEST_DEMONYM = max(len(key.split()) for key in _DEMONYMS)


def demonym_words(words: list[str]) -> int:
    """How many of the last ``words`` make a nationality ("South African", "Sri Lankan",
    "New Zealand", "Korean"), 0 if none: a person's origin, never their employer.  The
    longest reading wins, so "South African" is read whole, not as "African"."""
    for size in range(min(_LONGEST_DEMONYM, len(words)), 0, -1):
        tail = " ".join(words[-size:])
        low = tail.lower()
        if not all(word[:1].isupper() for word in words[-size:]):
            continue
        if low in _NAME_AS_ADJECTIVE or (low in _DEMONYMS and not is_country(tail)):
            return size
    return 0


def is_country(name: str) -> bool:
    """ "Kazakhstan", "the United States": a state named by the demonym table."""
    low = name.lower()
    return (low[4:] if low.startswith("the ") else low) in _COUNTRIES


# The states of the United States; Washington is left out, its capital being named far
# more often than the state.
_STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
    "Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland "
    "Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
    "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia "
    "Wisconsin Wyoming New_Hampshire New_Jersey New_Mexico New_York North_Carolina "
    "North_Dakota Rhode_Island South_Carolina South_Dakota West_Virginia"
)
US_STATES = tuple(name.replace("_", " ") for name in _STATE_NAMES.split())
