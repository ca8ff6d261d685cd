"""The store's write path: documents with their records, many to a transaction.

:func:`write` saves a batch of documents, each with its records, in ONE
transaction. The records get their ids first (:func:`_new_event_ids`: from
the sequence on PostgreSQL, after the largest one under SQLite's write lock),
so every table's rows go in with one ``executemany`` of plain tuples on the
driver's cursor: a document costs a few rows of work instead of a dozen
statements. A document is stored whole or not at all: when a batch fails, it
is rolled back and written again one document a transaction, so that only
the document at fault fails. :func:`ingest` runs the extractor on what is
new or changed and yields each document's outcome only once its transaction
is committed: a process killed at any moment has lost nothing it reported.

Documents already stored with the same text, metadata and extractor version
are left as they are (``unchanged``); the others are ``ingested`` (new) or
``updated`` (their old records replaced).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, Table, bindparam, delete, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from custody.errors import StoreError
from custody.record import Document, Event

if TYPE_CHECKING:
    from custody.store import Store

INGESTED, UPDATED, UNCHANGED, FAILED = "ingested", "updated", "unchanged", "failed"
PEOPLE_KINDS = ("nationality", "categories", "names", "affiliation")
BATCH_DOCUMENTS = 200
"""Documents a transaction at most (bench/store_bench.py: 50 -> 200 gains a few
per cent; larger batches only delay what is reported)."""
BATCH_SECONDS = 2.0
"""A batch is written at the latest this long after its first document came
(slow inputs still get their documents committed and reported)."""
_PG_SAVE_LOCK = "custody.document:"
_INT64 = (-(2**63), 2**63 - 1)
_LOCK_KEYS = text("SELECT DISTINCT hashtext(k) AS h FROM unnest(CAST(:keys AS text[])) AS k")
_LOCK = text("SELECT pg_advisory_xact_lock(:h)")
_PG_NEXT_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, :n)"
)
_SQLITE_LARGEST_ID = text("SELECT max(id) FROM events")

E = TypeVar("E")
Extract = Callable[[Document], Sequence[Event]]


class Outcome(NamedTuple):
    """What became of one document: ``outcome`` is ingested, updated, unchanged
    or failed (then ``reason`` says why)."""

    document: Document
    outcome: str
    reason: str | None = None


# ---------------------------------------------------------------- rows


def _int64(value: int | None) -> int | None:
    """A copy for an index column; out-of-range values stay only in the JSON."""
    if value is None or not _INT64[0] <= value <= _INT64[1]:
        return None
    return value


def content_hash(doc: Document) -> str:
    import hashlib

    return "sha256:" + hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


def document_row(doc: Document, version: str, digest: str, now: str) -> dict[str, Any]:
    return {
        **doc.meta_dict(),
        "text": doc.text,
        "content_hash": digest,
        "path": doc.path,
        "ingested_at": now,
        "extractor_version": version,
    }


def event_row(doc_id: str, ordinal: int, ev: Event, version: str) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "ordinal": ordinal,
        "type": ev.type,
        "status": ev.status,
        "holder": ev.holder,
        "count_value": _int64(ev.count.value) if ev.count else None,
        "count_qualifier": ev.count.qualifier if ev.count else None,
        "date": ev.date,
        "place": ev.location.place,
        "facility": ev.location.facility,
        "intermediary": ev.intermediary,
        "deal": ev.deal,
        "aggregate": ev.aggregate,
        "source_actor": ev.source_actor,
        "record_json": json.dumps(ev.to_dict(), ensure_ascii=False, sort_keys=True),
        "extractor_version": version,
    }


def _child_rows(event_id: int, ev: Event) -> dict[str, list[dict[str, Any]]]:
    """The evidence, provenance and people rows of one record, by table name."""
    spans = [
        {"event_id": event_id, "ordinal": i, "start": _int64(e.start), "end": _int64(e.end),
         "text": e.text}
        for i, e in enumerate(ev.evidence)
    ]  # fmt: skip
    rules = [
        {
            "event_id": event_id,
            "ordinal": i,
            "field": p.field,
            "value": p.value,
            "rule": p.rule,
            "span_start": p.span.start if p.span else None,
            "span_end": p.span.end if p.span else None,
            "span_text": p.span.text if p.span else None,
        }
        for i, p in enumerate(ev.provenance)
    ]
    who = [
        {"event_id": event_id, "kind": kind, "value": value}
        for kind in PEOPLE_KINDS
        for value in getattr(ev.people, kind)
    ]
    return {"evidence": spans, "provenance": rules, "people": who}


def same(row: Any, doc: Document, digest: str, version: str) -> bool:
    """Whether the stored ``row`` already holds ``doc`` as this extractor made it."""
    return (
        row.content_hash == digest
        and row.extractor_version == version
        and all(getattr(row, k) == v for k, v in doc.meta_dict().items())
    )


# ---------------------------------------------------------------- one transaction


@dataclass
class _Pending:
    doc: Document
    records: Sequence[Event]
    digest: str


def _tables() -> dict[str, Table]:
    from custody import store

    return {
        "documents": store.documents,
        "events": store.events,
        "evidence": store.evidence,
        "provenance": store.provenance,
        "people": store.people,
    }


def _stored(conn: Connection, ids: list[str]) -> dict[str, Any]:
    """The stored rows (without text) of the documents ``ids``, by id."""
    t = _tables()["documents"]
    columns = [c for c in t.c if c.name != "text"]
    rows = conn.execute(select(*columns).where(t.c.id.in_(ids))).all()
    return {r.id: r for r in rows}


def _lock(conn: Connection, ids: list[str]) -> None:
    """On PostgreSQL, the documents' advisory locks, in one order for every writer
    (two processes saving the same document cannot both insert it)."""
    if conn.dialect.name != "postgresql":
        return  # SQLite: BEGIN IMMEDIATE already holds the database's write lock
    keys = [_PG_SAVE_LOCK + i for i in ids]
    hashes = sorted(int(h) for h in conn.execute(_LOCK_KEYS, {"keys": keys}).scalars())
    conn.execute(_LOCK, [{"h": h} for h in hashes])


def delete_records(conn: Connection, ids: list[str]) -> None:
    t = _tables()
    events = t["events"]
    if not ids:
        return
    old = select(events.c.id).where(events.c.document_id.in_(ids)).scalar_subquery()
    for name in ("evidence", "provenance", "people"):
        child = t[name]
        conn.execute(delete(child).where(child.c.event_id.in_(old)))
    conn.execute(delete(events).where(events.c.document_id.in_(ids)))


def _new_event_ids(conn: Connection, n: int) -> list[int]:
    """``n`` ids for new records, taken in the open write transaction.

    PostgreSQL: from the column's sequence, as a default would take them.
    SQLite: after the largest id, as SQLite's rowid would; safe because the
    transaction holds the database's write lock (BEGIN IMMEDIATE).
    """
    if conn.dialect.name == "postgresql":
        found = conn.execute(_PG_NEXT_IDS, {"n": n}).scalars()
        return sorted(int(i) for i in found)
    largest = int(conn.execute(_SQLITE_LARGEST_ID).scalar() or 0)
    return list(range(largest + 1, largest + 1 + n))


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    names = list(rows[0])
    insert_rows(conn, table, names, [tuple(row[n] for n in names) for row in rows])


def insert_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Rows (tuples of the columns ``names``) into ``table``, in the open transaction,
    the cheapest way the driver has: COPY on PostgreSQL (psycopg), else one
    executemany of plain tuples on the driver's cursor (SQLAlchemy's per-row
    parameter processing cost more than the database's work). A refusal raises
    SQLAlchemy's DBAPIError, as any statement's does."""
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(quote(n) for n in names)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_rows(conn, f"COPY {quote(table.name)} ({columns}) FROM STDIN", rows)
        return
    style = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(conn.dialect.paramstyle)
    if style is None:  # another driver: let SQLAlchemy bind the parameters
        conn.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        return
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({', '.join([style] * len(names))})"
    conn.exec_driver_sql(sql, rows)


