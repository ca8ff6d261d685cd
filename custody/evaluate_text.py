"""The text view of an evaluation report (``custody eval`` without ``--json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from custody.record import EVENT_TYPES

if TYPE_CHECKING:
    from custody.evaluate import Prf, Report


def format_report(r: Report, verbose: bool = False) -> str:
    """Summary figures, per type and per slot; with ``verbose``, each document's
    misses, false positives and wrong or missing slot values."""
    lines = _summary_lines(r) + [""] + _detail_lines(r)
    if verbose:
        lines += _document_lines(r)
    return "\n".join(lines)


def _fig(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _prf_line(label: str, f: Prf) -> str:
    return (
        f"{label:<15}P {_fig(f.precision)}  R {_fig(f.recall)}  F1 {_fig(f.f1)}"
        f"   hits {f.hits}, predicted {f.predicted}, gold {f.gold}"
    )


def _summary_lines(r: Report) -> list[str]:
    t, p = r.slots_total, r.published
    rate = "" if r.wrong_slot_rate is None else f" ({100 * r.wrong_slot_rate:.1f}%)"
    return [
        _prf_line("event", r.events),
        _prf_line("release-count", r.release_count),
        f"{'slots':<15}accuracy {_fig(t.accuracy)}   hits with a wrong value"
        f" {r.hits_with_wrong_slot}/{r.events.hits}{rate}; wrong {t.wrong},"
        f" missing {t.missing}, extra {t.extra}",
        f"{'published':<15}accuracy {_fig(p.accuracy)}   correct {p.correct}, missing {p.missing},"
        f" wrong {p.wrong}, extra {p.extra} ({r.published_both_empty} rightly empty)",
    ]


def _detail_lines(r: Report) -> list[str]:
    lines = [f"{'per type':<18}{'P':>6} {'R':>6} {'F1':>6} {'hits':>6} {'pred':>6} {'gold':>6}"]
    for name in (t for t in EVENT_TYPES if t in r.per_type):
        f = r.per_type[name]
        lines.append(
            f"  {name:<16}{_fig(f.precision):>6} {_fig(f.recall):>6} {_fig(f.f1):>6}"
            f" {f.hits:>6} {f.predicted:>6} {f.gold:>6}"
        )
    heads = ("acc", "correct", "missing", "wrong", "extra")
    lines.append(f"{'slots (over hits)':<20}" + " ".join(f"{h:>7}" for h in heads))
    for name, t in r.slots.items():
        cells = (_fig(t.accuracy), t.correct, t.missing, t.wrong, t.extra)
        lines.append(f"  {name:<18}" + " ".join(f"{c:>7}" for c in cells))
    lines.append(f'{len(r.documents)} documents; per-document errors: --json, key "documents"')
    if r.unknown_ids:
        lines.append(f"predictions for ids not in gold (ignored): {', '.join(r.unknown_ids)}")
    return lines


def _document_lines(r: Report) -> list[str]:
    lines: list[str] = []
    for doc in r.documents:
        info = doc.to_dict()
        errors = info["false_positives"] or info["misses"] or info["slot_errors"]
        if not errors and info["published"]["outcome"] in (None, "correct"):
            continue
        lines += [
            "",
            f"== {doc.id}: {len(doc.hits)} hits, {len(doc.pred)} predicted, {len(doc.gold)} gold",
        ]
        for kind, key in (("miss", "misses"), ("false positive", "false_positives")):
            for rec in info[key]:
                count = rec["count"]["value"] if rec["count"] else "-"
                lines.append(
                    f"  {kind}: {rec['type']}/{rec['status']} count {count}"
                    f"{' aggregate' if rec['aggregate'] else ''}"
                    f"{' names ' + ', '.join(rec['names']) if rec['names'] else ''}"
                )
                lines += [f"      | {text}" for text in rec["evidence"]]
        for err in info["slot_errors"]:
            lines.append(
                f"  {err['outcome']} {err['slot']} in {err['record']}:"
                f" gold {err['gold']!r}, predicted {err['predicted']!r}"
            )
        pub = info["published"]
        if pub["outcome"] not in (None, "correct"):
            lines.append(
                f"  published {pub['outcome']}: gold {pub['gold']}, predicted {pub['predicted']}"
            )
    return lines
