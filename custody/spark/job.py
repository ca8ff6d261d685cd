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
  workers spent reading and extracting, and the job's seconds.

The core is plain functions over iterators (:func:`process_inputs`); Spark
only distributes them.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from custody.errors import CustodyError
from custody.record import Document
from custody.settings import Settings
from custody.spark.inputs import JobError, expand_inputs, read_input

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DOC, SKIPPED, FAILED, LOADS = "doc", "skipped", "failed", "lexicon_loads"
CPU = "worker_cpu_ms"
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
    """Read and extract every input of one task (runs on an executor)."""
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
        totals = _write_all(spark, names, partitions or len(names), settings, staging)
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
    )
    _write_json(output, "counters.json", result.to_dict())
    return result


def _write_all(
    spark: SparkSession, names: list[str], slices: int, settings: Settings, into: str
) -> dict[str, int]:
    """Run the tasks once; write the three datasets under ``into``; the counters."""
    from pyspark import StorageLevel

    from custody.exports.parquet import DOCUMENT_SCHEMA, RECORD_SCHEMA

    items = (
        spark.sparkContext.parallelize(names, slices)
        .mapPartitions(lambda part: process_inputs(part, settings))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        documents = items.filter(lambda i: i[0] == DOC)
        rows = spark.createDataFrame(documents.map(lambda i: i[1]), spark_schema(DOCUMENT_SCHEMA))
        rows.write.parquet(into + "/documents")
        records = documents.flatMap(lambda i: i[2])
        spark.createDataFrame(records, spark_schema(RECORD_SCHEMA)).write.parquet(into + "/records")
        problems = items.filter(lambda i: i[0] in (SKIPPED, FAILED)).map(lambda i: i[1])
        problems.saveAsTextFile(into + "/problems")
        return dict(items.flatMap(_tally).reduceByKey(_add).collect())
    finally:
        items.unpersist()


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


def _tally(item: Item) -> list[tuple[str, int]]:
    kind = item[0]
    if kind == DOC:
        return [("kept", 1), ("records", len(item[2]))]
    return [(kind, item[1] if kind in (LOADS, CPU) else 1)]


def _add(a: int, b: int) -> int:
    return a + b


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
