"""The export operations of a list: ``GET {list}.csv`` and ``GET {list}.ndjson``, each
declaring its own media type only, with the list's filters and sort."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import Response

from app.core.errors import problem_responses
from app.core.negotiation import EXPORTS, MEDIA_TYPES, ExportMedia


class CsvExport(Response):
    """What the OpenAPI document says a CSV export is (the route streams it)."""

    media_type = MEDIA_TYPES["csv"]


class NdjsonExport(Response):
    """What the OpenAPI document says an NDJSON export is (the route streams it)."""

    media_type = MEDIA_TYPES["ndjson"]


RESPONSE_CLASSES: dict[ExportMedia, type[Response]] = {"csv": CsvExport, "ndjson": NdjsonExport}
_BODIES: dict[ExportMedia, str] = {
    "csv": "CSV (RFC 4180, CRLF line ends): a header row, then one row per {item}, nested "
    "objects flattened into `parent_field` columns. A text cell that a spreadsheet would "
    "run as a formula (it starts with `=`, `+`, `-`, `@`, a tab, CR, LF or NUL) starts with "
    "an apostrophe.",
    "ndjson": "NDJSON: one JSON object per line, each the {item} exactly as the list's "
    "`items` holds it.",
}


def add_export_routes(
    router: APIRouter,
    resource: str,
    item: str,
    endpoint: Callable[[ExportMedia], Callable[..., Response]],
) -> None:
    """Add ``GET {prefix}.csv`` and ``GET {prefix}.ndjson`` to ``router``; ``endpoint``
    makes the route function of a format."""
    for export in EXPORTS:
        body = _BODIES[export].format(item=item)
        router.add_api_route(
            f".{export}",
            endpoint(export),
            methods=["GET"],
            summary=f"Export {resource} as {export.upper()}",
            description=(
                f"Every {item} matching the filters, in the list's order, streamed as one "
                f"download however many there are. {body} With `cursor` (a `next_cursor` "
                "of the list with the same filters and sort), the rows after that page."
            ),
            operation_id=f"{resource}-export-{export}",
            response_class=RESPONSE_CLASSES[export],
            responses={
                200: {"description": f"Every matching {item}, as an attachment. {body}"},
                **problem_responses(422),
            },
        )
