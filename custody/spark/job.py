"""The extraction job on Apache Spark, in the style of Common Crawl's cc-pyspark.

The driver lists the inputs (:func:`custody.spark.inputs.expand_inputs`) and
spreads them over ``partitions`` tasks (default: one an input). Each task
reads its inputs with the readers of ``custody ingest`` and extracts each
document with :func:`custody.extract.extract` (the lexicons load once per
Python worker, which Spark reuses from task to task: the counters say how
many times they were loaded). The job writes

- ``OUTPUT/documents/``: Parquet, ``custody.exports.parquet.DOCUMENT_SCHEMA``;
- ``OUTPUT/records/``: Parquet, ``RECORD_SCHEMA`` (a record's document id and
  its index in that document, then the record of docs/event-record.md);
- ``OUTPUT/problems/``: text, one line a record skipped or failed, as
  ``custody ingest`` prints it;
- ``OUTPUT/counters.json``: inputs, records read, documents kept, skipped
  and failed, records extracted, lexicon loads, the CPU seconds the Python
  workers spent reading and extracting, the job's seconds and those of each
  step (``step_seconds``).

The data goes through Python once: each task's worker reads and extracts its
inputs and hands the results to the JVM as Arrow batches (``mapInArrow``);
the JVM caches them as columns and writes the three datasets and counts the
counters from that cache.

The core is plain functions over iterators (:func:`process_inputs`,
:func:`arrow_batches`); Spark only distributes them.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from custody.errors import CustodyError
from custody.record import Document
from custody.settings import Settings
from custody.spark.inputs import JobError, expand_inputs, read_input

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DOC, SKIPPED, FAILED, LOADS = "doc", "skipped", "failed", "lexicon_loads"
CPU = "worker_cpu_ms"
BATCH_ROWS = 100  # items an Arrow batch from a task to the JVM
PARTS = ("documents", "records", "problems")
Item = tuple[str, Any, Any]
"""What a task yields: (DOC, document row, record rows), (SKIPPED | FAILED,
message, None), (LOADS, how many times this task loaded the lexicons, None) or
(CPU, the task's CPU milliseconds in its Python worker, None)."""


@dataclass(frozen=True)
class JobResult:
    inputs: int
    records_read: int
    documents_kept: int
    skipped: int
    failed: int
    records: int
    lexicon_loads: int
    worker_cpu_seconds: float
    seconds: float
    step_seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# ---------------------------------------------------------------- on the executors


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
    """Read and extract every input of one task (runs on an executor).

    The CPU item, last, is the CPU time from the first input to the end,
    including what the consumer did between items (making Arrow batches).
    """
    from custody.extract.lexicon import load_lexicon
    from custody.ingest import Skipped

    started = time.process_time()
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
    yield (CPU, round((time.process_time() - started) * 1000), None)


def item_schema() -> Any:
    """The Arrow schema of the tasks' output: one row an item.

    ``kind``; ``document`` (a list of one DOCUMENT_SCHEMA struct) and
    ``records`` (a list of RECORD_SCHEMA structs) for a document; ``message``
    for a skipped or failed one; ``value`` for a counter. The document is a
    list so that exploding it, as the records are, gives rows whose fields
    keep the export schema's nullability.
    """
    import pyarrow as pa

    from custody.exports.parquet import DOCUMENT_SCHEMA, RECORD_SCHEMA

    document = pa.field("element", pa.struct(list(DOCUMENT_SCHEMA)), nullable=False)
    record = pa.field("element", pa.struct(list(RECORD_SCHEMA)), nullable=False)
    return pa.schema(
        [
            pa.field("kind", pa.string(), nullable=False),
            pa.field("document", pa.list_(document)),
            pa.field("records", pa.list_(record)),
            pa.field("message", pa.string()),
            pa.field("value", pa.int64()),
        ]
    )


def arrow_batches(items: Iterable[Item], rows: int = BATCH_ROWS) -> Iterator[Any]:
    """The items as Arrow record batches of :func:`item_schema`, ``rows`` items a batch."""
    import pyarrow as pa

    schema = item_schema()
    batch: list[dict[str, Any]] = []
    for kind, first, second in items:
        if kind == DOC:
            batch.append({"kind": kind, "document": [first], "records": second})
        elif kind in (LOADS, CPU):
            batch.append({"kind": kind, "value": first})
        else:
            batch.append({"kind": kind, "message": first})
        if len(batch) >= rows:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def task_function(names: list[str], settings: Settings) -> Any:
    """What each task runs (through ``mapInArrow``): the inputs whose positions in
    ``names`` arrive as ``id`` batches, read, extracted and returned as Arrow."""

    def task(batches: Iterator[Any]) -> Iterator[Any]:
        positions = [i for batch in batches for i in batch.column(0).to_pylist()]
        yield from arrow_batches(process_inputs([names[i] for i in positions], settings))

    return task


# ---------------------------------------------------------------- on the driver


def _spark_type(arrow: Any) -> Any:
    """The Spark SQL type of a pyarrow type of the export schema."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_string(arrow):
        return T.StringType()
    if pa.types.is_int64(arrow):
        return T.LongType()
    if pa.types.is_int32(arrow):
        return T.IntegerType()
    if pa.types.is_boolean(arrow):
        return T.BooleanType()
    if pa.types.is_list(arrow):
        return T.ArrayType(_spark_type(arrow.value_type), arrow.value_field.nullable)
    if pa.types.is_struct(arrow):
        return spark_schema(list(arrow))
    raise JobError(f"no Spark type for {arrow} (custody/exports/parquet.py)")


def spark_schema(fields: Iterable[Any]) -> Any:
    """A Spark StructType with the names, types and nullability of pyarrow fields."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, _spark_type(f.type), f.nullable) for f in fields])


def _write_json(output: str, name: str, data: dict[str, Any]) -> None:
    import pyarrow.fs

    text = json.dumps(data, indent=2) + "\n"
    if "://" not in output:
        with open(os.path.join(output, name), "w", encoding="utf-8") as out:
            out.write(text)
        return
    fs, path = pyarrow.fs.FileSystem.from_uri(output.rstrip("/") + "/" + name)
    with fs.open_output_stream(path) as out:
        out.write(text.encode("utf-8"))


def run(
    spark: SparkSession,
    inputs: list[str],
    output: str,
    partitions: int | None = None,
    settings: Settings | None = None,
    overwrite: bool = False,
) -> JobResult:
    """Extract every document of ``inputs`` on ``spark``; write Parquet under ``output``.

    Everything is written under ``OUTPUT/_staging-*`` first and moved into
    place once the whole job has succeeded: a failed job leaves no half-written
    results (and removes its staging folder).
    """
    started = time.monotonic()
    names = expand_inputs(inputs)
    settings = settings or Settings()
    base = output.rstrip("/")
    staging = f"{base}/_staging-{uuid.uuid4().hex[:12]}"
    fs = _HadoopFS(spark, base)
    taken = [part for part in PARTS if fs.exists(f"{base}/{part}")]
    if taken and not overwrite:
        raise JobError(f"{base}: already holds {', '.join(taken)} (use --overwrite)")
    try:
        totals, steps = _write_all(spark, names, partitions or len(names), settings, staging)
        for part in PARTS:
            if fs.exists(f"{base}/{part}"):
                fs.delete(f"{base}/{part}")
            fs.rename(f"{staging}/{part}", f"{base}/{part}")
    except Exception as exc:
        fs.delete(staging)
        if isinstance(exc, CustodyError):
            raise
        raise JobError(f"the Spark job failed: {_last_line(exc)}") from exc
    fs.delete(staging)
    result = JobResult(
        inputs=len(names),
        records_read=sum(totals.get(k, 0) for k in ("kept", SKIPPED, FAILED)),
        documents_kept=totals.get("kept", 0),
        skipped=totals.get(SKIPPED, 0),
        failed=totals.get(FAILED, 0),
        records=totals.get("records", 0),
        lexicon_loads=totals.get(LOADS, 0),
        worker_cpu_seconds=totals.get(CPU, 0) / 1000,
        seconds=round(time.monotonic() - started, 3),
        step_seconds=steps,
    )
    _write_json(output, "counters.json", result.to_dict())
    return result


def _write_all(
    spark: SparkSession, names: list[str], slices: int, settings: Settings, into: str
) -> tuple[dict[str, int], dict[str, float]]:
    """Run the tasks once; write the three datasets under ``into``.

    The tasks' Python workers do all the reading and extracting, once, and
    hand Arrow batches to the JVM (``mapInArrow``), which caches them as
    columns: the documents' write runs the tasks and fills the cache; the
    records, problems and counters are read from it, in the JVM only.
    Returns the counters and the seconds of each step.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    clock = _Clock()
    items = (
        spark.range(0, len(names), 1, slices)
        .mapInArrow(task_function(names, settings), spark_schema(list(item_schema())))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        for part, column in (("documents", "document"), ("records", "records")):
            rows = items.where(F.col(column).isNotNull()).select(F.explode(column).alias("r"))
            rows.select("r.*").write.parquet(f"{into}/{part}")
            clock.lap("extract_and_write_documents" if part == "documents" else "write_records")
        problems = items.where(F.col("kind").isin(SKIPPED, FAILED) & F.col("message").isNotNull())
        problems.select("message").write.text(into + "/problems")
        clock.lap("write_problems")
        totals = _counters(items)
        clock.lap("counters")
        return totals, clock.laps
    finally:
        items.unpersist()


def _counters(items: Any) -> dict[str, int]:
    """The counters, by one global aggregation (no shuffle by kind)."""
    from pyspark.sql import functions as F

    kind = F.col("kind")

    def total(condition: Any, value: Any) -> Any:
        return F.coalesce(F.sum(F.when(condition, value).otherwise(0)), F.lit(0))

    columns = {
        "kept": total(kind == DOC, 1),
        "records": total(kind == DOC, F.size("records")),
        SKIPPED: total(kind == SKIPPED, 1),
        FAILED: total(kind == FAILED, 1),
        LOADS: total(kind == LOADS, F.col("value")),
        CPU: total(kind == CPU, F.col("value")),
    }
    row = items.agg(*[c.alias(name) for name, c in columns.items()]).collect()[0]
    return {name: int(row[name]) for name in columns}


class _Clock:
    """Seconds between laps."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.monotonic()

    def lap(self, name: str) -> None:
        now = time.monotonic()
        self.laps[name] = round(now - self._last, 3)
        self._last = now


def _last_line(exc: BaseException) -> str:
    """The telling line of a Spark failure (a worker's Python error is at its end)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    python = [line for line in lines if re.match(r"^\w+(\.\w+)*(Error|Exception): ", line)]
    return (python or lines or [type(exc).__name__])[-1][:300]


class _HadoopFS:
    """Exists, delete and rename through Hadoop's file system (local, HDFS, S3A...)."""

    def __init__(self, spark: SparkSession, path: str) -> None:
        context = spark.sparkContext
        self._jvm: Any = context._jvm  # noqa: SLF001 -- the documented way to Hadoop's FS
        conf = context._jsc.hadoopConfiguration()  # noqa: SLF001
        self._fs = self._path(path).getFileSystem(conf)

    def _path(self, path: str) -> Any:
        return self._jvm.org.apache.hadoop.fs.Path(path)

    def exists(self, path: str) -> bool:
        return bool(self._fs.exists(self._path(path)))

    def delete(self, path: str) -> None:
        self._fs.delete(self._path(path), True)

    def rename(self, source: str, target: str) -> None:
        if not self._fs.rename(self._path(source), self._path(target)):
            raise JobError(f"could not move {source} to {target}")


# ---------------------------------------------------------------- the session


def java_home() -> str | None:
    """A Java that PySpark 4 runs on: $JAVA_HOME, else Debian's OpenJDK 17 or 21
    (/usr/lib/jvm/java-17-openjdk-*), else the ``java`` on PATH."""
    import glob
    import shutil

    given = os.environ.get("JAVA_HOME")
    if given and os.path.exists(os.path.join(given, "bin", "java")):
        return given
    for version in ("17", "21"):
        for home in sorted(glob.glob(f"/usr/lib/jvm/java-{version}-openjdk-*")):
            if os.path.exists(os.path.join(home, "bin", "java")):
                return home
    java = shutil.which("java")
    if java:
        return os.path.dirname(os.path.dirname(os.path.realpath(java)))
    return None


def session(master: str | None, app_name: str = "custody") -> SparkSession:
    """A SparkSession; a local master binds to 127.0.0.1 and runs no web UI."""
    home = java_home()
    if home is None:
        raise JobError(
            "no Java runtime found: install openjdk-17-jre-headless (Debian) or set JAVA_HOME"
        )
    os.environ["JAVA_HOME"] = home
    if master is None or master.startswith("local"):
        # The Python workers of a local master run this Python (its packages).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise JobError("pyspark is not installed: pip install 'custody[spark]'") from None
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
        )
    return builder.getOrCreate()


def check_output(output: str, overwrite: bool) -> None:
    """Refuse a local output folder that already holds results (unless ``overwrite``)."""
    if "://" in output or overwrite:
        return
    taken = [p for p in PARTS if os.path.exists(os.path.join(output, p))]
    if taken:
        raise JobError(f"{output}: already holds {', '.join(taken)} (use --overwrite)")


__all__ = ["JobError", "JobResult", "check_output", "java_home", "process_inputs", "run", "session"]
