"""The extraction job on a real local Spark (pyspark from PyPI, Java from Debian).

One SparkSession for the module (local[2]); small archives written by the
tests with warcio. The job's records must be exactly what ``custody extract``
gives on the same documents, computed now (the extractor changes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcs import ARTICLES, Record, article_records, html_page, write_warc

from custody.errors import InputError
from custody.ingest import read_paths
from custody.record import Document
from custody.settings import Settings

pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("pyspark")

from custody.exports.parquet import DOCUMENT_SCHEMA, RECORD_SCHEMA, record_row  # noqa: E402
from custody.extract import extract  # noqa: E402
from custody.spark.inputs import JobError, expand_inputs  # noqa: E402
from custody.spark.job import java_home, run, session  # noqa: E402


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if java_home() is None:
        if _in_ci():
            pytest.fail("CI is set but no Java runtime: install openjdk-17-jre-headless")
        pytest.skip("no Java runtime (openjdk-17-jre-headless)")
    spark_session = session("local[2]", "custody-tests")
    spark_session.sparkContext.setLogLevel("ERROR")
    yield spark_session
    spark_session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two archives (one with a corrupt member and non-articles), a batch, a listing."""
    folder = tmp_path_factory.mktemp("inputs")
    write_warc(folder / "one.warc.gz", article_records()[:2])
    offsets = write_warc(
        folder / "two.warc.gz",
        [
            *article_records()[2:],
            Record("https://x.example/a.png", b"\x89PNG", content_type="image/png"),
            Record(ARTICLES[0][0] + "?copy", html_page("Copy", "2024-05-31", ARTICLES[0][3])),
        ],
    )
    data = bytearray((folder / "two.warc.gz").read_bytes())
    data[offsets[2] + 20 : offsets[2] + 60] = bytes(40)  # the copy's member is broken
    (folder / "two.warc.gz").write_bytes(bytes(data))
    lines = [
        {"id": "line-1", "text": "Rebels freed 12 hostages on Monday, officials said."},
        {"id": "line-2", "text": ""},
    ]
    batch = folder / "extra" / "batch.jsonl"
    batch.parent.mkdir()
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    (folder / "inputs.txt").write_text("# what to read\none.warc.gz\n\nextra/batch.jsonl\n")
    return folder


