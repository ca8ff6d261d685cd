"""Vega-Lite specifications of the dashboard's charts, with the rows they draw.

Each chart is a :class:`Chart`: the spec (data inline) and the same numbers as
table rows, which every page shows beside the chart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from custody.output import format_count
from custody.record import Count
from custody.serve.queries import week_of


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    spec: dict[str, Any]
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _base(title: str, values: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": title,
        "data": {"values": values},
        "width": "container",
        "height": 220,
        "config": {"legend": {"orient": "bottom"}},
    }


def weekly_chart(chart_id: str, title: str, rows: Sequence[dict[str, Any]], unit: str) -> Chart:
    """Stacked bars: ``value`` per ``week`` by ``holder``."""
    spec = _base(title, list(rows))
    spec.update(
        mark={"type": "bar", "tooltip": True},
        encoding={
            "x": {
                "field": "week",
                "type": "ordinal",
                "title": "week of (Monday)",
                "axis": {"labelAngle": -45},
            },
            "y": {"field": "value", "type": "quantitative", "aggregate": "sum", "title": unit},
            "color": {"field": "holder", "type": "nominal", "title": "holder"},
        },
    )
    table = [(r["week"], r["holder"], r["value"]) for r in rows]
    return Chart(chart_id, title, spec, ("week of", "holder", unit), table)


def weekly_people(happenings: Iterable[Any], kind: str) -> list[dict[str, Any]]:
    """People per week and holder from happenings of ``kind`` (occurred, counted, dated)."""
    tally: dict[tuple[str, str], int] = defaultdict(int)
    for h in happenings:
        if h.type != kind or h.status != "occurred" or h.aggregate or not h.count or not h.date:
            continue
        week = week_of(h.date)
        if week:
            tally[(week, h.holder or "unknown")] += int(h.count[0])
    return [{"week": w, "holder": k, "value": n} for (w, k), n in sorted(tally.items())]


def holdings_chart(rows: Sequence[dict[str, Any]]) -> Chart:
    """Horizontal bars: the latest count held by each holder."""
    values = [{"holder": r["holder"], "value": r["value"], "as_of": r["as_of"]} for r in rows]
    spec = _base("People held, latest figure per holder", values)
    spec.update(
        mark={"type": "bar", "tooltip": True},
        encoding={
            "y": {"field": "holder", "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "value", "type": "quantitative", "title": "people held"},
        },
    )
    table = [
        (
            r["holder"],
            format_count(Count(r["value"], r["qualifier"])),
            r["as_of"] or "-",
            r["document"],
        )
        for r in rows
    ]
    return Chart(
        "holdings",
        "People currently held, by holder (latest figure)",
        spec,
        ("holder", "people held", "as of", "document"),
        table,
    )


def _agreed(terms: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Each side's agreed count, from the ledger's terms (sides without one left out)."""
    out: dict[str, int] = {}
    for t in terms:
        count = t.get("count") or {}
        if t.get("holder") and isinstance(count.get("value"), int):
            out[str(t["holder"])] = int(count["value"])
    return out


def ledger_chart(terms: Sequence[dict[str, Any]], deliveries: Sequence[Any]) -> Chart:
    """Lines: the running total delivered by each side, day by day; the table adds
    what that side still owed after the day (agreed minus delivered so far)."""
    values = [
        {"date": d.date, "holder": d.holder or "unknown", "running_total": d.running_total}
        for d in deliveries
        if d.date
    ]
    spec = _base("Delivered so far, by side", values)
    spec.update(
        mark={"type": "line", "point": True, "tooltip": True},
        encoding={
            "x": {"field": "date", "type": "temporal", "title": "day"},
            "y": {"field": "running_total", "type": "quantitative", "title": "running total"},
            "color": {"field": "holder", "type": "nominal", "title": "side"},
        },
    )
    agreed = _agreed(terms)
    table = []
    for d in deliveries:
        owed = agreed[d.holder] - d.running_total if d.holder in agreed else "-"
        count = d.count if d.count is not None else "-"
        table.append((d.date or "-", d.holder or "-", count, d.running_total, owed))
    return Chart(
        "ledger",
        "Delivered day by day, with running totals and what is still owed",
        spec,
        ("day", "side", "delivered", "running total", "still owed"),
        table,
    )
