"""Parquet tables of documents and records (schema: docs/exports.md).

``DOCUMENT_SCHEMA`` and ``RECORD_SCHEMA`` are the contract shared with the
Spark job: a record row is the record of docs/event-record.md with its
document's id and its index in that document; ``people``, ``location`` and
``count`` are structs, ``terms`` and ``evidence`` lists of structs.
pyarrow is imported here at the top: this module is imported only by the
export command, the server's export endpoint and the Spark job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from custody.exports import ExportError
from custody.record import Count, Document, Event, People

_INT64 = (-(2**63), 2**63 - 1)

_STRINGS = pa.list_(pa.string())

COUNT_TYPE = pa.struct([("value", pa.int64()), ("qualifier", pa.string())])
PEOPLE_TYPE = pa.struct(
    [
        ("nationality", _STRINGS),
        ("categories", _STRINGS),
        ("names", _STRINGS),
        ("affiliation", _STRINGS),
        ("condition", pa.string()),
    ]
)
LOCATION_TYPE = pa.struct([("place", pa.string()), ("facility", pa.string())])
TERM_TYPE = pa.struct([("holder", pa.string()), ("count", COUNT_TYPE), ("people", PEOPLE_TYPE)])
EVIDENCE_TYPE = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])

DOCUMENT_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("published", pa.string()),
        pa.field("language", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ]
)

RECORD_SCHEMA = pa.schema(
    [
        pa.field("document_id", pa.string(), nullable=False),
        pa.field("record_index", pa.int32(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("holder", pa.string()),
        pa.field("count", COUNT_TYPE),
        pa.field("people", PEOPLE_TYPE, nullable=False),
        pa.field("date", pa.string()),
        pa.field("location", LOCATION_TYPE, nullable=False),
        pa.field("intermediary", pa.string()),
        pa.field("mediators", _STRINGS, nullable=False),
        pa.field("deal", pa.string()),
        pa.field("terms", pa.list_(TERM_TYPE), nullable=False),
        pa.field("aggregate", pa.bool_(), nullable=False),
        pa.field("source_actor", pa.string()),
        pa.field("evidence", pa.list_(EVIDENCE_TYPE), nullable=False),
    ]
)


HAPPENING_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("holder", pa.string()),
        pa.field("count", COUNT_TYPE),
        pa.field("people", PEOPLE_TYPE),
        pa.field("date", pa.string()),
        pa.field("window", pa.struct([("start", pa.string()), ("end", pa.string())])),
        pa.field("location", LOCATION_TYPE),
        pa.field("intermediary", pa.string()),
        pa.field("mediators", _STRINGS),
        pa.field("deal", pa.string()),
        pa.field("terms_json", pa.string()),
        pa.field("aggregate", pa.bool_(), nullable=False),
        pa.field(
            "support",
            pa.struct(
                [("records", pa.int32()), ("documents", pa.int32()), ("outlets", pa.int32())]
            ),
        ),
        pa.field("outlets", _STRINGS),
        pa.field(
            "figures",
            pa.list_(
                pa.struct(
                    [
                        ("value", pa.int64()),
                        ("qualifier", pa.string()),
                        ("documents", _STRINGS),
                        ("outlets", _STRINGS),
                    ]
                )
            ),
        ),
        pa.field("disagreements", _STRINGS),
        pa.field(
            "records", pa.list_(pa.struct([("document", pa.string()), ("index", pa.int32())]))
        ),
        pa.field("rule", pa.string()),
        pa.field("first_seen", pa.string()),
        pa.field("last_seen", pa.string()),
    ]
)


def happening_row(h: Any) -> dict[str, Any]:
    """One row of HAPPENING_SCHEMA from a happening's ``to_dict()`` (terms kept as JSON)."""
    import json

    d: dict[str, Any] = h.to_dict()
    window = d.pop("window") or [None, None]
    d["window"] = {"start": window[0], "end": window[1]}
    d["terms_json"] = json.dumps(d.pop("terms"), ensure_ascii=False, sort_keys=True)
    people = d["people"]
    d["people"] = {k: people.get(k) or [] for k in ("nationality", "categories", "names")}
    d["people"]["affiliation"] = people.get("affiliation") or []
    d["people"]["condition"] = people.get("condition")
    return d


