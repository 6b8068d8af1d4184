"""A deterministic synthetic corpus: N articles in the three styles the parser reads.

The same ``seed`` and ``statements`` always give the same articles, byte for byte, so a run
at 10k, 100k or 1M statements can be repeated anywhere. Every article records what it was
written to contain (``expected``: speaker and kind per statement, in text order), so a
sample can be parsed and compared with what the generator meant (see ``agreement``).

Styles, modelled on ``seeds/csto-withdrawal-kazakhstan.txt``:

* **inline quotes**: ``“…,” said Jane Doe, an economist at Halden Capital.`` and later
  ``“…,” Doe added.``;
* **reported speech**: ``Jane Doe, an economist at Halden Capital, said that …`` and later
  ``Doe noted that …``;
* **dash blocks**: ``Here is what Jane Doe, an economist at Halden Capital, says:`` then
  ``– …`` and continuation paragraphs, which run until the next introduction. Dash blocks
  therefore always close the article.

Spread: a few thousand experts drawn with a long-tailed popularity (some quoted very often),
35 topics (``benchmarks/topics.yaml``), dates over ten years, 3 to 12 statements per article.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TOPICS_FILE = Path(__file__).with_name("topics.yaml")
FIRST_DAY = dt.date(2016, 1, 1)
DAYS = 3653  # ten years
MIN_STATEMENTS, MAX_STATEMENTS = 3, 12

# One or two concrete noun phrases per topic; each must tag its topic and no other
# (checked by ``check_phrases`` with the real tagger).
PHRASES: dict[str, tuple[str, ...]] = {
    "inflation": ("inflation", "consumer prices"),
    "interest-rates": ("the key rate", "interest rates"),
    "currency": ("the currency", "the exchange rate"),
    "labour-market": ("unemployment", "the labour market"),
    "energy": ("oil", "natural gas"),
    "climate": ("climate policy", "emissions"),
    "trade": ("tariffs", "exports"),
    "sanctions": ("sanctions", "the embargo"),
    "housing": ("housing", "mortgages"),
    "banking": ("lenders", "credit growth"),
    "public-debt": ("the budget deficit", "public debt"),
    "elections": ("the election", "the campaign"),
    "healthcare": ("hospitals", "health care"),
    "education": ("schools", "higher education"),
    "migration": ("migration", "refugees"),
    "defence": ("defence", "military spending"),
    "cybersecurity": ("cybersecurity", "ransomware"),
    "artificial-intelligence": ("artificial intelligence", "automation"),
    "telecoms": ("broadband", "mobile networks"),
    "agriculture": ("the harvest", "grain"),
    "transport": ("railways", "freight"),
    "tourism": ("tourism", "hotels"),
    "corruption": ("corruption", "fraud"),
    "judiciary": ("the courts", "the rule of law"),
    "media-freedom": ("journalism", "censorship"),
    "diplomacy": ("diplomacy", "the treaty"),
    "protests": ("the protests", "strikes"),
    "local-government": ("municipal budgets", "the local authorities"),
    "pensions": ("pensions", "the ageing population"),
    "consumer-spending": ("consumer spending", "retail sales"),
    "stock-markets": ("equities", "the stock market"),
    "startups": ("startups", "venture capital"),
    "space": ("satellites", "the space programme"),
    "water": ("drought", "the water supply"),
    "sport": ("football", "stadiums"),
}

# No speech verb, name, quote mark or dash may appear in these (checked at start-up), or
# the parser would rightly see statements the generator did not mean.
QUOTE_SENTENCES = (
    "In my view, {a} will remain the main risk for the region over the coming year.",
    "The debate about {a} is far from over, and the next months will show how deep it runs.",
    "We have been here before with {a}, and the lessons were never fully learned.",
    "Nobody should underestimate how quickly {a} can change the picture for {b}.",
    "There is a real chance that {a} becomes a political issue before long.",
    "What matters now is whether the authorities act on {a} in time.",
    "For ordinary families, {a} is not an abstract question at all.",
    "The link between {a} and {b} is stronger than many people realise.",
    "If nothing changes, {a} will weigh on growth for at least two more years.",
    "Frankly, the numbers on {a} look worse than they did a year ago.",
    "The real story is {a}, not the headlines about {b}.",
    "Much depends on how {a} develops over the winter.",
    "It is too early to call this a turning point for {a}.",
    "The pressure from {a} is already visible in the regions.",
    "Nobody has a convincing plan for {a} yet, and that worries me.",
    "We should be honest that {a} and {b} pull in different directions.",
)
CLAUSES = (
    "{a} would remain a key concern for the rest of the year",
    "the outlook for {a} had worsened sharply since the spring",
    "the government had underestimated {a}",
    "{a} was likely to dominate the next budget debate",
    "the impact of {a} on {b} was still poorly understood",
    "a fresh approach to {a} was long overdue",
)
NARRATIVE = (
    "The question of {a} has dominated the agenda in recent weeks.",
    "Figures published this month put {a} back at the centre of the discussion.",
    "Few issues divide opinion as sharply as {a}.",
    "Households and businesses are watching {a} closely.",
    "The debate now turns on {a} and on {b}.",
)
TITLES = (
    "What next for {a}",
    "The long shadow of {a}",
    "Why {a} matters again",
    "A difficult year for {a}",
    "Rethinking {a}",
)


def _words(text: str) -> list[str]:
    return text.split()


PHOTO_CREDITS = ("Photo: Reuters", "Photo: AP", "Photo: AFP", "Photo: Getty Images")
SOURCES = ("The Daily Ledger", "Northern Courier", "Metro Observer", "Harbour Gazette")

FIRST_NAMES = _words(
    """Aaron Adele Adrian Agnes Aidan Alba Alec Alina Amara Amir Anders Andrea
