"""Failure classes found scoring real ledgers, each as an invented case: a few short
reports of an invented exchange (this project's own words, hand-made records), stored,
resolved and scored with ``custody eval-ledger`` against an invented ledger."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from custody.happenings import HappeningFilters, list_happenings, resolve
from custody.happenings.evaluate_ledger import evaluate_ledger
from custody.record import Document, event_from_dict
from custody.store import Store


def _release(holder: str | None, value: int | None, day: str | None, **kw: Any) -> dict[str, Any]:
    people = {"nationality": kw.pop("nationality", []), "condition": kw.pop("condition", None)}
    return {
        "type": kw.pop("type", "release"),
        "status": "occurred",
        "holder": holder,
        "count": {"value": value, "qualifier": kw.pop("qualifier", "exact")} if value else None,
        "people": people,
        "date": day,
        "aggregate": kw.pop("aggregate", False),
        "source_actor": kw.pop("source_actor", None),
        "evidence": [{"start": 0, "end": 4, "text": "Text"}],
        **kw,
    }


def store_reports(
    store: Store, reports: list[tuple[str, str, str | None, list[dict[str, Any]]]]
) -> None:
    """(id, outlet, published, records) each: a document whose text is its id's story."""
    for doc_id, outlet, published, records in reports:
        text = f"Text of the report {doc_id} by {outlet}, written for this test only."
        doc = Document(id=doc_id, text=text, published=published, source=outlet)
        events = [event_from_dict(r, f"{doc_id}[{i}]") for i, r in enumerate(records)]
        store.save(doc, events, "test")
    resolve(store)


def score(store: Store, tmp_path: Path, exchanges: list[dict[str, Any]]) -> dict[str, bool]:
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps({"format": 1, "exchanges": exchanges}), "utf-8")
    report = evaluate_ledger(store, path)
    assert report.duplicates == 0, report.format_text()
    return {r.side.label(): r.right for r in report.results}


def _side(by: str, count: int, nationality: str, condition: str = "alive") -> dict[str, Any]:
    return {"by": by, "count": count, "nationality": [nationality], "condition": condition}


# ------------------------------------------------------------------ the day's total


def test_the_days_total_of_two_batches_is_an_aggregate_not_a_batch(
    store: Store, tmp_path: Path
) -> None:
    # one report tells the 140 in the swap and the 12 wounded freed outside it apart;
    # another gives only the day's 152
    store_reports(
        store,
        [
            ("herald", "Valley Herald", "2031-06-02", [
                _release("Astrava", 140, "2031-06-01", nationality=["Kessian"]),
                _release("Astrava", 12, "2031-06-01"),
            ]),
            ("courier", "Daily Courier", "2031-06-02", [
                _release("Astrava", 152, "2031-06-01", nationality=["Kessian"]),
            ]),
        ],
    )  # fmt: skip
    found = list_happenings(store, HappeningFilters(holder="Astrava"))
    total = [h for h in found if h.count and h.count[0] == 152]
    assert len(total) == 1 and total[0].aggregate
    assert "the day's total of batches of 12 + 140" in total[0].rule
    right = score(store, tmp_path, [{
        "id": "x-1", "date": "2031-06-01", "in_dev_docs": ["herald"],
        "released": [_side("Astrava", 140, "Kessian"), _side("Astrava", 12, "Kessian")],
    }])  # fmt: skip
    assert all(right.values()), right


def test_an_early_and_a_corrected_figure_are_no_total(store: Store, tmp_path: Path) -> None:
    # 12 first, 10 later, and 2 of another report: nobody tells 10 and 2 apart as batches
    store_reports(
        store,
        [
            ("early", "Wire", "2031-06-02", [_release("Astrava", 12, "2031-06-01")]),
            ("later", "Herald", "2031-06-03", [_release("Astrava", 10, "2031-06-01")]),
            ("other", "Courier", "2031-06-03", [_release("Astrava", 2, "2031-06-01")]),
        ],
    )
    found = list_happenings(store, HappeningFilters(holder="Astrava"))
    assert not [h for h in found if h.aggregate]
    assert sorted(h.support.records for h in found) == [1, 2]


