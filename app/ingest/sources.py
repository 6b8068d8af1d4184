"""Reading article files: optional YAML front matter, or a ``.meta.yaml`` sidecar.

The seed is kept byte-for-byte as received, so its metadata lives beside it in
``NAME.meta.yaml``; files written for ingestion may carry the same keys in a front-matter
block between ``---`` lines instead. Both reach the loader as one ``ArticleInput``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from app.ingest.schemas import ArticleInput

SIDECAR_SUFFIX = ".meta.yaml"
TEXT_SUFFIXES = (".txt",)
# Web pages: their main text is extracted (app/ingest/web_pages.py) and stored.
HTML_SUFFIXES = (".html", ".htm")


class SourceError(ValueError):
    """A file that cannot be read as an article; the message names the reason."""


def _where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    where = f" at line {mark.line + 1}" if mark is not None else ""
    return f"{where}: {problem}" if problem else where


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """Return (front-matter mapping, body). Without a front-matter block the body is ``raw``."""
    stripped = raw.removeprefix("\ufeff")
    first_line, _, rest = stripped.partition("\n")
    if first_line.rstrip("\r") != "---":
        return {}, raw
    lines = rest.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip("\r") == "---":
            header = "\n".join(lines[:index])
            body = "\n".join(lines[index + 1 :])
            try:
                data = yaml.safe_load(header) or {}
            except yaml.YAMLError as exc:
                raise SourceError(f"front matter is not valid YAML{_where(exc)}") from None
            if not isinstance(data, dict):
                raise SourceError("front matter must be a mapping of keys to values")
            return data, body
    raise SourceError("front matter opened with '---' but never closed")


def _stem(path: Path) -> str:
    """The name without its article suffix: ``a.txt`` and ``a.html`` share ``a.meta.yaml``."""
    for suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        if path.name.lower().endswith(suffix):
            return path.name[: -len(suffix)]
    return path.name


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(_stem(path) + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SourceError(f"{sidecar.name} is not valid YAML{_where(exc)}") from None
    if not isinstance(data, dict):
        raise SourceError(f"{sidecar.name} must be a mapping of keys to values")
    return data


def read_source_file(
    path: Path,
    *,
    default_published_on: dt.date | None = None,
    default_source: str | None = None,
) -> ArticleInput:
    """The article text exactly as given, with its metadata. From a web page (``.html``),
    the text extracted from it, and the metadata it holds where the file's give none."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return _read_web_page(path, default_published_on, default_source)
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError("not UTF-8 text") from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    front, text = split_front_matter(raw)
    values = {**_sidecar(path), **front}
    values.setdefault("published_on", default_published_on)
    if values.get("source") is None and default_source is not None:
        values["source"] = default_source
    if values.get("published_on") is None:
        raise SourceError("no published_on (front matter, sidecar or --published-on)")
    try:
        return ArticleInput.model_validate({**values, "text": text})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SourceError(f"{where}: {first['msg']}") from None


def _read_web_page(
    path: Path, default_published_on: dt.date | None, default_source: str | None
) -> ArticleInput:
    from app.ingest.web_pages import WebPageError, web_page_article

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    front: dict[str, Any] = {}
    page: str | bytes = raw
    if raw.removeprefix(b"\xef\xbb\xbf").startswith(b"---"):
        try:
            front, page = split_front_matter(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise SourceError("front matter in a file that is not UTF-8 text") from None
    try:
        return web_page_article(
            page,
            {**_sidecar(path), **front},
            default_published_on=default_published_on,
            default_source=default_source,
            date_hint="give published_on (front matter, sidecar or --published-on)",
        )
    except WebPageError as exc:
        raise SourceError(str(exc)) from None


def find_source_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and folders searched recursively for ``*.txt`` and ``*.html``
    (``*.htm``), in a stable order."""
    found: list[Path] = []
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file()))
        else:
            found.append(path)
    return found
