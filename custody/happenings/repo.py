"""The store side of happenings: read records as items, write happenings, update incrementally.

``resolve`` rebuilds every happening in one transaction; ``update`` rebuilds only
the blocks (custody/happenings/group.py) that the given documents' records are
in, were in, or whose outlet counts their copies change. Both give the same
happenings for the same stored records, because a block's happenings are a
function of the block's records alone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from custody.errors import StoreError
from custody.happenings.consensus import build
from custody.happenings.group import Item, block_key, cluster_block, url_day
from custody.happenings.model import Happening, HappeningFilters, happening_from_dict
from custody.happenings.rules import Rules, load_rules
from custody.happenings.segments import RANGE, Light, old_happenings, range_params, update_block
from custody.happenings.signatures import copies_of, load_copies, pending, refresh_signatures
from custody.happenings.tables import happening_records, happenings
from custody.store import Store, documents, events
from custody.store_write import insert_rows

_BATCH = 2000


def _item_query() -> Any:
    return select(
        events.c.document_id,
        events.c.ordinal,
        events.c.record_json,
        documents.c.published,
        documents.c.source,
        documents.c.url,
    ).join(documents, documents.c.id == events.c.document_id)


def _item(row: Any) -> Item:
    try:
        d = json.loads(row.record_json)
    except json.JSONDecodeError as exc:
        raise StoreError(
            f"stored record {row.document_id}#{row.ordinal} is damaged: {exc}"
        ) from None
    people = d.get("people") or {}
    count = d.get("count")
    loc = d.get("location") or {}
    return Item(
        document=row.document_id,
        index=int(row.ordinal),
        type=d["type"],
        status=d["status"],
        holder=d.get("holder"),
        count=int(count["value"]) if count else None,
        qualifier=count.get("qualifier") if count else None,
        nationality=frozenset(people.get("nationality") or ()),
        categories=tuple(people.get("categories") or ()),
        names=tuple(people.get("names") or ()),
        condition=people.get("condition"),
        date=d.get("date"),
        place=loc.get("place"),
        facility=loc.get("facility"),
        intermediary=d.get("intermediary"),
        mediators=tuple(d.get("mediators") or ()),
        deal=d.get("deal"),
        aggregate=bool(d.get("aggregate")),
        source_actor=d.get("source_actor"),
        terms=tuple(d.get("terms") or ()),
        published=row.published or url_day(row.url),
        outlet=row.source,
    )


def _cached(row: Any, parsed: dict[tuple[str, int], Item]) -> Item:
    """The row's item, parsed once in an update (records do not change during it)."""
    key = (row.document_id, int(row.ordinal))
    found = parsed.get(key)
    if found is None:
        found = parsed[key] = _item(row)
    return found


def _row(h: Happening, block: str) -> dict[str, Any]:
    return {
        "id": h.id,
        "block": block,
        "type": h.type,
        "status": h.status,
        "holder": h.holder,
        "count_value": h.count[0] if h.count and abs(h.count[0]) < 2**63 else None,
        "date": h.date,
        "date_lo": h.window[0],
        "date_hi": h.window[1],
        "deal": h.deal,
        "aggregate": int(h.aggregate),
        "support_records": h.support.records,
        "support_documents": h.support.documents,
        "support_outlets": h.support.outlets,
        "nationality": "|" + "|".join(n.casefold() for n in h.people.get("nationality", ())) + "|",
        "happening_json": json.dumps(h.to_dict(), ensure_ascii=False, sort_keys=True),
    }


def happenings_of_block(
    block: str, items: list[Item], copies: dict[str, set[str]], rules: Rules
) -> list[Happening]:
    return [build(c, copies, rules) for c in cluster_block(items, rules)]


class _Writer:
    """Buffers happening rows and writes them in batches on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.count = 0

    def add(self, block: str, found: list[Happening]) -> None:
        for h in found:
            self.rows.append(_row(h, block))
            self.links.extend(
                {"happening_id": h.id, "document_id": r.document, "ordinal": r.index}
                for r in h.records
            )
        self.count += len(found)
        if len(self.rows) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            names = list(self.rows[0])
            insert_rows(self.conn, happenings, names, [tuple(r.values()) for r in self.rows])
        if self.links:
            names = list(self.links[0])
            insert_rows(
                self.conn, happening_records, names, [tuple(r.values()) for r in self.links]
            )
        self.rows, self.links = [], []


def _blocks(rows: Iterable[Any]) -> Iterator[tuple[str, list[Item]]]:
    """Items grouped by block; rows arrive sorted so that a block's rows are together."""
    current: str | None = None
    items: list[Item] = []
    for row in rows:
        item = _item(row)
        key = block_key(item)
        if key != current and items:
            yield current or "", items
            items = []
        current = key
        items.append(item)
    if items:
        yield current or "", items


