#!/usr/bin/env python3
"""Benchmark the corpus layer: `custody resolve` over 1,000,000 stored records, and
`custody ingest` with and without resolution.

    python bench/resolve.py [--records N] [--cpu C] [--ingest-docs M] [--skip-ingest]

1. Generates a store of N records (default 1,000,000; 4 records a document, so
   N/4 documents of about 120 words, 5% of them copies of an earlier one's wire
   story) written straight into the tables, as `custody ingest` would have left
   them: reports of a pool of N/8 true events (a holder, a day, a figure, a
   nationality), each report dated, undated (published up to 3 days later) or
   off by one in its figure, plus running totals, detentions and holdings.
   Kept in bench/out/resolve-N.db and reused when present.
2. Times `custody resolve` on it twice, pinned to one CPU (taskset) under
   /usr/bin/time: first with no document signed (the MinHash signatures of all
   documents are made), then again (signatures current: the rebuild).
3. Times `custody ingest` of bench/out/corpus/batch.jsonl (bench/make_corpus.py,
   M documents) into a fresh store, with resolution and with
   custody.happenings.update replaced by a no-op, best of 3 each.

Prints the figures and writes them to bench/out/resolve.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable

HOLDERS = [f"Actor {c}{n}" for c in "ABCDEFGH" for n in range(5)]
NATIONS = ["Thai", "Israeli", "Palestinian", "Ukrainian", "Russian", "Nepali", "Yemeni", "", ""]
WORDS = [
    f"{a}{b}"
    for a in ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze")
    for b in range(500)
]


def _record(kind: str, holder: str, count: int | None, nation: str, day: str | None,
            aggregate: bool = False) -> dict[str, Any]:  # fmt: skip
    return {
        "type": kind, "status": "occurred", "holder": holder,
        "count": {"value": count, "qualifier": "exact"} if count is not None else None,
        "people": {"nationality": [nation] if nation else [], "categories": [], "names": [],
                   "affiliation": [], "condition": None},
        "date": day, "location": {"place": None, "facility": None}, "intermediary": None,
        "mediators": [], "deal": None, "terms": [], "aggregate": aggregate,
        "source_actor": None, "evidence": [],
    }  # fmt: skip


def _documents(n_docs: int, rnd: random.Random) -> Any:
    start = date(2022, 1, 1)
    pool = [
        (rnd.choice(HOLDERS), start + timedelta(days=rnd.randrange(1095)),
         rnd.randint(1, 400), rnd.choice(NATIONS))
        for _ in range(max(1, n_docs // 2))
    ]  # fmt: skip
    texts: list[str] = []
    for i in range(n_docs):
        holder, day, count, nation = rnd.choice(pool)
        published = day + timedelta(days=rnd.randrange(4))
        if texts and rnd.random() < 0.05:
            text = "UPDATED " + rnd.choice(texts[-2000:])  # a copy of a wire story
        else:
            text = " ".join(rnd.choice(WORDS) for _ in range(120))
        texts.append(text)
        own = rnd.random()
        first = _record(
            "release", holder, count if own < 0.8 else count + 1, nation,
            day.isoformat() if own < 0.6 else None,
        )  # fmt: skip
        h2, d2, c2, n2 = rnd.choice(pool)
        second = _record("release", h2, c2, n2, d2.isoformat() if rnd.random() < 0.5 else None)
        third = _record("release", holder, count * 3, "", day.isoformat(), aggregate=True)
        fourth = _record(rnd.choice(["detention", "holding"]), holder, rnd.randint(1, 50), nation,
                         day.isoformat() if rnd.random() < 0.7 else None)  # fmt: skip
        yield (
            f"b{i:07d}",
            published.isoformat(),
            f"Outlet {rnd.randrange(300)}",
            text,
            [first, second, third, fourth],
        )


def make_store(path: Path, records: int, seed: int) -> None:
    from sqlalchemy import insert

    from custody.record import Document
    from custody.store import content_hash, documents, events, open_store

    rnd = random.Random(seed)
    now = "2026-12-06T00:00:00+00:00"
    with open_store(str(path)) as store, store.engine.begin() as conn:
        docs: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        next_id = 1
        for doc_id, published, source, text, recs in _documents(records // 4, rnd):
            docs.append({
                "id": doc_id, "source": source, "url": None, "title": None,
                "published": published, "language": "en", "text": text,
                "content_hash": content_hash(Document(id=doc_id, text=text)), "path": None,
                "ingested_at": now, "extractor_version": "bench",
            })  # fmt: skip
            for ordinal, r in enumerate(recs):
                rows.append({
                    "id": next_id, "document_id": doc_id, "ordinal": ordinal,
                    "type": r["type"], "status": r["status"], "holder": r["holder"],
                    "count_value": r["count"]["value"] if r["count"] else None,
                    "count_qualifier": "exact" if r["count"] else None, "date": r["date"],
                    "place": None, "facility": None, "intermediary": None, "deal": None,
                    "aggregate": r["aggregate"], "source_actor": None,
                    "record_json": json.dumps(r, sort_keys=True), "extractor_version": "bench",
                })  # fmt: skip
                next_id += 1
            if len(rows) >= 20000:
                conn.execute(insert(documents), docs)
                conn.execute(insert(events), rows)
                docs, rows = [], []
        if docs:
            conn.execute(insert(documents), docs)
            conn.execute(insert(events), rows)


def forget_happenings(db: Path) -> None:
    """Empty the corpus layer's tables: the next resolve signs every document."""
    from sqlalchemy import delete

    from custody.happenings import tables
    from custody.store import open_store

    with open_store(str(db)) as store, store.engine.begin() as conn:
        for table in reversed(tables.metadata.sorted_tables):
            conn.execute(delete(table))


