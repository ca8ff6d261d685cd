"""The ``custody`` command: each command parses, calls one library function, formats."""

from __future__ import annotations

import codecs
import importlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from custody import compiled
from custody.errors import CustodyError
from custody.settings import Settings, load_settings

if TYPE_CHECKING:
    from custody.record import Document, Event
    from custody.store import Filters, Store

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


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
@click.version_option(
    package_name="custody",
    message="%(prog)s, version %(version)s; " + compiled.describe().replace("%", "%%"),
)
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
    from custody.ingest import Skipped, read_paths
    from custody.output import explain_lines, table_lines
    from custody.record import document_line

    # JSON Lines go to sys.stdout as buffered writes, flushed at the end (and
    # before each error), not through click.echo, which flushes and scans for
    # ANSI codes on every call (JSON escapes them anyway). A stream that does
    # not take UTF-8 is left to click.echo, which knows how to cope.
    out = _Lines(sys.stdout.write if _writes_utf8(sys.stdout) else _echo_no_newline)
    failed = 0
    first = True
    progress = _Progress("extracting", unless_stdout_is_terminal=True)
    try:
        for item in read_paths(list(paths), obj.settings):
            if isinstance(item, CustodyError):
                out.flush()  # errors stay in order with the output before them
                skipped = isinstance(item, Skipped)  # a web archive's record, no article
                progress.echo(f"{'skipped' if skipped else 'error'}: {item}")
                progress.tick(read=1)
                failed += not skipped
                continue
            progress.tick(read=1, kept=1)
            events = run_extract(item)
            if explain or fmt == "table":  # one click.echo per document, not per line
                lines = (
                    explain_lines(item, events)
                    if explain
                    else table_lines(item, events, header=first)
                )
                click.echo("".join(line + "\n" for line in lines), nl=False)
                first = False
            else:
                out.add(_JSON_LINE(document_line(item, events)) + "\n")
    finally:
        out.flush()
    progress.done()
    if failed:
        sys.exit(1)


# json.dumps(obj, ensure_ascii=False), with the encoder made once, not once a line.
_JSON_LINE = json.JSONEncoder(ensure_ascii=False).encode


def _writes_utf8(stream: Any) -> bool:
    try:
        return codecs.lookup(stream.encoding).name == "utf-8"
    except (AttributeError, TypeError, LookupError):
        return False


class _Lines:
    """Output lines written many at a time: with ``PYTHONUNBUFFERED`` (or a stream
    that flushes each write) one write a document was one system call a document."""

    _BATCH = 64

    def __init__(self, write: Callable[[str], Any]) -> None:
        self.write = write
        self.pending: list[str] = []

    def add(self, line: str) -> None:
        self.pending.append(line)
        if len(self.pending) >= self._BATCH:
            self.write("".join(self.pending))
            self.pending.clear()

    def flush(self) -> None:
        """Write what is pending, and flush standard output."""
        if self.pending:
            self.write("".join(self.pending))
            self.pending.clear()
        _flush_stdout()


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _echo_no_newline(text: str) -> None:
    click.echo(text, nl=False)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--pred",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Predictions to score (record-format JSON Lines). Default: run the extractor.",
)
@click.option(
    "--ids",
    "only",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score only the documents whose ids this file lists (one a line).",
)
@click.option(
    "--exclude-ids",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Leave out the documents whose ids this file lists (e.g. a blind set).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="Also list each document's misses and errors.")
def eval_(
    gold: Path,
    pred: Path | None,
    only: Path | None,
    exclude_ids: Path | None,
    as_json: bool,
    verbose: bool,
) -> None:
    """Score extraction against annotated GOLD records (docs/event-record.md)."""
    from custody.evaluate import evaluate_files, read_ids

    try:
        report = evaluate_files(
            gold,
            pred,
            only=read_ids(only) if only else None,
            exclude=read_ids(exclude_ids) if exclude_ids else frozenset(),
        )
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format_text(verbose=verbose))


# ---------------------------------------------------------------- the store


def _open_store(obj: Context) -> Store:
    from custody.store import open_store

    try:
        return open_store(obj.settings.db)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