def _write_blocks(
    writer: _Writer, blocks: Iterable[tuple[str, list[Item]]], copies: dict[str, set[str]]
) -> None:
    rules = load_rules()
    for block, items in blocks:
        writer.add(block, happenings_of_block(block, items, copies, rules))


def _deal_blocks(
    conn: Connection, where: list[ColumnElement[bool]]
) -> list[tuple[str, list[Item]]]:
    grouped: dict[str, list[Item]] = defaultdict(list)
    query = _item_query().where(events.c.type == "deal", *where)
    for row in conn.execute(query):
        item = _item(row)
        grouped[block_key(item)].append(item)
    return sorted(grouped.items())


def resolve(store: Store) -> int:
    """Rebuild every happening (one transaction); returns how many there are."""
    try:
        with store.engine.begin() as conn:
            refresh_signatures(conn, None)
            copies = load_copies(conn)
            conn.execute(delete(happening_records))
            conn.execute(delete(happenings))
            writer = _Writer(conn)
            query = (
                _item_query()
                .where(events.c.type != "deal")
                .order_by(
                    events.c.type,
                    events.c.status,
                    events.c.holder,
                    events.c.aggregate,
                    events.c.document_id,
                    events.c.ordinal,
                )
            )
            rows = conn.execute(
                query, execution_options={"stream_results": True, "yield_per": 5000}
            )
            _write_blocks(writer, _blocks(rows), copies)
            _write_blocks(writer, _deal_blocks(conn, []), copies)
            writer.flush()
            return writer.count
    except SQLAlchemyError as exc:
        raise StoreError(f"could not resolve happenings: {_reason(exc)}") from None


