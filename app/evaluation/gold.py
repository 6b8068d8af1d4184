"""Gold files: one JSON object per line, one line per annotated article.

The format is documented in the README ("Gold format"). Each line is validated on load;
an error names the file and line. An article's text comes from ``text`` inline, from
``path`` (absolute, or relative to the gold file), or from ``article`` under the corpus
directory, and is checked against ``sha256`` when one is given.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Split = Literal["dev", "blind"]
Genre = Literal["translation", "web"]


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and line."""


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldSpeaker(_Strict):
    name: str = Field(min_length=1, description="Fullest name as written in the article.")
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["expert", "official"] | None = None
    role: str | None = None
    organization: str | None = None


class GoldStatement(_Strict):
    speaker: str = Field(description="Equals one speakers[].name.")
    kind: Literal["quote", "paraphrase"]
    anchor: str = Field(min_length=1, description="Verbatim words inside text[start:end].")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class GoldArticle(_Strict):
    article: str | None = Field(default=None, description="File name under the corpus dir.")
    path: str | None = Field(default=None, description="Absolute or gold-file-relative path.")
    text: str | None = Field(default=None, description="The article text, inline.")
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    split: Split = "dev"
    genre: Genre | None = None
    speakers: list[GoldSpeaker]
    statements: list[GoldStatement]

    @model_validator(mode="after")
    def _consistent(self) -> GoldArticle:
        if self.text is None and self.path is None and self.article is None:
            raise ValueError("needs one of 'text', 'path' or 'article'")
        names = [s.name for s in self.speakers]
        if len(set(names)) != len(names):
            raise ValueError("speakers[].name must be unique")
        for index, statement in enumerate(self.statements):
            if statement.speaker not in names:
                raise ValueError(
                    f"statements[{index}].speaker {statement.speaker!r} is not a speakers[].name"
                )
            if statement.end <= statement.start:
                raise ValueError(f"statements[{index}]: end must be greater than start")
        return self

    @property
    def label(self) -> str:
        return self.article or self.path or "(inline text)"


@dataclass(frozen=True)
class GoldEntry:
    """One gold line with where it came from."""

    gold: GoldArticle
    file: Path
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def read_gold(path: Path) -> list[GoldEntry]:
    """Every article of one gold file, validated (text offsets are checked later, with the
    text)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    entries: list[GoldEntry] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold = GoldArticle.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            message = f"{where}: {first['msg']}" if where else first["msg"]
            raise GoldError(f"{path}:{number}: {message}") from None
        entries.append(GoldEntry(gold, path, number))
    return entries


class CorpusMissing(Exception):
    """The article lives in a corpus directory that does not exist here."""


def resolve_text(entry: GoldEntry, corpus: Path) -> str:
    """The article's text, checked against the gold's sha256 and offsets.

    Raises :class:`CorpusMissing` when the text is to come from an absent corpus
    directory, and :class:`GoldError` for anything else that is wrong.
    """
    gold = entry.gold
    if gold.text is not None:
        text = gold.text
    else:
        if gold.path is not None:
            source = Path(gold.path)
            if not source.is_absolute():
                source = entry.file.parent / source
        else:
            assert gold.article is not None
            if not corpus.is_dir():
                raise CorpusMissing(str(corpus))
            source = corpus / gold.article
        try:
            text = source.read_bytes().decode("utf-8")
        except OSError as exc:
            raise GoldError(f"{entry.where}: {source}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise GoldError(f"{entry.where}: {source}: not UTF-8 text") from None
    if gold.sha256 is not None:
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if actual != gold.sha256:
            raise GoldError(
                f"{entry.where}: the text of {gold.label} has sha256 {actual[:12]}…, "
                f"not {gold.sha256[:12]}… as the gold says"
            )
    for index, statement in enumerate(gold.statements):
        if statement.end > len(text):
            raise GoldError(
                f"{entry.where}: statements[{index}] ends at {statement.end}, "
                f"beyond the text ({len(text)} characters)"
            )
        if statement.anchor not in text[statement.start : statement.end]:
            raise GoldError(
                f"{entry.where}: statements[{index}].anchor is not inside text[start:end]"
            )
    return text
