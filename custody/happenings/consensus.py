"""From a cluster of records to a :class:`Happening`: consensus, figures, support, rule.

Votes count distinct *outlets*, not records: documents of one source, and
copies of one wire story (custody/happenings/near_dup.py), are one outlet.
The consensus figure is chosen by evidence, in this order:

1. ``authority``: the latest statement by an official or intermediary source
   (rules.json ``authorities``), by the intermediary of the handover, or by
   the holder itself about a handover that occurred;
2. ``most outlets``: the figure given by the most outlets;
3. ``tie``: among figures given by as many outlets, the one reported nearest
   the event's day (first-hand reports before later retellings), then an exact
   figure before an approximate one, then the larger (a report of one part of
   a batch gives less than the whole).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from custody.happenings.group import Cluster, Item, block_key, day_number, day_text, rounds
from custody.happenings.model import Figure, Happening, RecordRef, Support
from custody.happenings.rules import Rules


class Units:
    """Outlet units: documents joined when they share a source or are copies of one story."""

    def __init__(self, items: Iterable[Item], copies: Mapping[str, Iterable[str]]) -> None:
        self.parent: dict[str, str] = {}
        for it in items:
            self._union(it.document, "source:" + (it.outlet or it.document).casefold())
            for other in copies.get(it.document, ()):
                self._union(it.document, other)

    def _find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def of(self, document: str) -> str:
        return self._find(document)


def happening_id(block: str, items: list[Item]) -> str:
    first = min(it.ref for it in items)
    digest = hashlib.sha1(f"{block}|{first[0]}|{first[1]}".encode()).hexdigest()
    return "h" + digest[:12]


def _vote(pairs: Iterable[tuple[Any, str]], order: Callable[[Any], Any] = str) -> Any:
    """The value given by the most outlet units; ties go to the first by ``order``."""
    units: dict[Any, set[str]] = defaultdict(set)
    for value, unit in pairs:
        if value not in (None, "", ()):
            units[value].add(unit)
    if not units:
        return None
    return min(units, key=lambda v: (-len(units[v]), order(v)))


def _outlet_names(items: Iterable[Item]) -> tuple[str, ...]:
    return tuple(sorted({it.outlet or it.document for it in items}))


def figures_of(items: list[Item]) -> list[Figure]:
    grouped: dict[tuple[int, str], list[Item]] = defaultdict(list)
    for it in items:
        if it.count is not None:
            grouped[(it.count, it.qualifier or "exact")].append(it)
    return [
        Figure(value, qual, tuple(sorted({i.document for i in its})), _outlet_names(its))
        for (value, qual), its in sorted(grouped.items())
    ]


def _authority(it: Item, holder: str | None, rules: Rules) -> bool:
    actor = it.source_actor
    if actor is None:
        return rules.is_authority(it.outlet)
    if rules.is_authority(actor) or (it.intermediary and actor == it.intermediary):
        return True
    return it.status == "occurred" and actor == holder


def choose_count(
    items: list[Item], units: Units, holder: str | None, rules: Rules, day: str | None = None
) -> tuple[tuple[int, str] | None, str]:
    counted = [it for it in items if it.count is not None]
    if not counted:
        return None, "no record gives a figure"
    counted, rounded = _without_roundings(counted)
    count, rule = _choose(counted, units, holder, rules, day)
    if rounded:
        rule += f"; {rounded} set aside as a rounding of an exact figure"
    return count, rule


def _without_roundings(counted: list[Item]) -> tuple[list[Item], str]:
    """The records left when approximate figures that round an exact figure of the
    happening are set aside (they are the same figure, told less precisely), and
    those figures as text."""
    exact = {it.count for it in counted if (it.qualifier or "exact") == "exact"}
    kept, dropped = [], set()
    for it in counted:
        qual = it.qualifier or "exact"
        if qual != "exact" and any(rounds(it.count or 0, qual, e) for e in exact if e):
            dropped.add(f"{_qual(qual)}{it.count}")
        else:
            kept.append(it)
    return kept, ", ".join(sorted(dropped))


def _choose(
    counted: list[Item], units: Units, holder: str | None, rules: Rules, day: str | None
) -> tuple[tuple[int, str] | None, str]:
    values = {(it.count, it.qualifier or "exact") for it in counted}
    official = [it for it in counted if _authority(it, holder, rules)]
    if official and len(values) > 1:
        last = max(
            official,
            key=lambda it: (it.published or "", it.qualifier in (None, "exact"), it.document),
        )
        who = last.source_actor or last.outlet or last.document
        return (last.count or 0, last.qualifier or "exact"), (
            f"authority: {who} ({last.document}), the latest official or intermediary statement"
        )
    by_unit: dict[tuple[int, str], set[str]] = defaultdict(set)
    nearest: dict[tuple[int, str], int] = {}
    for it in counted:
        key = (it.count or 0, it.qualifier or "exact")
        by_unit[key].add(units.of(it.document))
        nearest[key] = min(nearest.get(key, _FAR), _lag(it, day))
    ranked = sorted(
        by_unit,
        key=lambda k: (-len(by_unit[k]), nearest[k], k[1] != "exact", -k[0]),
    )
    best = ranked[0]
    if len(ranked) == 1:
        return best, "one figure"
    if len(by_unit[ranked[1]]) == len(by_unit[best]):
        return best, (
            f"tie at {len(by_unit[best])} outlets: the report nearest the event, "
            "then an exact figure, then the larger"
        )
    return best, f"most outlets: {len(by_unit[best])} of {len(units_of(counted, units))}"


_FAR = 10**6


def _lag(it: Item, day: str | None) -> int:
    """Days from the event to the report (unknown: far)."""
    if not it.published or not day or len(day) != 10:
        return _FAR
    return abs(day_number(it.published) - day_number(day))


def units_of(items: Iterable[Item], units: Units) -> set[str]:
    return {units.of(it.document) for it in items}


def _disagreements(items: list[Item], figures: list[Figure]) -> list[str]:
    notes = []
    if len(figures) > 1:
        parts = [f"{_qual(f.qualifier)}{f.value} ({', '.join(f.outlets)})" for f in figures]
        notes.append("count: " + " vs ".join(parts))
    for label, get in (
        ("date", lambda it: it.date),
        ("nationality", lambda it: "/".join(sorted(it.nationality)) or None),
        ("condition", lambda it: it.condition),
        ("place", lambda it: it.place),
    ):
        seen: dict[str, set[str]] = defaultdict(set)
        for it in items:
            value = get(it)
            if value:
                seen[value].add(it.outlet or it.document)
        if len(seen) > 1:
            notes.append(
                f"{label}: "
                + " vs ".join(f"{v} ({', '.join(sorted(o))})" for v, o in sorted(seen.items()))
            )
    return notes


_QUAL = {
    "about": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
}


def _qual(qualifier: str) -> str:
    return _QUAL.get(qualifier, "")


def _people(items: list[Item], units: Units) -> dict[str, Any]:
    unit = {it.ref: units.of(it.document) for it in items}
    nationality = _vote((tuple(sorted(it.nationality)), unit[it.ref]) for it in items)
    categories = sorted({c for it in items for c in it.categories})
    names: dict[str, str] = {}
    from custody.happenings.persons import normal_name

    for it in sorted(items, key=lambda i: i.ref):
        for n in it.names:
            names.setdefault(normal_name(n), n)
    return {
        "nationality": list(nationality or ()),
        "categories": categories,
        "names": sorted(names.values()),
        "condition": _vote((it.condition, unit[it.ref]) for it in items),
    }


def _date(cluster: Cluster, items: list[Item], units: Units) -> str | None:
    days = _vote(
        ((it.date, units.of(it.document)) for it in items if it.date and len(it.date) == 10),
    )
    if days:
        return str(days)
    month = _vote((it.date, units.of(it.document)) for it in items if it.date)
    return str(month) if month else None


def build(cluster: Cluster, copies: Mapping[str, Iterable[str]], rules: Rules) -> Happening:
    items = sorted(cluster.items, key=lambda it: it.ref)
    first = items[0]
    block = block_key(first)
    units = Units(items, copies)
    unit = {it.ref: units.of(it.document) for it in items}
    holder = (
        first.holder if first.type != "deal" else _vote((it.holder, unit[it.ref]) for it in items)
    )
    when = _date(cluster, items, units)
    count, rule = choose_count(items, units, holder, rules, when)
    if cluster.total_of:
        parts = " + ".join(str(v) for v in cluster.total_of)
        rule += f"; the day's total of batches of {parts}: an aggregate, not a batch"
    figures = figures_of(items)
    published = sorted(it.published for it in items if it.published)
    window = _window(cluster, first.type, when)
    deal_name = _vote((_deal_name(it.deal, rules), unit[it.ref]) for it in items)
    return Happening(
        id=happening_id(block, items),
        type=first.type,
        status=first.status,
        holder=holder,
        count=count,
        people=_people(items, units),
        date=when,
        window=window,
        location={
            "place": _vote((it.place, unit[it.ref]) for it in items),
            "facility": _vote((it.facility, unit[it.ref]) for it in items),
        },
        intermediary=_vote((it.intermediary, unit[it.ref]) for it in items),
        mediators=tuple(sorted({m for it in items for m in it.mediators})),
        deal=deal_name,
        aggregate=first.aggregate or bool(cluster.total_of),
        support=Support(len(items), len({it.document for it in items}), len(set(unit.values()))),
        figures=tuple(figures),
        disagreements=tuple(_disagreements(items, figures)),
        records=tuple(RecordRef(it.document, it.index) for it in items),
        rule=rule,
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        terms=tuple(_terms(items, units)) if first.type == "deal" else (),
        outlets=_outlet_names(items),
    )


def _window(cluster: Cluster, kind: str, when: str | None) -> tuple[str | None, str | None]:
    """A happening's window: its day twice when dated to a day; else the days all its
    reports allow (for a month-dated one, its month within its reports' windows)."""
    has_span = cluster.lo is not None and cluster.hi is not None and cluster.lo <= cluster.hi
    if (not when or len(when) != 10) and has_span:
        return day_text(cluster.lo or 0), day_text(cluster.hi or 0)
    if when and len(when) == 10:
        return when, when
    return None, None


def _deal_name(name: str | None, rules: Rules) -> str | None:
    if not name:
        return None
    words = name.split()
    while words and words[0].casefold() in rules.deal_name_stopwords:
        words = words[1:]
    return " ".join(words) or None


def _terms(items: list[Item], units: Units) -> list[dict[str, Any]]:
    """Each party's side of a deal: the figure the most outlets give for it, and every figure."""
    sides: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    nationality: dict[str, Counter[str]] = defaultdict(Counter)
    for it in items:
        for t in it.terms:
            holder = t.get("holder") or "?"
            count = t.get("count")
            if count:
                sides[holder].append(
                    (int(count["value"]), str(count["qualifier"]), units.of(it.document))
                )
            for n in (t.get("people") or {}).get("nationality") or ():
                nationality[holder][n] += 1
    out = []
    for holder in sorted(sides):
        best = _vote((((v, q), u) for v, q, u in sides[holder]), order=lambda k: (-k[0], k[1]))
        out.append(
            {
                "holder": holder,
                "count": {"value": best[0], "qualifier": best[1]} if best else None,
                "nationality": [n for n, _ in nationality[holder].most_common()],
                "figures": sorted({v for v, _, _ in sides[holder]}),
            }
        )
    return out
