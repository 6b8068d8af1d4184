"""The parser's vocabularies, kept as data files in ``app/ingest/vocab/`` with one loader.

* ``reporting_verbs.txt``: reporting verbs by lemma, with the classes that say how a
  reported clause may follow them (the file's header documents them).  Inflections come
  from morphology (lemminflect, offline: its tables ship inside the package), not from a
  hand list of forms.

* ``titles.txt``: the one list of titles that stand before names ("President Putin").
* ``role_nouns.txt``: nouns that name a job or position ("economist", "coach").
* ``office_titles.txt``, ``head_titles.txt``: the roles behind the expert/official rule.
* ``stop_words.txt``, ``org_words.txt``, ``honorifics.txt``, ``particles.txt``: what
  stands next to names, or inside them, without being one.
* ``result_words.txt``: words of a sports result in a heading ("FRANCE WINS"), for the
  side a section's players speak for.
* ``subordinators.txt``: the one list of subordinating conjunctions ("after", "when");
  those tagged ``attributes`` ("as") also open an attribution.
* ``title_ranks.txt``, ``person_modifiers.txt``, ``office_title_modifiers.txt``: words
  that open a job title and belong to it ("Chief", "Acting", "District" of "District
  Attorney"), never to the employer before them.
* ``state_bodies.txt``, ``polity_acronyms.txt``, ``public_service_jobs.txt``: what makes
  a role public office (state bodies known by one name, countries known by initials,
  jobs a city or county gives).
* ``common_words.txt``: capitalised English words that are no given name.

Files are read once per process; everything returned is immutable.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from lemminflect import getAllInflections  # type: ignore[import-untyped]

SUBORDINATOR_TAGS = frozenset({"attributes"})
VERB_CLASSES = frozenset(
    {
        "bare",
        "tell",
        "object",
        "brand",
        "expect",
        "against",
        "gerund",
        "source",
        "as",
        "plea",
        "base",
        "ing",
        "-",
    }
)


def read_entries(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a vocabulary file, split on white space."""
    text = resources.files("app.ingest").joinpath("vocab", name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _inflect(lemma: str, with_base: bool, with_ing: bool) -> set[str]:
    found = getAllInflections(lemma, upos="VERB")
    # A distinct past participle ("seen", "written") reports nothing on its own.
    tags = ["VBD", "VBZ"] + (["VB", "VBP"] if with_base else [])
    tags += ["VBG"] if with_ing else []
    forms = {form.lower() for tag in tags for form in found.get(tag, ())}
    if not forms:  # not in the tables: regular English morphology
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {stem + "ed", lemma + "s"} | ({lemma} if with_base else set())
        forms |= {stem + "ing"} if with_ing else set()
    return forms


@cache
def reporting_verbs() -> Mapping[str, frozenset[str]]:
    """Every reporting verb form (lower case; "pointed out" for phrasal ones) -> its classes."""
    table: dict[str, set[str]] = {}
    for entry in read_entries("reporting_verbs.txt"):
        classes = set(entry[-1].split(","))
        unknown = classes - VERB_CLASSES
        if unknown:
            raise ValueError(f"reporting_verbs.txt: unknown class {sorted(unknown)} for {entry}")
        head, particle = entry[0], " ".join(entry[1:-1])
        for form in _inflect(head, "base" in classes, "ing" in classes):
            phrase = f"{form} {particle}" if particle else form
            table.setdefault(phrase, set()).update(classes - {"-", "base", "ing"})
    return MappingProxyType({form: frozenset(classes) for form, classes in table.items()})


@cache
def reporting_lemmas() -> frozenset[str]:
    """The one-word reporting verbs' lemmas (base forms), lower case."""
    return frozenset(
        entry[0].lower() for entry in read_entries("reporting_verbs.txt") if len(entry) == 2
    )


@cache
def word_list(name: str) -> frozenset[str]:
    """A vocabulary file of one lower-case word per line."""
    return frozenset(entry[0].lower() for entry in read_entries(name))


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """A vocabulary file of one lower-case phrase per line, in file order."""
    return tuple(" ".join(entry).lower() for entry in read_entries(name))


@cache
def subordinators(*, attributing: bool = True) -> tuple[str, ...]:
    """The subordinating conjunctions of ``subordinators.txt``, lower case, sorted; without
    those tagged ``attributes`` ("…, as Lee noted") when ``attributing`` is false."""
    words: list[str] = []
    for entry in read_entries("subordinators.txt"):
        tags = set(entry[1:])
        if tags - SUBORDINATOR_TAGS:
            raise ValueError(f"subordinators.txt: unknown tag {sorted(tags - SUBORDINATOR_TAGS)}")
        if attributing or "attributes" not in tags:
            words.append(entry[0].lower())
    return tuple(sorted(words))
