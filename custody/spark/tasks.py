"""What each task of the Spark job runs, on an executor: read, extract, write.

A task reads its inputs with the readers of ``custody ingest``
(:func:`process_inputs`), extracts each document with
:func:`custody.extract.extract`, and writes its own part files with pyarrow,
through a file system that takes URLs (:func:`custody.spark.inputs.arrow_filesystem`):

- ``STAGING/documents/part-NNNNN.parquet`` (``DOCUMENT_SCHEMA``),
- ``STAGING/records/part-NNNNN.parquet`` (``RECORD_SCHEMA``),
- ``STAGING/problems/part-NNNNN.txt`` (one line a record skipped or failed),

NNNNN being the task's partition number. Each file is written under a name of
its own in ``STAGING/_temporary/`` and moved to its part name when complete, so
a part file is whole or absent, and a task run again (a retry, a speculative
copy) replaces its files with the same content. A task returns its counters to
the driver; nothing goes through the JVM row by row.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from custody.record import Document
from custody.settings import Settings
from custody.spark.inputs import arrow_filesystem, read_input

DOC, SKIPPED, FAILED, LOADS = "doc", "skipped", "failed", "lexicon_loads"
CPU, WALL = "worker_cpu_ms", "task_ms"
KEPT, RECORDS = "kept", "records"
COUNTERS = (KEPT, RECORDS, SKIPPED, FAILED, LOADS, CPU, WALL)
ROW_GROUP = {"documents": 1_000, "records": 5_000}  # rows a Parquet row group
Item = tuple[str, Any, Any]
"""What :func:`process_inputs` yields: (DOC, document row, record rows), (SKIPPED |
FAILED, message, None) or (LOADS, how many times this task loaded the lexicons,
None)."""


def _document_item(doc: Document) -> Item:
    """A document with its records, as rows of the export schema."""
    from custody.exports.parquet import document_row, record_row
    from custody.extract import extract

    try:
        events = extract(doc)
        rows = [record_row(doc.id, i, ev) for i, ev in enumerate(events)]
    except Exception as exc:  # the extractor failed on this document: count it, go on
        where = doc.path or doc.id
        return (FAILED, f"error: {where}: extraction failed: {type(exc).__name__}: {exc}", None)
    return (DOC, document_row(doc), rows)


def process_inputs(names: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Read and extract every input of one task; the LOADS item comes last."""
    from custody.extract.lexicon import load_lexicon
    from custody.ingest import Skipped

    loads = load_lexicon.cache_info().misses
    load_lexicon()  # once per Python worker: Spark reuses workers from task to task
    for name in names:
        for item in read_input(name, settings):
            if isinstance(item, Document):
                yield _document_item(item)
            elif isinstance(item, Skipped):
                yield (SKIPPED, f"skipped: {item}", None)
            else:
                yield (FAILED, f"error: {item}", None)
    yield (LOADS, load_lexicon.cache_info().misses - loads, None)


class PartFile:
    """One part file of a dataset, written under a temporary name, then moved."""

    def __init__(self, fs: Any, staging: str, part: str, name: str, schema: Any = None) -> None:
        self.fs, self.schema = fs, schema
        self.final = f"{staging}/{part}/{name}"
        self.temporary = f"{staging}/_temporary/{part}-{uuid.uuid4().hex}-{name}"
        self.rows: list[Any] = []
        self.limit = ROW_GROUP.get(part, 1_000)
        for folder in (f"{staging}/_temporary", f"{staging}/{part}"):
            fs.create_dir(folder, recursive=True)  # the driver made them; a no-op then
        self._stream = fs.open_output_stream(self.temporary)
        self._writer: Any = None
        if schema is not None:
            import pyarrow.parquet as pq

            self._writer = pq.ParquetWriter(self._stream, schema)

    def add(self, rows: Iterable[Any]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self._writer is not None:
            import pyarrow as pa

            if self.rows:
                self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        elif self.rows:
            self._stream.write("".join(f"{line}\n" for line in self.rows).encode("utf-8"))
        self.rows = []

    def commit(self) -> None:
        """Write what is left, close, and move to the part's name (replacing it)."""
        self.flush()
        if self._writer is not None:
            self._writer.close()
        self._stream.close()
        _replace(self.fs, self.temporary, self.final)

    def abort(self) -> None:
        """Close and remove the temporary file (the part's name is left as it was)."""
        for closing in (self._writer, self._stream):
            try:
                if closing is not None:
                    closing.close()
            except Exception:  # noqa: S110 -- already failing: the file goes anyway
                pass
        _delete(self.fs, self.temporary)


def _replace(fs: Any, source: str, target: str) -> None:
    """Move ``source`` to ``target``, replacing it (HDFS refuses to rename onto a file)."""
    _delete(fs, target)
    fs.move(source, target)


def _delete(fs: Any, path: str) -> None:
    try:
        fs.delete_file(path)
    except (FileNotFoundError, OSError):
        pass


def write_parts(items: Iterable[Item], staging: str, partition: int) -> dict[str, int]:
    """Write the items of one task as its part files under ``staging``; its counters
    (CPU: the task's CPU milliseconds in this Python worker, reading, extracting
    and writing; WALL: its milliseconds by the clock)."""
    from custody.exports.parquet import DOCUMENT_SCHEMA, RECORD_SCHEMA

    started, clock = time.process_time(), time.monotonic()

    fs, root = arrow_filesystem(staging)
    name = f"part-{partition:05d}"
    counters = dict.fromkeys(COUNTERS, 0)
    parts = {
        "documents": PartFile(fs, root, "documents", f"{name}.parquet", DOCUMENT_SCHEMA),
        "records": PartFile(fs, root, "records", f"{name}.parquet", RECORD_SCHEMA),
        "problems": PartFile(fs, root, "problems", f"{name}.txt"),
    }
    try:
        for kind, first, second in items:
            if kind == DOC:
                parts["documents"].add([first])
                parts["records"].add(second)
                counters[KEPT] += 1
                counters[RECORDS] += len(second)
            elif kind == LOADS:
                counters[kind] += first
            else:
                parts["problems"].add([first])
                counters[kind] += 1
        for part in parts.values():
            part.commit()
    except BaseException:
        for part in parts.values():
            part.abort()
        raise
    counters[CPU] = round((time.process_time() - started) * 1000)
    counters[WALL] = round((time.monotonic() - clock) * 1000)
    return counters


def run_task(settings: Settings, staging: str) -> Any:
    """The function of ``mapPartitionsWithIndex``: a partition's inputs (names)
    read, extracted and written under ``staging`` (a URL or an absolute path);
    yields the task's counters."""

    def task(partition: int, inputs: Iterator[str]) -> Iterator[dict[str, int]]:
        mine = list(inputs)
        if mine:  # a partition without inputs (more partitions than inputs) writes nothing
            yield write_parts(process_inputs(mine, settings), staging, partition)

    return task
