"""Batched store writes: many documents a transaction, each stored whole or not at all,
nothing reported lost when the process is killed (kill -9), re-ingesting changes nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from custody.errors import InputError
from custody.ingest import read_paths
from custody.record import Count, Document, Event
from custody.settings import Settings
from custody.store import Store, open_store
from custody.store_write import FAILED, INGESTED, UNCHANGED, UPDATED, Outcome

ROOT = Path(__file__).resolve().parent.parent


def doc(i: int, body: str = "text") -> Document:
    return Document(id=f"d{i}", text=f"{body} {i}", published="2024-01-02", path=f"p{i}")


def records_for(d: Document) -> list[Event]:
    n = int(d.id[1:])
    return [Event(type="release", count=Count(n + k)) for k in range(n % 3)]


def outcomes(found: Iterator[object]) -> list[tuple[str, str]]:
    out = []
    for item in found:
        assert isinstance(item, Outcome)
        out.append((item.document.id, item.outcome))
    return out


def stored(store: Store) -> dict[str, list[Event]]:
    return {d.id: events for d, events in store.events()}


def test_batches_store_what_one_at_a_time_stores(tmp_path: Path, store: Store) -> None:
    docs = [doc(i) for i in range(10)]
    found = outcomes(store.ingest_all(docs, records_for, "v1", batch_documents=3))
    assert found == [(d.id, INGESTED) for d in docs]
    with open_store(str(tmp_path / "one.db")) as single:
        for d in docs:
            single.save(d, records_for(d), "v1")
        assert stored(store) == stored(single)
    assert [s.event_count for s in store.documents()] == [len(records_for(d)) for d in docs]


def test_reingesting_changes_nothing_and_extracts_nothing(store: Store) -> None:
    docs = [doc(i) for i in range(7)]
    list(store.ingest_all(docs, records_for, "v1", batch_documents=4))
    before = [(s.document, s.ingested_at, s.event_count) for s in store.documents()]
    calls: list[str] = []

    def counting(d: Document) -> list[Event]:
        calls.append(d.id)
        return records_for(d)

    found = outcomes(store.ingest_all(docs, counting, "v1", batch_documents=4))
    assert found == [(d.id, UNCHANGED) for d in docs] and calls == []
    assert [(s.document, s.ingested_at, s.event_count) for s in store.documents()] == before
    changed = [doc(i, "new") if i in (2, 5) else doc(i) for i in range(7)]
    found = outcomes(store.ingest_all(changed, counting, "v1", batch_documents=4))
    assert [o for _, o in found] == [UPDATED if i in (2, 5) else UNCHANGED for i in range(7)]
    assert calls == ["d2", "d5"]


def test_one_bad_document_fails_alone(store: Store) -> None:
    def sometimes_bad(d: Document) -> list[Event]:
        if d.id == "d3":
            return [Event(type="release", holder="\udc80")]  # not encodable: the database refuses
        if d.id == "d5":
            raise RuntimeError("extractor bug")
        return records_for(d)

    items: list[Document | InputError] = [doc(i) for i in range(8)]
    items.insert(4, InputError("x.txt", "empty file"))
    found = list(store.ingest_all(items, sometimes_bad, "v1", batch_documents=8))
    assert [f for f in found if not isinstance(f, Outcome)] == [items[4]]  # passed through
    results = [(o.document.id, o.outcome) for o in found if isinstance(o, Outcome)]
    assert results == [(f"d{i}", FAILED if i in (3, 5) else INGESTED) for i in range(8)]
    reasons = {o.document.id: o.reason for o in found if isinstance(o, Outcome) and o.reason}
    assert "could not save document 'd3'" in str(reasons["d3"])
    assert reasons["d5"] == "extraction failed: RuntimeError: extractor bug"
    assert sorted(stored(store)) == [f"d{i}" for i in range(8) if i not in (3, 5)]


def test_the_same_id_twice_in_a_stream_keeps_the_later(store: Store) -> None:
    docs = [doc(1), doc(2), doc(1, "again")]
    found = outcomes(store.ingest_all(docs, records_for, "v1", batch_documents=10))
    assert found == [("d1", INGESTED), ("d2", INGESTED), ("d1", UPDATED)]
    (first,) = [s.document for s in store.documents() if s.document.id == "d1"]
    assert first.text == "again 1"


# ---------------------------------------------------------------- kill -9


def _corpus(path: Path, copies: int) -> list[Document]:
    """The examples' documents, each under ``copies`` ids, as one JSON Lines file."""
    found = read_paths([str(ROOT / "examples")], Settings())
    base = [d for d in found if isinstance(d, Document)]
    docs = [
        Document(id=f"{d.id}-{k}", text=d.text, title=d.title, published=d.published, path=None)
        for k in range(copies)
        for d in base
    ]
    with path.open("w", encoding="utf-8") as out:
        for d in docs:
            line = {"id": d.id, "text": d.text, "title": d.title, "published": d.published}
            out.write(json.dumps(line) + "\n")
    return docs


