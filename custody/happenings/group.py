"""Grouping stored records into happenings: pure functions over :class:`Item` lists.

Records are first split into *blocks* that can never share a happening (type,
status, holder, part or aggregate; a deal's block is its parties). Inside a
block, clustering is a function of the block's set of records, never of the
order they arrived in: records are sorted by content, then

1. records dated to a day join the first cluster they agree with (days at
   most ``day_tolerance`` apart, and one day apart only with the same figure;
   figures that may be an early and a corrected report; nationalities,
   condition and names that meet; two records of one report with different
   figures never: the report told two batches apart);
2. a record without a day of its own (undated, or dated to a month) is dated
   by its document: a report of what occurred speaks of a day on or before
   its publication, within ``undated_window_days``. It joins the agreeing
   dated cluster with a day in that window (the same figure first, then the
   day nearest the publication); with none, it joins the undated records
   whose windows it shares a day with, or starts its own;
3. a dated record whose figure is the exact sum of the figures of two to
   four batches of the block a day or less from it, which one report tells
   apart as batches of their own (246 in the exchange and 31 outside it),
   is the day's total: it joins only records of that figure, and its
   happening is an aggregate, never a third batch (:func:`day_totals`);
4. deals are grouped the same way (their block is their parties); the
   reports of one truce over weeks are several deal happenings, which a
   ledger reads as one series (custody/happenings/ledgers.py).

No day is ever guessed: a happening without a dated record has no date, only
its window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Any, Protocol

from custody.documents.dates import url_day as page_url_day
from custody.happenings.rules import Rules

_MONTH_END = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}


@dataclass(slots=True)
class Item:
    """What grouping needs to know of one stored record and its document."""

    document: str
    index: int
    type: str
    status: str
    holder: str | None
    count: int | None
    qualifier: str | None
    nationality: frozenset[str]
    categories: tuple[str, ...]
    names: tuple[str, ...]
    condition: str | None
    date: str | None
    place: str | None
    facility: str | None
    intermediary: str | None
    mediators: tuple[str, ...]
    deal: str | None
    aggregate: bool
    source_actor: str | None
    terms: tuple[dict[str, Any], ...]
    published: str | None
    outlet: str | None

    @property
    def ref(self) -> tuple[str, int]:
        return (self.document, self.index)


def url_day(url: str | None) -> str | None:
    """The day a URL's path gives, as ``YYYY-MM-DD`` (:func:`custody.documents.url_day`).

    Used only when the document has no publication date: as a crawl gives it.
    """
    day = page_url_day(url)
    return day.isoformat() if day else None


def day_number(value: str) -> int:
    return date.fromisoformat(value).toordinal()


def day_text(number: int) -> str:
    return date.fromordinal(number).isoformat()


def _month_span(value: str) -> tuple[int, int]:
    year, month = int(value[:4]), int(value[5:7])
    last = _MONTH_END.get(month, 31)
    if month == 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        last = 29
    return date(year, month, 1).toordinal(), date(year, month, last).toordinal()


def parties(item: Item) -> tuple[str, ...]:
    """A deal's parties: the holders of its terms (and its own holder)."""
    found = {t.get("holder") for t in item.terms} | {item.holder}
    return tuple(sorted(p for p in found if p))


def block_key(item: Item) -> str:
    """Records of two blocks never share a happening."""
    if item.type == "deal":
        return f"deal|{item.status}|{'+'.join(parties(item))}"
    part = "aggregate" if item.aggregate else "batch"
    return f"{item.type}|{item.status}|{item.holder or ''}|{part}"


