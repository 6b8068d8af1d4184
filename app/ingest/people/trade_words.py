"""Trade words: an -ing noun of a trade that ends a firm's name.

"Halvik Shipping", "Salten Mining", "Orm Trading": a firm is often named for a place or a
founder and then its trade, an -ing noun.  Such a run looks like a given name and a
surname to the name rules, but an English surname is rarely a verb's -ing form, and the
few that are ("Manning", "Browning", "Hawking") are listed in
vocab/trade_word_surnames.txt and stay name words.
:func:`app.ingest.people.names.is_org_word` counts a capitalised trade word as an
organisation's head noun.

The list is data, not a hand list: English words of Zipf frequency >= 3.3 from wordfreq
that are a verb's -ing form by lemminflect and that gender-guesser does not know as first
names, less the surnames and the words inside job titles ("Chief Operating Officer").  It
is built once by :func:`build_trade_words` (wordfreq is a dev dependency) and stored in
vocab/trade_words.txt; a test checks the file is current.  Plural trades ("Foods") are
left out: plural nouns are English surnames too often ("Locks", "Roads", "Fields").
"""

from __future__ import annotations

from functools import cache

from app.ingest.vocabulary import word_list

TRADE_WORD_ZIPF = 3.3
TRADE_WORDS_FILE = "trade_words.txt"
SURNAMES_FILE = "trade_word_surnames.txt"
_TOP_WORDS = 40000


def build_trade_words() -> list[str]:
    """The words of vocab/trade_words.txt, most frequent first (see the module docstring)."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped]
    from wordfreq import top_n_list, zipf_frequency  # dev dependency: only to rebuild

    from app.ingest.people.given_names import _name_genders

    detector = _name_genders()
    # words that sit inside a job title ("Chief Operating Officer"), never end a firm's name
    in_titles = word_list(SURNAMES_FILE) | word_list("title_ranks.txt") | _title_words()
    found: list[str] = []
    for word in top_n_list("en", _TOP_WORDS):
        if not word.isalpha() or len(word) < 5 or zipf_frequency(word, "en") < TRADE_WORD_ZIPF:
            continue
        if not word.endswith("ing") or word in in_titles:
            continue
        if not any(lemma != word for lemma in getAllLemmas(word).get("VERB", ())):
            continue  # "darling", "sterling": no verb's -ing form
        if detector.get_gender(word) == "unknown":
            found.append(word)
    return found


def _title_words() -> frozenset[str]:
    """Every word of the title phrases ("operating" of "chief operating officer")."""
    from app.ingest.vocabulary import phrase_list

    return frozenset(
        word
        for name in ("office_title_modifiers.txt", "office_titles.txt", "head_titles.txt")
        for phrase in phrase_list(name)
        for word in phrase.split()
    )


@cache
def _trade_words() -> frozenset[str]:
    return word_list(TRADE_WORDS_FILE)


def is_trade_word(word: str) -> bool:
    """ "shipping", "foods", "holdings": a plural or -ing noun that may end a firm's name;
    "price", "smith", "baker" (no plural, no -ing) and "banks" (a surname) are not."""
    return word.lower() in _trade_words()
