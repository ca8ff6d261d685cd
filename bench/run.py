#!/usr/bin/env python3
"""Benchmark the ``custody extract`` path end to end, on one core.

    python bench/run.py [--corpus DIR] [-n N] [--repeat R] [--cpu C] [--no-cli]
                        [--shares 0.02,0.05,0.10,0.15] [--articles PATH...]

1. Library, in this process: ``custody.ingest.read_paths`` and
   ``custody.extract.extract`` over the corpus (made by make_corpus.py if
   missing): reading alone, extraction alone over documents already read
   (all, custody subset, other subset, with per-document latency), and
   reading + extraction for the mixed stream and for the custody subset (its
   files passed as a list of paths). Each timed R times; the best and the
   median are kept. Throughput in documents/s and MB/s of text.
2. Command line, in child processes: ``custody extract DIR/txt > /dev/null``,
   timed R times, with the child's own peak resident memory (``os.wait4``
   rusage, exact per child) and CPU time; also ``custody --help`` (start-up
   cost) and, when the reader accepts it, ``custody extract DIR/batch.jsonl``.
3. With ``--shares``: the same two commands on streams of the same size and
   seed that differ only in their share of custody articles, and the shares
   at which the files path reaches the 3,000 documents/s floor of issue 3.
4. With ``--articles``: extraction alone over real-style articles (for
   example tests/gold, the annotated ones), which are denser in custody
   facts than the synthetic custody articles.

The process and its children are pinned to one CPU (``--cpu``, default the
last one this process may use; ``--no-pin`` to leave it) so figures compare
across machines with different core counts. Prints a table and writes
bench/out/results.json (``--out``). See docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import DEFAULT_SHARE, make_corpus  # noqa: E402

from custody.errors import InputError  # noqa: E402
from custody.extract import extract as real_extract  # noqa: E402
from custody.ingest import read_paths  # noqa: E402
from custody.record import Document  # noqa: E402
from custody.settings import load_settings  # noqa: E402

MB = 1_000_000
FLOOR_DOCS_PER_S = 3000  # issue 3: mixed-stream documents per second per core, end to end

# What --stub-extractor puts in place of custody.extract.extract: the baseline
# of reading, looping and printing, with no extraction at all.
STUB_CLI = (
    "import importlib, sys; e = importlib.import_module('custody.extract'); "
    "e.extract = lambda document: []; "
    "from custody.cli import main; sys.argv[0] = 'custody'; main()"
)


def stub_extract(document: Document) -> list[Any]:
    return []


extract: Callable[[Document], list[Any]] = real_extract


# ------------------------------------------------------------------ machine


def _lscpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = Path("/proc/cpuinfo").read_text(errors="replace")
    for line in out.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() in ("model name", "model name\t"):
            return value.strip()
    return platform.processor() or "unknown"


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine() -> dict[str, Any]:
    # custody/__init__.py re-exports the function `extract`: get the module itself.
    ce = importlib.import_module("custody.extract")

    return {
        "nproc": os.cpu_count(),
        "cpu_model": _lscpu_model(),
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain", "--", "custody")),
        "extractor_version": getattr(ce, "EXTRACTOR_VERSION", None),
        "custody_package": str(Path(ce.__file__ or "").parent.parent),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }


# ------------------------------------------------------------------ timing helpers


def timed(fn: Callable[[], Any], repeat: int) -> tuple[dict[str, float], Any]:
    """Run ``fn`` ``repeat`` times; best and median seconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return {"best_s": min(times), "median_s": statistics.median(times)}, result


def rates(t: dict[str, float], docs: int, nbytes: int) -> dict[str, float]:
    best = t["best_s"]
    return {
        **{k: round(v, 4) for k, v in t.items()},
        "docs": docs,
        "docs_per_s": round(docs / best, 1) if best else float("inf"),
        "mb_per_s": round(nbytes / MB / best, 2) if best else float("inf"),
    }


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


# ------------------------------------------------------------------ library


def key(doc: Document) -> str:
    """The corpus id of a document: its file name without .txt (the reader may pick other ids)."""
    return Path(doc.path).stem if doc.path and doc.path.endswith(".txt") else doc.id


def read_all(paths: list[str], settings: Any) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_paths(paths, settings):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


def read_and_extract(paths: list[str], settings: Any) -> tuple[int, int, int]:
    """Documents, errors, events: the loop ``custody extract`` runs, without printing."""
    docs = errors = events = 0
    for item in read_paths(paths, settings):
        if isinstance(item, InputError):
            errors += 1
            continue
        docs += 1
        events += len(extract(item))
    return docs, errors, events