def _reason(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def _block_condition(block: str) -> list[ColumnElement[bool]]:
    type_, status, holder, part = block.split("|", 3)
    return [
        events.c.type == type_,
        events.c.status == status,
        events.c.holder == holder if holder else events.c.holder.is_(None),
        events.c.aggregate == (part == "aggregate"),
    ]


def _touched_blocks(
    conn: Connection, doc_ids: list[str], partners: set[str]
) -> dict[str, list[Item]]:
    """Each block the documents' records are in (with those records), or were in."""
    found: dict[str, list[Item]] = defaultdict(list)
    docs = sorted(set(doc_ids) | partners)
    query = _item_query().where(events.c.document_id.in_(bindparam("ids", expanding=True)))
    for start in range(0, len(docs), 900):
        for row in conn.execute(query, {"ids": docs[start : start + 900]}):
            item = _item(row)
            found[block_key(item)].append(item)
    old = select(happening_records.c.happening_id).where(happening_records.c.document_id.in_(docs))
    for (block,) in conn.execute(select(happenings.c.block).where(happenings.c.id.in_(old))):
        found.setdefault(block, [])
    return found


def update(store: Store, doc_ids: list[str]) -> int:
    """Re-resolve what these documents touch; returns how many happenings were written.

    Documents an earlier update never reached (an ingest stopped before it) are
    taken too. In each block their records are in (or were in), only the segments of the
    calendar those records touch are rebuilt (custody/happenings/segments.py);
    deals, a few, are rebuilt by block.
    """
    rules = load_rules()
    try:
        with store.engine.begin() as conn:
            doc_ids = sorted(set(doc_ids) | set(pending(conn)))
            if not doc_ids:
                return 0
            partners = refresh_signatures(conn, doc_ids)
            blocks = _touched_blocks(conn, doc_ids, partners)
            changed = set(doc_ids) | partners
            old = old_happenings(conn, changed)
            parsed = {it.ref: it for items in blocks.values() for it in items}
            known: dict[str, set[str]] = {}  # copy links, read once
            writer = _Writer(conn)
            deals: dict[str, list[Item]] | None = None
            url_days: dict[str, str | None] = {}
            for block in sorted(blocks):
                if block.startswith("deal|"):
                    deals = dict(_deal_blocks(conn, [])) if deals is None else deals
                    _replace_block(conn, writer, block, rules, deals, known)
                    continue

                before = old.get(block, (set(), []))
                reader = _reader(conn, block, rules, parsed, url_days)
                update_block(
                    conn, writer, block, changed, rules, reader, blocks[block], before, known
                )
            writer.flush()
            return writer.count
    except SQLAlchemyError as exc:
        raise StoreError(f"could not update happenings: {_reason(exc)}") from None


@cache
def _block_statements(with_holder: bool) -> tuple[Any, Any]:
    """The two reads of a block (light rows by span; items of some documents), built
    once with bound parameters: ``type``, ``status``, ``holder``, ``aggregate``."""
    cond = [
        events.c.type == bindparam("type"),
        events.c.status == bindparam("status"),
        events.c.holder == bindparam("holder") if with_holder else events.c.holder.is_(None),
        events.c.aggregate == bindparam("aggregate"),
    ]
    light = (
        select(
            events.c.document_id,
            events.c.ordinal,
            events.c.date,
            events.c.status,
            documents.c.published,
            documents.c.url,
        )
        .join(documents, documents.c.id == events.c.document_id)
        .where(*cond, RANGE)
    )
    full = _item_query().where(*cond, events.c.document_id.in_(bindparam("ids", expanding=True)))
    return light, full


def _reader(
    conn: Connection,
    block: str,
    rules: Rules,
    parsed: dict[tuple[str, int], Item],
    url_days: dict[str, str | None],
) -> tuple[Any, Any]:
    """How segments.update_block reads one block: light rows by span, items by ref."""
    type_, status, holder, part = block.split("|", 3)
    light, full = _block_statements(bool(holder))
    given = {"type": type_, "status": status, "aggregate": part == "aggregate"}
    if holder:
        given["holder"] = holder

    def load(lo: int, hi: int) -> list[Light]:
        out = []
        for r in conn.execute(light, {**given, **range_params(lo, hi, rules)}):
            published = r.published
            if published is None:
                if r.document_id not in url_days:
                    url_days[r.document_id] = url_day(r.url)
                published = url_days[r.document_id]
            out.append(Light(r.document_id, int(r.ordinal), r.date, r.status, published))
        return out

    def fetch(refs: list[tuple[str, int]]) -> list[Item]:
        wanted = {r for r in refs if r not in parsed}
        docs = sorted({d for d, _ in wanted})
        for start in range(0, len(docs), 900):
            for row in conn.execute(full, {**given, "ids": docs[start : start + 900]}):
                if (row.document_id, int(row.ordinal)) in wanted:
                    _cached(row, parsed)
        return [parsed[r] for r in refs]

    return load, fetch


def _replace_block(
    conn: Connection,
    writer: _Writer,
    block: str,
    rules: Rules,
    deals: dict[str, list[Item]],
    known: dict[str, set[str]],
) -> None:
    """Rebuild a deal block whole (``deals``: every deal record by block, read once)."""
    ids = select(happenings.c.id).where(happenings.c.block == block)
    conn.execute(delete(happening_records).where(happening_records.c.happening_id.in_(ids)))
    conn.execute(delete(happenings).where(happenings.c.block == block))
    items = deals.get(block, [])
    if items:
        copies = copies_of(conn, {it.document for it in items}, known)
        writer.add(block, happenings_of_block(block, items, copies, rules))


# ---------------------------------------------------------------- reading


def _conditions(f: HappeningFilters) -> list[ColumnElement[bool]]:
    h = happenings.c
    cond: list[ColumnElement[bool]] = []
    if f.type:
        cond.append(h.type == f.type)
    if f.status:
        cond.append(h.status == f.status)
    if f.holder:
        cond.append(func.lower(h.holder) == f.holder.lower())
    if f.nationality:
        cond.append(h.nationality.contains("|" + f.nationality.casefold() + "|"))
    if f.since:
        cond.append(func.coalesce(h.date_hi, h.date) >= f.since)
    if f.until:
        bound = f.until if len(f.until) == 10 else f.until + "-99"
        cond.append(func.coalesce(h.date_lo, h.date) <= bound)
    if f.deal:
        cond.append(or_(h.id == f.deal, func.lower(h.deal).contains(f.deal.lower())))
    if f.min_support:
        cond.append(h.support_outlets >= f.min_support)
    return cond


def list_happenings(store: Store, filters: HappeningFilters) -> list[Happening]:
    h = happenings.c
    query = (
        select(h.happening_json)
        .where(*_conditions(filters))
        .order_by(h.date.is_(None), h.date, h.date_lo, h.id)
    )
    try:
        with store.engine.connect() as conn:
            return [happening_from_dict(json.loads(j)) for (j,) in conn.execute(query)]
    except SQLAlchemyError as exc:
        raise StoreError(f"could not read happenings: {_reason(exc)}") from None


def get_happening(store: Store, happening_id: str) -> Happening | None:
    with store.engine.connect() as conn:
        found = conn.execute(
            select(happenings.c.happening_json).where(happenings.c.id == happening_id)
        ).scalar()
    return happening_from_dict(json.loads(found)) if found else None


def is_resolved(store: Store) -> bool:
    """False when records are stored but no happening is (e.g. before the first resolve)."""
    with store.engine.connect() as conn:
        has_events = conn.execute(select(events.c.id).limit(1)).first() is not None
        has_happenings = conn.execute(select(happenings.c.id).limit(1)).first() is not None
    return has_happenings or not has_events
