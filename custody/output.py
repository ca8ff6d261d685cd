"""Human and spreadsheet views of records: fixed-width tables, explanations, CSV.

JSON Lines output is :func:`custody.record.document_line`; this module only
formats. Every function yields lines (no trailing newline) for the CLI to
print.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from custody.documents import detect_metadata
from custody.record import Count, Document, Event, People, Provenance

if TYPE_CHECKING:  # the store (and so SQLAlchemy, ~0.2 s to import) only for type checks
    from custody.store import StoredDocument

_QUALIFIER_SIGN = {"exact": "", "about": "~", "at_least": ">=", "more_than": ">", "at_most": "<="}

# (heading, width); the last column takes what is left of the line.
TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("DOCUMENT", 22),
    ("TYPE", 16),
    ("STATUS", 12),
    ("HOLDER", 18),
    ("COUNT", 8),
    ("PEOPLE", 28),
    ("DATE", 10),
    ("PLACE/FACILITY", 22),
    ("AGG", 3),
    ("EVIDENCE", 60),
)


def format_count(count: Count | None) -> str:
    """``39``, ``~190``, ``>=50``, ``>50``, ``<=10``; ``-`` when there is none."""
    if count is None:
        return "-"
    return f"{_QUALIFIER_SIGN.get(count.qualifier, count.qualifier + ' ')}{count.value}"


def format_people(people: People) -> str:
    """``Israeli, Thai / women, children / Yarden Bibas``; ``-`` when empty."""
    parts = [
        ", ".join(group) for group in (people.nationality, people.categories, people.names) if group
    ]
    if people.condition == "deceased":
        parts.append("deceased")
    return " / ".join(parts) or "-"


def format_place(ev: Event) -> str:
    parts = [p for p in (ev.location.place, ev.location.facility) if p]
    return " / ".join(parts) or "-"


def _terms(ev: Event) -> str:
    sides = [
        f"{t.holder or '?'} {format_count(t.count)} {format_people(t.people)}".strip()
        for t in ev.terms
    ]
    return "; ".join(sides)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _cell(value: str, width: int) -> str:
    value = _one_line(value)
    if len(value) > width:
        value = value[: width - 1] + "…"
    return value.ljust(width)


def _row(values: Sequence[str]) -> str:
    cells = [_cell(v, w) for v, (_, w) in zip(values, TABLE_COLUMNS, strict=True)]
    return "  ".join(cells).rstrip()


def _excerpt(ev: Event) -> str:
    return " … ".join(_one_line(e.text) for e in ev.evidence) or "-"


def table_header() -> Iterator[str]:
    yield _row([name for name, _ in TABLE_COLUMNS])
    yield _row(["-" * w for _, w in TABLE_COLUMNS])


def table_lines(doc: Document, events: Sequence[Event], *, header: bool = True) -> Iterator[str]:
    """A fixed-width table of one document's records (one row per record).

    ``header=False`` leaves out the column headings, for the second and later
    documents of a listing. A document without records gets one row saying so.
    """
    if header:
        yield from table_header()
    if not events:
        yield _row([doc.id, "(no records)", "", "", "", "", "", "", "", ""])
        return
    for ev in events:
        yield _row(
            [
                doc.id,
                ev.type,
                ev.status,
                ev.holder or "-",
                format_count(ev.count),
                f"terms: {_terms(ev)}" if ev.terms else format_people(ev.people),
                ev.date or "-",
                format_place(ev),
                "yes" if ev.aggregate else "",
                _excerpt(ev),
            ]
        )


# ---------------------------------------------------------------- explain


def _fields(ev: Event) -> list[tuple[str, str]]:
    """(field name as in the record, shown value) for every field the record has."""
    p = ev.people
    shown: list[tuple[str, str]] = [
        ("type", ev.type),
        ("status", ev.status),
        ("holder", ev.holder or "-"),
        ("count", f"{format_count(ev.count)} ({ev.count.qualifier})" if ev.count else "-"),
        ("people.nationality", ", ".join(p.nationality) or "-"),
        ("people.categories", ", ".join(p.categories) or "-"),
        ("people.names", ", ".join(p.names) or "-"),
        ("people.affiliation", ", ".join(p.affiliation) or "-"),
        ("people.condition", p.condition or "-"),
        ("date", ev.date or "-"),
        ("location.place", ev.location.place or "-"),
        ("location.facility", ev.location.facility or "-"),
        ("intermediary", ev.intermediary or "-"),
        ("mediators", ", ".join(ev.mediators) or "-"),
        ("deal", ev.deal or "-"),
    ]
    if ev.terms:
        shown.append(("terms", _terms(ev)))
    shown += [
        ("aggregate", "yes" if ev.aggregate else "no"),
        ("source_actor", ev.source_actor or "-"),
    ]
    return shown


def _belongs(rule: Provenance, name: str) -> bool:
    """Does a provenance entry explain this field? (``people`` explains its parts.)"""
    f = rule.field
    return f == name or f.startswith((name + ".", name + "[")) or name.startswith(f + ".")


def _rule_line(rule: Provenance) -> str:
    where = ""
    if rule.span is not None:
        where = f" @ [{rule.span.start}:{rule.span.end}] {json.dumps(rule.span.text)}"
    return f"      <- {rule.rule} ({json.dumps(rule.value, ensure_ascii=False)}){where}"


def _span_check(doc: Document, start: int, end: int, quoted: str) -> str:
    if not doc.text:
        return ""
    return "" if doc.text[start:end] == quoted else "  (!) differs from the document text"


def explain_lines(doc: Document, events: Sequence[Event]) -> Iterator[str]:
    """For each record: its fields, each with the rules that set it, then its evidence."""
    meta = ", ".join(f"{k}={v}" for k, v in doc.meta_dict().items() if k != "id" and v)
    yield f"document {doc.id}" + (f" ({meta})" if meta else "")
    yield f"  published {doc.published or '-'}  <- {_published_from(doc)}"
    if not events:
        yield "  no records"
    for n, ev in enumerate(events, start=1):
        yield f"  record {n}: {ev.type} {ev.status}" + (
            " [not reportable]" * (not ev.is_reportable())
        )
        used: set[int] = set()
        width = max(len(name) for name, _ in _fields(ev))
        for name, value in _fields(ev):
            yield f"    {name.ljust(width)}  {value}"
            for i, rule in enumerate(ev.provenance):
                if _belongs(rule, name):
                    used.add(i)
                    yield _rule_line(rule)
        others = [r for i, r in enumerate(ev.provenance) if i not in used]
        if others:
            yield "    other rules:"
            for rule in others:
                yield f"      {rule.field}:" + _rule_line(rule).strip().removeprefix("<-")
        yield "    evidence:" + (" none" if not ev.evidence else "")
        for e in ev.evidence:
            check = _span_check(doc, e.start, e.end, e.text)
            yield f"      [{e.start}:{e.end}] {json.dumps(e.text, ensure_ascii=False)}{check}"


# ---------------------------------------------------------------- CSV

DOCUMENT_CSV_COLUMNS = (
    "id",
    "source",
    "url",
    "title",
    "published",
    "language",
    "events",
    "extractor_version",
    "ingested_at",
)

EVENT_CSV_COLUMNS = (
    "document",
    "source",
    "published",
    "type",
    "status",
    "holder",
    "count_value",
    "count_qualifier",
    "nationality",
    "categories",
    "names",
    "affiliation",
    "condition",
    "date",
    "place",
    "facility",
    "intermediary",
    "mediators",
    "deal",
    "terms",
    "aggregate",
    "source_actor",
    "evidence",
)

_LIST_SEP = "; "


def csv_line(values: Iterable[object]) -> str:
    """One CSV row (RFC 4180 quoting), without its line ending."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(["" if v is None else v for v in values])
    return buffer.getvalue()