def extract_each(docs: Iterable[Document]) -> list[tuple[str, float, int]]:
    """(id, seconds, events) per document."""
    out = []
    for doc in docs:
        start = time.perf_counter()
        n = len(extract(doc))
        out.append((key(doc), time.perf_counter() - start, n))
    return out


def max_bytes_for(batch: Path) -> int:
    """A max_bytes setting that admits the whole batch file (5 MB by default)."""
    return max(load_settings().max_bytes, batch.stat().st_size + 1)


def library(corpus: Path, manifest: dict[str, Any], repeat: int) -> dict[str, Any]:
    settings = load_settings()
    txt = str(corpus / "txt")
    labels = manifest["labels"]
    custody_paths = sorted(
        str(corpus / "txt" / f"{i}.txt") for i, v in labels.items() if v["label"] == "custody"
    )
    res: dict[str, Any] = {}

    t, (docs, errors) = timed(lambda: read_all([txt], settings), repeat)
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)
    res["read_only"] = {**rates(t, len(docs), nbytes), "errors": len(errors)}
    size = {key(d): len(d.text.encode("utf-8")) for d in docs}

    start = time.perf_counter()  # lexicons and models may load on the first call
    if docs:
        extract(docs[0])
    res["first_extract_call_s"] = round(time.perf_counter() - start, 4)

    runs = [extract_each(docs) for _ in range(repeat)]  # per-document times, each run
    subsets = {"extract_mixed": None, "extract_custody": "custody", "extract_other": "other"}
    for name, label in subsets.items():
        ids = {i for i in size if label in (None, labels.get(i, {}).get("label"))}
        totals = [sum(sec for i, sec, _ in run if i in ids) for run in runs]
        t = {"best_s": min(totals), "median_s": statistics.median(totals)}
        res[name] = rates(t, len(ids), sum(size[i] for i in ids))
    res["latency"] = latency(runs[-1])
    res["yield"] = yields(runs[-1], labels)

    t, (n, errs, events) = timed(lambda: read_and_extract([txt], settings), repeat)
    res["read_extract_mixed"] = {**rates(t, n, nbytes), "errors": errs, "events": events}
    t, (n, errs, events) = timed(lambda: read_and_extract(custody_paths, settings), repeat)
    cbytes = sum(size.get(Path(p).stem, 0) for p in custody_paths)
    res["read_extract_custody"] = {**rates(t, n, cbytes), "errors": errs, "events": events}

    jsonl = corpus / "batch.jsonl"
    big = load_settings(max_bytes=max_bytes_for(jsonl))
    t, (n, errs, events) = timed(lambda: read_and_extract([str(jsonl)], big), 1)
    res["read_extract_jsonl"] = {
        **rates(t, n, nbytes),
        "errors": errs,
        "events": events,
        "reader_splits_jsonl": n == manifest["documents"],
    }
    res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return res


def articles(paths: list[str], repeat: int) -> dict[str, Any]:
    """Extraction alone over real-style articles (``--articles``, e.g. tests/gold: the
    annotated articles, longer and denser in custody facts than the synthetic ones)."""
    docs, errors = read_all(paths, load_settings())
    if docs:
        extract(docs[0])  # the lexicons load on the first call
    nbytes = sum(len(d.text.encode("utf-8")) for d in docs)

    def run() -> None:
        for doc in docs:
            extract(doc)

    t, _ = timed(run, repeat)
    return {**rates(t, len(docs), nbytes), "errors": len(errors), "paths": paths}


def latency(each: list[tuple[str, float, int]]) -> dict[str, Any]:
    ms = sorted(s * 1000 for _, s, _ in each)
    slowest = sorted(each, key=lambda e: -e[1])[:5]
    return {
        "p50_ms": round(percentile(ms, 0.50), 3),
        "p95_ms": round(percentile(ms, 0.95), 3),
        "p99_ms": round(percentile(ms, 0.99), 3),
        "max_ms": round(ms[-1], 3) if ms else 0.0,
        "slowest": [{"id": i, "ms": round(s * 1000, 2)} for i, s, _ in slowest],
    }