class Dated(Protocol):
    """What a record's span is made from (an :class:`Item`, or a lighter row)."""

    @property
    def date(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def published(self) -> str | None: ...


def day_span(item: Dated, rules: Rules) -> tuple[int, int] | None:
    """The days the record may speak of: its own day, or its document's window."""
    if item.date and len(item.date) == 10:
        day = day_number(item.date)
        return day, day
    published = day_number(item.published) if item.published else None
    before = rules.undated_window_days
    after = 0 if item.status == "occurred" else rules.planned_window_days
    if item.date:  # a month
        lo, hi = _month_span(item.date)
        if published is not None:
            lo, hi = max(lo, published - before), min(hi, published + after)
            if lo > hi:  # a month reported long before/after: the month itself
                lo, hi = _month_span(item.date)
        return lo, hi
    if published is None:
        return None
    return published - before, published + after


def name_key(name: str) -> str:
    """A name as compared across reports: case, dashes, 'al-' and accents aside."""
    from custody.happenings.persons import normal_name

    return normal_name(name)


@dataclass
class Cluster:
    """Records found to report one happening, with what they say in sum."""

    items: list[Item] = field(default_factory=list)
    days: set[int] = field(default_factory=set)
    lo: int | None = None
    hi: int | None = None
    counts: set[int] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)
    conditions: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    complete_names: bool = False
    dead: set[bool] = field(default_factory=set)
    counted_by: dict[str, set[tuple[int, str | None]]] = field(default_factory=dict)
    """The figures each document gives in it (one report's two figures are two batches)."""
    total_of: tuple[int, ...] = ()
    """For the day's total of other batches: their figures (it is an aggregate)."""

    def add(self, item: Item, span: tuple[int, int] | None, dated: bool) -> None:
        self.items.append(item)
        if span is not None:
            if dated:
                self.days.add(span[0])
            self.lo = span[0] if self.lo is None else max(self.lo, span[0])
            self.hi = span[1] if self.hi is None else min(self.hi, span[1])
        if item.count is not None:
            self.counts.add(item.count)
            self.counted_by.setdefault(item.document, set()).add((item.count, item.qualifier))
        self.nationality |= item.nationality
        if item.condition:
            self.conditions.add(item.condition)
        self.dead.add(item.condition == "deceased")
        self.names |= {name_key(n) for n in item.names}
        self.complete_names |= _names_complete(item)


def _names_complete(item: Item) -> bool:
    return bool(item.names) and (item.count is None or item.count <= len(item.names))


# how far a round figure may be from the exact one it stands for ('nearly 2,000'
# for 1,968, 'more than 600' for 643), as a share of the round figure
_ROUNDING = 0.1


def rounds(value: int, qualifier: str | None, exact: int) -> bool:
    """Whether an approximate figure is the exact figure rounded."""
    slack = max(2, int(value * _ROUNDING))
    if qualifier == "about":
        return abs(exact - value) <= slack
    if qualifier == "at_most":
        return value - slack <= exact <= value
    if qualifier == "more_than":
        return value < exact <= value + slack
    if qualifier == "at_least":
        return value <= exact <= value + slack
    return False


def _one_figure(a: tuple[int, str | None], b: tuple[int, str | None]) -> bool:
    """Two figures of one report for one batch: equal, or one the other rounded."""
    return a[0] == b[0] or rounds(a[0], a[1], b[0]) or rounds(b[0], b[1], a[0])


def people_agree(item: Item, cluster: Cluster, rules: Rules) -> bool:
    """Same people: figures, nationalities, condition and names that meet."""
    given = cluster.counted_by.get(item.document) if item.count is not None else None
    if given and not all(_one_figure((item.count or 0, item.qualifier), f) for f in given):
        return False  # a report that gives two figures told two batches apart
    if item.count is not None and cluster.counts:
        if not all(
            rules.counts_agree(item.count, c) for c in (min(cluster.counts), max(cluster.counts))
        ):
            return False
    if item.nationality and cluster.nationality and not item.nationality & cluster.nationality:
        return False
    if cluster.dead and (item.condition == "deceased") not in cluster.dead:
        return False  # bodies returned and people freed are two batches
    if item.names and cluster.names:
        keys = {name_key(n) for n in item.names}
        if not keys & cluster.names and _names_complete(item) and cluster.complete_names:
            return False
    return True


_MAX_PARTS = 4


