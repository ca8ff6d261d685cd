"""CPU seconds of a process tree by kind of process, sampled from /proc (Linux).

    with ProcessTreeCPU(pid) as tree:   # a thread reads /proc every ``every`` s
        ...                             # wait for the process
    tree.seconds()   # {"driver": s, "jvm": s, "workers": s, "other": s}
    tree.since_first("workers")  # the same from the first worker's first CPU tick
    tree.jvm_thread_seconds()    # the JVM's CPU seconds by thread name
    tree.timeline    # [(seconds since start, {kind: cumulative s}), ...]

Each process of the tree (the root and every descendant) is read at each
sample; a process's last reading counts, so a process that lives less than
``every`` seconds, or the last ``every`` seconds of one, may be missed (Spark's
Python workers live through the job). Kinds, for ``custody spark``: the root
is the driver (the Python running the job); ``java`` is the JVM; a Python
whose command line names ``pyspark.daemon`` or ``pyspark.worker`` (the
daemon and the workers it forks) is a worker; the rest (the shell scripts
that start Java) is other. Used by bench/warc_spark.py; see docs/benchmark.md.
"""

from __future__ import annotations

import os
import re
import threading
import time
from typing import Any

TICK = os.sysconf("SC_CLK_TCK")
KINDS = ("driver", "jvm", "workers", "other")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds user + system) of a live process, or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            text = f.read().decode("latin-1")
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK


def _kind(pid: int, root: int) -> str:
    if pid == root:
        return "driver"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().split(b"\0")
    except OSError:
        return "other"
    if argv and os.path.basename(argv[0]) == b"java":
        return "jvm"
    if any(b"pyspark.daemon" in a or b"pyspark.worker" in a for a in argv):
        return "workers"
    return "other"


class ProcessTreeCPU:
    """Samples the CPU seconds of ``root`` and its descendants, by kind."""

    def __init__(self, root: int, every: float = 0.2) -> None:
        self.root, self.every = root, every
        self.last: dict[int, tuple[str, float]] = {}
        self.timeline: list[tuple[float, dict[str, float]]] = []
        self.jvm_threads: dict[tuple[int, int], tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = time.monotonic()

    def __enter__(self) -> ProcessTreeCPU:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        stats = {}
        for name in os.listdir("/proc"):
            if name.isdigit() and (s := _stat(int(name))) is not None:
                stats[int(name)] = s
        tree, grew = {self.root}, True
        while grew:
            more = {p for p, (ppid, _) in stats.items() if ppid in tree and p not in tree}
            tree |= more
            grew = bool(more)
        for pid in tree & stats.keys():
            known = self.last.get(pid, ("other", 0.0))[0]
            kind = known if known != "other" else _kind(pid, self.root)  # bash execs java
            self.last[pid] = (kind, stats[pid][1])
            if kind == "jvm":
                self._threads(pid)
        self.timeline.append((round(time.monotonic() - self._started, 2), self.seconds()))

    def _threads(self, pid: int) -> None:
        """The JVM's threads' CPU seconds, kept by (pid, thread id) with their names."""
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat", "rb") as f:
                    text = f.read().decode("latin-1")
            except OSError:
                continue
            name = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            cpu = (int(fields[11]) + int(fields[12])) / TICK
            self.jvm_threads[(pid, int(tid))] = (name, cpu)

    def jvm_thread_seconds(self, top: int = 12) -> dict[str, float]:
        """The JVM's CPU seconds by thread name (digits dropped), the biggest first."""
        totals: dict[str, float] = {}
        for name, cpu in self.jvm_threads.values():
            key = re.sub(r"[-#\s]*\d+$", "", name) or name
            totals[key] = totals.get(key, 0.0) + cpu
        ranked = sorted(totals.items(), key=lambda kv: -kv[1])[:top]
        return {k: round(v, 2) for k, v in ranked if v > 0}

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def since_first(self, kind: str = "workers") -> dict[str, float]:
        """CPU seconds by kind from the first sample where ``kind`` had used any
        (for Spark: from the first Python worker, about the job's first task)."""
        first = next((c for _, c in self.timeline if c[kind] > 0), None)
        if first is None:
            return dict.fromkeys(KINDS, 0.0)
        last = self.seconds()
        return {k: round(last[k] - first[k], 2) for k in KINDS}

    def seconds(self) -> dict[str, float]:
        totals = dict.fromkeys(KINDS, 0.0)
        for kind, cpu in self.last.values():
            totals[kind] += cpu
        return {k: round(v, 2) for k, v in totals.items()}
