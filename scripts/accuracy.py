"""Print the README's accuracy table: `custody eval` on every gold set.

    .venv/bin/python scripts/accuracy.py

Sets beside the repository (../shared/gold) are scored when present; real.jsonl
is scored without its blind quarter (tests/gold/real-blind.txt) and on that
quarter alone (its summary only: never read its per-document results).
"""

from __future__ import annotations

from pathlib import Path

from custody.evaluate import Report, evaluate_files, read_ids

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"
BLIND = ROOT / "tests" / "gold" / "real-blind.txt"


def row(label: str, report: Report) -> str:
    def fig(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    wrong = report.wrong_slot_rate
    return (
        f"| {label} | {fig(report.events.f1)} | {fig(report.release_count.f1)} "
        f"| {fig(report.slots['holder'].accuracy)} | {fig(report.slots['date'].accuracy)} "
        f"| {fig(report.slots['location'].accuracy)} "
        f"| {'n/a' if wrong is None else f'{100 * wrong:.1f}%'} "
        f"| {report.published.wrong + report.published.extra} |"
    )


def main() -> None:
    print(
        "| gold set | event F1 | release-count F1 | holder acc | date acc | place acc "
        "| wrong-slot % | published wrong |"
    )
    print("|---|---|---|---|---|---|---|---|")
    real = SHARED / "real.jsonl"
    if real.is_file():
        blind = read_ids(BLIND)
        print(
            row(
                "`../shared/gold/real.jsonl`, not blind (91)",
                evaluate_files(real, None, exclude=blind),
            )
        )
        print(
            row(
                "`../shared/gold/real.jsonl`, blind quarter (32)",
                evaluate_files(real, None, only=blind),
            )
        )
    for name in ("dev.jsonl", "seeds.jsonl"):
        if (SHARED / name).is_file():
            print(row(f"`../shared/gold/{name}`", evaluate_files(SHARED / name, None)))
    for name in ("own", "dev2", "holdout", "holdout2", "holdout3"):
        print(
            row(
                f"`tests/gold/{name}.jsonl`",
                evaluate_files(ROOT / "tests" / "gold" / f"{name}.jsonl", None),
            )
        )


if __name__ == "__main__":
    main()
