#!/usr/bin/env python3
"""Load on ``custody serve``: filtered record queries against a store of >= 100,000 records.

    python bench/serve_load.py [--records 100000] [--db bench/out/serve.db]
                               [--duration 10] [--connections 8] [--rate 500]
                               [--server-cpu 0] [--client-cpu 1]

1. Makes the store when it is missing or smaller than ``--records``: synthetic
   documents (text written here, 4 records each, holders, nationalities,
   types and dates drawn with a fixed seed) saved through
   ``Store.ingest_all``, the store's own batched write path.
2. Starts ``custody serve`` (one uvicorn worker) on a free 127.0.0.1 port,
   pinned to one CPU (``--server-cpu``); the load generator below runs in this
   process, pinned to the other CPU (``--client-cpu``).
3. The load generator is written here (asyncio, raw HTTP/1.1 keep-alive
   connections; no wrk needed). It sends GET /api/records with a rotating mix
   of filters (type, status, holder, nationality, since/until, sort, limit 50):
   - closed loop: ``--connections`` connections each sending its next request
     when the last is answered, for ``--duration`` seconds: the most requests
     a second the server answers, with latency percentiles;
   - open loop: requests sent on a fixed schedule of ``--rate`` a second for
     ``--duration`` seconds, each latency counted from its scheduled time (so
     a server that falls behind is charged for the wait): whether the server
     holds that rate, and its p99 there.
   Every answer must be 200 with a JSON body; anything else is counted as an
   error. Prints the figures and writes bench/out/serve_load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from custody.record import Count, Document, Event, Evidence, Location, People  # noqa: E402

HOLDERS = [
    "Hamas", "Israel", "Russia", "Ukraine", "Houthis", "Boko Haram", "Taliban", "Iran",
    "ELN", "Rapid Support Forces", "Azerbaijan", "Belarus", "al-Shabaab", "M23", "Syria",
]  # fmt: skip
NATIONS = [
    "Thai", "Israeli", "Palestinian", "Ukrainian", "Russian", "Nigerian", "American",
    "Colombian", "Sudanese", "Yemeni", "Armenian", "Filipino", "French", "Nepali",
]  # fmt: skip
TYPES = ["release", "release", "release", "detention", "detention", "holding", "deal", "transfer"]
STATUSES = ["occurred"] * 8 + ["planned", "demanded"]
QUERIES = [
    "type=release&holder=hamas&limit=50",
    "type=detention&status=occurred&limit=50",
    "holder=russia&since=2024-01&until=2024-06&limit=50",
    "nationality=thai&limit=50",
    "type=release&nationality=ukrainian&limit=50",
    "status=planned&holder=israel&limit=50",
    "type=holding&sort=-date&limit=50",
    "since=2024-03-01&until=2024-03-31&type=release&limit=50",
]
# Sorted on a column other than the record id, over many matches: SQLite sorts
# every match. Timed one at a time (--slow), not part of the load.
SLOW_QUERIES = [
    "type=detention&status=occurred&sort=-date&limit=50",
    "type=holding&sort=-count&limit=50",
    "type=release&nationality=ukrainian&sort=-date&limit=50",
]


def _sentence(rng: random.Random, i: int) -> tuple[str, Event]:
    holder, nation = rng.choice(HOLDERS), rng.choice(NATIONS)
    kind, status = rng.choice(TYPES), rng.choice(STATUSES)
    n = rng.randint(1, 300)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    verb = {"release": "freed", "detention": "detained", "holding": "still holds",
            "deal": "agreed to exchange", "transfer": "moved"}[kind]  # fmt: skip
    text = f"Report {i}: {holder} {verb} {n} {nation} people on {day} near the border. "
    ev = Event(
        type=kind, status=status, holder=holder, count=Count(n),
        people=People(nationality=(nation,)), date=day,
        location=Location(place="the border"),
        evidence=(Evidence(0, len(text) - 1, text[:-1]),),
    )  # fmt: skip
    return text, ev


def synthetic(n_docs: int, per_doc: int, seed: int = 7) -> Iterator[tuple[Document, list[Event]]]:
    rng = random.Random(seed)
    for d in range(n_docs):
        text, events = "", []
        for r in range(per_doc):
            sentence, ev = _sentence(rng, d * per_doc + r)
            start = len(text)
            span = ev.evidence[0]
            events.append(
                ev.with_(evidence=(Evidence(start + span.start, start + span.end, span.text),))
            )
            text += sentence
        day = max(e.date or "" for e in events)
        yield Document(id=f"bench-{d:06d}", text=text, source=f"Outlet {d % 40}",
                       title=f"Bench document {d}", published=day), events  # fmt: skip


def make_store(db: str, records: int, per_doc: int = 4) -> int:
    from custody.store import open_store

    with open_store(db) as store:
        have = sum(1 for _ in store.documents())
        if have * per_doc >= records:
            return have * per_doc
        pairs = dict(synthetic(-(-records // per_doc), per_doc))
        docs = list(pairs)
        outcomes = store.ingest_all(docs, lambda doc: pairs[doc], "bench-1")
        done = sum(1 for _ in outcomes)
    return done * per_doc


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, cpu: int | None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-I", "-c", "from custody.cli import main; main()", "--db", db,
               "serve", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("CUSTODY_")}
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    proc = subprocess.Popen(command, env=env, preexec_fn=pin, cwd=ROOT)
    for _ in range(300):
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/api/summary?type=deal", timeout=30
            ):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("custody serve exited") from None
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("custody serve did not answer")


class Conn:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def get(self, path: str) -> bool:
        """One request on this keep-alive connection: True for a 200 with a page of items."""
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = head.split(b" ", 2)[1]
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = await self.reader.readexactly(length)
        return status == b"200" and body.startswith(b'{"items":[')


async def _connect(port: int, n: int) -> list[Conn]:
    conns = []
    for _ in range(n):
        r, w = await asyncio.open_connection("127.0.0.1", port)
        conns.append(Conn(r, w))
    return conns


def _summary(latencies: list[float], errors: int, seconds: float) -> dict[str, Any]:
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2) if lat else float("nan")

    return {
        "requests": len(lat), "errors": errors, "seconds": round(seconds, 2),
        "req_per_s": round(len(lat) / seconds, 1),
        "p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99), "max_ms": pct(1.0),
    }  # fmt: skip


async def closed_loop(port: int, connections: int, duration: float) -> dict[str, Any]:
    conns = await _connect(port, connections)
    latencies: list[float] = []
    errors = 0
    end = time.perf_counter() + duration

    async def worker(c: Conn, k: int) -> None:
        nonlocal errors
        i = k
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            ok = await c.get("/api/records?" + QUERIES[i % len(QUERIES)])
            latencies.append(time.perf_counter() - t0)
            errors += not ok
            i += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(c, k) for k, c in enumerate(conns)))
    seconds = time.perf_counter() - t0
    for c in conns:
        c.writer.close()
    return _summary(latencies, errors, seconds)


async def one_at_a_time(port: int, paths: list[str], repeat: int = 20) -> dict[str, Any]:
    """Latency of each query sent alone (one connection, one request at a time)."""
    (conn,) = await _connect(port, 1)
    out = {}
    for path in paths:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            assert await conn.get("/api/records?" + path)
            times.append(time.perf_counter() - t0)
        out[path] = _summary(times, 0, sum(times))
    conn.writer.close()
    return out


async def open_loop(port: int, rate: float, duration: float, pool: int = 64) -> dict[str, Any]:
    conns = await _connect(port, pool)
    idle: asyncio.Queue[Conn] = asyncio.Queue()
    for c in conns:
        idle.put_nowait(c)
    latencies: list[float] = []
    errors = 0
    total = int(rate * duration)
    start = time.perf_counter() + 0.2

    async def one(i: int) -> None:
        nonlocal errors
        due = start + i / rate
        c = await idle.get()
        ok = await c.get("/api/records?" + QUERIES[i % len(QUERIES)])
        latencies.append(time.perf_counter() - due)
        errors += not ok
        idle.put_nowait(c)

    tasks = []
    for i in range(total):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    seconds = time.perf_counter() - start
    for c in conns:
        c.writer.close()
    result = _summary(latencies, errors, seconds)
    result["target_req_per_s"] = rate
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "serve.db"))
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--rate", type=float, default=500.0)
    ap.add_argument("--server-cpu", type=int, default=0)
    ap.add_argument("--client-cpu", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "serve_load.json"))
    args = ap.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    records = make_store(args.db, args.records)
    print(f"store: {args.db}, {records} records ({time.perf_counter() - t0:.1f} s to open/make)")
    os.sched_setaffinity(0, {args.client_cpu})
    port = free_port()
    server = start_server(args.db, port, args.server_cpu)
    try:
        asyncio.run(closed_loop(port, 2, 2.0))  # warm-up
        cpu0 = cpu_seconds(server.pid)
        closed = asyncio.run(closed_loop(port, args.connections, args.duration))
        used = cpu_seconds(server.pid) - cpu0
        closed["server_cpu_s"] = round(used, 2)
        closed["req_per_server_cpu_s"] = round(closed["requests"] / used, 1) if used else None
        cpu0 = cpu_seconds(server.pid)
        opened = asyncio.run(open_loop(port, args.rate, args.duration))
        used = cpu_seconds(server.pid) - cpu0
        opened["server_cpu_s"] = round(used, 2)
        opened["req_per_server_cpu_s"] = round(opened["requests"] / used, 1) if used else None
        alone = asyncio.run(one_at_a_time(port, QUERIES + SLOW_QUERIES))
    finally:
        server.terminate()
        server.wait(timeout=10)
    info = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((x.split(":", 1)[1].strip() for x in info if x.startswith("model name")), "?")
    result = {
        "records": records, "queries": QUERIES, "server_cpu": args.server_cpu,
        "client_cpu": args.client_cpu, "machine": f"{cpu}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "closed_loop": {"connections": args.connections, **closed}, "open_loop": opened,
        "one_at_a_time": alone, "load_average": os.getloadavg(),
    }  # fmt: skip
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    for path, r in alone.items():
        print(f"alone  p50 {r['p50_ms']:7.2f} ms  max {r['max_ms']:7.2f} ms  {path}")
    print(f"load average during the run: {result['load_average']}")
    for name in ("closed_loop", "open_loop"):
        r = result[name]
        print(
            f"{name:12} {r['req_per_s']:8.1f} req/s  p50 {r['p50_ms']} ms  p90 {r['p90_ms']} ms"
            f"  p99 {r['p99_ms']} ms  max {r['max_ms']} ms  errors {r['errors']}/{r['requests']}"
            f"  server CPU {r['server_cpu_s']} s: {r['req_per_server_cpu_s']} req per CPU-second"
        )


if __name__ == "__main__":
    main()
