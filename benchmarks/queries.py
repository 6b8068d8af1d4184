"""The six query kinds, with parameters drawn at random from the loaded corpus.

Experts are drawn by picking random statements and taking their speakers, so popular
experts come up as often as readers would ask for them; topics likewise. The draw is
seeded, so two runs on the same corpus send the same mix.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from urllib.parse import urlencode

from sqlalchemy import create_engine, func, select

from app.models import Expert, Statement, StatementTopic, Topic
from benchmarks.corpus import PHRASES

SAMPLE = 400


@dataclass
class Draw:
    """Parameters sampled from the store."""

    experts: list[tuple[int, str]] = field(default_factory=list)  # (id, slug)
    topics: list[str] = field(default_factory=list)
    first_day: dt.date = dt.date(2016, 1, 1)
    last_day: dt.date = dt.date(2025, 12, 31)
    hot_topic: str = ""


def draw(database_url: str, seed: int = 1) -> Draw:
    rng = random.Random(seed)
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            top = conn.execute(select(func.max(Statement.id))).scalar() or 0
            ids = sorted({rng.randint(1, top) for _ in range(SAMPLE * 2)}) if top else []
            experts = conn.execute(
                select(Statement.id, Expert.id, Expert.slug)
                .join(Expert, Expert.id == Statement.expert_id)
                .where(Statement.id.in_(ids))
            ).all()
            topics = conn.execute(
                select(StatementTopic.statement_id, Topic.slug)
                .join(Topic, Topic.id == StatementTopic.topic_id)
                .where(StatementTopic.statement_id.in_(ids))
            ).all()
            first, last = conn.execute(
                select(func.min(Statement.said_on), func.max(Statement.said_on))
            ).one()
    finally:
        engine.dispose()
    found = Draw(
        experts=[(row[1], row[2]) for row in experts][:SAMPLE],
        topics=[row[1] for row in topics][:SAMPLE],
    )
    if first is not None:
        found.first_day = dt.date.fromisoformat(str(first))
        found.last_day = dt.date.fromisoformat(str(last))
    counts: dict[str, int] = {}
    for slug in found.topics:
        counts[slug] = counts.get(slug, 0) + 1
    found.hot_topic = max(counts, key=lambda slug: counts[slug]) if counts else ""
    return found


def _date_range(rng: random.Random, d: Draw) -> tuple[str, str]:
    span = max(1, (d.last_day - d.first_day).days)
    start = d.first_day + dt.timedelta(days=rng.randrange(span))
    end = start + dt.timedelta(days=rng.randint(30, 180))
    return start.isoformat(), end.isoformat()


def _words(rng: random.Random) -> str:
    vocabulary = sorted(
        {w for phrases in PHRASES.values() for p in phrases for w in p.split() if len(w) > 4}
    )
    words = rng.sample(vocabulary, rng.choice((1, 1, 2)))
    return " ".join(words)


def statements_by_expert(d: Draw, rng: random.Random) -> list[str]:
    return [f"/v1/statements?{urlencode({'expert': slug})}" for _, slug in d.experts]


def statements_by_topic_and_dates(d: Draw, rng: random.Random) -> list[str]:
    paths = []
    for slug in d.topics:
        start, end = _date_range(rng, d)
        paths.append(f"/v1/statements?{urlencode({'topic': slug, 'from': start, 'to': end})}")
    return paths


def full_text(d: Draw, rng: random.Random) -> list[str]:
    return [f"/v1/statements?{urlencode({'q': _words(rng)})}" for _ in range(SAMPLE)]


def expert_detail(d: Draw, rng: random.Random) -> list[str]:
    return [f"/v1/experts/{slug}" for _, slug in d.experts]


def facet(d: Draw, rng: random.Random, facet_name: str) -> list[str]:
    return [
        f"/v1/statements?{urlencode({'expert': slug, 'facet': facet_name})}"
        for _, slug in d.experts
    ]


def hot(d: Draw) -> list[str]:
    return [f"/v1/statements?{urlencode({'topic': d.hot_topic})}"]


def datasette_by_expert(d: Draw, database_name: str) -> list[str]:
    """Datasette's table view with the same filter, order and page size as query 1."""
    return [
        f"/{database_name}/statements.json?"
        + urlencode({"expert_id": expert_id, "_sort_desc": "said_on", "_size": 20})
        for expert_id, _ in d.experts
    ]
