"""Deal ledgers: a deal's terms, then day by day what each side delivered.

A release is linked to a deal when its holder is one of the deal's parties
and its day is on or after the deal's first report (one day of slack), and
either both name their deal and the names share a distinctive word ('Kessel
truce' and 'the Kessel deal'; rules.json ``generic_deal_words`` such as
'truce' do not count) within ``deal_horizon_days`` of the deal's last report,
or the release names no deal (or the deal no name) and falls within
``deal_gap_days`` of it. A release on a separate track stays outside: its deal
name says so (``separate_track_words``), or its mediators and the deal's are
both known and disjoint. Running totals stated by the reports (aggregate
happenings of a party within the days of the deliveries) are checked against
the sum of the linked deliveries up to their day; each disagreement is
listed, never counted as a batch.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from custody.happenings.model import Delivery, Happening, HappeningFilters, Ledger
from custody.happenings.rules import Rules, load_rules
from custody.happenings.views import count_text, people_text

if TYPE_CHECKING:
    from custody.store import Store


def _span(deal: Happening) -> tuple[str, str] | None:
    lo, hi = deal.window
    if lo and hi:
        return lo, hi
    if deal.date and len(deal.date) == 10:
        return deal.date, deal.date
    return None


def parties(deal: Happening) -> set[str]:
    found = {str(t.get("holder")) for t in deal.terms if t.get("holder")}
    if deal.holder:
        found.add(deal.holder)
    return {p.casefold() for p in found}


def _separate(h: Happening, deal: Happening, rules: Rules) -> str | None:
    name = (h.deal or "").casefold()
    for word in rules.separate_track_words:
        if word in name:
            return f"its reports call it a {h.deal!r}"
    if h.mediators and deal.mediators and not set(h.mediators) & set(deal.mediators):
        return f"mediated by {', '.join(h.mediators)}, not by the deal's mediators"
    return None


def _inside(h: Happening, span: tuple[str, str]) -> bool:
    """Dated to a day within the span, one day either side (running totals)."""
    from custody.happenings.group import shift

    day = h.date or ""
    return len(day) == 10 and shift(span[0], -1) <= day <= shift(span[1], 1)


def _linked_by(h: Happening, deal: Happening, span: tuple[str, str], rules: Rules) -> str | None:
    """Why a release of a party belongs to the deal (None: it does not)."""
    from custody.happenings.group import shift

    day = h.date or ""
    if len(day) != 10 or day < shift(span[0], -1):
        return None
    own, theirs = rules.deal_words(deal.deal), rules.deal_words(h.deal)
    if own and theirs:  # both named: the names decide, within the horizon
        if own & theirs and day <= shift(span[1], rules.deal_horizon_days):
            return "name"
        return None
    return "dates" if day <= shift(span[1], rules.deal_gap_days) else None


def _near(h: Happening, span: tuple[str, str], rules: Rules) -> bool:
    from custody.happenings.group import shift

    day = h.date or ""
    return len(day) == 10 and shift(span[0], -1) <= day <= shift(span[1], rules.deal_gap_days)


def link(
    deal: Happening, releases: list[Happening], rules: Rules
) -> tuple[list[Happening], list[str]]:
    """The releases delivered under ``deal``, and the ones kept outside it (with why)."""
    span = _span(deal)
    sides = parties(deal)
    linked: list[Happening] = []
    outside: list[str] = []
    if span is None:
        return linked, outside
    for h in releases:
        if h.aggregate or (h.holder or "").casefold() not in sides:
            continue
        why = _separate(h, deal, rules)
        if why is None and _linked_by(h, deal, span, rules) is not None:
            linked.append(h)
        elif why is not None and _near(h, span, rules):
            outside.append(f"{h.id} {h.date} {h.holder} {count_text(h.count)}: {why}")
    return linked, outside


def _deliveries(linked: list[Happening]) -> list[Delivery]:
    totals: dict[str, int] = defaultdict(int)
    out = []
    for h in sorted(linked, key=lambda h: (h.date or "", h.holder or "", h.count or (0, ""), h.id)):
        value = h.count[0] if h.count else None
        totals[h.holder or ""] += value or 0
        out.append(Delivery(h.date, h.holder, value, people_text(h), h.id, totals[h.holder or ""]))
    return out


def _mismatches(deal: Happening, deliveries: list[Delivery], totals: list[Happening]) -> list[str]:
    days = sorted(d.date for d in deliveries if d.date)
    span = (days[0], days[-1]) if days else None
    sides = parties(deal)
    notes = []
    for t in totals:
        if span is None or t.count is None or not _inside(t, span):
            continue
        holder = (t.holder or "").casefold()
        if holder and holder not in sides:
            continue
        upto = [
            d
            for d in deliveries
            if (d.date or "") <= (t.date or "")
            and (not holder or (d.holder or "").casefold() == holder)
        ]
        summed = sum(d.count or 0 for d in upto)
        if summed != t.count[0]:
            who = t.holder or "all parties"
            docs = ", ".join(sorted({r.document for r in t.records}))
            notes.append(
                f"{t.date}: stated running total {count_text(t.count)} released by {who} "
                f"({docs}) vs {summed}, the sum of {len(upto)} linked deliveries up to that day"
            )
    return notes


def series(deals: list[Happening], rules: Rules) -> list[list[Happening]]:
    """Deal happenings read as one deal: a party in common (reports name the parties of
    a truce unevenly), names that agree (or none), each less than ``deal_gap_days``
    after the one before."""
    groups: list[tuple[list[Happening], str]] = []  # (members, last day)
    lone: list[list[Happening]] = []
    for deal in sorted(deals, key=lambda d: ((_span(d) or ("9999",))[0], d.id)):
        span = _span(deal)
        if span is None:
            lone.append([deal])
            continue
        home = next((g for g in groups if _joins(g[0], g[1], deal, span, rules)), None)
        if home is None:
            groups.append(([deal], span[1]))
        else:
            home[0].append(deal)
            groups[groups.index(home)] = (home[0], max(home[1], span[1]))
    return [g for g, _ in groups] + lone


def _joins(
    members: list[Happening], last: str, deal: Happening, span: tuple[str, str], rules: Rules
) -> bool:
    from custody.happenings.group import shift

    theirs = set().union(*(parties(m) for m in members))
    if (theirs and parties(deal) and not theirs & parties(deal)) or span[0] > shift(
        last, rules.deal_gap_days
    ):
        return False
    words = rules.deal_words(deal.deal)
    named = [rules.deal_words(m.deal) for m in members if rules.deal_words(m.deal)]
    return not words or not named or any(words & n for n in named)


def merged(group: list[Happening]) -> Happening:
    """One deal from its series: the span of its reports, every party's largest term."""
    from dataclasses import replace

    spans = [s for s in (_span(d) for d in group) if s]
    terms: dict[str, dict[str, object]] = {}
    for d in group:
        for t in d.terms:
            holder = str(t.get("holder"))
            best = terms.setdefault(holder, {"holder": holder, "count": None, "figures": []})
            figures = set(best["figures"]) | set(t.get("figures") or ())  # type: ignore[call-overload]
            best["figures"] = sorted(figures)
            count = t.get("count")
            old = best["count"]
            if count and (old is None or count["value"] > old["value"]):  # type: ignore[index]
                best["count"] = count
                best["nationality"] = t.get("nationality") or []
    names = [d.deal for d in group if d.deal]
    return replace(
        group[0],
        window=(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else group[0].window,
        terms=tuple(terms[h] for h in sorted(terms)),
        mediators=tuple(sorted({m for d in group for m in d.mediators})),
        deal=max(set(names), key=lambda n: (names.count(n), n)) if names else None,
    )


def deal_series(store: Store) -> list[list[Happening]]:
    from custody.happenings.repo import list_happenings

    return series(list_happenings(store, HappeningFilters(type="deal")), load_rules())


def build_ledger(store: Store, deal_id: str) -> Ledger | None:
    """The ledger of the deal series that the deal happening ``deal_id`` belongs to."""
    from custody.happenings.repo import list_happenings

    group = next((g for g in deal_series(store) if deal_id in {d.id for d in g}), None)
    if group is None:
        return None
    deal = merged(group)
    rules = load_rules()
    occurred = list_happenings(store, HappeningFilters(type="release", status="occurred"))
    linked, outside = link(deal, occurred, rules)
    deliveries = _deliveries(linked)
    delivered: dict[str, int] = defaultdict(int)
    for d in deliveries:
        delivered[(d.holder or "").casefold()] += d.count or 0
    owed: dict[str, int | None] = {}
    for t in deal.terms:
        count = t.get("count")
        holder = str(t.get("holder"))
        owed[holder] = None if not count else int(count["value"]) - delivered[holder.casefold()]
    totals = [h for h in occurred if h.aggregate]
    return Ledger(
        deal=deal,
        terms=deal.terms,
        deliveries=tuple(deliveries),
        owed=owed,
        mismatches=tuple(_mismatches(deal, deliveries, totals)),
        outside=tuple(outside),
        series=tuple(d.id for d in group),
    )
