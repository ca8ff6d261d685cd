"""Updating one block by the segments of its timeline that changed.

A block's records, laid on the calendar by their spans (custody/happenings/group.py
``day_span``), fall into *segments*: runs of spans, each starting at most
``day_tolerance`` days after the ones before it end. No happening crosses a
segment (a dated record joins records at most ``day_tolerance`` days away; an
undated one, records its window overlaps), and a segment's happenings are the
same whether it is clustered alone or with its whole block (the content order
starts with the span). So when some documents change, only the segments that
their records are in, or were in, are read, clustered and rewritten; the rest
of the block is left as it is. Records with no span at all (undated, from a
document with no publication day) are each a happening of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, delete, or_, select

from custody.happenings.group import Item, day_number, day_span
from custody.happenings.rules import Rules
from custody.happenings.tables import happening_records, happenings
from custody.store import documents, events

if TYPE_CHECKING:
    from custody.happenings.repo import _Writer

Span = tuple[int, int]


def segments(items: Iterable[Item], rules: Rules) -> list[tuple[Span, list[Item]]]:
    """The block's anchored records cut into segments, in calendar order."""
    spanned = sorted(
        ((s, it) for it in items if (s := day_span(it, rules)) is not None),
        key=lambda p: (p[0], p[1].ref),
    )
    out: list[tuple[Span, list[Item]]] = []
    for span, item in spanned:
        if out and span[0] <= out[-1][0][1] + rules.day_tolerance:
            (lo, hi), members = out[-1]
            members.append(item)
            out[-1] = ((lo, max(hi, span[1])), members)
        else:
            out.append((span, [item]))
    return out


def _text(day: int) -> str:
    return date.fromordinal(day).isoformat()


def range_condition(lo: int, hi: int, rules: Rules) -> Any:
    """A superset, in SQL, of the records whose span may meet the days lo..hi."""
    a, b = _text(lo), _text(hi)
    early = _text(lo - rules.planned_window_days)
    late = _text(hi + rules.undated_window_days)
    return or_(
        and_(events.c.date >= a[:7], events.c.date <= b),  # days, and months that meet
        and_(
            events.c.date.is_(None),
            or_(documents.c.published.between(early, late), documents.c.published.is_(None)),
        ),
    )


def _overlaps(span: Span | None, touched: list[Span]) -> bool:
    return span is not None and any(span[0] <= t[1] and t[0] <= span[1] for t in touched)


def _window(row: Any) -> Span | None:
    if row.date_lo and row.date_hi:
        return day_number(row.date_lo), day_number(row.date_hi)
    return None


def _old(conn: Connection, block: str, doc_ids: set[str]) -> tuple[set[str], list[Span]]:
    """The block's happenings holding records of these documents, and their windows."""
    ids: set[str] = set()
    spans: list[Span] = []
    docs = sorted(doc_ids)
    for start in range(0, len(docs), 500):
        inner = select(happening_records.c.happening_id).where(
            happening_records.c.document_id.in_(docs[start : start + 500])
        )
        query = select(happenings.c.id, happenings.c.date_lo, happenings.c.date_hi).where(
            happenings.c.block == block, happenings.c.id.in_(inner)
        )
        for row in conn.execute(query):
            ids.add(row.id)
            if (w := _window(row)) is not None:
                spans.append(w)
    return ids, spans


def touched_segments(
    load: Any, touched: list[Span], rules: Rules
) -> tuple[list[tuple[Span, list[Item]]], list[Item]]:
    """The segments meeting ``touched`` spans, reading more of the calendar until whole.

    ``load(lo, hi)`` returns the block's records whose span may meet lo..hi, and
    those with no span. Returns the segments and the records with no span.
    """
    lo = min(t[0] for t in touched) - rules.day_tolerance - 1
    hi = max(t[1] for t in touched) + rules.day_tolerance + 1
    while True:
        items = load(lo, hi)
        anchored = [it for it in items if _overlaps(day_span(it, rules), [(lo, hi)])]
        found = [s for s in segments(anchored, rules) if _overlaps(s[0], touched)]
        first = min((s[0][0] for s in found), default=lo + 1)
        last = max((s[0][1] for s in found), default=hi - 1)
        if first - rules.day_tolerance > lo and last + rules.day_tolerance < hi:
            unanchored = [it for it in items if day_span(it, rules) is None]
            return found, unanchored
        lo = min(lo, first - rules.day_tolerance - 1)
        hi = max(hi, last + rules.day_tolerance + 1)


def update_block(
    conn: Connection,
    writer: _Writer,
    block: str,
    changed: set[str],
    rules: Rules,
    load: Any,
    own_items: list[Item],
) -> None:
    """Rewrite the segments of ``block`` that the ``changed`` documents' records touch."""
    from custody.happenings.repo import happenings_of_block
    from custody.happenings.signatures import copies_of

    old_ids, old_spans = _old(conn, block, changed)
    now = [s for it in own_items if (s := day_span(it, rules)) is not None]
    touched = old_spans + now
    found: list[tuple[Span, list[Item]]] = []
    lone: list[Item] = []
    if touched:
        found, unanchored = touched_segments(load, touched, rules)
        lone = [it for it in unanchored if it.document in changed]
    else:
        lone = [it for it in own_items if day_span(it, rules) is None]
    doomed = set(old_ids)
    extents = [s for s, _ in found]
    if extents:
        query = select(happenings.c.id, happenings.c.date_lo, happenings.c.date_hi).where(
            happenings.c.block == block,
            happenings.c.date_lo <= _text(max(e[1] for e in extents)),
            happenings.c.date_hi >= _text(min(e[0] for e in extents)),
        )
        for row in conn.execute(query):
            if _overlaps(_window(row), extents):
                doomed.add(row.id)
    _delete(conn, sorted(doomed))
    items = [it for _, members in found for it in members] + lone
    if items:
        copies = copies_of(conn, {it.document for it in items})
        writer.add(block, happenings_of_block(block, items, copies, rules))


def _delete(conn: Connection, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(happening_records).where(happening_records.c.happening_id.in_(chunk)))
        conn.execute(delete(happenings).where(happenings.c.id.in_(chunk)))