def yields(each: list[tuple[str, float, int]], labels: dict[str, Any]) -> dict[str, Any]:
    """How many documents got at least one event, by label (a rough sanity check)."""
    out: dict[str, Any] = {}
    for label in ("custody", "other"):
        rows = [e for e in each if labels.get(e[0], {}).get("label") == label]
        hit = sum(1 for e in rows if e[2])
        out[label] = {"docs": len(rows), "with_events": hit, "events": sum(e[2] for e in rows)}
    return out


# ------------------------------------------------------------------ command line


def custody_exe(stub: bool) -> list[str]:
    if stub:
        return [sys.executable, "-c", STUB_CLI]
    beside = Path(sys.executable).parent / "custody"
    found = str(beside) if beside.exists() else shutil.which("custody")
    if not found:
        sys.exit("bench: the custody command is not installed (pip install -e .)")
    return [found]


# Runs the command from a small, fresh interpreter and reports the command's own
# rusage. On Linux a child's ru_maxrss starts at its parent's resident size at
# fork (and survives exec), so a command forked straight from this process,
# which holds the whole corpus, would report this process's peak, not its own.
LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as f:
    json.dump({"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss,
               "exit": os.waitstatus_to_exitcode(status)}, f)
"""


def run_child(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run argv with stdout to /dev/null; its wall time, CPU time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        report, err_path = Path(tmp) / "rusage.json", Path(tmp) / "stderr"
        with open(err_path, "wb") as err, open(os.devnull, "wb") as null:
            subprocess.run(
                [sys.executable, "-I", "-S", "-c", LAUNCHER, str(report), *argv],
                stdout=null,
                stderr=err,
                cwd=cwd,
                env={**os.environ, **(env or {})},
                check=False,
            )
        usage = json.loads(report.read_text())
        errors = err_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return {
        "wall_s": usage["wall_s"],
        "cpu_s": usage["cpu_s"],
        "peak_rss_mb": round(usage["maxrss_kb"] / 1024, 1),
        "exit": usage["exit"],
        "stderr_lines": len(errors),
        "stderr_head": errors[:3],
    }


def cli_runs(
    argv: list[str],
    cwd: Path,
    repeat: int,
    docs: int,
    nbytes: int,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    runs = [run_child(argv, cwd, env) for _ in range(repeat)]
    walls = [r["wall_s"] for r in runs]
    best = min(walls)
    return {
        "command": "custody " + " ".join(argv[-2:]),
        "best_s": round(best, 4),
        "median_s": round(statistics.median(walls), 4),
        "cpu_s_best_run": round(runs[walls.index(best)]["cpu_s"], 4),
        "docs": docs,
        "docs_per_s": round(docs / best, 1),
        "mb_per_s": round(nbytes / MB / best, 2),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "exit": runs[-1]["exit"],
        "stderr_lines": runs[-1]["stderr_lines"],
        "stderr_head": runs[-1]["stderr_head"],
    }


def cli(
    corpus: Path, manifest: dict[str, Any], repeat: int, jsonl_ok: bool, stub: bool
) -> dict[str, Any]:
    exe = custody_exe(stub)
    n, nbytes = manifest["documents"], manifest["bytes"]
    help_run = run_child([*exe, "--help"], corpus)
    one = min((corpus / "txt").glob("*.txt"))  # start-up + one document: the fixed cost
    res: dict[str, Any] = {
        "startup": {
            "command": "custody --help",
            "wall_s": round(help_run["wall_s"], 4),
            "peak_rss_mb": help_run["peak_rss_mb"],
        },
        "extract_one": cli_runs([*exe, "extract", str(one)], corpus, repeat, 1, one.stat().st_size),
        "extract_txt": cli_runs([*exe, "extract", str(corpus / "txt")], corpus, repeat, n, nbytes),
    }
    if jsonl_ok:
        jsonl = corpus / "batch.jsonl"
        env = {"CUSTODY_MAX_BYTES": str(max_bytes_for(jsonl))}
        argv = [*exe, "extract", str(jsonl)]
        res["extract_jsonl"] = cli_runs(argv, corpus, repeat, n, nbytes, env)
    return res


# ------------------------------------------------------------------ report


def table(results: dict[str, Any]) -> str:
    lib, cmd = results["library"], results.get("cli", {})
    rows = [("measure", "docs", "best s", "docs/s", "MB/s", "peak MB")]

    def add(name: str, r: dict[str, Any], rss: Any = "") -> None:
        if r.get("exit", 0) != 0:  # a command that failed has no speed to report
            rows.append((name, str(r["docs"]), "FAILED", f"exit {r['exit']}", "", ""))
            return
        rows.append(
            (
                name,
                str(r["docs"]),
                f"{r['best_s']:.3f}",
                f"{r['docs_per_s']:,.1f}",
                f"{r['mb_per_s']:.2f}",
                str(rss),
            )
        )

    add("library: read only", lib["read_only"])
    if not results["extractor"].startswith("stub"):
        add("library: extract, mixed stream", lib["extract_mixed"])
        add("library: extract, custody subset", lib["extract_custody"])
        add("library: extract, other subset", lib["extract_other"])
    add("library: read+extract, mixed", lib["read_extract_mixed"], lib["peak_rss_mb"])
    add("library: read+extract, custody", lib["read_extract_custody"])
    if "extract_one" in cmd:
        r = cmd["extract_one"]
        add("cli: custody extract, 1 document", r, r["peak_rss_mb"])
    if "extract_txt" in cmd:
        add("cli: custody extract txt/", cmd["extract_txt"], cmd["extract_txt"]["peak_rss_mb"])
    if "extract_jsonl" in cmd:
        r = cmd["extract_jsonl"]
        add("cli: custody extract batch.jsonl", r, r["peak_rss_mb"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    lat = lib["latency"]
    lines.append("")
    lines.append(
        f"extract latency per document: p50 {lat['p50_ms']} ms, p95 {lat['p95_ms']} ms, "
        f"p99 {lat['p99_ms']} ms, max {lat['max_ms']} ms; first call "
        f"{lib['first_extract_call_s']} s"
    )
    y = lib["yield"]
    lines.append(
        f"documents with events: custody {y['custody']['with_events']}/"
        f"{y['custody']['docs']}, other {y['other']['with_events']}/{y['other']['docs']}"
    )
    if "startup" in cmd:
        s = cmd["startup"]
        lines.append(f"cli start-up (custody --help): {s['wall_s']} s, {s['peak_rss_mb']} MB")
    if not lib["read_extract_jsonl"]["reader_splits_jsonl"]:
        lines.append("batch.jsonl: the reader does not split it into documents yet (skipped)")
    return "\n".join(lines)


def load_corpus(corpus: Path, n: int, seed: int, share: float = DEFAULT_SHARE) -> dict[str, Any]:
    manifest_path = corpus / "manifest.json"
    if manifest_path.exists():
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (
            manifest.get("documents") == n
            and manifest.get("seed") == seed
            and manifest.get("custody") == round(n * share)
        ):
            return manifest
    print(f"bench: making a corpus of {n} documents in {corpus}", file=sys.stderr)
    make_corpus(n, corpus, seed, share)
    return json.loads(manifest_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def share_sweep(shares: list[float], n: int, seed: int, repeat: int) -> list[dict[str, Any]]:
    """``custody extract`` on streams that differ only in their share of custody articles
    (bench/out/corpus-share-NNpct, same size and seed): how the mix moves the speed."""
    rows: list[dict[str, Any]] = []
    exe = custody_exe(False)
    for share in shares:
        corpus = HERE / "out" / f"corpus-share-{share * 100:g}pct".replace(".", "_")
        print(f"bench: stream with {share:.0%} custody articles ...", file=sys.stderr)
        manifest = load_corpus(corpus, n, seed, share)
        docs, nbytes = manifest["documents"], manifest["bytes"]
        jsonl = corpus / "batch.jsonl"
        env = {"CUSTODY_MAX_BYTES": str(max_bytes_for(jsonl))}
        rows.append(
            {
                "share": share,
                "documents": docs,
                "custody": manifest["custody"],
                "corpus": str(corpus),
                "extract_txt": cli_runs(
                    [*exe, "extract", str(corpus / "txt")], corpus, repeat, docs, nbytes
                ),
                "extract_jsonl": cli_runs(
                    [*exe, "extract", str(jsonl)], corpus, repeat, docs, nbytes, env
                ),
            }
        )
    return rows


def sweep_table(rows: list[dict[str, Any]], floor: float = FLOOR_DOCS_PER_S) -> str:
    lines = [
        "custody share  custody docs  files docs/s  jsonl docs/s  peak MB",
        "-" * 62,
    ]
    for r in rows:
        txt, jl = r["extract_txt"], r["extract_jsonl"]
        speeds = ["FAILED" if x["exit"] else f"{x['docs_per_s']:,.0f}" for x in (txt, jl)]
        lines.append(
            f"{r['share']:>13.0%}  {r['custody']:>12}  {speeds[0]:>12}  {speeds[1]:>12}  "
            f"{max(txt['peak_rss_mb'], jl['peak_rss_mb']):>7}"
        )
    met = [
        r["share"]
        for r in rows
        if not r["extract_txt"]["exit"] and r["extract_txt"]["docs_per_s"] >= floor
    ]
    lines.append("")
    lines.append(
        f"files path at {floor:,.0f} docs/s or more: "
        + (", ".join(f"{s:.0%}" for s in met) if met else "none of these shares")
    )
    return "\n".join(lines)


def pin(cpu: int | None) -> int | None:
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[-1] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return chosen


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus")
    p.add_argument("-n", type=int, default=5000, help="corpus size if it must be made")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--cpu", type=int, default=None, help="CPU to pin to")
    p.add_argument("--no-pin", action="store_true")
    p.add_argument("--no-cli", action="store_true", help="library figures only")
    p.add_argument(
        "--articles",
        nargs="+",
        default=None,
        metavar="PATH",
        help="also time extraction over these articles (files or folders, e.g. tests/gold)",
    )
    p.add_argument(
        "--shares",
        default=None,
        help="also time the command line on streams with these shares of custody "
        "articles, e.g. 0.02,0.05,0.10,0.15 (corpora made in bench/out/corpus-share-*)",
    )
    p.add_argument(
        "--stub-extractor",
        action="store_true",
        help="replace extract() by one returning []: the I/O and CLI baseline",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        help="default bench/out/results.json (results-stub.json with --stub-extractor)",
    )
    args = p.parse_args(argv)
    if args.stub_extractor:
        global extract
        extract = stub_extract
    name = "results-stub.json" if args.stub_extractor else "results.json"
    args.out = args.out or HERE / "out" / name

    # the command-line runs start in the corpus folder: a relative path would not be found there
    args.corpus = args.corpus.resolve()
    manifest = load_corpus(args.corpus, args.n, args.seed)
    cpu = None if args.no_pin else pin(args.cpu)
    results: dict[str, Any] = {
        "machine": {**machine(), "pinned_cpu": cpu},
        "corpus": {
            k: manifest[k] for k in ("documents", "custody", "bytes", "custody_bytes", "seed")
        }
        | {"path": str(args.corpus)},
        "repeat": args.repeat,
        "extractor": "stub (returns [])" if args.stub_extractor else "custody.extract.extract",
    }
    print("bench: library ...", file=sys.stderr)
    results["library"] = library(args.corpus, manifest, args.repeat)
    if not args.no_cli:
        print("bench: command line ...", file=sys.stderr)
        jsonl_ok = results["library"]["read_extract_jsonl"]["reader_splits_jsonl"]
        results["cli"] = cli(args.corpus, manifest, args.repeat, jsonl_ok, args.stub_extractor)
    if args.articles:
        print("bench: articles ...", file=sys.stderr)
        results["articles"] = articles(args.articles, args.repeat)
    if args.shares:
        try:
            shares = [float(x) for x in args.shares.split(",")]
        except ValueError:
            p.error(f"--shares: expected numbers between 0 and 1, got {args.shares!r}")
        if not all(0 <= x <= 1 for x in shares):
            p.error(f"--shares: expected numbers between 0 and 1, got {args.shares!r}")
        results["shares"] = share_sweep(shares, args.n, args.seed, args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    m = results["machine"]
    print(
        f"{m['cpu_model']}, {m['nproc']} CPUs (pinned to {cpu}), {m['ram_gib']} GiB; "
        f"custody {m['git_commit']}{' (modified)' if m['git_dirty'] else ''}, "
        f"extractor {m['extractor_version']}"
        + (", REPLACED BY A STUB (--stub-extractor)" if args.stub_extractor else "")
    )
    c = results["corpus"]
    print(
        f"corpus: {c['documents']} documents ({c['custody']} custody), "
        f"{c['bytes'] / MB:.1f} MB; best of {args.repeat}\n"
    )
    print(table(results))
    if "articles" in results:
        a = results["articles"]
        print(
            f"\nextraction of {a['docs']} articles from {' '.join(a['paths'])} "
            f"({a['errors']} unreadable): {a['docs_per_s']:,.1f} documents/s, "
            f"{a['mb_per_s']:.2f} MB/s"
        )
    if "shares" in results:
        print()
        print(sweep_table(results["shares"]))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