def day_totals(items: Iterable[Item], rules: Rules) -> dict[tuple[str, int], tuple[int, ...]]:
    """The records that give the day's total of other batches of the block, with the
    figures of those batches.

    A dated record is a total when its (exact or approximate) figure is the exact
    sum of two to four distinct exact figures of dated batches of the block at
    most ``day_tolerance`` days from it, with its condition and nationalities that
    meet its own, and one report gives at least two of those figures as
    batches of their own (it tells them apart: they are not two reports of one
    batch, and its records are never one happening, see :func:`people_agree`).
    """
    by_day: dict[int, list[Item]] = {}
    for it in items:
        if it.date and len(it.date) == 10 and it.count is not None and not it.aggregate:
            by_day.setdefault(day_number(it.date), []).append(it)
    found: dict[tuple[str, int], tuple[int, ...]] = {}
    tol = rules.day_tolerance
    for day, here in by_day.items():
        near = [it for d in range(day - tol, day + tol + 1) for it in by_day.get(d, ())]
        if len(near) < 3 or len({it.document for it in near}) == len(near):
            continue  # no report gives two batches here: nothing is told apart
        for total in here:
            if total.qualifier in (None, "exact", "about"):
                parts = _parts_of(total, near)
                if parts:
                    found[total.ref] = parts
    return found


_MAX_VALUES = 12  # more figures than this on a few days: no search for sums


def _parts_of(total: Item, near: list[Item]) -> tuple[int, ...]:
    assert total.count is not None
    by_value: dict[int, set[str]] = {}
    for it in near:
        if (
            it.count is not None
            and it.count < total.count
            and it.qualifier in (None, "exact")
            and (it.condition == "deceased") == (total.condition == "deceased")
            and not (
                it.nationality and total.nationality and not it.nationality & total.nationality
            )
        ):
            by_value.setdefault(it.count, set()).add(it.document)
    values = sorted(by_value)
    if len(values) > _MAX_VALUES:
        return ()
    for size in range(2, min(_MAX_PARTS, len(values)) + 1):
        for parts in combinations(values, size):
            if sum(parts) != total.count:
                continue
            told = [by_value[v] for v in parts]
            if any(sum(doc in d for d in told) >= 2 for doc in set().union(*told)):
                return parts
    return ()


def _dated_fits(
    item: Item, day: int, cluster: Cluster, rules: Rules, total: tuple[int, ...] = ()
) -> bool:
    if bool(total) != bool(cluster.total_of):
        return False  # the day's total and its batches stay apart
    if total and item.count not in cluster.counts:
        return False
    days = cluster.days | {day}
    if max(days) - min(days) > rules.day_tolerance:
        return False
    if day not in cluster.days and item.count is not None and cluster.counts:
        if item.count not in cluster.counts:  # a day apart: only the same figure
            return False
    return people_agree(item, cluster, rules)


def _content_key(item: Item, span: tuple[int, int] | None) -> tuple[Any, ...]:
    return (
        span or (0, 0),
        item.count is None,
        item.count or 0,
        sorted(item.nationality),
        item.condition or "",
        item.names,
        item.document,
        item.index,
    )


def cluster_block(items: Iterable[Item], rules: Rules) -> list[Cluster]:
    """The happenings of one block, the same for any order of ``items``."""
    given = list(items)
    spans = {it.ref: day_span(it, rules) for it in given}
    ordered = sorted(given, key=lambda it: _content_key(it, spans[it.ref]))
    totals = day_totals(given, rules)
    dated: list[Cluster] = []
    rest: list[Item] = []
    for item in ordered:
        span = spans[item.ref]
        if span is None or span[0] != span[1] or not (item.date and len(item.date) == 10):
            rest.append(item)
            continue
        total = totals.get(item.ref, ())
        home = next(
            (
                c
                for c in _recent(dated, span[0], rules)
                if _dated_fits(item, span[0], c, rules, total)
            ),
            None,
        )
        if home is None:
            home = Cluster(total_of=total)
            dated.append(home)
        home.add(item, span, dated=True)
    return dated + _place_undated(rest, spans, dated, rules)


