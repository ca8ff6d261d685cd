"""``custody serve`` (the REST API and dashboard) and ``custody export``.

Only click and custody's light modules are imported here: FastAPI, uvicorn and
pyarrow are imported inside the commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from custody.cli import Context, _date_bound, pass_ctx
from custody.errors import CustodyError
from custody.record import EVENT_TYPES, STATUSES

if TYPE_CHECKING:
    from custody.happenings import HappeningFilters


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="uvicorn's log level.",
)
@pass_ctx
def serve(obj: Context, host: str, port: int, log_level: str) -> None:
    """Serve the REST API (/api, OpenAPI docs at /docs) and the dashboard (/).

    Reads are open unless `protect_reads` is set; writes (POST /api/documents)
    need the bearer token of the `token` setting or CUSTODY_TOKEN, and without
    one the server is read-only.
    """
    import uvicorn

    from custody.serve.app import create_app

    try:
        app = create_app(obj.settings)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None
    mode = "read-write (token set)" if obj.settings.token else "read-only (no token set)"
    click.echo(f"custody serve: {app.state.store.url}, {mode}, http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, workers=1)


@click.command()
@click.option(
    "--what",
    type=click.Choice(["records", "happenings", "documents"]),
    default="records",
    show_default=True,
    help="What to export.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "plover"]),
    default="jsonl",
    show_default=True,
    help="Output format (docs/exports.md).",
)
@click.option("-o", "--output", required=True, metavar="FILE", help="File to write (- for stdout).")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte-order mark (spreadsheets).")
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="Record type.")
@click.option("--status", type=click.Choice(STATUSES), help="Record status.")
@click.option("--holder", metavar="ACTOR", help="Holder, e.g. Hamas (any case).")
@click.option("--nationality", metavar="DEMONYM", help="People's nationality, e.g. Thai.")
@click.option("--since", metavar="DATE", callback=_date_bound, help="Date on or after.")
@click.option("--until", metavar="DATE", callback=_date_bound, help="Date on or before.")
@click.option("--source", metavar="OUTLET", help="Document source (records, documents).")
@click.option("--document", metavar="ID", help="One document, by id (records, documents).")
@click.option(
    "--min-support", type=click.IntRange(0), default=0, help="Happenings: at least N outlets."
)
@pass_ctx
def export(
    obj: Context, /, what: str, fmt: str, output: str, bom: bool, min_support: int,
    **given: str | None,
) -> None:  # fmt: skip
    """Export records, happenings or documents as CSV, JSON Lines, Parquet or PLOVER.

    Takes the filters of `custody events`. The file is written whole or not at
    all (a temporary file renamed when complete). Prints how many rows it wrote.
    """
    from custody.exports.write import export as run_export
    from custody.store import Filters, open_store

    given["type"] = given.pop("type_", None)
    filters = Filters(**given)
    try:
        with open_store(obj.settings.db) as store:
            count = run_export(
                store, what, fmt, output, filters, _happening_filters(given, min_support), bom
            )
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None
    unit = {"records": "records", "documents": "documents", "happenings": "happenings"}[what]
    if fmt == "jsonl" and what == "records":
        unit = "documents (with their records)"
    click.echo(f"{count} {unit} written to {output}", err=True)


def _happening_filters(given: dict[str, str | None], min_support: int) -> HappeningFilters:
    from custody.happenings import HappeningFilters

    keys = ("type", "status", "holder", "nationality", "since", "until")
    return HappeningFilters(**{k: given.get(k) for k in keys}, min_support=min_support)


COMMANDS = [serve, export]