Anika Anton Arjun Astrid Aurora Axel Beatrix Benedikt Bianca Boris Bruno Camila Carlos
Casimir Cecilia Chiara Clara Colm Cyrus Dalia Damian Daria Delphine Dmitri Edgar Elena
Elias Elif Elsa Emil Enzo Erik Esther Fabian Farah Felix Fiona Florian Freya Gabriel
Gemma Greta Hamid Hana Hector Helga Hugo Ida Igor Ilse Imran Ines Ingrid Isak Ivana Jakob
Jana Jasper Julian Kaito Karim Katja Kenji Klara Lars Leila Lena Leon Lidia Linnea Lorenzo
Luca Lukas Magnus Malik Marek Marina Marta Mateo Milan Mira Nadia Nikolai Nina Noor Olga
Omar Oskar Paula Pavel Petra Rafael Ravi Rosa Ruben Sabine Samir Sara Selma Sergei Silvia
Simon Sofia Stefan Talia Tomas Ulla Valentin Vera Viktor Yara Yusuf Zara Zofia"""
)
SURNAMES = _words(
    """Abbott Adeyemi Albrecht Alvarez Amundsen Andersen Arslan Bachmann Baranov
Bauer Becker Bellini Bergstrom Blanco Bogdan Brandt Brennan Calloway Carvalho Castell
Chandra Costa Crowley Dalton Delacroix Demir Dietrich Dorsey Draper Eklund Engel Esposito
Falk Farrell Ferreira Fischer Fontaine Forsberg Gallo Garrido Gerber Gomez Grady Gruber
Haas Hakimi Halvorsen Hartmann Haugen Hendricks Holm Horvath Ibarra Ivanova Jansen Jensen
Kaminski Karlsson Keller Khoury Klein Koenig Kovacs Kowalski Krause Lambert Larsen Laurent
Lindqvist Lombardi Lorenz Lund Maddox Mahler Marchetti Marino Meier Mendes Molnar Moreau
Morozov Nakamura Navarro Nielsen Novak Nowak Okafor Olsen Orlov Ortega Osei Pacheco Palmer
Pereira Petrov Pham Quinn Ramos Reyes Richter Rinaldi Rivera Romano Rossi Sandberg Santos
Schreiber Serrano Sokolov Sorensen Stein Strand Sullivan Svoboda Takahashi Tanaka Toth
Ulrich Varga Vasquez Vogel Volkov Wagner Walsh Weber Wolff Yilmaz Zeller Zielinski"""
)
ROLES = (
    "an economist",
    "a senior economist",
    "a researcher",
    "a senior fellow",
    "an analyst",
    "a political scientist",
    "head of research",
    "a professor of economics",
    "a strategist",
    "director of studies",
    "a lecturer in public policy",
    "a sociologist",
)
PLACES = _words(
    """Halden Corvale Northbridge Lakeside Ashford Belmont Kingsway Marlow Redfern
