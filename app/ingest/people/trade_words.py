"""Trade words: an -ing noun of a trade that ends a firm's name.

"Halvik Shipping", "Salten Mining", "Orm Trading": a firm is often named for a place or a
founder and then its trade.  Such a run looks like a given name and a surname to the name
rules; :func:`app.ingest.people.names.is_org_word` counts a capitalised trade word as an
organisation's head noun instead.

The list (vocab/trade_words.txt) is short and kept by hand on purpose.  A list generated
from word frequencies (every common -ing form of a verb) was tried and withdrawn: it took
people with -ing surnames ("Tori Spelling", "Ray Banning", "Anna Bowling") for firms, and
no frequency list tells a surname from a trade.  Plural trades ("Foods") are left out too:
plural nouns are English surnames too often ("Locks", "Roads", "Fields").
"""

from __future__ import annotations

from functools import cache

from app.ingest.vocabulary import word_list

TRADE_WORDS_FILE = "trade_words.txt"


@cache
def _trade_words() -> frozenset[str]:
    return word_list(TRADE_WORDS_FILE)


def is_trade_word(word: str) -> bool:
    """ "shipping", "mining": an -ing noun of a trade that may end a firm's name; "price",
    "smith" and the -ing surnames ("spelling", "manning") are not."""
    return word.lower() in _trade_words()
