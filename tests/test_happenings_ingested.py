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
    "The remains of 340 fallen soldiers went home across the front on Friday, when Russia"
    " and Ukraine handed back each other's dead.\n\n"
    "Ukraine's headquarters for prisoners of war said it had received 310 bodies. A"
    " Russian lawmaker said Russia got back the bodies of 30 soldiers.\n\n"
    "It was the fourth such handover this year."
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
    # the page gives no date, its address does (/2031/05/16/, a Friday): "on Friday"
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


# ------------------------- one handover: a wire story, its copy, a later report, the ICRC


def _line(doc_id: str, source: str, published: str | None, text: str) -> dict[str, Any]:
    return {"id": doc_id, "source": source, "published": published, "text": text}


WIRE = (
    "Hamas frees Thai workers\n\n"
    "Hamas freed 12 Thai farm workers on Monday and handed them to the Red Cross at the"
    " border crossing, officials said. The workers had been held since January, their"
    " employer said. The release came under a truce brokered by Qatar."
)
THAI_REPORTS = [
    _line("wire", "Meridian Wire", "2031-03-03", WIRE),
    _line("courier", "Daily Courier", "2031-03-03", WIRE),  # the wire story reprinted
    _line("post", "Evening Post", "2031-03-04",
          "Thai workers home after months in captivity\n\nTwelve Thai workers freed by Hamas"
          " arrived in Bangkok, where relatives met them at the airport. They had spent eight"
          " weeks in captivity."),
    _line("icrc", "ICRC", "2031-03-05",
          "ICRC facilitates release of Thai nationals\n\nThe International Committee of the"
          " Red Cross said on Wednesday that its teams received ten Thai nationals released by"
          " Hamas on March 3 and took them to the border crossing."),
    _line("tally", "Harbour Times", "2031-03-06",
          "Hamas frees seven more Israelis\n\nHamas released seven Israeli hostages on"
          " Wednesday, bringing to 30 the number of hostages freed since the truce began,"
          " officials said."),
]  # fmt: skip


def test_one_handover_reported_four_times_is_one_happening_settled_by_the_icrc(
    tmp_path: Path,
) -> None:
    db = ingest(tmp_path, THAI_REPORTS)
    with open_store(db) as store:
        found = list_happenings(store)
    [thai] = [h for h in found if "Thai" in h.people["nationality"]]
    assert thai.date == "2031-03-03"  # the Evening Post's undated record joined it
    assert sorted({r.document for r in thai.records}) == ["courier", "icrc", "post", "wire"]
    assert thai.support.outlets == 3  # the reprint is the wire's outlet
    assert thai.count == (10, "exact") and thai.rule.startswith("authority: ")
    assert {f.value for f in thai.figures} == {10, 12}
    [total] = [h for h in found if h.count and h.count[0] == 30]
    assert total.aggregate  # a running total, never a batch
    exchanges = [
        {"id": "thai", "date": "2031-03-03", "released": [side("Hamas", 10, "Thai")],
         "in_dev_docs": ["wire"]},
        {"id": "seven", "date": "2031-03-05", "released": [side("Hamas", 7, "Israeli")],
         "in_dev_docs": ["tally"]},
    ]  # fmt: skip
    assert scored(db, tmp_path, exchanges) == {
        "thai 2031-03-03 Hamas frees 10 Thai": "right",
        "seven 2031-03-05 Hamas frees 7 Israeli": "right",
    }


def test_a_days_total_beside_its_two_batches_is_no_third_batch(tmp_path: Path) -> None:
    reports = [
        _line("gulf", "Gulf Daily", "2031-04-12",
              "Hostages freed on the second day of the truce\n\nHamas freed 13 Israeli"
              " hostages on Friday and handed them to the Red Cross. Ten Thai nationals were"
              " also released by Hamas on Friday under a separate track, officials said."),
        _line("plains", "Plains Herald", "2031-04-12",
              "Twenty-three hostages freed\n\nHamas released 23 hostages on Friday, the second"
              " day of the truce, a spokesman said. In return Israel freed 39 Palestinian"
              " prisoners."),
    ]  # fmt: skip
    db = ingest(tmp_path, reports)
    with open_store(db) as store:
        by_figure = {h.count[0]: h for h in list_happenings(store) if h.count}
    assert by_figure[23].aggregate and "the day's total of batches of 10 + 13" in by_figure[23].rule
    assert not by_figure[13].aggregate and not by_figure[10].aggregate
    exchange = {
        "id": "day-2",
        "date": "2031-04-11",
        "released": [side("Hamas", 13, "Israeli"), side("Hamas", 10, "Thai"),
                     side("Israel", 39, "Palestinian")],
        "in_dev_docs": ["gulf", "plains"],
    }  # fmt: skip
    assert set(scored(db, tmp_path, [exchange]).values()) == {"right"}


def test_a_release_on_a_separate_track_stays_outside_the_deals_ledger(tmp_path: Path) -> None:
    reports = [
        _line("desk", "Coast Desk", "2031-06-06",
              "Third exchange under the Cairo truce\n\nIsrael freed 42 Palestinian prisoners"
              " on Thursday in exchange for two Israeli hostages, the third swap under the"
              " Cairo truce between Israel and Hamas. Hamas released four Nepali students under"
              " a separate accord with Nepal, officials said."),
    ]  # fmt: skip
    db = ingest(tmp_path, reports)
    result = CliRunner().invoke(main, ["--db", db, "ledger", "cairo"], catch_exceptions=False)
    delivered, _, outside = result.output.partition("outside the deal:")
    assert " 42 " in delivered and " 2 " in delivered
    assert " 4: its reports call it a 'separate accord'" in outside
