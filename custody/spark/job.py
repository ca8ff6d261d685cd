"""The extraction job on Apache Spark, in the style of Common Crawl's cc-pyspark.

The driver lists the inputs (:func:`custody.spark.inputs.expand_inputs`) and
spreads them over ``partitions`` tasks (default: one an input). Each task
reads its inputs with the readers of ``custody ingest``, extracts each
document with :func:`custody.extract.extract` (the lexicons load once per
Python worker, which Spark reuses from task to task: the counters say how
many times they were loaded) and writes its own part files with pyarrow
(:mod:`custody.spark.tasks`). The job writes

- ``OUTPUT/documents/``: Parquet, ``custody.exports.parquet.DOCUMENT_SCHEMA``;
- ``OUTPUT/records/``: Parquet, ``RECORD_SCHEMA`` (a record's document id and
  its index in that document, then the record of docs/event-record.md);
- ``OUTPUT/problems/``: text, one line a record skipped or failed, as
  ``custody ingest`` prints it;
- ``OUTPUT/counters.json``: inputs, records read, documents kept, skipped
  and failed, records extracted, lexicon loads, the CPU seconds the Python
  workers spent reading, extracting and writing, the tasks' seconds (by the
  clock, added up: on N cores, near N times the Spark job's seconds when the
  job's time is the tasks' work), the job's seconds and those of each step
  (``step_seconds``).

The data goes through Python only: the JVM schedules the tasks (an RDD of
input names, ``mapPartitionsWithIndex``) and collects one row of counters a
task; it converts, caches and writes no document. Each dataset is a folder
of part files (``part-NNNNN.parquet``, one a task) with a ``_SUCCESS`` mark,
as Spark's own writers leave them: Spark, pyarrow and ``custody ingest`` read
them back.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from custody.errors import CustodyError
from custody.settings import Settings
from custody.spark.inputs import (
    JobError,
    arrow_filesystem,
    expand_inputs,
    is_remote,
    local_path,
)
from custody.spark.tasks import (
    COUNTERS,
    CPU,
    FAILED,
    KEPT,
    LOADS,
    RECORDS,
    SKIPPED,
    WALL,
    process_inputs,
    run_task,
)

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

PARTS = ("documents", "records", "problems")


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
    task_seconds: float
    seconds: float
    step_seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# ---------------------------------------------------------------- on the driver


def _write_json(output: str, name: str, data: dict[str, Any]) -> None:
    """``data`` as ``output/name`` (``output`` as Hadoop qualifies it: file:/..., hdfs://...)."""
    fs, path = arrow_filesystem(output.rstrip("/") + "/" + name)
    with fs.open_output_stream(path) as out:
        out.write((json.dumps(data, indent=2) + "\n").encode("utf-8"))


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
        moving = time.monotonic()
        for part in PARTS:
            if fs.exists(f"{base}/{part}"):
                fs.delete(f"{base}/{part}")
            fs.rename(f"{staging}/{part}", f"{base}/{part}")
        steps["move_into_place"] = round(time.monotonic() - moving, 3)
    except Exception as exc:
        fs.delete(staging)
        if isinstance(exc, CustodyError):
            raise
        raise JobError(f"the Spark job failed: {_last_line(exc)}") from exc
    fs.delete(staging)
    result = JobResult(
        inputs=len(names),
        records_read=sum(totals[k] for k in (KEPT, SKIPPED, FAILED)),
        documents_kept=totals[KEPT],
        skipped=totals[SKIPPED],
        failed=totals[FAILED],
        records=totals[RECORDS],
        lexicon_loads=totals[LOADS],
        worker_cpu_seconds=totals[CPU] / 1000,
        task_seconds=totals[WALL] / 1000,
        seconds=round(time.monotonic() - started, 3),
        step_seconds=steps,
    )
    _write_json(fs.qualified(base), "counters.json", result.to_dict())
    return result


def _write_all(
    spark: SparkSession, names: list[str], slices: int, settings: Settings, into: str
) -> tuple[dict[str, int], dict[str, float]]:
    """Run the tasks once; each writes its part files of the three datasets under
    ``into`` (:mod:`custody.spark.tasks`). Returns the counters and the seconds
    of each step."""
    clock = _Clock()
    fs = _HadoopFS(spark, into)
    staging = fs.qualified(into)  # as the tasks' file systems name it (file:/..., hdfs://...)
    for part in (*PARTS, "_temporary"):
        fs.mkdirs(f"{into}/{part}")
    if slices >= len(names):  # one input a task: the biggest first, so no core waits long
        names = largest_first(names)
    tasks = spark.sparkContext.parallelize(names, slices)
    found = tasks.mapPartitionsWithIndex(run_task(settings, staging)).collect()
    clock.lap("extract_and_write")
    totals = {name: sum(counters[name] for counters in found) for name in COUNTERS}
    fs.delete(f"{into}/_temporary")
    for part in PARTS:
        fs.touch(f"{into}/{part}/_SUCCESS")
    clock.lap("mark_success")
    return totals, clock.laps


def largest_first(names: list[str]) -> list[str]:
    """Local inputs by size, the largest first (Spark starts tasks in partition
    order: a big input started last would keep one core busy while the others
    wait). Unchanged when any input is remote (its size would cost a request)."""
    if any(is_remote(name) for name in names):
        return names
    try:
        sizes = {name: os.path.getsize(local_path(name)) for name in names}
    except OSError:
        return names
    return sorted(names, key=lambda name: -sizes[name])


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

    def mkdirs(self, path: str) -> None:
        self._fs.mkdirs(self._path(path))

    def touch(self, path: str) -> None:
        self._fs.create(self._path(path), True).close()

    def qualified(self, path: str) -> str:
        """The full URL of ``path`` (a local path becomes ``file:/...``)."""
        return str(self._fs.makeQualified(self._path(path)).toString())

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
