#!/usr/bin/env python3
"""Benchmark ``custody spark`` on web archives: local[1] vs local[2], and record identity.

    python bench/warc_spark.py [-n 20000] [--files 8] [--masters 'local[1],local[2]']
                               [--no-extract] [--out bench/out/warc-spark]

1. Makes the synthetic news stream of make_corpus.py (N documents, default
   20,000) and writes it as web archives: each document an HTML page (title,
   ``article:published_time``, one ``<p>`` a paragraph) in an HTTP 200
   response record, spread over ``--files`` gzip'd WARC files
   (bench/out/warc-N/, made once).
2. Runs ``python -m custody.spark WARCS --output OUT/<master> --master M``
   in a child process for each master, and reads its counters.json: the
   job's own seconds (from listing the inputs to the last Parquet file, JVM
   start-up excluded) and the wall time of the whole command.
3. Runs ``custody extract WARCS`` (one core) into
   OUT/extract.jsonl and compares its documents and records with the Spark
   job's Parquet output, row for row (records as custody.exports.parquet
   rows, sorted by document id and index).

CPU seconds (the Spark job's Python workers, from its counters; custody
extract's own, from rusage) hold when other work shares the machine; wall
time does not.

The children run in this script's repository and import custody from it
(PYTHONPATH, the Spark workers too), so a worktree of a commit measures that
commit. For each Spark run it also prints the CPU seconds by process (the
driver's Python, the JVM, the Python workers; bench/proc_cpu.py reads them
from /proc), in all and from the first task on, and keeps the JVM's by
thread in results.json. Prints a table and writes OUT/results.json. See
docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402
from proc_cpu import ProcessTreeCPU  # noqa: E402


def page(doc: dict[str, Any]) -> bytes:
    """One document as a news page."""
    title = html.escape(doc["title"] or "")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n\n") if p.strip())
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title}</title>'
        f'<meta property="article:published_time" content="{doc["published"]}">'
        f'<meta property="og:site_name" content="{html.escape(doc["source"])}"></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def make_warcs(n: int, files: int, folder: Path, corpus: Path) -> list[Path]:
    """The corpus of N documents as ``files`` WARC files under ``folder`` (made once)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = [folder / f"news-{k:02d}.warc.gz" for k in range(files)]
    if all(p.exists() for p in paths) and (folder / "done").exists():
        return paths
    if not (corpus / "batch.jsonl").exists():
        make_corpus(n, corpus)
    folder.mkdir(parents=True, exist_ok=True)
    lines = (corpus / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    for k, path in enumerate(paths):
        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for line in lines[k::files]:
                doc = json.loads(line)
                body = page(doc)
                http = StatusAndHeaders(
                    "200 OK",
                    [
                        ("Content-Type", "text/html; charset=utf-8"),
                        ("Content-Length", str(len(body))),
                    ],
                    protocol="HTTP/1.1",
                )
                url = f"https://news.example.org/{doc['published'].replace('-', '/')}/{doc['id']}"
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http,
                    warc_headers_dict={"WARC-Date": "2025-06-01T00:00:00Z"},
                )  # fmt: skip
                writer.write_record(record)
    (folder / "done").write_text("ok\n")
    return paths