Thornbury Westmere Brightwater Oakhurst Stonebridge Fairhaven Eastgate"""
)
ORG_PATTERNS = (
    "{place} Capital",
    "{place} University",
    "the {place} Institute",
    "{place} Economics",
    "the Centre for {field} Studies",
    "the Institute for {field} Research",
    "{place} Bank",
    "the {place} Policy Forum",
    "{place} Partners",
    "the {place} School of Economics",
)
FIELDS = (
    "Regional",
    "Economic",
    "Strategic",
    "Social",
    "International",
    "Public Policy",
    "Energy",
    "Urban",
    "Financial",
    "Security",
)


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    apposition: str  # "an economist at Halden Capital"


@dataclass
class GeneratedArticle:
    number: int
    title: str
    text: str
    published_on: dt.date
    source: str
    # (speaker full name, kind) for each statement, in text order.
    expected: list[tuple[str, str]] = field(default_factory=list)

    def as_input(self) -> dict[str, object]:
        return {
            "text": self.text,
            "published_on": self.published_on.isoformat(),
            "source": self.source,
            "language": "en",
        }


def expert_pool_size(statements: int) -> int:
    """A few thousand at full scale; fewer on tiny corpora so experts still repeat."""
    return max(50, min(4000, statements // 4))


def articles_for(statements: int) -> int:
    """Articles needed for about ``statements`` statements (7.5 per article on average)."""
    return max(1, round(statements / ((MIN_STATEMENTS + MAX_STATEMENTS) / 2)))


def _people(rng: random.Random, count: int) -> list[Person]:
    pairs = list(itertools.product(FIRST_NAMES, SURNAMES))
    rng.shuffle(pairs)
    people = []
    for first, last in pairs[:count]:
        org = rng.choice(ORG_PATTERNS).format(place=rng.choice(PLACES), field=rng.choice(FIELDS))
        people.append(Person(f"{first} {last}", last, f"{rng.choice(ROLES)} at {org}"))
    return people


class _Writer:
    """Sentences about one article's topics."""

    def __init__(self, rng: random.Random, topics: list[str]) -> None:
        self.rng = rng
        self.topics = topics

    def _phrase(self) -> str:
        return self.rng.choice(PHRASES[self.rng.choice(self.topics)])

    def fill(self, template: str) -> str:
        a = self._phrase()
        b = self._phrase()
        while b == a and len(self.topics) > 1:
            b = self._phrase()
        text = template.format(a=a, b=b)
        return text[0].upper() + text[1:] if template.startswith("{a}") else text

    def quote(self) -> str:
        count = self.rng.choice((1, 2, 2, 3))
        return " ".join(self.fill(t) for t in self.rng.sample(QUOTE_SENTENCES, count))

    def clause(self) -> str:
        text = self.rng.choice(CLAUSES).format(a=self._phrase(), b=self._phrase())
        return text  # lower case start kept: "said that the outlook ..."


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


