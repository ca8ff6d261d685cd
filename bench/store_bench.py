#!/usr/bin/env python3
"""Benchmark ``custody ingest`` against ``custody extract`` on the same documents.

    python bench/store_bench.py [-n 3000] [--repeat 3] [--backends sqlite,postgresql]
                                [--batch 200] [--articles PATH...] [--cpu C]

The corpus: N real-style articles as one JSON Lines file (bench/out/store-corpus-N.jsonl,
``id`` and ``text`` a line, metadata detected as for any batch), made by
cycling through the articles under ``--articles`` (default: the annotated
articles in tests/gold/*/ and, when present, ../shared/gold/real/), each copy
under its own id. Timed in child processes, pinned to one CPU:

- ``custody extract CORPUS > /dev/null``;
- ``custody --db DB ingest CORPUS`` into a fresh SQLite file, and into a
  fresh database of a throwaway PostgreSQL server (initdb + pg_ctl, Unix
  socket only) when its binaries are found;
- the same ingest with the happenings update (issue 9's step after the
  writes) switched off, which is the store's write path alone.

The children import custody from this script's repository (PYTHONPATH), so
a worktree of a commit measures that commit (docs/benchmark.md). Each figure
is the best of R runs (the median is kept too), as documents/s, with ingest /
extract. Writes bench/out/store-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RUN = "import sys; from custody.cli import main; sys.argv[0] = 'custody'; main()"
NO_HAPPENINGS = (
    "import sys, custody.happenings as h; h.update = lambda store, ids: None; "
    "from custody.cli import main; sys.argv[0] = 'custody'; main()"
)


def articles(paths: list[Path]) -> list[str]:
    texts = []
    for folder in paths:
        for f in sorted(folder.glob("*.txt")):
            texts.append(f.read_text(encoding="utf-8"))
    if not texts:
        raise SystemExit("no articles (*.txt) under " + ", ".join(map(str, paths)))
    return texts


def make_corpus(n: int, sources: list[Path]) -> Path:
    path = HERE / "out" / f"store-corpus-{n}.jsonl"
    texts = articles(sources)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"a{i:05d}", "text": texts[i % len(texts)]}) + "\n")
    return path


def child_env() -> dict[str, str]:
    """The children's environment: this repository's custody first, bytecode kept."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(REPO)
    return env


def timed(command: list[str], cpu: int | None) -> tuple[float, float]:
    """Wall seconds and the child's own CPU seconds (user + system, from rusage)."""

    def pin() -> None:
        if cpu is not None:
            os.sched_setaffinity(0, {cpu})

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=pin,
        env=child_env(),
        check=False,
    )
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])}... failed:\n{done.stderr.decode()[-2000:]}")
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, used


@contextmanager
def postgres() -> Iterator[Any]:
    """A throwaway PostgreSQL server (tests/conftest.py's), or None without binaries."""
    sys.path.insert(0, str(REPO / "tests"))
    from conftest import PostgresServer, _free_port, _pg_bin_dir, _server_user

    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        yield None
        return
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="custody-pg-"))
    (root / "socket").mkdir()
    if user is not None:
        for p in (root, root / "socket"):
            os.chown(p, user.pw_uid, user.pw_gid)
    server = PostgresServer(bin_dir=bin_dir, root=root, port=_free_port(), user=user)
    server.run("initdb", "-D", "data", "-U", server.superuser, "-A", "trust", "-E", "UTF8",
               "--no-locale", "--no-sync")  # fmt: skip
    options = f"-p {server.port} -k {server.socket_dir} -c listen_addresses=''"
    server.run("pg_ctl", "-D", "data", "-l", "server.log", "-o", options, "-w", "start")
    try:
        yield server
    finally:
        server.run("pg_ctl", "-D", "data", "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def figures(n: int, runs: list[tuple[float, float]]) -> dict[str, Any]:
    walls = [w for w, _ in runs]
    cpus = [c for _, c in runs]
    return {
        "seconds": [round(w, 2) for w in walls],
        "cpu_seconds": [round(c, 2) for c in cpus],
        "docs_per_s": round(n / min(walls), 1),
        "docs_per_s_median": round(n / statistics.median(walls), 1),
        "docs_per_cpu_s": round(n / min(cpus), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--articles", type=Path, nargs="+", default=None)
    parser.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)))
    parser.add_argument("--out", type=Path, default=HERE / "out" / "store-results.json")
    args = parser.parse_args(argv)
    sources = args.articles or sorted(p for p in (REPO / "tests" / "gold").iterdir() if p.is_dir())
    shared = REPO.parent / "shared" / "gold" / "real"
    if args.articles is None and shared.is_dir():
        sources.append(shared)
    corpus = make_corpus(args.n, sources)
    results: dict[str, Any] = {"documents": args.n, "corpus": str(corpus), "cpu": args.cpu}
    results["loadavg_start"] = os.getloadavg()[0]
    runs = measure(corpus, args.repeat, args.backends.split(","), args.batch, args.cpu)
    report(args.n, args.repeat, args.cpu, runs, results)
    results["loadavg_end"] = os.getloadavg()[0]
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


def measure(
    corpus: Path, repeat: int, backends: list[str], batch: int, cpu: int
) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each command, run ``repeat`` times in turn."""
    py = [sys.executable, "-c"]
    work = Path(tempfile.mkdtemp(prefix="custody-store-bench-"))
    runs: dict[str, list[tuple[float, float]]] = {}
    try:
        with postgres() as server:
            for r in range(repeat):
                runs.setdefault("extract", []).append(
                    timed([*py, RUN, "extract", str(corpus)], cpu)
                )
                for backend in backends:
                    if backend == "postgresql" and server is None:
                        continue
                    for label, code in (("", RUN), (" without happenings", NO_HAPPENINGS)):
                        db = str(work / f"{r}{len(label)}.db")
                        if backend == "postgresql":
                            db = server.new_database()
                        command = [*py, code, "--db", db, "ingest", "--batch", str(batch)]
                        key = f"ingest {backend}{label}"
                        runs.setdefault(key, []).append(timed([*command, str(corpus)], cpu))
                done = ", ".join(
                    f"{k} {v[-1][0]:.1f} s ({v[-1][1]:.1f} CPU)" for k, v in runs.items()
                )
                print(f"run {r + 1}: {done}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return runs


def report(
    n: int,
    repeat: int,
    cpu: int,
    runs: dict[str, list[tuple[float, float]]],
    results: dict[str, Any],
) -> None:
    base = figures(n, runs["extract"])
    results["extract"] = base
    print(f"\n{n} documents, best of {repeat}, one CPU ({cpu})")
    rates = f"{base['docs_per_s']:>8} docs/s {base['docs_per_cpu_s']:>8} docs/CPU-s"
    print(f"{'custody extract':<40} {rates}")
    for key, found in runs.items():
        if key == "extract":
            continue
        f = figures(n, found)
        f["of_extract"] = round(f["docs_per_s"] / base["docs_per_s"], 3)
        f["of_extract_cpu"] = round(f["docs_per_cpu_s"] / base["docs_per_cpu_s"], 3)
        results[key] = f
        rates = f"{f['docs_per_s']:>8} docs/s {f['docs_per_cpu_s']:>8} docs/CPU-s"
        share = f"{f['of_extract']:.0%} (wall) / {f['of_extract_cpu']:.0%} (CPU) of extract"
        print(f"{'custody ' + key:<40} {rates}  {share}")


if __name__ == "__main__":
    sys.exit(main())
