"""Ingest the real articles of ../shared/gold as JSON Lines and score every ledger.

Each article of ``real.jsonl`` becomes one JSON Lines input line, as a feed or
a crawl would give it: its text (read from ``real/<path>``), ``url``, outlet
(``source``) and publication date as annotated (null where the text does not
give it). The lines are ingested with ``custody ingest`` (which updates the
happenings), then ``custody eval-ledger`` runs on each ledger of
``ledgers/``, and the happenings are checked: fewer than the records, none
mixing two holders or two days more than a day apart.

    .venv/bin/python scripts/real_ledgers.py [--gold ../shared/gold] [--db FILE] [--json]

The articles belong to their publishers: they are read, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def input_lines(gold: Path) -> list[dict[str, Any]]:
    lines = []
    for n, raw in enumerate((gold / "real.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        doc = json.loads(raw)["document"]
        text_path = gold / doc["path"]
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SystemExit(f"{gold / 'real.jsonl'}:{n}: cannot read {text_path}: {exc}") from None
        lines.append(
            {
                "id": doc["id"],
                "text": text,
                "url": doc.get("url"),
                "source": doc.get("source"),
                "published": doc.get("published"),
                "language": doc.get("language") or "en",
            }
        )
    return lines


def ingest(db: str, lines: list[dict[str, Any]], folder: Path) -> None:
    from custody.cli import main

    path = folder / "real-input.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    try:
        main(["--db", db, "ingest", str(path)], standalone_mode=False)
    except SystemExit as exc:
        if exc.code:
            raise SystemExit(f"custody ingest {path} failed (exit {exc.code})") from None


def check_happenings(db: str) -> dict[str, Any]:
    """Records, happenings, and the happenings that mix holders or days (should be none)."""
    from custody.happenings import list_happenings
    from custody.store import Filters, open_store

    with open_store(db) as store:
        records = {
            (doc.id, i): ev for doc, evs in store.events(Filters()) for i, ev in enumerate(evs)
        }
        found = list_happenings(store)
    mixed = []
    for h in found:
        evs = [records[(r.document, r.index)] for r in h.records]
        days = sorted(date.fromisoformat(e.date) for e in evs if e.date and len(e.date) == 10)
        if len({e.holder for e in evs}) > 1 and h.type != "deal":
            mixed.append(f"{h.id}: holders {sorted({str(e.holder) for e in evs})}")
        if days and (days[-1] - days[0]).days > 1:
            mixed.append(f"{h.id}: days {days[0]} .. {days[-1]}")
    return {"records": len(records), "happenings": len(found), "mixed": mixed}


def run(gold: Path, db: str | None) -> dict[str, Any]:
    from custody.happenings.evaluate_ledger import evaluate_ledger
    from custody.store import open_store

    with tempfile.TemporaryDirectory(prefix="custody-real-") as tmp:
        db = db or str(Path(tmp) / "real.db")
        ingest(db, input_lines(gold), Path(tmp))
        out: dict[str, Any] = {"ledgers": {}, "text": []}
        with open_store(db) as store:
            for ledger in sorted((gold / "ledgers").glob("*.json")):
                report = evaluate_ledger(store, ledger)
                out["ledgers"][ledger.stem] = report.to_dict()
                out["text"].append(report.format_text())
        out["check"] = check_happenings(db)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--db", help="store to fill (default: a temporary file)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (args.gold / "real.jsonl").is_file():
        sys.exit(f"{args.gold / 'real.jsonl'}: not found (pass --gold)")
    result = run(args.gold, args.db)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "text"}, indent=2))
        return
    print("\n\n".join(result["text"]))
    check = result["check"]
    print(f"\n{check['records']} records, {check['happenings']} happenings")
    for line in check["mixed"] or ["no happening mixes two holders or days more than a day apart"]:
        print(line)


if __name__ == "__main__":
    main()
