"""Input types that accept exactly what the OpenAPI document says they accept.

Pydantic's lax mode takes ``+5``, `` 5`` or ``5.0`` as the integer 5, where the document
says ``type: integer``: ``DIGITS_ONLY`` lets only ASCII digits, with an optional leading
minus, through to the integer parse. It also takes ``0`` or ``"0"`` as a date (the Unix
epoch), where the document says ``format: date``: ``IsoDate`` takes only ``YYYY-MM-DD``
strings (or a ``date`` from Python callers). ``NON_BLANK_PATTERN`` documents "some
character that is neither whitespace, by Python's ``str.isspace``, nor NUL", spelled out
so that every regex engine (Python, ECMA, Rust) reads it the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator

_INTEGER = re.compile(r"-?[0-9]+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHITESPACE = (
    "\\t-\\r\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
)
NON_BLANK_PATTERN = f"^[^\\u0000]*[^\\u0000{_WHITESPACE}][^\\u0000]*$"


def _iso_date_only(value: object) -> object:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("must be a date written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


def _digits_only(value: object) -> object:
    if isinstance(value, str) and not _INTEGER.fullmatch(value):
        raise ValueError("must be an integer written in ASCII digits")
    return value


# Put it after the Query(...) or Path(...) in an Annotated parameter: FastAPI keeps the
# constraints of the first in the OpenAPI document and pydantic runs the validator.
DIGITS_ONLY = BeforeValidator(_digits_only)