def write_happenings(items: Iterable[Any], path: Path) -> int:
    """Write happenings to a Parquet file; returns how many were written."""
    rows = [happening_row(h) for h in items]
    pq.write_table(pa.Table.from_pylist(rows, schema=HAPPENING_SCHEMA), str(path))
    return len(rows)


def _count(count: Count | None, where: str) -> dict[str, Any] | None:
    if count is None:
        return None
    if not _INT64[0] <= count.value <= _INT64[1]:
        raise ExportError(f"{where}: count {count.value} does not fit a 64-bit integer")
    return count.to_dict()


def _people(people: People) -> dict[str, Any]:
    return people.to_dict()


def _int64(value: int, where: str) -> int:
    if not _INT64[0] <= value <= _INT64[1]:
        raise ExportError(f"{where}: offset {value} does not fit a 64-bit integer")
    return value


def record_row(doc_id: str, index: int, ev: Event) -> dict[str, Any]:
    """One row of RECORD_SCHEMA as a dict (also used by the Spark job)."""
    where = f"document {doc_id!r}, record {index}"
    return {
        "document_id": doc_id,
        "record_index": index,
        "type": ev.type,
        "status": ev.status,
        "holder": ev.holder,
        "count": _count(ev.count, where),
        "people": _people(ev.people),
        "date": ev.date,
        "location": ev.location.to_dict(),
        "intermediary": ev.intermediary,
        "mediators": list(ev.mediators),
        "deal": ev.deal,
        "terms": [
            {"holder": t.holder, "count": _count(t.count, where), "people": _people(t.people)}
            for t in ev.terms
        ],
        "aggregate": ev.aggregate,
        "source_actor": ev.source_actor,
        "evidence": [
            {"start": _int64(e.start, where), "end": _int64(e.end, where), "text": e.text}
            for e in ev.evidence
        ],
    }


def document_row(doc: Document) -> dict[str, Any]:
    """One row of DOCUMENT_SCHEMA as a dict."""
    return {**doc.meta_dict(), "text": doc.text}


def documents_table(docs: Iterable[Document]) -> pa.Table:
    """A table of DOCUMENT_SCHEMA, one row per document."""
    return pa.Table.from_pylist([document_row(d) for d in docs], schema=DOCUMENT_SCHEMA)


def records_table(items: Iterable[tuple[Document, Sequence[Event]]]) -> pa.Table:
    """A table of RECORD_SCHEMA, one row per record, in the order given."""
    rows = [record_row(doc.id, i, ev) for doc, events in items for i, ev in enumerate(events)]
    return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)


_BATCH = 5_000


def write_records(items: Iterable[tuple[Document, Sequence[Event]]], path: Path) -> int:
    """Write records to a Parquet file in batches; returns how many were written."""
    written = 0
    with pq.ParquetWriter(str(path), RECORD_SCHEMA) as writer:
        batch: list[dict[str, Any]] = []
        for doc, events in items:
            batch.extend(record_row(doc.id, i, ev) for i, ev in enumerate(events))
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
                written += len(batch)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
            written += len(batch)
    return written


def write_documents(docs: Iterable[Document], path: Path) -> int:
    """Write documents to a Parquet file in batches; returns how many were written."""
    written = 0
    with pq.ParquetWriter(str(path), DOCUMENT_SCHEMA) as writer:
        batch: list[dict[str, Any]] = []
        for doc in docs:
            batch.append(document_row(doc))
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=DOCUMENT_SCHEMA))
                written += len(batch)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=DOCUMENT_SCHEMA))
            written += len(batch)
    return written
