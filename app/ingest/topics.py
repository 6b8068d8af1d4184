"""Deterministic, explainable topic tagging from the taxonomy in ``seeds/topics.yaml``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field


class TopicDefinition(BaseModel):
    """One taxonomy entry as written in ``topics.yaml``."""

    slug: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    name: str
    description: str
    terms: list[str] = Field(min_length=1)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form used for matching (``Café`` -> ``cafe``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _term_pattern(term: str) -> str:
    folded = fold(term.strip())
    if folded.endswith("*"):
        return re.escape(folded[:-1]) + r"\w*"
    return re.escape(folded) + r"(?!\w)"


@dataclass(frozen=True)
class _CompiledTopic:
    slug: str
    terms: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    any_term: re.Pattern[str]


class TopicTagger:
    """Tags text with every topic one of whose terms occurs in it."""

    def __init__(self, topics: list[TopicDefinition]) -> None:
        self._topics = tuple(
            _CompiledTopic(
                slug=topic.slug,
                terms=tuple(topic.terms),
                patterns=tuple(
                    re.compile(r"(?<!\w)" + _term_pattern(term)) for term in topic.terms
                ),
                any_term=re.compile(
                    r"(?<!\w)(?:" + "|".join(_term_pattern(t) for t in topic.terms) + ")"
                ),
            )
            for topic in topics
        )

    def tag(self, text: str) -> dict[str, list[str]]:
        """Map topic slug -> the taxonomy terms that matched, in taxonomy order."""
        folded = fold(text)
        tags: dict[str, list[str]] = {}
        for topic in self._topics:
            if topic.any_term.search(folded) is None:
                continue
            matched = [
                term
                for term, pattern in zip(topic.terms, topic.patterns, strict=True)
                if pattern.search(folded)
            ]
            if matched:
                tags[topic.slug] = matched
        return tags


def load_taxonomy(path: Path) -> list[TopicDefinition]:
    raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = raw.get("topics", []) if isinstance(raw, dict) else []
    return [TopicDefinition.model_validate(entry) for entry in entries]