class CorpusGenerator:
    """Iterates the articles of one corpus; deterministic in (seed, statements)."""

    def __init__(self, statements: int, seed: int = 1) -> None:
        self.seed = seed
        self.target_statements = statements
        self.article_count = articles_for(statements)
        setup = random.Random(f"people-{seed}")
        self.people = _people(setup, expert_pool_size(statements))
        # Long-tailed popularity: weight 1/(rank+10) gives the top expert ~1.5% of all
        # statements and the median one a few hundredths of a percent.
        self._cum_people = list(
            itertools.accumulate(1.0 / (rank + 10) for rank in range(len(self.people)))
        )
        topic_slugs = list(PHRASES)
        setup.shuffle(topic_slugs)
        self.topic_slugs = topic_slugs
        self._cum_topics = list(
            itertools.accumulate(1.0 / (rank + 3) for rank in range(len(topic_slugs)))
        )

    def _pick(self, rng: random.Random, cum: list[float]) -> int:
        return bisect.bisect_left(cum, rng.random() * cum[-1])

    def _speakers(self, rng: random.Random, count: int) -> list[Person]:
        chosen: list[Person] = []
        surnames: set[str] = set()
        while len(chosen) < count:
            person = self.people[self._pick(rng, self._cum_people)]
            if person.surname not in surnames:
                chosen.append(person)
                surnames.add(person.surname)
        return chosen

    def article(self, number: int) -> GeneratedArticle:
        rng = random.Random(f"{self.seed}-{number}")
        # dict.fromkeys, not a set: set order follows string hashing, which varies by process.
        topics = list(
            dict.fromkeys(self.topic_slugs[self._pick(rng, self._cum_topics)] for _ in range(3))
        )
        writer = _Writer(rng, topics)
        total = rng.randint(MIN_STATEMENTS, MAX_STATEMENTS)
        speakers = self._speakers(rng, rng.randint(1, min(4, total)))
        shares = _split(rng, total, len(speakers))
        dashed = [rng.random() < 0.45 for _ in speakers]
        title = f"{writer.fill(rng.choice(TITLES))} ({number})"
        paragraphs = [title, " ".join(writer.fill(t) for t in rng.sample(NARRATIVE, 2))]
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(PHOTO_CREDITS))
        expected: list[tuple[str, str]] = []
        for person, share, dash in zip(speakers, shares, dashed, strict=True):
            if not dash:
                paragraphs.extend(self._inline(rng, writer, person, share, expected))
                if rng.random() < 0.5:
                    paragraphs.append(writer.fill(rng.choice(NARRATIVE)))
        for person, share, dash in zip(speakers, shares, dashed, strict=True):
            if dash:
                paragraphs.extend(self._dash(rng, writer, person, share, expected))
        return GeneratedArticle(
            number=number,
            title=title,
            text="\n\n".join(paragraphs) + "\n",
            published_on=FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS)),
            source=rng.choice(SOURCES),
            expected=expected,
        )

    @staticmethod
    def _inline(
        rng: random.Random,
        writer: _Writer,
        person: Person,
        share: int,
        expected: list[tuple[str, str]],
    ) -> list[str]:
        out = []
        for index in range(share):
            first = index == 0
            if rng.random() < 0.6:
                quote = writer.quote()[:-1] + ","
                if first:
                    out.append(f"“{quote}” said {person.name}, {person.apposition}.")
                else:
                    verb = rng.choice(("added", "said", "continued"))
                    out.append(f"“{quote}” {person.surname} {verb}.")
                expected.append((person.name, "quote"))
            else:
                verb = rng.choice(("said", "believes", "argued"))
                if first:
                    subject = f"{person.name}, {person.apposition},"
                else:
                    subject, verb = person.surname, rng.choice(("noted", "added", "said"))
                out.append(f"{subject} {verb} that {writer.clause()}.")
                expected.append((person.name, "paraphrase"))
        return out

    @staticmethod
    def _dash(
        rng: random.Random,
        writer: _Writer,
        person: Person,
        share: int,
        expected: list[tuple[str, str]],
    ) -> list[str]:
        intro = rng.choice(
            (
                "This is how {name}, {appos}, sees the situation:",
                "Here is what {name}, {appos}, says:",
                "{name}, {appos}, says:",
            )
        ).format(name=person.name, appos=person.apposition)
        out = [intro, "– " + writer.quote()]
        out.extend(writer.quote() for _ in range(share - 1))
        expected.extend((person.name, "quote") for _ in range(share))
        return out

    def __iter__(self) -> Iterator[GeneratedArticle]:
        for number in range(1, self.article_count + 1):
            yield self.article(number)


def check_templates() -> None:
    """Fail fast if a template could create a statement the generator did not mean.

    The parser's speech-verb list is consulted when it is importable; the agreement check
    (``benchmarks.loader.agreement``) is the real test either way.
    """
    import re

    from app.ingest import attribution
    from app.ingest.topics import TopicTagger, load_taxonomy

    verbs = [v for v in getattr(attribution, "SPEECH_VERBS", ()) if isinstance(v, str)]
    if verbs:
        verb_re = re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b", re.IGNORECASE)
        for template in (*QUOTE_SENTENCES, *CLAUSES, *NARRATIVE, *TITLES):
            if verb_re.search(template.replace("{a}", "x").replace("{b}", "y")):
                raise ValueError(f"template contains a speech verb: {template!r}")
    tagger = TopicTagger(load_taxonomy(TOPICS_FILE))
    for slug, phrases in PHRASES.items():
        for phrase in phrases:
            tags = set(tagger.tag(phrase))
            if tags != {slug}:
                raise ValueError(f"phrase {phrase!r} tags {sorted(tags)}, expected {slug}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write a JSON Lines file here")
    parser.add_argument("--sample", type=int, default=0, help="print the first N articles")
    args = parser.parse_args(argv)
    check_templates()
    generator = CorpusGenerator(args.statements, args.seed)
    if args.sample:
        for article in itertools.islice(generator, args.sample):
            print(f"# {article.published_on} {article.expected}\n{article.text}")
        return 0
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    statements = 0
    for article in generator:
        statements += len(article.expected)
        out.write(json.dumps({**article.as_input(), "expected": article.expected}) + "\n")
    if args.out:
        out.close()
    print(f"{generator.article_count} articles, {statements} statements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