def _copy_rows(conn: Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    import psycopg

    driver = conn.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc


def _insert_records(conn: Connection, pending: list[_Pending], version: str) -> None:
    t = _tables()
    rows = [
        event_row(p.doc.id, ordinal, ev, version)
        for p in pending
        for ordinal, ev in enumerate(p.records)
    ]
    if not rows:
        return
    event_ids = _new_event_ids(conn, len(rows))
    for event_id, row in zip(event_ids, rows, strict=True):
        row["id"] = event_id
    _insert_many(conn, t["events"], rows)
    children: dict[str, list[dict[str, Any]]] = {"evidence": [], "provenance": [], "people": []}
    records = (ev for p in pending for ev in p.records)
    for event_id, ev in zip(event_ids, records, strict=True):
        for name, found in _child_rows(event_id, ev).items():
            children[name].extend(found)
    for name, found in children.items():
        if found:
            _insert_many(conn, t[name], found)


def _write_transaction(conn: Connection, pending: list[_Pending], version: str) -> list[str]:
    """Write ``pending`` in the open transaction; each one's outcome."""
    t = _tables()["documents"]
    ids = [p.doc.id for p in pending]
    _lock(conn, ids)
    old = _stored(conn, ids)
    outcomes = []
    fresh: list[_Pending] = []
    for p in pending:
        row = old.get(p.doc.id)
        if row is not None and same(row, p.doc, p.digest, version):
            outcomes.append(UNCHANGED)  # another writer stored it meanwhile
        else:
            outcomes.append(UPDATED if row is not None else INGESTED)
            fresh.append(p)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    new_rows = [document_row(p.doc, version, p.digest, now) for p in fresh if p.doc.id not in old]
    changed = [p for p in fresh if p.doc.id in old]
    delete_records(conn, [p.doc.id for p in changed])
    if new_rows:
        conn.execute(t.insert(), new_rows)
    if changed:
        values = [
            {**document_row(p.doc, version, p.digest, now), "old_id": p.doc.id} for p in changed
        ]
        conn.execute(t.update().where(t.c.id == bindparam("old_id")), values)
    _insert_records(conn, fresh, version)
    return outcomes


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def write(
    engine: Engine, pending: list[tuple[Document, Sequence[Event]]], version: str
) -> list[str]:
    """Save each document with its records, all in one transaction; their outcomes.

    Raises :class:`StoreError` (nothing written) when the database refuses.
    Document ids must be distinct.
    """
    batch = [_Pending(d, r, content_hash(d)) for d, r in pending]
    what = f"document {batch[0].doc.id!r}" if len(batch) == 1 else f"{len(batch)} documents"
    try:
        with engine.connect() as conn, conn.begin():
            return _write_transaction(conn, batch, version)
    except SQLAlchemyError as exc:
        raise StoreError(f"could not save {what}: {_reason(exc)}") from None
    except (UnicodeEncodeError, ValueError) as exc:
        raise StoreError(f"could not save {what}: {exc}") from None


# ---------------------------------------------------------------- ingesting a stream


def _current(store: Store, docs: list[Document], version: str) -> set[str]:
    """The ids of ``docs`` stored already as they are (one read, no write lock)."""
    try:
        with store.engine.connect().execution_options(custody_write=False) as conn:
            old = _stored(conn, [d.id for d in docs])
    except SQLAlchemyError as exc:
        raise StoreError(f"could not read the database: {_reason(exc)}") from None
    return {d.id for d in docs if d.id in old and same(old[d.id], d, content_hash(d), version)}


def _flush(store: Store, docs: list[Document], extract: Extract, version: str) -> list[Outcome]:
    """Extract what needs it and write the batch; outcomes in ``docs`` order."""
    done: dict[int, Outcome] = {}
    pending: list[tuple[int, Document, Sequence[Event]]] = []
    current = _current(store, docs, version)
    for i, doc in enumerate(docs):
        if doc.id in current:
            done[i] = Outcome(doc, UNCHANGED)
            continue
        try:
            pending.append((i, doc, list(extract(doc))))
        except Exception as exc:  # the extractor failed on this document: go on
            done[i] = Outcome(doc, FAILED, f"extraction failed: {type(exc).__name__}: {exc}")
    if pending:
        for (i, doc, _), outcome in zip(pending, _write_each(store, pending, version), strict=True):
            done[i] = Outcome(doc, outcome[0], outcome[1])
    return [done[i] for i in range(len(docs))]


def _write_each(
    store: Store, pending: list[tuple[int, Document, Sequence[Event]]], version: str
) -> list[tuple[str, str | None]]:
    """One transaction for the batch; if it fails, one a document, to isolate the fault."""
    try:
        return [(o, None) for o in write(store.engine, [(d, r) for _, d, r in pending], version)]
    except StoreError as exc:
        if len(pending) == 1:
            return [(FAILED, str(exc))]
    results: list[tuple[str, str | None]] = []
    for _, doc, records in pending:
        try:
            results.append((write(store.engine, [(doc, records)], version)[0], None))
        except StoreError as exc:
            results.append((FAILED, str(exc)))
    return results


def ingest(
    store: Store,
    items: Iterable[Document | E],
    extract: Extract,
    version: str,
    batch_documents: int = BATCH_DOCUMENTS,
    batch_seconds: float = BATCH_SECONDS,
) -> Iterator[Outcome | E]:
    """Save every document of ``items`` with ``extract(doc)``, a batch a transaction.

    Yields an :class:`Outcome` for each document once it is committed (or has
    failed), in the order the documents came; anything in ``items`` that is
    not a document (a reading error) is yielded as it comes.
    """
    batch: list[Document] = []
    ids: set[str] = set()
    started = 0.0
    for item in items:
        if isinstance(item, Document):
            if item.id in ids:  # the same id twice: the later one must win
                yield from _flush_or_fail(store, batch, extract, version)
                batch, ids = [], set()
            if not batch:
                started = time.monotonic()
            batch.append(item)
            ids.add(item.id)
        else:
            yield item
        if batch and (len(batch) >= batch_documents or time.monotonic() - started >= batch_seconds):
            yield from _flush_or_fail(store, batch, extract, version)
            batch, ids = [], set()
    if batch:
        yield from _flush_or_fail(store, batch, extract, version)


def _flush_or_fail(
    store: Store, batch: list[Document], extract: Extract, version: str
) -> list[Outcome]:
    try:
        return _flush(store, batch, extract, version)
    except StoreError as exc:
        return [Outcome(doc, FAILED, str(exc)) for doc in batch]
