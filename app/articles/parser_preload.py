"""Imported once by the parse workers' fork server (see ``parsing.PARSER_MODULES``): it
loads the parser and the web-page reader and runs one small parse, so that the parser's
lazily built rules and word lists exist before any worker forks, and every worker starts
with them (copy-on-write) instead of building them on a client's first request."""

from app.articles.parsing import warm_up_parser
from app.ingest import web_pages  # noqa: F401  (loaded for the workers, not used here)

warm_up_parser()
