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
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Connection, and_, bindparam, delete, or_, select

from custody.happenings.group import Item, day_number, day_span
from custody.happenings.rules import Rules
from custody.happenings.tables import happening_records, happenings
from custody.store import documents, events

if TYPE_CHECKING:
    from custody.happenings.repo import _Writer

Span = tuple[int, int]


class Light(NamedTuple):
    """A stored record as far as its span goes (read without its JSON)."""

    document: str
    ordinal: int
    date: str | None
    status: str
    published: str | None

    @property
    def ref(self) -> tuple[str, int]:
        return (self.document, self.ordinal)


R = TypeVar("R", Item, Light)


def segments(items: Iterable[R], rules: Rules) -> list[tuple[Span, list[R]]]:
    """The block's anchored records cut into segments, in calendar order."""
    spanned = sorted(
        ((s, it) for it in items if (s := day_span(it, rules)) is not None),
        key=lambda p: (p[0], p[1].ref),
    )
    out: list[tuple[Span, list[R]]] = []
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


# A superset, in SQL, of the records whose span may meet the days lo..hi (bound as
# ``month`` = lo's month, ``last`` = hi, ``early``/``late`` = the publication days
# whose windows may reach lo..hi): built once, executed with parameters.
RANGE = or_(
    and_(events.c.date >= bindparam("month"), events.c.date <= bindparam("last")),
    and_(
        events.c.date.is_(None),
        or_(
            documents.c.published.between(bindparam("early"), bindparam("late")),
            # no publication day: the URL may give one (a record with neither has no
            # span, and is read only as its own document's record)
            and_(documents.c.published.is_(None), documents.c.url.is_not(None)),
        ),
    ),
)


def range_params(lo: int, hi: int, rules: Rules) -> dict[str, str]:
    """The parameters of :data:`RANGE` for the days lo..hi."""
    return {
        "month": _text(lo)[:7],
        "last": _text(hi),
        "early": _text(lo - rules.planned_window_days),
        "late": _text(hi + rules.undated_window_days),
    }


def _overlaps(span: Span | None, touched: list[Span]) -> bool:
    return span is not None and any(span[0] <= t[1] and t[0] <= span[1] for t in touched)


def _window(row: Any) -> Span | None:
    if row.date_lo and row.date_hi:
        return day_number(row.date_lo), day_number(row.date_hi)
    return None


def old_happenings(conn: Connection, doc_ids: set[str]) -> dict[str, tuple[set[str], list[Span]]]:
    """By block: the happenings holding records of these documents, and their windows."""
    found: dict[str, tuple[set[str], list[Span]]] = {}
    docs = sorted(doc_ids)
    query = (
        select(happenings.c.id, happenings.c.block, happenings.c.date_lo, happenings.c.date_hi)
        .join(happening_records, happening_records.c.happening_id == happenings.c.id)
        .where(happening_records.c.document_id.in_(bindparam("ids", expanding=True)))
        .distinct()
    )
    for start in range(0, len(docs), 900):
        for row in conn.execute(query, {"ids": docs[start : start + 900]}):
            ids, spans = found.setdefault(row.block, (set(), []))
            if row.id not in ids:
                ids.add(row.id)
                if (w := _window(row)) is not None:
                    spans.append(w)
    return found


def touched_segments(
    load: Any, touched: list[Span], rules: Rules
) -> tuple[list[tuple[Span, list[Light]]], list[Light]]:
    """The segments meeting ``touched`` spans, reading more of the calendar until whole.

    ``load(lo, hi)`` returns the block's records (as :class:`Light` rows) whose span
    may meet lo..hi, and those with no span. Returns the segments and the records
    with no span.
    """
    lo = min(t[0] for t in touched) - rules.day_tolerance - 1
    hi = max(t[1] for t in touched) + rules.day_tolerance + 1
    while True:
        rows: list[Light] = load(lo, hi)
        anchored = [r for r in rows if _overlaps(day_span(r, rules), [(lo, hi)])]
        found = [s for s in segments(anchored, rules) if _overlaps(s[0], touched)]
        first = min((s[0][0] for s in found), default=lo + 1)
        last = max((s[0][1] for s in found), default=hi - 1)
        if first - rules.day_tolerance > lo and last + rules.day_tolerance < hi:
            return found, [r for r in rows if day_span(r, rules) is None]
        lo = min(lo, first - rules.day_tolerance - 1)
        hi = max(hi, last + rules.day_tolerance + 1)


def update_block(
    conn: Connection,
    writer: _Writer,
    block: str,
    changed: set[str],
    rules: Rules,
    reader: tuple[Any, Any],
    own_items: list[Item],
    old: tuple[set[str], list[Span]],
    known_copies: dict[str, set[str]] | None = None,
) -> None:
    """Rewrite the segments of ``block`` that the ``changed`` documents' records touch.

    ``reader``: ``load(lo, hi)`` (light rows by span) and ``fetch(refs)`` (the
    records as items); ``old``: the block's happenings that hold records of those
    documents, and their windows (:func:`old_happenings`).
    """
    from custody.happenings.repo import happenings_of_block
    from custody.happenings.signatures import copies_of

    load, fetch = reader
    old_ids, old_spans = old
    now = [s for it in own_items if (s := day_span(it, rules)) is not None]
    touched = old_spans + now
    found: list[tuple[Span, list[Light]]] = []
    lone: list[Item] = []
    lone = [it for it in own_items if day_span(it, rules) is None]
    if touched:
        found, _ = touched_segments(load, touched, rules)
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
    items = fetch([r.ref for _, members in found for r in members]) + lone
    if items:
        copies = copies_of(conn, {it.document for it in items}, known_copies)
        writer.add(block, happenings_of_block(block, items, copies, rules))


def _delete(conn: Connection, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(happening_records).where(happening_records.c.happening_id.in_(chunk)))
        conn.execute(delete(happenings).where(happenings.c.id.in_(chunk)))