def event_csv_rows(doc: Document, events: Sequence[Event]) -> Iterator[list[object]]:
    """One row per record, in the order of :data:`EVENT_CSV_COLUMNS`."""
    for ev in events:
        p = ev.people
        yield [
            doc.id,
            doc.source,
            doc.published,
            ev.type,
            ev.status,
            ev.holder,
            ev.count.value if ev.count else None,
            ev.count.qualifier if ev.count else None,
            _LIST_SEP.join(p.nationality),
            _LIST_SEP.join(p.categories),
            _LIST_SEP.join(p.names),
            _LIST_SEP.join(p.affiliation),
            p.condition,
            ev.date,
            ev.location.place,
            ev.location.facility,
            ev.intermediary,
            _LIST_SEP.join(ev.mediators),
            ev.deal,
            json.dumps([t.to_dict() for t in ev.terms], ensure_ascii=False) if ev.terms else None,
            "true" if ev.aggregate else "false",
            ev.source_actor,
            " | ".join(f"[{e.start}:{e.end}] {e.text}" for e in ev.evidence),
        ]


def event_csv_lines(
    doc: Document, events: Sequence[Event], *, header: bool = True
) -> Iterator[str]:
    if header:
        yield csv_line(EVENT_CSV_COLUMNS)
    for row in event_csv_rows(doc, events):
        yield csv_line(row)


def document_csv_lines(docs: Iterable[StoredDocument]) -> Iterator[str]:
    """A header, then one row per stored document (:data:`DOCUMENT_CSV_COLUMNS`)."""
    yield csv_line(DOCUMENT_CSV_COLUMNS)
    for d in docs:
        m = d.document.meta_dict()
        yield csv_line([*m.values(), d.event_count, d.extractor_version, d.ingested_at])


DOCUMENT_TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("ID", 24),
    ("PUBLISHED", 10),
    ("SOURCE", 22),
    ("LANG", 4),
    ("EVENTS", 6),
    ("TITLE", 60),
)


def document_table_lines(docs: Iterable[StoredDocument]) -> Iterator[str]:
    """A fixed-width table of stored documents, one row each."""
    cols = DOCUMENT_TABLE_COLUMNS

    def row(values: Sequence[str]) -> str:
        return "  ".join(_cell(v, w) for v, (_, w) in zip(values, cols, strict=True)).rstrip()

    yield row([name for name, _ in cols])
    yield row(["-" * w for _, w in cols])
    for d in docs:
        doc = d.document
        yield row(
            [
                doc.id,
                doc.published or "-",
                doc.source or "-",
                doc.language,
                str(d.event_count),
                doc.title or "-",
            ]
        )


def _published_from(doc: Document) -> str:
    """Where the document's publication date came from: the text (and which part of it),
    or the input that gave the document (a feed, a page's meta tags, a JSON field)."""
    if not doc.text:
        return "the input" if doc.published else "nothing: no text"
    detected = detect_metadata(doc.text, url=doc.url)
    if doc.published is None:
        return "nothing: the text gives no date of its own that can be trusted"
    if detected.published == doc.published and detected.published_rule:
        return detected.published_rule
    return "the input (a feed, the page's meta tags or a JSON field), not the text"