def test_one_reports_two_figures_are_two_batches_and_another_reports_sum_their_total(
    store: Store, tmp_path: Path
) -> None:
    # one report gives 2 freed at one crossing and 4 at another: close figures, but the
    # report told them apart, so they are two batches (never one happening); another
    # report's 6 is their total, an aggregate, not a batch beside them (no duplicate)
    store_reports(
        store,
        [
            ("herald", "Valley Herald", "2031-06-02", [
                _release("Astrava", 2, "2031-06-01"), _release("Astrava", 4, "2031-06-01"),
            ]),
            ("courier", "Daily Courier", "2031-06-02", [_release("Astrava", 6, "2031-06-01")]),
        ],
    )  # fmt: skip
    found = list_happenings(store, HappeningFilters(holder="Astrava"))
    got = sorted((h.count[0] if h.count else 0, h.aggregate, h.support.records) for h in found)
    assert got == [(2, False, 1), (4, False, 1), (6, True, 1)]
    right = score(store, tmp_path, [{
        "id": "x-1", "date": "2031-06-01", "in_dev_docs": ["herald"],
        "released": [_side("Astrava", 6, "Kessian")],
    }])  # fmt: skip
    assert right == {"x-1 2031-06-01 Astrava frees 6 Kessian": False}  # and no duplicate


def test_an_undated_record_of_a_report_with_two_figures_joins_only_its_own(store: Store) -> None:
    # the report's undated 2 and 4 (told apart) and a dated 4 of another report:
    # the 4 joins it, the 2 (close to 4, but the report's other batch) does not
    store_reports(
        store,
        [
            ("herald", "Valley Herald", "2031-06-02", [
                _release("Astrava", 2, None), _release("Astrava", 4, None),
            ]),
            ("courier", "Daily Courier", "2031-06-02", [_release("Astrava", 4, "2031-06-01")]),
        ],
    )  # fmt: skip
    found = list_happenings(store, HappeningFilters(holder="Astrava"))
    got = sorted((h.count[0] if h.count else 0, h.date, h.support.records) for h in found)
    assert got == [(2, None, 1), (4, "2031-06-01", 2)]


# ------------------------------------------------------------------ scoring


def test_a_side_whose_only_candidate_is_another_sides_batch_says_so(
    store: Store, tmp_path: Path
) -> None:
    # 22 wounded freed the same day by the same holder, reported without a holder:
    # the side's only candidate is the swap's batch, and the line says whose it is
    store_reports(
        store,
        [
            ("herald", "Valley Herald", "2031-06-02", [
                _release("Astrava", 140, "2031-06-01", nationality=["Kessian"]),
                _release(None, 22, "2031-06-01", nationality=["Kessian"]),
            ]),
        ],
    )  # fmt: skip
    path = tmp_path / "ledger.json"
    exchange = {
        "id": "x-1", "date": "2031-06-01", "in_dev_docs": ["herald"],
        "released": [_side("Astrava", 140, "Kessian"), _side("Astrava", 22, "Kessian")],
    }  # fmt: skip
    path.write_text(json.dumps({"format": 1, "exchanges": [exchange]}), "utf-8")
    report = evaluate_ledger(store, path)
    assert [r.right for r in report.results] == [True, False]
    assert "WRONG (best has 140) [the figure of another side" in report.results[1].line()
    assert report.duplicates == 0


# ------------------------------------------------------------------ round figures


def test_a_round_figure_gives_way_to_the_exact_one_it_rounds(store: Store, tmp_path: Path) -> None:
    # the holder's own "nearly 2,000" (an authority: it would settle the figure)
    # and the same report's exact 1,968: one figure, told twice
    store_reports(
        store,
        [
            ("gazette", "Gazette", "2031-06-02", [
                _release("Astrava", 1968, "2031-06-01"),
                _release("Astrava", 2000, "2031-06-01", qualifier="at_most",
                         source_actor="Astrava"),
            ]),
        ],
    )  # fmt: skip
    [h] = list_happenings(store, HappeningFilters(holder="Astrava"))
    assert h.count == (1968, "exact")
    assert "at most 2000 set aside as a rounding of an exact figure" in h.rule
    assert {f.value for f in h.figures} == {1968, 2000}  # both still listed


def test_what_a_round_figure_stands_for() -> None:
    from custody.happenings.consensus import rounds

    assert rounds(2000, "at_most", 1968) and rounds(600, "more_than", 643)
    assert rounds(370, "about", 369) and rounds(20, "at_least", 21)
    assert not rounds(100, "more_than", 183)  # a part ('more than 100 reached Gaza')
    assert not rounds(600, "more_than", 596) and not rounds(2000, "at_most", 2004)
