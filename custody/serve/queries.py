"""Read helpers for the API and the dashboard: pages of records and documents,
sorting, and the summary counts, as SQLAlchemy Core queries on the store's tables.

Filters mean exactly what they mean for ``custody events`` (the store's
:class:`~custody.store.Filters`); every value reaches the database as a bound
parameter. Records come back as their stored JSON text, which the API sends
without decoding and encoding it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from sqlalchemy import Connection, bindparam, exists, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from custody.store import (
    Filters,
    Store,
    _ci,
    _document_conditions,
    _event_conditions,
    documents,
    events,
    people,
)

MAX_PAGE = 500
DEFAULT_PAGE = 50

RECORD_SORTS: dict[str, Any] = {
    "id": events.c.id,
    "date": events.c.date,
    "published": documents.c.published,
    "count": events.c.count_value,
    "holder": events.c.holder,
    "type": events.c.type,
    "document": events.c.document_id,
}
DOCUMENT_SORTS: dict[str, Any] = {
    "published": documents.c.published,
    "id": documents.c.id,
    "source": documents.c.source,
    "ingested": documents.c.ingested_at,
}


@dataclass(frozen=True)
class Page:
    """Which slice of a sorted list: ``sort`` is a key, ``-key`` for descending."""

    limit: int = DEFAULT_PAGE
    offset: int = 0
    sort: str = "id"


@dataclass(frozen=True)
class RecordRow:
    document: str
    index: int
    published: str | None
    source: str | None
    title: str | None
    record_json: str


def _read(store: Store) -> Connection:
    return store.engine.connect().execution_options(custody_write=False)


def _order(sort: str, columns: dict[str, Any], tiebreak: Any, dialect: str) -> list[Any]:
    """Sorted by the key, undated/uncounted rows last on every backend, then by id.

    SQLite puts NULLs last in a descending order by itself; saying NULLS LAST
    there would stop it from reading the order off an index (e.g. ``ix_events_date``).
    """
    key = sort.removeprefix("-")
    column = columns[key]
    descending = sort.startswith("-")
    if column is tiebreak:  # never null: a plain order the primary key serves
        return [tiebreak.desc() if descending else tiebreak.asc()]
    if descending:
        first = column.desc() if dialect == "sqlite" else column.desc().nulls_last()
        return [first, tiebreak.desc()]
    return [column.asc().nulls_last(), tiebreak.asc()]


def refresh_statistics(store: Store) -> bool:
    """SQLite: ANALYZE (sampled), so the planner knows which index narrows a query
    (PostgreSQL's autovacuum keeps its own). Best effort: False when it could not."""
    if store.engine.dialect.name != "sqlite":
        return False
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit = 20000")
            conn.exec_driver_sql("ANALYZE")
    except SQLAlchemyError:
        return False
    return True


def _record_conditions(f: Filters) -> list[ColumnElement[bool]]:
    cond = _event_conditions(f)
    if f.source:
        cond.append(_ci(documents.c.source, f.source))
    if f.document:
        cond.append(events.c.document_id == f.document)
    return cond


def _bound_values(f: Filters) -> dict[str, Any]:
    """The values of the filters given, under the names of their bound parameters."""
    values: dict[str, Any] = {}
    if f.type:
        values["f_type"] = f.type
    if f.status:
        values["f_status"] = f.status
    if f.holder:
        values["f_holder"] = f.holder.lower()
    if f.nationality:
        values["f_nationality"] = f.nationality.lower()
    if f.since:
        values.update(f_since=f.since, f_month=f.since[:7])
    if f.until:
        values["f_until"] = f.until if len(f.until) == 10 else f.until + "-99"
    if f.source:
        values["f_source"] = f.source.lower()
    if f.document:
        values["f_document"] = f.document
    return values


def _bound_conditions(names: set[str]) -> list[ColumnElement[bool]]:
    """The conditions of :func:`custody.store._event_conditions` (and source/document)
    for the parameters in ``names``, each value a named bound parameter, so that one
    statement serves every query of the same shape."""
    cond: list[ColumnElement[bool]] = []
    if "f_type" in names:
        cond.append(events.c.type == bindparam("f_type"))
    if "f_status" in names:
        cond.append(events.c.status == bindparam("f_status"))
    if "f_holder" in names:
        cond.append(func.lower(events.c.holder) == bindparam("f_holder"))
    if "f_nationality" in names:
        cond.append(
            exists().where(
                people.c.event_id == events.c.id,
                people.c.kind == "nationality",
                func.lower(people.c.value) == bindparam("f_nationality"),
            )
        )
    if "f_since" in names:
        cond.append(
            (events.c.date >= bindparam("f_since")) | (events.c.date == bindparam("f_month"))
        )
    if "f_until" in names:
        cond.append(events.c.date <= bindparam("f_until"))
    if "f_source" in names:
        cond.append(func.lower(documents.c.source) == bindparam("f_source"))
    if "f_document" in names:
        cond.append(events.c.document_id == bindparam("f_document"))
    return cond


_STATEMENTS: dict[tuple[Any, ...], Any] = {}


def _records_statement(f: Filters, sort: str, dialect: str) -> tuple[Any, dict[str, Any]]:
    """The page query for this shape of filters and sort (built once, then reused)."""
    values = _bound_values(f)
    key = (frozenset(values), sort, dialect)
    statement = _STATEMENTS.get(key)
    if statement is None:
        statement = _build_records_statement(set(values), sort, dialect)
        _STATEMENTS[key] = statement
    return statement, values


def _build_records_statement(names: set[str], sort: str, dialect: str) -> Any:
    needs_documents = "f_source" in names or sort.removeprefix("-") == "published"
    source = events.join(documents, documents.c.id == events.c.document_id)
    chosen = (
        select(events.c.id)
        .select_from(source if needs_documents else events)
        .where(*_bound_conditions(names))
        .order_by(*_order(sort, RECORD_SORTS, events.c.id, dialect))
        .limit(bindparam("p_limit"))
        .offset(bindparam("p_offset"))
        .subquery("chosen")
    )
    return (
        select(
            events.c.document_id,
            events.c.ordinal,
            documents.c.published,
            documents.c.source,
            documents.c.title,
            events.c.record_json,
        )
        .select_from(
            chosen.join(events, events.c.id == chosen.c.id).join(
                documents, documents.c.id == events.c.document_id
            )
        )
        .order_by(*_order(sort, RECORD_SORTS, events.c.id, dialect))
    )


_INDEXED = frozenset({"type", "status", "holder", "document"})


def index_served(f: Filters, page: Page) -> bool:
    """True when an index gives this page's rows in page order, so the query stops
    after about a page of rows: in record-id order, filtered only on the type
    (``ix_events_type``, ``ix_events_type_status``), the holder
    (``ix_events_holder_ci``) or the document, not far into the list. Such a query
    takes about a millisecond; the API runs it without a thread hop."""
    given = {k for k in ("type", "status", "holder", "nationality", "since", "until",
                         "source", "document") if getattr(f, k)}  # fmt: skip
    return (
        page.sort.removeprefix("-") == "id"
        and page.offset <= 5_000
        and given <= _INDEXED
        and bool(given & {"type", "holder", "document"})
    )


def list_records(store: Store, f: Filters, page: Page) -> tuple[list[RecordRow], bool]:
    """One page of matching records and whether more follow.

    The page's record ids are chosen in a subquery on the narrow ``events`` rows
    (joined to ``documents`` only when a filter or the sort needs it); only those
    rows are then joined to their JSON and documents, and sorted again (a page's
    worth). Sorting the wide rows of every match would cost far more. The
    statement is built once per shape of filters and sort; values are bound.
    """
    statement, values = _records_statement(f, page.sort, store.engine.dialect.name)
    values.update(p_limit=page.limit + 1, p_offset=page.offset)
    with _read(store) as conn:
        rows = conn.execute(statement, values).all()
    found = [RecordRow(*row) for row in rows[: page.limit]]
    return found, len(rows) > page.limit


def list_documents(store: Store, f: Filters, page: Page) -> tuple[list[dict[str, Any]], bool]:
    """One page of matching documents' metadata (with their record counts)."""
    counts = (
        select(func.count())
        .select_from(events)
        .where(events.c.document_id == documents.c.id)
        .scalar_subquery()
    )
    meta = [documents.c[k] for k in ("id", "source", "url", "title", "published", "language")]
    query = (
        select(*meta, documents.c.ingested_at, counts.label("events"))
        .where(*_document_conditions(f))
        .order_by(*_order(page.sort, DOCUMENT_SORTS, documents.c.id, store.engine.dialect.name))
        .limit(page.limit + 1)
        .offset(page.offset)
    )
    with _read(store) as conn:
        rows = conn.execute(query).all()
    return [dict(r._mapping) for r in rows[: page.limit]], len(rows) > page.limit


def _source(f: Filters, base: Any = events) -> Any:
    """``base`` joined to documents only when the source filter needs them."""
    if not f.source:
        return base
    return base.join(documents, documents.c.id == events.c.document_id)


def _counted(conn: Connection, column: Any, f: Filters, top: int) -> list[dict[str, Any]]:
    query = (
        select(column.label("key"), func.count().label("records"))
        .select_from(_source(f))
        .where(*_record_conditions(f))
        .group_by(column)
        .order_by(func.count().desc(), column)
        .limit(top)
    )
    return [{"key": r.key, "records": int(r.records)} for r in conn.execute(query)]


def counts(store: Store) -> tuple[int, int]:
    """How many records and documents the store holds."""
    with _read(store) as conn:
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
    return int(n_events), int(n_docs)


def summary(store: Store, f: Filters, top: int = 50) -> dict[str, Any]:
    """Record counts by type, status, holder, nationality and month (the record's date)."""
    month = func.substr(events.c.date, 1, 7)
    who = people.alias("who")  # the nationality filter's subquery reads `people` itself
    nationality = (
        select(who.c.value.label("key"), func.count().label("records"))
        .select_from(_source(f, who.join(events, events.c.id == who.c.event_id)))
        .where(who.c.kind == "nationality", *_record_conditions(f))
        .group_by(who.c.value)
        .order_by(func.count().desc(), who.c.value)
        .limit(top)
    )
    total = select(func.count()).select_from(_source(f)).where(*_record_conditions(f))
    with _read(store) as conn:
        return {
            "records": int(conn.execute(total).scalar_one()),
            "documents": int(
                conn.execute(select(func.count()).select_from(documents)).scalar_one()
            ),
            "by_type": _counted(conn, events.c.type, f, top),
            "by_status": _counted(conn, events.c.status, f, top),
            "by_holder": _counted(conn, events.c.holder, f, top),
            "by_nationality": [
                {"key": r.key, "records": int(r.records)} for r in conn.execute(nationality)
            ],
            "by_month": sorted(_counted(conn, month, f, 10_000), key=lambda d: d["key"] or "~"),
        }


# ---------------------------------------------------------------- overview


def week_of(day: str) -> str | None:
    """The Monday (YYYY-MM-DD) of the ISO week holding ``day``; None for a month-only date."""
    if len(day) != 10:
        return None
    try:
        d = Date.fromisoformat(day)
    except ValueError:
        return None
    return Date.fromordinal(d.toordinal() - d.weekday()).isoformat()


def weekly_reports(store: Store) -> list[dict[str, Any]]:
    """Records (reports, not people) of releases and detentions per week and holder."""
    query = select(events.c.type, events.c.holder, events.c.date).where(
        events.c.type.in_(("release", "detention")),
        events.c.status == "occurred",
        events.c.aggregate.is_(False),
        events.c.date.is_not(None),
    )
    tally: Counter[tuple[str, str, str]] = Counter()
    with _read(store) as conn:
        for r in conn.execute(query):
            week = week_of(r.date)
            if week:
                tally[(week, r.type, r.holder or "unknown")] += 1
    return [
        {"week": w, "type": t, "holder": h, "value": n} for (w, t, h), n in sorted(tally.items())
    ]


def latest_holdings(store: Store) -> list[dict[str, Any]]:
    """Per holder, the latest counted holding record: how many it holds, when, where said."""
    query = (
        select(
            events.c.holder,
            events.c.count_value,
            events.c.count_qualifier,
            events.c.date,
            documents.c.published,
            events.c.document_id,
            events.c.ordinal,
        )
        .select_from(events.join(documents, documents.c.id == events.c.document_id))
        .where(
            events.c.type == "holding",
            events.c.status == "occurred",
            events.c.holder.is_not(None),
            events.c.count_value.is_not(None),
        )
    )
    latest: dict[str, dict[str, Any]] = {}
    with _read(store) as conn:
        for r in conn.execute(query):
            when = r.date or r.published or ""
            seen = latest.get(r.holder)
            if seen is None or (when, r.document_id) > (seen["as_of"] or "", seen["document"]):
                latest[r.holder] = {
                    "holder": r.holder,
                    "value": int(r.count_value),
                    "qualifier": r.count_qualifier,
                    "as_of": when or None,
                    "document": r.document_id,
                    "index": int(r.ordinal),
                }
    return sorted(latest.values(), key=lambda d: (-d["value"], d["holder"]))


def record_json_items(rows: Sequence[RecordRow]) -> list[str]:
    """Each row as the JSON text of an API list item (the record under ``record``)."""
    import json

    dump = json.JSONEncoder(ensure_ascii=False).encode
    return [
        f'{{"document":{dump(r.document)},"index":{r.index},"published":{dump(r.published)},'
        f'"source":{dump(r.source)},"title":{dump(r.title)},"record":{r.record_json}}}'
        for r in rows
    ]