def timed(cmd: list[str], cpu: int | None, env: dict[str, str] | None = None) -> dict[str, Any]:
    pin = ["taskset", "-c", str(cpu)] if cpu is not None else []
    full = ["/usr/bin/time", "-v", *pin, *cmd]
    began = time.perf_counter()
    done = subprocess.run(full, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr[-3000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", done.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", done.stderr)
    cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
    return {
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2) if cpu is not None else None,
        "max_rss_mb": round(int(rss.group(1)) / 1024, 1) if rss else None,
        "stdout": done.stdout.strip().splitlines()[-1:] if done.stdout else [],
    }


# The children import custody from this script's repository (a worktree of a commit
# measures that commit), not from wherever the venv's editable install points.
_PATH = f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
NO_RESOLVE = (
    _PATH + "import custody.happenings as h; h.update = lambda store, ids: 0; "
    "from custody.cli import main; sys.argv[0] = 'custody'; main()"
)
WITH_RESOLVE = _PATH + "from custody.cli import main; sys.argv[0] = 'custody'; main()"


def bench_ingest(docs: int, cpu: int | None, repeat: int, corpus: Path | None) -> dict[str, Any]:
    if corpus is None:
        corpus = OUT / "corpus" / "batch.jsonl"
        if not corpus.exists():
            subprocess.run([PY, str(ROOT / "bench" / "make_corpus.py"), str(docs)], check=True)
    env = dict(os.environ, CUSTODY_MAX_BYTES=str(max(corpus.stat().st_size + 1, 5_000_000)))
    n = sum(1 for _ in corpus.open(encoding="utf-8"))
    out: dict[str, Any] = {"documents": n, "corpus": str(corpus)}
    runs: dict[str, list[dict[str, Any]]] = {"with_resolution": [], "without_resolution": []}
    for r in range(repeat):  # interleaved, so that load from others weighs on both alike
        for label, code in (("with_resolution", WITH_RESOLVE), ("without_resolution", NO_RESOLVE)):
            db = OUT / f"ingest-{label}-{r}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            runs[label].append(
                timed([PY, "-I", "-c", code, "--db", str(db), "ingest", str(corpus)], cpu, env)
            )
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    for label, done in runs.items():
        best_wall = min(x["seconds"] for x in done)
        best_cpu = min(x["cpu_seconds"] or best_wall for x in done)
        out[label] = {
            "seconds": [x["seconds"] for x in done],
            "cpu_seconds": [x["cpu_seconds"] for x in done],
            "docs_per_s_wall": round(n / best_wall, 1),
            "docs_per_cpu_s": round(n / best_cpu, 1),
        }
    out["ratio_wall"] = round(
        out["with_resolution"]["docs_per_s_wall"] / out["without_resolution"]["docs_per_s_wall"], 3
    )
    out["ratio_cpu"] = round(
        out["with_resolution"]["docs_per_cpu_s"] / out["without_resolution"]["docs_per_cpu_s"], 3
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)))
    parser.add_argument("--ingest-docs", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-resolve", action="store_true")
    parser.add_argument("--corpus", type=Path, help="JSON Lines to ingest (default: make_corpus)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"records": args.records, "cpu": args.cpu}
    if not args.skip_resolve:
        db = OUT / f"resolve-{args.records}.db"
        if not db.exists():
            began = time.perf_counter()
            make_store(db, args.records, args.seed)
            print(f"made {db} in {time.perf_counter() - began:.0f} s", flush=True)
        custody = [PY, "-I", "-c", WITH_RESOLVE, "--db", str(db), "resolve"]
        forget_happenings(db)
        result["resolve_first"] = timed(custody, args.cpu)
        print("resolve, no document signed yet:", result["resolve_first"], flush=True)
        result["resolve_again"] = timed(custody, args.cpu)
        print("resolve again (signatures current):", result["resolve_again"], flush=True)
    if not args.skip_ingest:
        result["ingest"] = bench_ingest(args.ingest_docs, args.cpu, args.repeat, args.corpus)
        print("ingest:", json.dumps(result["ingest"]), flush=True)
    name = "resolve.json" if not args.skip_resolve else "resolve-ingest.json"
    (OUT / name).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
