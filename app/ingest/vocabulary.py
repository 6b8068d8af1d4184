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
  jobs a city or county gives); ``public_service_fields.txt``, ``forecast_fields.txt``,
  ``public_body_nouns.txt``: the public services only a state runs ("Central Election
  Commission", "National Storm Centre"); ``election_fields.txt`` and
  ``public_body_non_state.txt``: when an election's body is the state's and when it is a
  firm's or a campaign's; ``sports_bodies.txt``: leagues whose commissioner runs a sport.
* ``generic_body_words.txt``, ``relative_nouns.txt``: when a role reference ("said the
  President of Norvania") fits a job written with a name (``people.role_bodies``).
* ``role_nouns_no_antecedent.txt``: jobs that make no full name the next "he" or "she"
  (``people.subjects.role_antecedent``).
* ``statement_auxiliaries.txt``: auxiliaries that make a clause a statement, not
  narration (``reported_speech``).
* ``trade_words.txt``: trades that end a firm's name ("Halvik Shipping").
* ``common_words.txt``: capitalised English words that are no given name.
* ``reporting_verb_sets.txt``: named subsets of the reporting verb forms, for the rules
  that keep a narrow list on purpose (``speech_verbs.verb_pattern`` builds their regex).
* ``person_nouns.txt``: nouns for people that the role lists leave out, tagged by the
  rules that read them (``reference``: "the athlete"; ``unnamed``: "A resident said";
  ``antecedent``: "The suspect fled, but he said …"; ``scholar``: "an economist at the
  central bank" is an expert, not an official).

Files are read once per process; everything returned is immutable.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from lemminflect import getAllInflections  # type: ignore[import-untyped]

SUBORDINATOR_TAGS = frozenset({"attributes"})
PERSON_NOUN_TAGS = frozenset({"reference", "unnamed", "antecedent", "male", "female", "scholar"})
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
        "directive",
        "commit",
        "blame",
        "base",
        "ing",
        "-",
    }
)


def read_entries(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a vocabulary file, split on white space."""
    text = resources.files("app.ingest").joinpath("vocab", name).read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]


_TENSE_OF_TAG = {"VBD": "past", "VBZ": "present", "VB": "base", "VBP": "base", "VBG": "ing"}


def _inflect(lemma: str, with_base: bool, with_ing: bool) -> dict[str, set[str]]:
    """The lemma's reporting forms (lower case) -> their tenses ("past", "present", "base",
    "ing")."""
    found = getAllInflections(lemma, upos="VERB")
    # A distinct past participle ("seen", "written") reports nothing on its own.
    tags = ["VBD", "VBZ"] + (["VB", "VBP"] if with_base else [])
    tags += ["VBG"] if with_ing else []
    forms: dict[str, set[str]] = {}
    for tag in tags:
        for form in found.get(tag, ()):
            forms.setdefault(form.lower(), set()).add(_TENSE_OF_TAG[tag])
    if not forms:  # not in the tables: regular English morphology
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {stem + "ed": {"past"}, lemma + "s": {"present"}}
        forms |= {lemma: {"base"}} if with_base else {}
        forms |= {stem + "ing": {"ing"}} if with_ing else {}
    return forms


@cache
def _reporting_table() -> tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]:
    """(form -> classes, form -> tenses) for every reporting verb form."""
    classes_of: dict[str, set[str]] = {}
    tenses_of: dict[str, set[str]] = {}
    for entry in read_entries("reporting_verbs.txt"):
        classes = set(entry[-1].split(","))
        unknown = classes - VERB_CLASSES
        if unknown:
            raise ValueError(f"reporting_verbs.txt: unknown class {sorted(unknown)} for {entry}")
        head, particle = entry[0], " ".join(entry[1:-1])
        for form, tenses in _inflect(head, "base" in classes, "ing" in classes).items():
            phrase = f"{form} {particle}" if particle else form
            classes_of.setdefault(phrase, set()).update(classes - {"-", "base", "ing"})
            tenses_of.setdefault(phrase, set()).update(tenses)
    return (
        MappingProxyType({form: frozenset(c) for form, c in classes_of.items()}),
        MappingProxyType({form: frozenset(t) for form, t in tenses_of.items()}),
    )


def reporting_verbs() -> Mapping[str, frozenset[str]]:
    """Every reporting verb form (lower case; "pointed out" for phrasal ones) -> its classes."""
    return _reporting_table()[0]


def reporting_verb_tenses() -> Mapping[str, frozenset[str]]:
    """Every reporting verb form -> its tenses: "past" ("said"), "present" ("says"),
    "base" ("say") and "ing" ("saying"); a form may have several ("put", "read")."""
    return _reporting_table()[1]


@cache
def reporting_verb_sets() -> Mapping[str, tuple[str, ...]]:
    """The named subsets of reporting verb forms in ``reporting_verb_sets.txt`` (a set's
    name, then one form, per line): name -> its forms in file order.  Every form must be
    one of the lexicon's (:func:`reporting_verbs`), so the subsets never drift from it."""
    lexicon = reporting_verbs()
    sets: dict[str, list[str]] = {}
    for entry in read_entries("reporting_verb_sets.txt"):
        form = " ".join(entry[1:]).lower()
        if form not in lexicon:
            raise ValueError(f"reporting_verb_sets.txt: {form!r} ({entry[0]}) is no lexicon form")
        sets.setdefault(entry[0], []).append(form)
    return MappingProxyType({name: tuple(forms) for name, forms in sets.items()})


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


@cache
def person_nouns(tag: str) -> frozenset[str]:
    """The nouns of ``person_nouns.txt`` that carry ``tag`` (see PERSON_NOUN_TAGS)."""
    if tag not in PERSON_NOUN_TAGS:
        raise ValueError(f"person_nouns.txt: unknown tag {tag!r}")
    words: set[str] = set()
    for entry in read_entries("person_nouns.txt"):
        tags = set(entry[1].split(",")) if len(entry) > 1 else set()
        if not tags or tags - PERSON_NOUN_TAGS:
            raise ValueError(f"person_nouns.txt: bad tags for {entry}")
        if tag in tags:
            words.add(entry[0].lower())
    return frozenset(words)