class _Progress:
    """Records read and documents kept, redrawn on one line of standard error
    (only when it is a terminal, and, if asked, only when standard output is not
    the same terminal) at most ten times a second."""

    def __init__(self, label: str, unless_stdout_is_terminal: bool = False) -> None:
        self.label = label
        self.shown = _stderr_is_terminal() and not (
            unless_stdout_is_terminal and sys.stdout is not None and sys.stdout.isatty()
        )
        self.read = self.kept = 0
        self._drawn = 0.0

    def tick(self, read: int = 0, kept: int = 0) -> None:
        self.read += read
        self.kept += kept
        if self.shown and time.monotonic() - self._drawn >= 0.1:
            self._draw()

    def _draw(self, end: str = "") -> None:
        self._drawn = time.monotonic()
        line = f"\r{self.label}: {self.read} records read, {self.kept} documents kept"
        click.echo(line + end, file=sys.stderr, nl=False)

    def echo(self, message: str) -> None:
        """A message on standard error, on its own line under the progress line."""
        if self.shown:
            click.echo("\r\x1b[K", file=sys.stderr, nl=False)
        click.echo(message, err=True)
        if self.shown:
            self._draw()

    def done(self) -> None:
        if self.shown:
            self._draw("\n")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Documents written in one transaction at most.",
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Print each document's outcome once it is committed."
)
@pass_ctx
def ingest(obj: Context, paths: tuple[str, ...], batch: int, verbose: bool) -> None:
    """Read documents, extract their records and save both in the store.

    PATHS are files, folders, globs or - for standard input. A document
    already stored with the same text, metadata and extractor version is left
    unchanged; otherwise its records are replaced. Documents are written many
    to a transaction (--batch), each whole or not at all, and counted only once
    committed. Failures are reported as `error: FILE:LINE: REASON` and the
    batch goes on; the exit status is 1 when anything failed.
    """
    from custody.ingest import Skipped, read_paths
    from custody.store_write import Outcome

    # custody/__init__.py re-exports the function `extract`: get the module itself.
    extraction = importlib.import_module("custody.extract")

    version = str(getattr(extraction, "EXTRACTOR_VERSION", "unversioned"))
    tally = dict.fromkeys(("ingested", "updated", "unchanged", "failed", "skipped"), 0)
    progress = _Progress("ingesting")
    changed: list[str] = []  # documents written: their happenings are updated at the end
    with _open_store(obj) as store:
        items = read_paths(list(paths), obj.settings)
        for item in store.ingest_all(items, extraction.extract, version, batch):
            if isinstance(item, Outcome):
                progress.tick(read=1, kept=item.outcome != "failed")
                tally[item.outcome] += 1
                if item.outcome in ("ingested", "updated"):
                    changed.append(item.document.id)
                if item.reason:
                    progress.echo(f"error: {item.document.path or item.document.id}: {item.reason}")
                if verbose:
                    click.echo(f"{item.outcome} {item.document.id}")
                continue
            progress.tick(read=1)
            kind = "skipped" if isinstance(item, Skipped) else "failed"
            progress.echo(f"{'skipped' if kind == 'skipped' else 'error'}: {item}")
            tally[kind] += 1
        tally["failed"] += _update_happenings(store, changed, progress.echo)
    progress.done()
    shown = {k: n for k, n in tally.items() if k != "skipped" or n}
    click.echo(", ".join(f"{n} {what}" for what, n in shown.items()))
    if tally["failed"]:
        sys.exit(1)


def _update_happenings(store: Store, changed: list[str], echo: Callable[[str], None]) -> int:
    """Update the happenings the written documents touch; 1 when that failed, else 0."""
    from custody.happenings import update

    try:
        update(store, changed)
    except CustodyError as exc:
        echo(f"error: happenings not updated: {exc} (run `custody resolve`)")
        return 1
    return 0


def _date_bound(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _filter_options(command: F) -> F:
    from custody.record import EVENT_TYPES, STATUSES

    options = [
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="Record type."),
        click.option("--status", type=click.Choice(STATUSES), help="Record status."),
        click.option("--holder", metavar="ACTOR", help="Holder, e.g. Hamas (any case)."),
        click.option("--nationality", metavar="DEMONYM", help="People's nationality, e.g. Thai."),
        click.option(
            "--since", metavar="DATE", callback=_date_bound, help="Record date on or after."
        ),
        click.option(
            "--until", metavar="DATE", callback=_date_bound, help="Record date on or before."
        ),
        click.option("--source", metavar="OUTLET", help="Document source (any case)."),
        click.option("--document", metavar="ID", help="One document, by id."),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["table", "csv", "jsonl"]),
            default="table",
            show_default=True,
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(**given: str | None) -> Filters:
    from custody.store import Filters

    given["type"] = given.pop("type_", None)
    return Filters(**given)


def _echo_all(lines: Iterable[str]) -> None:
    try:
        for line in lines:
            click.echo(line)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@_filter_options
@pass_ctx
def documents(obj: Context, /, fmt: str, **filters: str | None) -> None:
    """List stored documents.

    Record filters (--type, --status, --holder, --nationality, --since,
    --until) keep the documents that have at least one matching record.
    jsonl prints each document's metadata as one JSON object a line.
    """
    from custody.output import document_csv_lines, document_table_lines

    with _open_store(obj) as store:
        found = store.documents(_filters(**filters))
        if fmt == "jsonl":
            lines: Iterable[str] = (
                json.dumps(d.document.meta_dict(), ensure_ascii=False) for d in found
            )
        elif fmt == "csv":
            lines = document_csv_lines(found)
        else:
            lines = document_table_lines(found)
        _echo_all(lines)


def _event_lines(found: Iterable[tuple[Document, list[Event]]], fmt: str) -> Iterator[str]:
    from custody.output import event_csv_lines, table_lines
    from custody.record import document_line

    for n, (doc, events) in enumerate(found):
        if fmt == "jsonl":
            yield json.dumps(document_line(doc, events), ensure_ascii=False)
        elif fmt == "csv":
            yield from event_csv_lines(doc, events, header=n == 0)
        else:
            yield from table_lines(doc, events, header=n == 0)


@main.command()
@_filter_options
@pass_ctx
def events(obj: Context, /, fmt: str, **filters: str | None) -> None:
    """List stored records, grouped by document.

    jsonl prints exactly the record format (docs/event-record.md): one line
    per document with its matching records. Without record filters every
    document is listed, even one without records.
    """
    with _open_store(obj) as store:
        _echo_all(_event_lines(store.events(_filters(**filters)), fmt))


def _register_areas() -> None:
    from custody.commands import register

    register(main)


_register_areas()
