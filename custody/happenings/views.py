"""Text views of happenings, ledgers and persons: tables, CSV and JSON Lines lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from custody.happenings.model import Happening, Ledger, Person, PersonEvent

_QUAL = {"about": "~", "at_least": ">=", "more_than": ">", "at_most": "<=", "exact": ""}


def count_text(count: tuple[int, str] | None) -> str:
    return "-" if count is None else f"{_QUAL.get(count[1], '')}{count[0]}"


def people_text(h: Happening) -> str:
    p = h.people
    parts = ["/".join(p.get("nationality") or ())]
    parts.append(", ".join(p.get("categories") or ()))
    parts.append(", ".join(p.get("names") or ()))
    if p.get("condition") == "deceased":
        parts.append("deceased")
    return " / ".join(x for x in parts if x) or "-"


def when_text(h: Happening) -> str:
    if h.date:
        return h.date
    if h.window[0]:
        return f"{h.window[0]}..{h.window[1]}"
    return "-"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_COLUMNS = (
    ("ID", 13),
    ("TYPE", 16),
    ("STATUS", 9),
    ("HOLDER", 18),
    ("COUNT", 7),
    ("PEOPLE", 28),
    ("DATE", 22),
    ("R/D/O", 8),
    ("AGG", 3),
    ("RULE", 40),
)


def _table_row(values: list[str]) -> str:
    return "  ".join(_cut(v, w).ljust(w) for v, (_, w) in zip(values, _COLUMNS, strict=True))


def happening_table(found: Iterable[Happening]) -> Iterator[str]:
    yield _table_row([name for name, _ in _COLUMNS]).rstrip()
    yield "  ".join("-" * w for _, w in _COLUMNS)
    for h in found:
        s = h.support
        yield _table_row(
            [
                h.id,
                h.type,
                h.status,
                h.holder or "-",
                count_text(h.count),
                people_text(h),
                when_text(h),
                f"{s.records}/{s.documents}/{s.outlets}",
                "yes" if h.aggregate else "",
                h.rule,
            ]
        ).rstrip()


_CSV = (
    "id type status holder count qualifier nationality categories names condition date "
    "window_from window_to place facility intermediary mediators deal aggregate records "
    "documents outlets figures disagreements rule first_seen last_seen"
).split()


def happening_csv(found: Iterable[Happening]) -> Iterator[str]:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="")
    out.writerow(_CSV)
    yield buf.getvalue()
    for h in found:
        buf.seek(0)
        buf.truncate()
        p = h.people
        out.writerow(
            [
                h.id, h.type, h.status, h.holder or "",
                h.count[0] if h.count else "", h.count[1] if h.count else "",
                ";".join(p.get("nationality") or ()), ";".join(p.get("categories") or ()),
                ";".join(p.get("names") or ()), p.get("condition") or "", h.date or "",
                h.window[0] or "", h.window[1] or "",
                h.location.get("place") or "", h.location.get("facility") or "",
                h.intermediary or "", ";".join(h.mediators), h.deal or "", h.aggregate,
                h.support.records, h.support.documents, h.support.outlets,
                "; ".join(
                    f"{count_text((f.value, f.qualifier))} ({', '.join(f.outlets)})"
                    for f in h.figures
                ),
                " | ".join(h.disagreements), h.rule, h.first_seen or "", h.last_seen or "",
            ]
        )  # fmt: skip
        yield buf.getvalue()


def happening_jsonl(found: Iterable[Happening]) -> Iterator[str]:
    for h in found:
        yield json.dumps(h.to_dict(), ensure_ascii=False)


def ledger_lines(led: Ledger) -> Iterator[str]:
    d = led.deal
    name = d.deal or "deal"
    span = f"{d.window[0]} .. {d.window[1]}" if d.window[0] else when_text(d)
    yield f"deal {d.id}: {name} ({span}; reported {d.first_seen} .. {d.last_seen})"
    if d.mediators:
        yield f"  mediators: {', '.join(d.mediators)}"
    if len(led.series) > 1:
        yield f"  reported as {len(led.series)} deal happenings: {', '.join(led.series)}"
    yield "  terms:"
    for t in led.terms:
        count = t.get("count") or {}
        figures = ", ".join(str(v) for v in t.get("figures") or ())
        nat = "/".join(t.get("nationality") or ())
        yield (
            f"    {t['holder']} frees {count.get('value', '?')} {nat}".rstrip()
            + (f" (figures reported: {figures})" if figures else "")
        )
    yield "  deliveries:"
    if not led.deliveries:
        yield "    (no release linked to this deal)"
    for dl in led.deliveries:
        count = "-" if dl.count is None else str(dl.count)
        yield (
            f"    {dl.date or '-':10}  {dl.holder or '-':20} {count:>6}"
            f"  {_cut(dl.people, 28):28} total {dl.running_total:>6}  {dl.happening}"
        )
    yield "  owed:"
    for holder, left in led.owed.items():
        if left is None:
            yield f"    {holder}: unknown (no counted term)"
        elif left < 0:
            yield f"    {holder}: nothing; {-left} more delivered than the terms say"
        else:
            yield f"    {holder}: {left}"
    yield "  running totals checked:"
    for m in led.mismatches or ("(no stated running total disagrees with the deliveries)",):
        yield f"    {m}"
    for o in led.outside:
        yield f"  outside the deal: {o}"


def person_lines(events: list[PersonEvent]) -> Iterator[str]:
    for e in events:
        when = e.date or (f"(published {e.published})" if e.published else "-")
        where = ", ".join(x for x in (e.place, e.facility) if x) or "-"
        yield (
            f"{when:24} {e.type:16} {e.status:10} {e.holder or '-':18} {where:24} "
            f"{e.document}#{e.index}  {e.name}: {_cut(e.evidence, 80)}"
        )


def people_lines(persons: list[Person]) -> Iterator[str]:
    yield f"{'NAME':32} {'RECORDS':>7}  {'LAST STATUS':26} {'DATE':10}  VARIANTS"
    for p in persons:
        variants = "; ".join(v for v in p.variants if v != p.name)
        yield (
            f"{_cut(p.name, 32):32} {p.records:>7}  {p.last_status or '-':26} "
            f"{p.last_date or '-':10}  {variants}"
        ).rstrip()
