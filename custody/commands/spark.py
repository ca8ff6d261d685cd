"""``custody spark``: extraction on Apache Spark (custody.spark), Parquet out."""

from __future__ import annotations

import json

import click

from custody.cli import Context, pass_ctx
from custody.errors import CustodyError


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--output",
    "-o",
    required=True,
    metavar="DIR",
    help="Folder or URL for documents/, records/ (Parquet), problems/ and counters.json.",
)
@click.option(
    "--master",
    default="local[*]",
    show_default=True,
    help="Spark master: local[N], spark://HOST:PORT, yarn, k8s://...",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="Spark tasks the inputs are spread over (default: one an input).",
)
@click.option("--overwrite", is_flag=True, help="Replace the results of an earlier run in DIR.")
@pass_ctx
def spark(
    obj: Context,
    inputs: tuple[str, ...],
    output: str,
    master: str,
    partitions: int | None,
    overwrite: bool,
) -> None:
    """Extract records from web archives and JSON Lines on Apache Spark.

    INPUTS are WARC/ARC files, JSON Lines files, folders, globs or text files
    listing them (local paths or URLs the cluster can read). Writes Parquet
    datasets OUTPUT/documents/ and OUTPUT/records/ (the export schema),
    OUTPUT/problems/ and OUTPUT/counters.json, and prints the counters.
    """
    from custody.spark.job import check_output, run, session

    try:
        check_output(output, overwrite)
        spark_session = session(master)
        try:
            result = run(spark_session, list(inputs), output, partitions, obj.settings, overwrite)
        finally:
            spark_session.stop()
    except CustodyError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(result.to_dict()))


COMMANDS = [spark]