def _ingest(db: str, batch: Path, *extra: str) -> subprocess.Popen[str]:
    run = "from custody.cli import main; main(prog_name='custody')"
    command = [sys.executable, "-c", run, "--db", db, "ingest", "-v", *extra, str(batch)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


PIPE_BYTES = 4096  # the smallest pipe Linux makes (one page)


def _small_pipe() -> tuple[int, int]:
    """A pipe that holds PIPE_BYTES: a child writing to it blocks once that much of its
    output is unread, so it cannot run ahead of the reader (Linux's F_SETPIPE_SZ)."""
    import fcntl

    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("needs a pipe whose size can be set (Linux F_SETPIPE_SZ)")
    read_end, write_end = os.pipe()
    assert fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES) == PIPE_BYTES
    return read_end, write_end


def _extracted(batch: Path) -> dict[str, int]:
    """How many records ``custody extract`` gives each document, in a child process
    just before the ingest's, so that both run the extractor as it is on disk now
    (in a shared work tree it changes while the tests run)."""
    run = "from custody.cli import main; main(prog_name='custody')"
    done = subprocess.run(
        [sys.executable, "-c", run, "extract", str(batch)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return {line["document"]["id"]: len(line["events"]) for line in lines}


def _check_whole(db: str, docs: list[Document], expected: dict[str, int]) -> set[str]:
    """Every stored document holds all its records, nothing dangles; the ids stored."""
    with open_store(db) as store:
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            for child in ("evidence", "provenance", "people"):
                orphans = conn.execute(
                    text(f"SELECT count(*) FROM {child} c WHERE NOT EXISTS "
                         "(SELECT 1 FROM events e WHERE e.id = c.event_id)")
                ).scalar()  # fmt: skip
                assert orphans == 0, child
        counts = {s.document.id: s.event_count for s in store.documents()}
    for doc_id, n in counts.items():
        assert n == expected[doc_id], doc_id
    return set(counts)


@pytest.mark.slow
def test_kill_9_during_a_batched_ingest_loses_nothing_reported(tmp_path: Path, db_url: str) -> None:
    """The ingest is killed once it has reported its first batch. It cannot have
    finished by then, however the machine's load times the two processes: its
    output goes to a one-page pipe that this test reads only up to that point,
    and the whole of it is more than that page and a batch hold."""
    batch = tmp_path / "batch.jsonl"
    docs = _corpus(batch, copies=15)
    expected = _extracted(batch)
    assert len(expected) == len(docs) >= 300
    line_bytes = min(len(f"ingested {d.id}\n") for d in docs)
    assert (len(docs) - 2 * 16) * line_bytes > PIPE_BYTES, "the whole output fits the pipe"
    read_end, write_end = _small_pipe()
    run = "from custody.cli import main; main(prog_name='custody')"
    command = [sys.executable, "-c", run, "--db", db_url, "ingest", "-v", "--batch", "16"]
    with (tmp_path / "stderr").open("wb") as log:
        process = subprocess.Popen([*command, str(batch)], stdout=write_end, stderr=log)
    os.close(write_end)
    reported = []
    with os.fdopen(read_end, "rb", buffering=0) as pipe:  # unbuffered: read no line ahead
        while line := pipe.readline():
            reported.append(line.decode().split()[1])
            if len(reported) == 16:  # one batch committed and reported
                os.kill(process.pid, signal.SIGKILL)
                break
        process.wait()
    stderr = (tmp_path / "stderr").read_text(errors="replace")[-2000:]
    assert process.returncode == -signal.SIGKILL, f"the ingest ended before it was killed: {stderr}"
    present = _check_whole(db_url, docs, expected)
    assert set(reported) <= present and len(present) < len(docs)
    again = _ingest(db_url, batch)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    outcome = dict(line.split()[::-1] for line in out.splitlines()[:-1])
    assert all(outcome[i] == "unchanged" for i in present)
    assert {i for i, o in outcome.items() if o == "ingested"} == set(expected) - present
    assert _check_whole(db_url, docs, expected) == set(expected)
    last = _ingest(db_url, batch)
    out, _ = last.communicate(timeout=600)
    assert out.splitlines()[-1] == f"0 ingested, 0 updated, {len(docs)} unchanged, 0 failed"
    if "://" not in db_url:
        with sqlite3.connect(db_url) as conn:
            assert conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone() == (
                len(docs),
            )