def child_env() -> dict[str, str]:
    """The children's environment: this repository's custody first, bytecode kept."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(REPO)
    env.setdefault("PYSPARK_PYTHON", sys.executable)
    return env


def run_spark(master: str, warcs: Path, out: Path) -> dict[str, Any]:
    target = out / master.replace("[", "-").replace("]", "").replace("*", "all")
    command = [sys.executable, "-m", "custody.spark", str(warcs), "--output", str(target)]
    command += ["--master", master, "--overwrite"]
    started = time.monotonic()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
        cwd=REPO,  # python -m puts the working folder first: another checkout's custody
    )  # fmt: skip
    with ProcessTreeCPU(child.pid) as tree:
        _, stderr = child.communicate()
    wall = time.monotonic() - started
    if child.returncode != 0:
        raise SystemExit(f"{master}: custody spark failed:\n{stderr[-3000:]}")
    counters = json.loads((target / "counters.json").read_text())
    found = {"master": master, "output": str(target), "wall_seconds": round(wall, 2)}
    found["process_cpu_seconds"] = tree.seconds()
    found["process_cpu_seconds_from_first_task"] = tree.since_first("workers")
    found["jvm_thread_cpu_seconds"] = tree.jvm_thread_seconds()
    found["cpu_timeline"] = tree.timeline[:: max(1, round(5 / tree.every))]
    return {**found, **counters}


def _cores(master: str) -> int | None:
    """N of local[N] (None for local[*] and other masters)."""
    digits = master.removeprefix("local[").removesuffix("]")
    return int(digits) if master.startswith("local[") and digits.isdigit() else None


def _cpu_since(before: Any) -> float:
    """CPU seconds (user + system) of the children waited for since ``before``."""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return round(used, 2)


def run_extract(warcs: Path, out: Path) -> dict[str, Any]:
    target = out / "extract.jsonl"
    command = [sys.executable, "-c", "from custody.cli import main; main()", "extract"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with target.open("wb") as sink:
        done = subprocess.run(
            [*command, str(warcs)], stdout=sink, stderr=subprocess.PIPE, env=child_env(),
            cwd=REPO,
        )  # fmt: skip
    wall = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"custody extract failed:\n{done.stderr.decode()[-3000:]}")
    lines = target.read_text(encoding="utf-8").splitlines()
    cpu = _cpu_since(before)
    return {"output": str(target), "wall_seconds": round(wall, 2), "cpu_seconds": cpu,
            "documents": len(lines)}  # fmt: skip


def compare(extract_jsonl: Path, spark_out: Path) -> dict[str, Any]:
    """Documents and records of custody extract vs the Spark job: identical?"""
    import pyarrow.parquet as pq

    from custody.exports.parquet import document_row, record_row
    from custody.record import parse_document_line

    docs, records = [], []
    for n, line in enumerate(extract_jsonl.read_text(encoding="utf-8").splitlines(), 1):
        doc, events = parse_document_line(json.loads(line), f"extract.jsonl:{n}")
        docs.append({k: v for k, v in document_row(doc).items() if k != "text"})
        records += [record_row(doc.id, i, ev) for i, ev in enumerate(events)]
    spark_docs = pq.read_table(spark_out / "documents").drop_columns(["text"]).to_pylist()
    spark_records = pq.read_table(spark_out / "records").to_pylist()

    def by_doc(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: r["id"])

    def by_record(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(rows, key=lambda r: (r["document_id"], r["record_index"]))

    same_docs = by_doc(docs) == by_doc(spark_docs)
    same_records = by_record(records) == by_record(spark_records)
    return {
        "documents": [len(docs), len(spark_docs)],
        "records": [len(records), len(spark_records)],
        "identical": same_docs and same_records,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="documents (default 20000)")
    parser.add_argument("--files", type=int, default=8, help="WARC files (default 8)")
    parser.add_argument("--masters", default="local[1],local[2]")
    parser.add_argument("--no-extract", action="store_true", help="skip custody extract")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "warc-spark")
    parser.add_argument("--data", type=Path, default=HERE / "out", help="corpus and WARCs")
    args = parser.parse_args(argv)
    args.out, args.data = args.out.resolve(), args.data.resolve()  # the children run in REPO
    warcs = args.data / f"warc-{args.n}"
    paths = make_warcs(args.n, args.files, warcs, args.data / f"corpus-{args.n}")
    size = sum(p.stat().st_size for p in paths)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{args.n} documents in {len(paths)} WARC files, {size / 1e6:.1f} MB gzip'd ({warcs})")
    results: dict[str, Any] = {"documents": args.n, "files": len(paths), "bytes": size}
    results["loadavg_start"] = os.getloadavg()[0]
    runs = [run_spark(m, warcs, args.out) for m in args.masters.split(",")]
    for r in runs:
        r["docs_per_s"] = round(r["documents_kept"] / r["seconds"], 1)
        print(
            f"custody spark --master {r['master']:<9} {r['documents_kept']} documents kept, "
            f"{r['records']} records, job {r['seconds']:.1f} s = {r['docs_per_s']} docs/s "
            f"(wall {r['wall_seconds']:.1f} s, workers' CPU {r['worker_cpu_seconds']:.1f} s), "
            f"lexicon loads {r['lexicon_loads']}"
        )
        cpu = ", ".join(f"{k} {v:.1f}" for k, v in r["process_cpu_seconds"].items())
        steps = ", ".join(f"{k} {v:.1f}" for k, v in r["step_seconds"].items())
        job = ", ".join(f"{k} {v:.1f}" for k, v in r["process_cpu_seconds_from_first_task"].items())
        print(f"  CPU s by process: {cpu}; from the first task on: {job}; steps: {steps}")
        cores = _cores(r["master"])
        if cores:  # how much of the Spark job's time the cores spent in tasks
            spark_job = r["step_seconds"]["extract_and_write"]
            r["task_share"] = round(r["task_seconds"] / (cores * spark_job), 3)
            print(f"  tasks' seconds {r['task_seconds']:.1f} = {r['task_share']:.1%} of "
                  f"{cores} core(s) x the Spark job's {spark_job:.1f} s")  # fmt: skip
    results["spark"] = runs
    if len(runs) >= 2:
        ratio = runs[1]["docs_per_s"] / runs[0]["docs_per_s"]
        results["ratio"] = round(ratio, 2)
        print(f"ratio {runs[1]['master']} / {runs[0]['master']}: {ratio:.2f}")
    if not args.no_extract:
        ex = run_extract(warcs, args.out)
        ex["docs_per_s"] = round(ex["documents"] / ex["wall_seconds"], 1)
        print(f"custody extract (one core): {ex['documents']} documents, wall "
              f"{ex['wall_seconds']:.1f} s = {ex['docs_per_s']} docs/s, "
              f"CPU {ex['cpu_seconds']:.1f} s")  # fmt: skip
        results["extract"] = ex
        results["identity"] = {}
        for r in runs:
            same = compare(Path(ex["output"]), Path(r["output"]))
            results["identity"][r["master"]] = same
            print(f"{r['master']}: same documents and records as custody extract: {same}")
    results["loadavg_end"] = os.getloadavg()[0]
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    same = all(s["identical"] for s in results.get("identity", {}).values())
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
