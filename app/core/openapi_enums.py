"""Closed value sets as named, shared components of the OpenAPI document.

Pydantic writes a ``Literal`` inline wherever it is used, so a generated client gets one
enum class per use (five for quote|paraphrase) and a value read from a result does not
type-check as a filter. ``name_enums`` replaces every inline ``enum`` whose values are
those of a registered ``Literal`` with a ``$ref`` to one component of that name, which
carries readable member names in ``x-enum-varnames`` (``-said_on`` is ``SAID_ON_DESC``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, get_args

_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z]+")


@dataclass(frozen=True)
class NamedEnum:
    """A ``Literal`` of strings and what its values mean."""

    literal: Any
    description: str

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(str(value) for value in get_args(self.literal))


def varname(value: str) -> str:
    """``-said_on`` -> ``SAID_ON_DESC``: a descending sort key reads as such."""
    descending = value.startswith("-")
    name = _NOT_IDENTIFIER.sub("_", value.lstrip("-")).strip("_").upper() or "EMPTY"
    if name[0].isdigit():
        name = "V_" + name
    return name + ("_DESC" if descending else "")


def enum_component(enum: NamedEnum) -> dict[str, Any]:
    values = list(enum.values)
    names = [varname(value) for value in values]
    if len(set(names)) != len(names):  # pragma: no cover - a registry mistake
        raise ValueError(f"member names collide: {names}")
    return {
        "type": "string",
        "enum": values,
        "description": enum.description,
        "x-enum-varnames": names,
        "examples": [values[0]],
    }


def _subschemas(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        yield from (sub for sub in schema.get(key, []) if isinstance(sub, dict))
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for sub in schema.get("properties", {}).values():
        if isinstance(sub, dict):
            yield sub


def _replace(schema: dict[str, Any], by_values: Mapping[frozenset[str], str]) -> None:
    # Pydantic writes a one-value Literal as ``const``: the same closed set, of one.
    enum = schema.get("enum", [schema["const"]] if "const" in schema else None)
    if isinstance(enum, list) and schema.get("type") == "string":
        name = by_values.get(frozenset(enum))
        if name is not None:
            # Keep what describes this use (description, examples, default); drop the copy.
            kept = {k: v for k, v in schema.items() if k in ("description", "examples", "default")}
            schema.clear()
            schema.update({"$ref": f"#/components/schemas/{name}", **kept})
            return
    for sub in _subschemas(schema):
        _replace(sub, by_values)


def name_enums(document: dict[str, Any], enums: Mapping[str, NamedEnum]) -> None:
    """Add one component per named enum and point every matching inline copy at it."""
    by_values: dict[frozenset[str], str] = {}
    for name, enum in enums.items():
        values = frozenset(enum.values)
        if values in by_values:  # pragma: no cover - a registry mistake
            raise ValueError(f"{name} and {by_values[values]} have the same values")
        by_values[values] = name
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for schema in schemas.values():
        _replace(schema, by_values)
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if "schema" in parameter:
                    _replace(parameter["schema"], by_values)
            bodies = (operation.get("requestBody"), *operation.get("responses", {}).values())
            for container in bodies:
                for media in (container or {}).get("content", {}).values():
                    if "schema" in media:
                        _replace(media["schema"], by_values)
    for name, enum in enums.items():
        schemas[name] = enum_component(enum)
    document["components"]["schemas"] = dict(sorted(schemas.items()))
