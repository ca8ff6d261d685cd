#!/usr/bin/env python3
"""``custody extract`` against ``custody ingest`` in ONE process, phase by phase.

    python bench/ingest_phases.py CORPUS.jsonl [--repeat 3] [--backends sqlite,postgresql]

bench/store_bench.py times each command in its own process; on a shared
machine their CPU seconds swing by a third from one run to the next, more
than the differences measured. Here one process, warmed up (modules
imported, lexicons loaded), runs in turn and times with ``time.process_time``:

1. ``custody extract CORPUS`` (its output to /dev/null);
2. ``custody --db DB ingest CORPUS`` into a fresh store, with
   ``custody.happenings.update`` timed on its own: the write path is the
   command's time less the update's.

so the three figures of one round share the machine's state. On PostgreSQL
(a throwaway server, as bench/store_bench.py starts it) the server's work is
in its own processes and not counted. Prints, for each round, documents per
CPU second and ingest / extract (whole command and write path alone) and
ingest with / without the update (issue 9); then the medians.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _cli(args: list[str]) -> None:
    from custody.cli import main

    with contextlib.suppress(SystemExit):
        main(args, prog_name="custody")


def one_round(corpus: Path, db: str) -> dict[str, float]:
    import custody.happenings as happenings

    spent: dict[str, float] = {"update": 0.0}
    real_update = happenings.update

    def timed_update(store: Any, ids: Any) -> int:
        started = time.process_time()
        try:
            return real_update(store, ids)
        finally:
            spent["update"] += time.process_time() - started

    started = time.process_time()
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        _cli(["extract", str(corpus)])
    spent["extract"] = time.process_time() - started
    happenings.update = timed_update
    try:
        started = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            _cli(["--db", db, "ingest", str(corpus)])
        spent["ingest"] = time.process_time() - started
    finally:
        happenings.update = real_update
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    n = sum(1 for _ in args.corpus.open(encoding="utf-8"))
    from custody.extract import extract
    from custody.record import Document

    extract(Document(id="warm", text="Rebels freed 12 hostages on Monday."))  # lexicons loaded
    sys.path.insert(0, str(HERE))
    from store_bench import postgres

    found: dict[str, list[dict[str, float]]] = {}
    work = Path(tempfile.mkdtemp(prefix="custody-phases-"))
    with postgres() as server:
        for r in range(args.repeat):
            for backend in args.backends.split(","):
                if backend == "postgresql" and server is None:
                    continue
                db = server.new_database() if backend == "postgresql" else str(work / f"{r}.db")
                s = one_round(args.corpus, db)
                found.setdefault(backend, []).append(s)
                print(_line(f"round {r + 1} {backend}", n, s), flush=True)
    for backend, rounds in found.items():
        median = {k: statistics.median(s[k] for s in rounds) for k in rounds[0]}
        print(_line(f"median {backend}", n, median))
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


def _line(label: str, n: int, s: dict[str, float]) -> str:
    write = s["ingest"] - s["update"]
    return (
        f"{label}: extract {s['extract']:.2f} CPU s ({n / s['extract']:.0f} docs/CPU-s), "
        f"ingest {s['ingest']:.2f} (update {s['update']:.2f}): ingest / extract "
        f"{s['extract'] / s['ingest']:.0%}, write path alone {s['extract'] / write:.0%}, "
        f"with / without update {write / s['ingest']:.0%}"
    )


if __name__ == "__main__":
    sys.exit(main())
