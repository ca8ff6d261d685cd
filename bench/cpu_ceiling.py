#!/usr/bin/env python3
"""What two cores of this machine allow: one worker alone vs two at once.

    python bench/cpu_ceiling.py [--tries 5] [--work loop|extract] [--size S]

Each try times one worker process doing a fixed piece of work alone, then
two worker processes doing the same piece each, started together, and
prints the ratio of throughputs: 2 * alone / together (2.0 on two ideal
cores; less when the cores share caches, frequency or a hypervisor's time).

- ``--work loop``: a pure-Python integer loop (``--size`` million steps,
  default 30): the interpreter alone, no memory traffic.
- ``--work extract``: ``custody.extract.extract`` over the first ``--size``
  documents (default 8000, about 2.5 s) of bench/out/corpus-20000/batch.jsonl (made by
  bench/warc_spark.py or bench/make_corpus.py), the work of the Spark
  job's Python workers.

A Spark job's local[2] / local[1] ratio cannot be above the ceiling
measured next to it. Prints each try and the median; writes nothing.
See docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "out" / "corpus-20000" / "batch.jsonl"


def _loop(size: int) -> None:
    total = 0
    for i in range(size * 1_000_000):
        total += i * i % 7
    if total < 0:
        print(total)


def _extract(size: int) -> None:
    from custody.extract import extract
    from custody.record import document_from_dict

    with CORPUS.open(encoding="utf-8") as lines:
        for n, line in zip(range(size), lines, strict=False):
            extract(document_from_dict(json.loads(line), f"batch.jsonl:{n + 1}"))


def _worker(work: str, size: int, start: mp.Event, done: mp.Queue) -> None:
    if work == "extract":  # imports and lexicons before the clock
        from custody.extract.lexicon import load_lexicon

        load_lexicon()
    start.wait()
    began = time.perf_counter()
    try:
        (_extract if work == "extract" else _loop)(size)
    except BaseException:
        done.put(None)  # the parent reports it instead of waiting forever
        raise
    done.put(time.perf_counter() - began)


def timed(workers: int, work: str, size: int) -> float:
    """Wall seconds until ``workers`` processes have each done the work."""
    start, done = mp.Event(), mp.Queue()
    procs = [mp.Process(target=_worker, args=(work, size, start, done)) for _ in range(workers)]
    for p in procs:
        p.start()
    time.sleep(1.0 if work == "extract" else 0.2)  # let them load before the start
    start.set()
    seconds = [done.get() for _ in procs]
    for p in procs:
        p.join()
    if None in seconds:
        raise SystemExit("a worker failed (its traceback is above)")
    return max(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=5)
    parser.add_argument("--work", choices=("loop", "extract"), default="loop")
    parser.add_argument("--size", type=int, default=None, help="loop: millions; extract: docs")
    args = parser.parse_args(argv)
    size = args.size or (30 if args.work == "loop" else 8000)
    if args.work == "extract" and not CORPUS.exists():
        raise SystemExit(f"{CORPUS}: missing (run bench/warc_spark.py or bench/make_corpus.py)")
    ratios = []
    for k in range(args.tries):
        alone = timed(1, args.work, size)
        together = timed(2, args.work, size)
        ratios.append(2 * alone / together)
        print(f"try {k + 1}: one {alone:.2f} s, two at once {together:.2f} s, "
              f"ratio {ratios[-1]:.2f}", flush=True)  # fmt: skip
    print(f"{args.work}: ratio median {statistics.median(ratios):.2f}, "
          f"min {min(ratios):.2f}, max {max(ratios):.2f} over {len(ratios)} tries")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