def expected(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """What ``custody extract`` reads and gives now: documents, record rows, failures."""
    found = [i for n in names for i in read_paths([n], Settings())]
    docs = [d for d in found if isinstance(d, Document)]
    rows = [record_row(d.id, i, ev) for d in docs for i, ev in enumerate(extract(d))]
    failed = sum(
        1 for i in found if isinstance(i, InputError) and "skipped" not in type(i).__name__.lower()
    )
    return [{**d.meta_dict(), "text": d.text} for d in docs], rows, failed


def parquet_rows(folder: Path, key: tuple[str, ...]) -> list[dict[str, Any]]:
    table = pyarrow_parquet.read_table(folder)
    return sorted(table.to_pylist(), key=lambda r: tuple(r[k] for k in key))


def test_listing_folder_and_files_expand(inputs: Path) -> None:
    listed = expand_inputs([str(inputs / "inputs.txt")])
    assert listed == [str(inputs / "one.warc.gz"), str(inputs / "extra" / "batch.jsonl")]
    walked = expand_inputs([str(inputs), str(inputs / "one.warc.gz")])
    assert walked == [  # as custody ingest walks: a folder's files, then its folders
        str(inputs / "one.warc.gz"),
        str(inputs / "two.warc.gz"),
        str(inputs / "extra" / "batch.jsonl"),
    ]
    with pytest.raises(JobError, match="no such file"):
        expand_inputs([str(inputs / "missing.warc.gz")])


def test_job_gives_the_records_of_custody_extract(spark: Any, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(spark, [str(inputs)], str(out), partitions=2)
    names = expand_inputs([str(inputs)])
    docs, rows, failed = expected(names)
    assert (result.inputs, result.documents_kept, result.records) == (3, len(docs), len(rows))
    assert (result.skipped, result.failed) == (1, failed) and failed == 2  # the member, line 2
    assert result.records_read == len(docs) + 1 + failed
    assert 1 <= result.lexicon_loads <= 2, "the lexicons load once per worker, not per document"
    assert result.worker_cpu_seconds > 0
    assert 0 < result.task_seconds <= 2 * result.step_seconds["extract_and_write"]  # 2 cores
    assert parquet_rows(out / "documents", ("id",)) == sorted(docs, key=lambda d: d["id"])
    key = ("document_id", "record_index")
    assert parquet_rows(out / "records", key) == sorted(rows, key=lambda r: (r[key[0]], r[key[1]]))
    assert pyarrow_parquet.read_schema(next((out / "records").glob("*.parquet"))).equals(
        RECORD_SCHEMA
    )
    assert pyarrow_parquet.read_table(out / "documents").schema.equals(DOCUMENT_SCHEMA)
    problems = sorted(
        line for part in (out / "problems").glob("part-*") for line in part.read_text().splitlines()
    )
    assert len(problems) == 3
    assert any(
        f"{inputs / 'two.warc.gz'}: record at offset" in p and "corrupt" in p for p in problems
    )
    assert any(p.startswith(f"error: {inputs / 'extra' / 'batch.jsonl'}:2: ") for p in problems)
    assert json.loads((out / "counters.json").read_text()) == result.to_dict()
    assert not list(out.glob("_staging-*"))


def test_results_are_ingested_and_kept_unless_overwrite(
    spark: Any, inputs: Path, tmp_path: Path
) -> None:
    """Resolution runs afterwards: custody ingest of DIR/documents/ stores the job's
    documents with the records the job wrote. A second run does not overwrite
    results unless asked."""
    from click.testing import CliRunner

    from custody.cli import main
    from custody.store import open_store

    out = tmp_path / "out"
    first = run(spark, [str(inputs / "one.warc.gz")], str(out))
    db = str(tmp_path / "c.db")
    done = CliRunner().invoke(main, ["--db", db, "ingest", str(out / "documents")])
    assert done.exit_code == 0, done.output
    assert done.stdout.strip() == "2 ingested, 0 updated, 0 unchanged, 0 failed"
    with open_store(db) as store:
        stored = [record_row(d.id, i, ev) for d, evs in store.events() for i, ev in enumerate(evs)]
    key = ("document_id", "record_index")
    written = parquet_rows(out / "records", key)
    assert sorted(stored, key=lambda r: (r[key[0]], r[key[1]])) == written
    with pytest.raises(JobError, match="already holds documents"):
        run(spark, [str(inputs)], str(out))
    assert len(parquet_rows(out / "documents", ("id",))) == first.documents_kept == 2
    run(spark, [str(inputs)], str(out), overwrite=True)
    assert len(parquet_rows(out / "documents", ("id",))) == 4
    assert not list(out.glob("_staging-*"))


def test_spark_command_runs_as_spark_submit_would(inputs: Path, tmp_path: Path) -> None:
    if java_home() is None and not _in_ci():
        pytest.skip("no Java runtime (openjdk-17-jre-headless)")
    out = tmp_path / "cli"
    command = [sys.executable, "-m", "custody.spark", str(inputs / "inputs.txt")]
    done = subprocess.run(
        [*command, "--output", str(out), "--master", "local[1]"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    counters = json.loads(done.stdout.strip().splitlines()[-1])
    assert counters["inputs"] == 2 and counters["documents_kept"] == 3 and counters["failed"] == 1
    again = subprocess.run(
        [*command, "--output", str(out)], capture_output=True, text=True, timeout=60, check=False
    )
    assert again.returncode == 1 and "already holds documents" in again.stderr


def test_parquet_rows_are_checked(tmp_path: Path) -> None:
    import pyarrow as pa

    rows = [
        {"id": "a", "text": "Two hostages were freed.", "published": "2024-05-01"},
        {"id": "b", "text": "Text.", "published": "May 1"},
        {"id": "c", "text": "", "published": None},
    ]
    pyarrow_parquet.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet")
    pyarrow_parquet.write_table(pa.table({"x": [1]}), tmp_path / "other.parquet")
    (tmp_path / "junk.parquet").write_bytes(b"PAR1 not really")
    found = list(read_paths([str(tmp_path)], Settings()))
    assert isinstance(found[0], Document) and found[0].published == "2024-05-01"
    assert found[0].path == f"{tmp_path / 'docs.parquet'}:1"
    messages = [str(i) for i in found[1:]]
    assert messages[0].startswith(f"{tmp_path / 'docs.parquet'}:2: row.published: 'May 1'")
    assert messages[1] == f"{tmp_path / 'docs.parquet'}:3: row without text"
    assert messages[2].startswith(f"{tmp_path / 'junk.parquet'}: not a readable Parquet file")
    assert (
        messages[3]
        == f"{tmp_path / 'other.parquet'}: not a table of documents: no id or text column"
    )


@pytest.fixture
def http_server(inputs: Path) -> Iterator[str]:
    """The inputs folder over HTTP on 127.0.0.1 (what a cluster reads by URL)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(inputs))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_inputs_by_url_read_as_local_files_are(inputs: Path, http_server: str) -> None:
    from custody.spark.inputs import read_input

    (inputs / "remote.paths").write_text(f"{http_server}/one.warc.gz\n{http_server}/two.warc.gz\n")
    listed = expand_inputs([f"{http_server}/remote.paths"])
    assert listed == [f"{http_server}/one.warc.gz", f"{http_server}/two.warc.gz"]
    for name in ("one.warc.gz", "two.warc.gz", "extra/batch.jsonl"):
        remote = list(read_input(f"{http_server}/{name}", Settings()))
        local = list(read_input(str(inputs / name), Settings()))
        assert [i.meta_dict() for i in remote if isinstance(i, Document)] == [
            i.meta_dict() for i in local if isinstance(i, Document)
        ]
        assert [
            str(i).replace(f"{http_server}/", "") for i in remote if not isinstance(i, Document)
        ] == [str(i).replace(f"{inputs}/", "") for i in local if not isinstance(i, Document)]
    (missing,) = read_input(f"{http_server}/missing.warc.gz", Settings())
    assert isinstance(missing, InputError)
    assert str(missing).startswith(f"{http_server}/missing.warc.gz: cannot fetch: HTTP Error 404")


def _task_items() -> list[Any]:
    from custody.spark.tasks import DOC, FAILED, LOADS, SKIPPED

    doc = Document(id="d1", text="Rebels freed 12 hostages on Monday.", published="2024-05-06")
    rows = [record_row(doc.id, i, ev) for i, ev in enumerate(extract(doc))]
    assert rows, "the fixture document has a record"
    return [
        (DOC, {**doc.meta_dict(), "text": doc.text}, rows),
        (SKIPPED, "skipped: a.warc.gz: record at offset 0: not HTML", None),
        (FAILED, "error: b.jsonl:2: row without text", None),
        (LOADS, 1, None),
    ]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_task_writes_its_own_part_files(tmp_path: Path) -> None:
    """A task writes its documents, records and problems as part files named by
    its partition, in the export schema, through a file system that takes URLs;
    a task run again (a retry) replaces them with the same content."""
    from custody.spark.tasks import CPU, WALL, write_parts

    items = _task_items()
    staging = tmp_path / "staging"
    counters = write_parts(iter(items), staging.as_uri(), 3)  # file:///...
    assert {k: v for k, v in counters.items() if k not in (CPU, WALL)} == {
        "kept": 1, "records": len(items[0][2]), "skipped": 1, "failed": 1, "lexicon_loads": 1,
    }  # fmt: skip
    expected_files = [
        "documents/part-00003.parquet", "problems/part-00003.txt", "records/part-00003.parquet",
    ]  # fmt: skip
    assert _files(staging) == expected_files
    documents = pyarrow_parquet.read_table(staging / "documents")
    assert documents.schema.equals(DOCUMENT_SCHEMA) and documents.to_pylist() == [items[0][1]]
    records = pyarrow_parquet.read_table(staging / "records")
    assert records.schema.equals(RECORD_SCHEMA) and records.to_pylist() == items[0][2]
    assert (staging / "problems" / "part-00003.txt").read_text().splitlines() == [
        items[1][1], items[2][1],
    ]  # fmt: skip
    before = {f: (staging / f).read_bytes() for f in expected_files}
    write_parts(iter(items), str(staging), 3)  # the same task again, by path
    assert _files(staging) == expected_files
    assert {f: (staging / f).read_bytes() for f in expected_files} == before


def test_a_failed_task_leaves_no_part_file(tmp_path: Path) -> None:
    """A part file is whole or absent: a task that fails midway leaves nothing,
    not even its temporary files, and an earlier attempt's files stay whole."""
    from custody.spark.tasks import write_parts

    def failing() -> Iterator[Any]:
        yield from _task_items()[:2]
        raise RuntimeError("the executor went away")

    with pytest.raises(RuntimeError, match="went away"):
        write_parts(failing(), str(tmp_path / "a"), 0)
    assert _files(tmp_path / "a") == []
    write_parts(iter(_task_items()), str(tmp_path / "b"), 0)
    with pytest.raises(RuntimeError):
        write_parts(failing(), str(tmp_path / "b"), 0)
    assert len(pyarrow_parquet.read_table(tmp_path / "b" / "documents")) == 1


def test_with_one_input_a_task_the_largest_starts_first(tmp_path: Path) -> None:
    """Spark starts tasks in partition order: with one input a task, the biggest
    local inputs go first (inputs of equal size keep their order); remote
    inputs, whose sizes are not known without asking, keep the listing's order."""
    from custody.spark.job import largest_first

    for name, size in (("a.jsonl", 10), ("b.jsonl", 300), ("c.jsonl", 10), ("d.jsonl", 50)):
        (tmp_path / name).write_bytes(b"x" * size)
    names = [str(tmp_path / n) for n in ("a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl")]
    assert largest_first(names) == [names[1], names[3], names[0], names[2]]
    remote = [*names, "https://example.org/e.warc.gz"]
    assert largest_first(remote) == remote