def _place_undated(
    rest: list[Item],
    spans: dict[tuple[str, int], tuple[int, int] | None],
    dated: list[Cluster],
    rules: Rules,
) -> list[Cluster]:
    """Undated records into the dated clusters (seen as step 1 left them), or their own."""
    frozen = [(_summary(c), len(c.items)) for c in dated]
    by_day: dict[int, list[int]] = {}
    for i, (summary, _) in enumerate(frozen):
        for day in summary.days:
            by_day.setdefault(day, []).append(i)
    undated: list[Cluster] = []
    open_days: dict[int, list[int]] = {}  # day -> undated clusters whose window had it
    figures: dict[str, set[tuple[int, str | None]]] = {}
    for item in rest:
        if item.count is not None:
            figures.setdefault(item.document, set()).add((item.count, item.qualifier))
    split = {
        doc
        for doc, found in figures.items()
        if any(not _one_figure(a, b) for a in found for b in found)
    }
    for item in rest:
        span = spans[item.ref]
        if span is None:
            lone = Cluster()
            lone.add(item, None, dated=False)
            undated.append(lone)
            continue
        home = _dated_home(item, span, by_day, frozen, rules, item.document in split)
        if home is not None:
            dated[home].items.append(item)
            continue
        near = sorted({i for d in range(span[0], span[1] + 1) for i in open_days.get(d, ())})
        target = next(
            (undated[i] for i in near if _undated_fits(item, span, undated[i], rules)), None
        )
        if target is None:
            target = Cluster()
            undated.append(target)
            for d in range(span[0], span[1] + 1):
                open_days.setdefault(d, []).append(len(undated) - 1)
        target.add(item, span, dated=False)
    return undated


def _recent(clusters: list[Cluster], day: int, rules: Rules) -> Iterable[Cluster]:
    """Clusters that may still take a record of ``day`` (sorted input: scan from the end)."""
    found: list[Cluster] = []
    for c in reversed(clusters):
        if max(c.days) < day - rules.day_tolerance:
            break
        found.append(c)
    return reversed(found)


def _summary(c: Cluster) -> Cluster:
    return Cluster(
        items=[c.items[0]],
        days=set(c.days),
        lo=c.lo,
        hi=c.hi,
        counts=set(c.counts),
        nationality=set(c.nationality),
        conditions=set(c.conditions),
        names=set(c.names),
        complete_names=c.complete_names,
        dead=set(c.dead),
        counted_by={d: set(v) for d, v in c.counted_by.items()},
        total_of=c.total_of,
    )


def _dated_home(
    item: Item,
    span: tuple[int, int],
    by_day: dict[int, list[int]],
    frozen: list[tuple[Cluster, int]],
    rules: Rules,
    split: bool = False,
) -> int | None:
    """The dated cluster an undated record joins: a day in its window, the same people;
    the same figure first, then the day nearest its publication, then the most records."""
    best: tuple[Any, ...] | None = None
    home = None
    seen = {i for d in range(span[0], span[1] + 1) for i in by_day.get(d, ())}
    for i in sorted(seen):
        summary, size = frozen[i]
        if (summary.total_of or split and item.count is not None) and not any(
            _one_figure((item.count or 0, item.qualifier), (c, None)) for c in summary.counts
        ):
            continue  # a day's total, or a report's batches told apart: only their figure
        if not people_agree(item, summary, rules):
            continue
        inside = [d for d in summary.days if span[0] <= d <= span[1]]
        same = item.count is not None and item.count in summary.counts
        rank = (not same, span[1] - max(inside), -size, min(summary.days))
        if best is None or rank < best:
            best, home = rank, i
    return home


def _undated_fits(item: Item, span: tuple[int, int], cluster: Cluster, rules: Rules) -> bool:
    if cluster.lo is None or cluster.hi is None:
        return False
    if max(span[0], cluster.lo) > min(span[1], cluster.hi):
        return False
    if item.count is not None and cluster.counts and item.count not in cluster.counts:
        return False
    return people_agree(item, cluster, rules)


def shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
