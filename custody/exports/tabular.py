"""CSV and JSON Lines exports of records, documents and happenings.

CSV rows are one record (or document, or happening) each, lists joined with
``"; "``, RFC 4180 quoting; the writer adds a UTF-8 byte-order mark when asked
so that spreadsheet programs read the text as UTF-8. JSON Lines are the record
format (docs/event-record.md) or a happening's ``to_dict()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from custody.output import (
    DOCUMENT_CSV_COLUMNS,
    EVENT_CSV_COLUMNS,
    csv_line,
    event_csv_rows,
)
from custody.record import Document, Event, document_line

if TYPE_CHECKING:
    from custody.happenings import Happening
    from custody.store import StoredDocument

_SEP = "; "

RECORD_CSV_COLUMNS = ("record_index", *EVENT_CSV_COLUMNS)

HAPPENING_CSV_COLUMNS = (
    "id",
    "type",
    "status",
    "holder",
    "count_value",
    "count_qualifier",
    "nationality",
    "categories",
    "names",
    "date",
    "window_start",
    "window_end",
    "place",
    "facility",
    "deal",
    "aggregate",
    "support_records",
    "support_documents",
    "support_outlets",
    "outlets",
    "figures",
    "disagreements",
    "records",
)


def _json_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_csv_lines(items: Iterable[tuple[Document, Sequence[Event]]]) -> Iterator[str]:
    """A header, then one row per record (its index in its document first)."""
    yield csv_line(RECORD_CSV_COLUMNS)
    for doc, events in items:
        for index, row in enumerate(event_csv_rows(doc, events)):
            yield csv_line([index, *row])


def record_jsonl_lines(items: Iterable[tuple[Document, Sequence[Event]]]) -> Iterator[str]:
    """One line per document with its records: exactly docs/event-record.md."""
    for doc, events in items:
        yield _json_line(document_line(doc, list(events)))


def document_csv_lines(docs: Iterable[StoredDocument]) -> Iterator[str]:
    yield csv_line(DOCUMENT_CSV_COLUMNS)
    for d in docs:
        m = d.document.meta_dict()
        yield csv_line([*m.values(), d.event_count, d.extractor_version, d.ingested_at])


def document_jsonl_lines(docs: Iterable[StoredDocument]) -> Iterator[str]:
    for d in docs:
        yield _json_line({**d.document.meta_dict(), "events": d.event_count})


def _happening_row(h: Happening) -> list[object]:
    people = h.people
    return [
        h.id,
        h.type,
        h.status,
        h.holder,
        h.count[0] if h.count else None,
        h.count[1] if h.count else None,
        _SEP.join(people.get("nationality") or ()),
        _SEP.join(people.get("categories") or ()),
        _SEP.join(people.get("names") or ()),
        h.date,
        h.window[0],
        h.window[1],
        h.location.get("place"),
        h.location.get("facility"),
        h.deal,
        "true" if h.aggregate else "false",
        h.support.records,
        h.support.documents,
        h.support.outlets,
        _SEP.join(h.outlets),
        _SEP.join(f"{f.value} ({', '.join(f.outlets)})" for f in h.figures),
        _SEP.join(h.disagreements),
        _SEP.join(f"{r.document}#{r.index}" for r in h.records),
    ]


def happening_csv_lines(items: Iterable[Happening]) -> Iterator[str]:
    yield csv_line(HAPPENING_CSV_COLUMNS)
    for h in items:
        yield csv_line(_happening_row(h))


def happening_jsonl_lines(items: Iterable[Happening]) -> Iterator[str]:
    for h in items:
        yield _json_line(h.to_dict())
