"""The ``custody`` command: each command parses, calls one library function, formats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from custody.errors import CustodyError
from custody.settings import Settings, load_settings


class Context:
    """What every command gets: the settings, with ``--db`` applied."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    default=None,
    help="SQLite file or database URL (default: custody.db, or $CUSTODY_DB).",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default=None,
    help="Settings file (default: ./custody.toml, or $CUSTODY_CONFIG).",
)
@click.version_option(package_name="custody")
@click.pass_context
def main(ctx: click.Context, db: str | None, config: str | None) -> None:
    """custody: verifiable records of people released, detained or held in
    armed conflicts, extracted from news reports."""
    try:
        ctx.obj = Context(load_settings(config, db=db))
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@click.option("--explain", is_flag=True, help="Show evidence and the rule behind each field.")
@pass_ctx
def extract(obj: Context, paths: tuple[str, ...], fmt: str, explain: bool) -> None:
    """Extract custody event records from documents, without a store.

    PATHS are files, folders, globs or - for standard input. Prints one JSON
    line per document in the record format (docs/event-record.md).
    """
    from custody.extract import extract as run_extract
    from custody.ingest import read_paths
    from custody.output import explain_lines, table_lines
    from custody.record import document_line

    failed = 0
    for item in read_paths(list(paths), obj.settings):
        if isinstance(item, CustodyError):
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        events = run_extract(item)
        if explain:
            for line in explain_lines(item, events):
                click.echo(line)
        elif fmt == "table":
            for line in table_lines(item, events):
                click.echo(line)
        else:
            click.echo(json.dumps(document_line(item, events), ensure_ascii=False))
    if failed:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Predictions to score (record-format JSON Lines). Default: run the extractor.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_(gold: Path, pred: Path | None, as_json: bool) -> None:
    """Score extraction against annotated GOLD records (docs/event-record.md)."""
    from custody.evaluate import evaluate_files

    try:
        report = evaluate_files(gold, pred)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format_text())
