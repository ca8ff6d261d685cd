"""Invented exchanges told by several short reports (this project's own words, real
actors, invented figures and days), ingested as JSON Lines through ``custody ingest``
(the extractor, then the happenings) and scored with ``custody eval-ledger`` against an
invented ledger: the way scripts/real_ledgers.py scores the real articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from custody.cli import main
from custody.happenings import list_happenings
from custody.happenings.evaluate_ledger import evaluate_ledger
from custody.store import open_store


def ingest(tmp_path: Path, reports: list[dict[str, Any]]) -> str:
    db = str(tmp_path / "reports.db")
    batch = tmp_path / "reports.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(batch)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def scored(db: str, tmp_path: Path, exchanges: list[dict[str, Any]]) -> dict[str, str]:
    """Each side's label -> its verdict (``right``, ``WRONG (best has N) ...``, ``MISSING ...``)."""
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps({"format": 1, "exchanges": exchanges}), "utf-8")
    with open_store(db) as store:
        report = evaluate_ledger(store, path)
    assert report.duplicates == 0, report.format_text()
    return {r.side.label(): r.line().split(": ", 1)[1].split(" h")[0] for r in report.results}


def side(by: str, count: int, nationality: str, condition: str = "alive") -> dict[str, Any]:
    return {"by": by, "count": count, "nationality": [nationality], "condition": condition}


def happening_days(db: str, value: int) -> list[tuple[str | None, list[str]]]:
    """(day, documents) of each happening whose figure is ``value``."""
    with open_store(db) as store:
        found = list_happenings(store)
    return [
        (h.date, sorted({r.document for r in h.records}))
        for h in found
        if h.count and h.count[0] == value
    ]


# ------------------------------------------------ a report dated only by its URL

BODIES = (
    "Kyiv and Moscow trade remains of fallen troops\n\n"
    "Russia and Ukraine traded the remains of 340 fallen soldiers, officials on both"
    " sides said Friday.\n\n"
    "Ukraine's headquarters for prisoners of war said it had received 310 bodies. A"
    " Russian lawmaker said Russia got back the bodies of 30 soldiers.\n\n"
    "Friday's handover was the fourth this year."
)
BODIES_LEDGER = [
    {
        "id": "bodies-may",
        "date": "2031-05-16",
        "released": [
            side("Russia", 310, "Ukrainian", "deceased"),
            side("Ukraine", 30, "Russian", "deceased"),
        ],
        "in_dev_docs": ["steppe"],
    }
]


def test_a_report_with_no_date_of_its_own_is_dated_by_its_url(tmp_path: Path) -> None:
    # the page gives no date, its address does (/2031/05/16/, a Friday): "said Friday"
    # is that day, as it would be with a publication date
    url = "https://steppe.example/2031/05/16/remains-returned"
    db = ingest(tmp_path, [{"id": "steppe", "source": "Steppe Post", "url": url, "text": BODIES}])
    assert scored(db, tmp_path, BODIES_LEDGER) == {
        "bodies-may 2031-05-16 Russia frees 310 Ukrainian deceased": "right",
        "bodies-may 2031-05-16 Ukraine frees 30 Russian deceased": "right",
    }


def test_a_report_with_no_date_and_an_undated_url_stays_undated(tmp_path: Path) -> None:
    # no day anywhere: its releases are never given one (a wrong day is worse than none)
    url = "https://steppe.example/node/88412"
    db = ingest(tmp_path, [{"id": "steppe", "source": "Steppe Post", "url": url, "text": BODIES}])
    assert happening_days(db, 310) == [(None, ["steppe"])]
    assert all(v.startswith("MISSING") for v in scored(db, tmp_path, BODIES_LEDGER).values())


def test_the_url_dated_report_joins_a_dated_report_of_the_same_handover(
    tmp_path: Path,
) -> None:
    wire = (
        "Ukraine receives 310 bodies in repatriation\n\n"
        "Ukraine received the bodies of 310 soldiers from Russia on Friday, its headquarters"
        " for prisoners of war said, and handed over 30 Russian bodies in return."
    )
    reports = [
        {"id": "steppe", "source": "Steppe Post", "url": "https://steppe.example/2031/05/16/r",
         "text": BODIES},
        {"id": "river", "source": "River Wire", "published": "2031-05-16", "text": wire},
    ]  # fmt: skip
    db = ingest(tmp_path, reports)
    assert happening_days(db, 310) == [("2031-05-16", ["river", "steppe"])]
