"""One parse against its gold: counts, and the misses behind them.

- A gold statement is **found** when a parsed statement's span overlaps it (shares at
  least one character), and **attributed** when such a statement's speaker matches the
  gold speaker (:func:`app.evaluation.matching.name_matches`).
- A parsed statement is **right** when its span overlaps a gold statement of the same
  speaker. A statement without a speaker is never right.
- **Speakers**: the gold speakers that have at least one statement against the people
  the parser lists, paired one to one (the exact name first, then an exact alias, then
  surname matches), so one person split in two counts once right and once wrong.
- **Role / organisation**: for each gold speaker whose gold role (organisation) is not
  null, right when the paired parsed person's role (organisation) matches leniently
  (:func:`app.evaluation.matching.role_matches`); an unpaired speaker is wrong. A
  speaker with a role or an organisation counts for **role and organisation** when every
  non-null one of the two is right.
- **Statement kind**: of the attributed gold statements, those with a rightly attributed
  parsed statement of the same kind (quote or paraphrase).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields

from app.evaluation.gold import GoldArticle, GoldSpeaker, GoldStatement
from app.evaluation.matching import name_is_exact, name_matches, organization_matches, role_matches
from app.ingest.parsed import ParsedArticle, ParsedPerson, ParsedStatement


@dataclass
class Counts:
    """Additive tallies; ratios are taken over sums (micro averages)."""

    gold_statements: int = 0
    found: int = 0
    attributed: int = 0
    parsed_statements: int = 0
    right: int = 0
    gold_speakers: int = 0
    parsed_speakers: int = 0
    speakers_matched: int = 0
    roles: int = 0
    roles_right: int = 0
    organizations: int = 0
    organizations_right: int = 0
    role_org: int = 0
    role_org_right: int = 0
    kinds: int = 0
    kinds_right: int = 0
    statement_kinds_right: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))
        return self

    def figures(self) -> dict[str, float | None]:
        precision = _ratio(self.speakers_matched, self.parsed_speakers)
        recall = _ratio(self.speakers_matched, self.gold_speakers)
        f1 = (
            None
            if precision is None or recall is None
            else (0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))
        )
        return {
            "attributed_recall": _ratio(self.attributed, self.gold_statements),
            "found_recall": _ratio(self.found, self.gold_statements),
            "statement_precision": _ratio(self.right, self.parsed_statements),
            "speaker_precision": precision,
            "speaker_recall": recall,
            "speaker_f1": f1,
            "role_recall": _ratio(self.roles_right, self.roles),
            "organization_recall": _ratio(self.organizations_right, self.organizations),
            "role_org_recall": _ratio(self.role_org_right, self.role_org),
            "kind_accuracy": _ratio(self.kinds_right, self.kinds),
            "statement_kind_accuracy": _ratio(self.statement_kinds_right, self.attributed),
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Miss:
    """One thing the parser got wrong: ``what`` is a short category, ``detail`` says which."""

    what: str
    detail: str


@dataclass(frozen=True)
class ParsedOutcome:
    """A parsed statement, whether it is right, and the confidence and rule it was given."""

    confidence: float | None
    right: bool
    rule: str | None = None


@dataclass
class ArticleScore:
    label: str
    genre: str | None
    counts: Counts
    misses: list[Miss] = field(default_factory=list)
    outcomes: list[ParsedOutcome] = field(default_factory=list)
    error: str | None = None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _pair_speakers(
    speakers: list[GoldSpeaker], people: list[ParsedPerson]
) -> dict[str, ParsedPerson]:
    """Gold speaker name -> the parsed person paired with it, one to one."""
    paired: dict[str, ParsedPerson] = {}
    taken: set[str] = set()
    passes: list[Callable[[ParsedPerson, GoldSpeaker], bool]] = [
        lambda person, speaker: name_is_exact(person.name, speaker.name),
        lambda person, speaker: name_is_exact(person.name, speaker.name, speaker.aliases),
        lambda person, speaker: name_matches(person.name, speaker.name, speaker.aliases),
    ]
    for same in passes:
        for speaker in speakers:
            if speaker.name in paired:
                continue
            for person in people:
                if person.slug not in taken and same(person, speaker):
                    paired[speaker.name] = person
                    taken.add(person.slug)
                    break
    return paired


def _speaker_of(statement: ParsedStatement, people: dict[str, ParsedPerson]) -> ParsedPerson | None:
    return people.get(statement.speaker) if statement.speaker is not None else None


def score_article(
    gold: GoldArticle, parsed: ParsedArticle, *, error: str | None = None
) -> ArticleScore:
    """Compare one parse with its gold (``error``: the parser failed; ``parsed`` is empty)."""
    counts = Counts()
    misses: list[Miss] = []
    speakers = {s.name: s for s in gold.speakers}
    people = {p.slug: p for p in parsed.people}

    def speaker_is(person: ParsedPerson | None, gold_statement: GoldStatement) -> bool:
        wanted = speakers[gold_statement.speaker]
        return person is not None and name_matches(person.name, wanted.name, wanted.aliases)

    counts.gold_statements = len(gold.statements)
    for gold_statement in gold.statements:
        overlapping = [
            s
            for s in parsed.statements
            if _overlaps(s.start, s.end, gold_statement.start, gold_statement.end)
        ]
        if overlapping:
            counts.found += 1
        attributed = [s for s in overlapping if speaker_is(_speaker_of(s, people), gold_statement)]
        if attributed:
            counts.attributed += 1
            if any(s.kind == gold_statement.kind for s in attributed):
                counts.statement_kinds_right += 1
            else:
                misses.append(
                    Miss(
                        "statement kind",
                        f"{gold_statement.kind} by {gold_statement.speaker} "
                        f"[{gold_statement.start}:{gold_statement.end}] "
                        f"«{gold_statement.anchor}» parsed as {attributed[0].kind}",
                    )
                )
            continue
        if overlapping:
            given = {
                (person.name if (person := _speaker_of(s, people)) else "nobody")
                for s in overlapping
            }
            misses.append(
                Miss(
                    "wrong speaker",
                    f"{gold_statement.kind} by {gold_statement.speaker} "
                    f"[{gold_statement.start}:{gold_statement.end}] «{gold_statement.anchor}» "
                    f"given to {', '.join(sorted(given))}",
                )
            )
        else:
            misses.append(
                Miss(
                    "not found",
                    f"{gold_statement.kind} by {gold_statement.speaker} "
                    f"[{gold_statement.start}:{gold_statement.end}] «{gold_statement.anchor}»",
                )
            )

    outcomes: list[ParsedOutcome] = []
    counts.parsed_statements = len(parsed.statements)
    for statement in parsed.statements:
        person = _speaker_of(statement, people)
        overlapping_gold = [
            g for g in gold.statements if _overlaps(statement.start, statement.end, g.start, g.end)
        ]
        right = any(speaker_is(person, g) for g in overlapping_gold)
        counts.right += right
        attribution = statement.attribution
        outcomes.append(
            ParsedOutcome(
                attribution.confidence if attribution else None,
                right,
                attribution.rule if attribution else None,
            )
        )
        if not right:
            who = person.name if person else "nobody"
            why = (
                f"gold says {', '.join(sorted({g.speaker for g in overlapping_gold}))}"
                if overlapping_gold
                else "no gold statement there"
            )
            misses.append(
                Miss(
                    "wrong statement",
                    f"{statement.kind} given to {who} [{statement.start}:{statement.end}] "
                    f"«{_excerpt(statement.text)}»: {why}",
                )
            )

    _score_speakers(gold, parsed, counts, misses)
    return ArticleScore(gold.label, gold.genre, counts, misses, outcomes, error)


def _score_speakers(
    gold: GoldArticle, parsed: ParsedArticle, counts: Counts, misses: list[Miss]
) -> None:
    with_statements = {s.speaker for s in gold.statements}
    speakers = [s for s in gold.speakers if s.name in with_statements]
    spoken = {s.speaker for s in parsed.statements if s.speaker is not None}
    people = [p for p in parsed.people if p.slug in spoken]
    paired = _pair_speakers(speakers, people)
    counts.gold_speakers = len(speakers)
    counts.parsed_speakers = len(people)
    counts.speakers_matched = len(paired)
    for speaker in speakers:
        if speaker.name not in paired:
            misses.append(Miss("speaker missed", speaker.name))
    matched_slugs = {p.slug for p in paired.values()}
    misses.extend(
        Miss("extra speaker", extra.name) for extra in people if extra.slug not in matched_slugs
    )
    for speaker in speakers:
        person = paired.get(speaker.name)
        role_ok = org_ok = True
        if speaker.role is not None:
            counts.roles += 1
            role_ok = person is not None and role_matches(person.role, speaker.role)
            counts.roles_right += role_ok
        if speaker.organization is not None:
            counts.organizations += 1
            org_ok = person is not None and organization_matches(
                person.organization, person.role, speaker.organization
            )
            counts.organizations_right += org_ok
        if speaker.role is not None or speaker.organization is not None:
            counts.role_org += 1
            counts.role_org_right += role_ok and org_ok
            if person is not None and not (role_ok and org_ok):
                misses.append(
                    Miss(
                        "role/organisation",
                        f"{speaker.name}: gold {speaker.role!r} / {speaker.organization!r}, "
                        f"parsed {person.role!r} / {person.organization!r}",
                    )
                )
        if person is not None and speaker.kind is not None:
            counts.kinds += 1
            counts.kinds_right += person.kind == speaker.kind
            if person.kind != speaker.kind:
                misses.append(
                    Miss("kind", f"{speaker.name}: gold {speaker.kind}, parsed {person.kind}")
                )


def totals(scores: list[ArticleScore]) -> Counts:
    total = Counts()
    for score in scores:
        total += score.counts
    return total


def by_genre(scores: list[ArticleScore]) -> dict[str, Counts]:
    genres: dict[str, Counts] = {}
    for score in scores:
        genres.setdefault(score.genre or "unspecified", Counts())
        genres[score.genre or "unspecified"] += score.counts
    return genres


def iter_outcomes(scores: list[ArticleScore]) -> Iterator[ParsedOutcome]:
    for score in scores:
        yield from score.outcomes
