"""A small corpus for export tests, stored through the parser and the loader.

Three articles a day, so that rows tie on their dates and a batch boundary falls inside a
day; three speakers per article out of a pool of 28 with shared organisations, so that
experts tie on their statement counts; quotes and paraphrases with several topics each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.config import Settings
from app.ingest.loader import load_tagger
from app.ingest.schemas import ArticleInput
from tests.conftest import Store
from tests.databases import fresh_database

FIRST_NAMES = ["Maria", "John", "Anna", "Omar", "Eva", "Paul", "Nadia"]
SURNAMES = [
    "Lopez", "Smith", "Petrova", "Haddad", "Novak", "Meyer", "Okafor", "Tanaka", "Berg",
    "Duarte", "Fischer", "Ivanova", "Kowalski", "Moreau", "Nielsen", "Costa", "Romano",
    "Larsen", "Horvat", "Varga", "Keller", "Sato", "Rossi", "Popescu", "Jensen", "Silva",
    "Weber", "Dubois",
]  # fmt: skip
ORGANISATIONS = [
    "an economist at Example Capital",
    "a strategist at Harbor Research",
    "a professor at Example University",
    "a senior fellow at the Caspian Institute",
]
# Each names at least one seed topic (economy, withdrawal, energy, diplomacy, elections);
# some start as a spreadsheet formula would.
QUOTES = [
    "= The economy will slow as inflation bites, in case {i}.",
    "The withdrawal of troops changes nothing for markets, note {i}.",
    "Energy prices and gas supplies decide it, point {i}.",
    "The summit will test the alliance and its relations, round {i}.",
    "+ Voters will punish the party at the election, poll {i}.",
]
ARTICLES = 40
FIRST_DAY = dt.date(2023, 1, 2)


def person(n: int) -> tuple[str, str]:
    return f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {SURNAMES[n]}", ORGANISATIONS[n % 4]


def article(i: int) -> ArticleInput:
    # speakers i, i+5 and i+11 (mod 28): distinct surnames, and uneven statement counts
    speakers = [person((i + step) % len(SURNAMES)) for step in (0, 5, 11)]
    parts = [
        f"Markets weigh the outlook, report {i}",
        f"Observers were divided, in update number {i}.",
    ]
    for k, (name, role) in enumerate(speakers):
        parts.append(f"{name}, {role}, says:")
        parts.append("– " + QUOTES[(i + k) % len(QUOTES)].format(i=i))
    if i % 2:
        surname = speakers[0][0].split()[1]
        parts.append(f"{surname} also said that the budget deficit would widen, in case {i}.")
    parts.append("Source: example.com")
    return ArticleInput(
        text="\n\n".join(parts) + "\n",
        published_on=FIRST_DAY + dt.timedelta(days=i // 3),
        source=["Example Wire", "Daily Sample"][i % 2],
    )


def store_corpus(store: Store, articles: int = ARTICLES) -> None:
    with store.factory() as session:
        tagger = load_tagger(session)
    for i in range(articles):
        store.ingest(article(i), tagger=tagger)


@contextmanager
def corpus_store(tmp_path: Path, label: str) -> Iterator[Store]:
    """A fresh store holding the seed and the corpus."""
    with fresh_database(tmp_path, label) as url:
        store = Store(Settings(database_url=url))
        try:
            store.seed()
            store_corpus(store)
            yield store
        finally:
            store.engine.dispose()
