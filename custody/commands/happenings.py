"""Commands of the corpus layer: happenings, resolve, ledger, person, people, eval-ledger.

Each parses, calls one function of :mod:`custody.happenings`, and formats.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from custody.cli import Context, pass_ctx
from custody.errors import CustodyError
from custody.record import EVENT_TYPES, STATUSES

if TYPE_CHECKING:
    from custody.store import Store


def _store(obj: Context) -> Store:
    from custody.store import open_store

    try:
        return open_store(obj.settings.db)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None


def _echo(lines: Iterable[str]) -> None:
    try:
        for line in lines:
            click.echo(line)
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _warn_unresolved(store: Store) -> None:
    from custody.happenings.repo import is_resolved

    if not is_resolved(store):
        click.echo("note: no happenings stored yet: run `custody resolve`", err=True)


@click.command()
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES), help="Happening type.")
@click.option("--status", type=click.Choice(STATUSES), help="Happening status.")
@click.option("--holder", metavar="ACTOR", help="Holder, e.g. Hamas (any case).")
@click.option("--nationality", metavar="DEMONYM", help="People's nationality, e.g. Thai.")
@click.option("--since", metavar="DATE", callback=_date, help="Date (or window) on or after.")
@click.option("--until", metavar="DATE", callback=_date, help="Date (or window) on or before.")
@click.option("--deal", metavar="NAME_OR_ID", help="Deal name (part of it) or happening id.")
@click.option(
    "--min-support",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Only happenings reported by at least N distinct outlets.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
)
@pass_ctx
def happenings(
    obj: Context,
    /,
    type_: str | None,
    status: str | None,
    holder: str | None,
    nationality: str | None,
    since: str | None,
    until: str | None,
    deal: str | None,
    min_support: int,
    fmt: str,
) -> None:
    """List happenings: one real event with every record, from every document, reporting it.

    Each shows its consensus values, support (records/documents/distinct
    outlets, wire copies counted once) and the rule that chose its figure.
    jsonl prints one happening a line (docs/happenings.md).
    """
    from custody.happenings import HappeningFilters, list_happenings
    from custody.happenings.views import happening_csv, happening_jsonl, happening_table

    filters = HappeningFilters(type_, status, holder, nationality, since, until, deal, min_support)
    with _store(obj) as store:
        _warn_unresolved(store)
        try:
            found = list_happenings(store, filters)
        except CustodyError as exc:
            raise click.ClickException(str(exc)) from None
        view = {"table": happening_table, "csv": happening_csv, "jsonl": happening_jsonl}[fmt]
        _echo(view(found))


@click.command()
@pass_ctx
def resolve(obj: Context) -> None:
    """Rebuild every happening from the stored records (ingest keeps them up to date)."""
    from custody.happenings import resolve as run

    with _store(obj) as store:
        try:
            n = run(store)
        except CustodyError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"{n} happenings")


@click.command()
@click.argument("deal", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print each ledger as one JSON object.")
@pass_ctx
def ledger(obj: Context, deal: str | None, as_json: bool) -> None:
    """Show deal ledgers: terms, deliveries day by day, running totals, what is owed.

    DEAL is a deal's happening id or part of its name; without it, every deal.
    """
    from custody.happenings import HappeningFilters, list_happenings
    from custody.happenings import ledger as build
    from custody.happenings.ledgers import deal_series
    from custody.happenings.views import ledger_lines

    with _store(obj) as store:
        _warn_unresolved(store)
        wanted = {d.id for d in list_happenings(store, HappeningFilters(type="deal", deal=deal))}
        if deal and not wanted:
            raise click.ClickException(
                f"no deal matches {deal!r} (see `custody happenings --type deal`)"
            )
        firsts = [g[0].id for g in deal_series(store) if wanted & {d.id for d in g}]
        for i, first in enumerate(firsts):
            led = build(store, first)
            if led is None:
                continue
            if as_json:
                click.echo(json.dumps(led.to_dict(), ensure_ascii=False))
            else:
                if i:
                    click.echo("")
                _echo(ledger_lines(led))


@click.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@pass_ctx
def person(obj: Context, name: str, as_json: bool) -> None:
    """Show every record naming one person, in order (spelling variants joined)."""
    from custody.happenings import person_timeline
    from custody.happenings.views import person_lines

    with _store(obj) as store:
        try:
            found = person_timeline(store, name)
        except CustodyError as exc:
            raise click.ClickException(str(exc)) from None
    if not found:
        raise click.ClickException(f"no stored record names {name!r} (see `custody people`)")
    if as_json:
        _echo(json.dumps(e.to_dict(), ensure_ascii=False) for e in found)
    else:
        _echo(person_lines(found))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@pass_ctx
def people(obj: Context, as_json: bool) -> None:
    """List the persons named in the stored records, with their last known status."""
    from custody.happenings import list_people
    from custody.happenings.views import people_lines

    with _store(obj) as store:
        found = list_people(store)
    if as_json:
        _echo(json.dumps(p.to_dict(), ensure_ascii=False) for p in found)
    else:
        _echo(people_lines(found))


@click.command(name="eval-ledger")
@click.argument("ledger_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_ctx
def eval_ledger(obj: Context, ledger_file: Path, as_json: bool) -> None:
    """Score the stored happenings against LEDGER_FILE, a ledger of what really happened."""
    from custody.happenings.evaluate_ledger import evaluate_ledger

    with _store(obj) as store:
        _warn_unresolved(store)
        try:
            report = evaluate_ledger(store, ledger_file)
        except CustodyError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_text())
    sys.stdout.flush()


COMMANDS = [happenings, resolve, ledger, person, people, eval_ledger]
