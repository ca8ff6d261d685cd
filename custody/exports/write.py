"""``custody export``: pick the rows and the format, write the file whole or not at all."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from custody.exports import ExportError

if TYPE_CHECKING:
    from custody.happenings import Happening, HappeningFilters
    from custody.store import Filters, Store

WHATS = ("records", "happenings", "documents")
FORMATS = ("csv", "jsonl", "parquet", "plover")
_OFFERED = {
    "records": FORMATS,
    "documents": ("csv", "jsonl", "parquet"),
    "happenings": ("csv", "jsonl", "parquet"),
}


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path``, renamed onto it only when the block succeeds."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {str(folder)!r} does not exist")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_lines(lines: Iterable[str], out: IO[str]) -> int:
    n = 0
    for line in lines:
        out.write(line)
        out.write("\n")
        n += 1
    return n


def _lines(
    store: Store, what: str, fmt: str, filters: Filters, hf: HappeningFilters
) -> Iterator[str]:
    from custody.exports import tabular

    if what == "records" and fmt == "plover":
        from custody.exports.plover import plover_event
        from custody.exports.tabular import _json_line

        for doc, events in store.events(filters):
            for i, ev in enumerate(events):
                yield _json_line(plover_event(doc, i, ev))
    elif what == "records":
        items = store.events(filters)
        yield from (tabular.record_csv_lines if fmt == "csv" else tabular.record_jsonl_lines)(items)
    elif what == "documents":
        docs = store.documents(filters)
        yield from (tabular.document_csv_lines if fmt == "csv" else tabular.document_jsonl_lines)(
            docs
        )
    else:
        found = happenings_or_error(store, hf)
        yield from (tabular.happening_csv_lines if fmt == "csv" else tabular.happening_jsonl_lines)(
            found
        )


def happenings_or_error(store: Store, hf: HappeningFilters) -> list[Happening]:
    """The happenings, or an ExportError saying they are not available yet."""
    try:
        from custody.happenings import list_happenings

        return list(list_happenings(store, hf))
    except ImportError as exc:
        raise ExportError(f"happenings are not available in this version: {exc}") from None


def export(
    store: Store,
    what: str,
    fmt: str,
    path: str,
    filters: Filters,
    happening_filters: HappeningFilters,
    bom: bool = False,
) -> int:
    """Write the export to ``path`` (``-``: standard output); returns the rows written.

    Rows are records for ``records`` (PLOVER events, CSV rows, Parquet rows;
    JSON Lines: documents with their records), documents or happenings.
    """
    if fmt not in _OFFERED.get(what, ()):
        offered = ", ".join(_OFFERED.get(what, ()))
        raise ExportError(f"--format {fmt} is not offered for --what {what} (use {offered})")
    if fmt == "parquet":
        if path == "-":
            raise ExportError("parquet cannot be written to standard output: give -o FILE")
        return _parquet(store, what, filters, happening_filters, Path(path))
    lines = _lines(store, what, fmt, filters, happening_filters)
    if path == "-":
        if bom and fmt == "csv":
            sys.stdout.write("\ufeff")
        return _write_lines(lines, sys.stdout)
    with _atomic(Path(path)) as tmp:
        encoding = "utf-8-sig" if bom and fmt == "csv" else "utf-8"
        with tmp.open("w", encoding=encoding, newline="") as out:
            return _write_lines(lines, out)


def _parquet(store: Store, what: str, filters: Filters, hf: HappeningFilters, path: Path) -> int:
    from custody.exports.parquet import write_documents, write_happenings, write_records

    writer: Callable[[Path], int]
    if what == "records":
        writer = lambda p: write_records(store.events(filters), p)  # noqa: E731
    elif what == "happenings":
        found = happenings_or_error(store, hf)
        writer = lambda p: write_happenings(found, p)  # noqa: E731
    else:
        writer = lambda p: write_documents((d.document for d in store.documents(filters)), p)  # noqa: E731
    with _atomic(path) as tmp:
        return writer(tmp)
