"""The one error the parser raises: the text could not be parsed.

A rule that raises is a bug.  The parser never returns a half-parsed article: any failure
inside a rule surfaces as :class:`ParseError`, naming the rule's error, so that tests fail
on it and the write path refuses the article with a 422 problem document (it is a
:class:`app.core.errors.ProblemError`) instead of storing part of it.
"""

from __future__ import annotations

from app.core.errors import ProblemError


class ParseError(ProblemError):
    status, title, slug = 422, "Unprocessable Content", "unparseable-text"
