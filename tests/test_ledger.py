"""Deal ledgers and scoring against a ledger (custody ledger, custody eval-ledger)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_happenings import fill

from custody.happenings import HappeningFilters, Support, ledger, list_deals, list_happenings
from custody.happenings.evaluate_ledger import LedgerError, Side, evaluate_ledger, score_exchange
from custody.happenings.model import Happening
from custody.store import Store

LEDGER = Path(__file__).parent / "happenings" / "ledger.json"


@pytest.fixture
def resolved(store: Store) -> Store:
    from custody.happenings import resolve

    fill(store)
    resolve(store)
    return store


def test_the_deal_is_one_happening_with_its_terms(resolved: Store) -> None:
    [deal] = list_deals(resolved)
    assert deal.deal == "Kessel truce" and deal.mediators == ("Egypt", "Qatar")
    terms = {t["holder"]: t["count"]["value"] for t in deal.terms}
    assert terms == {"Northern Front": 50, "Republic of Astrava": 150}


def test_ledger_days_totals_owed_and_mismatches(resolved: Store) -> None:
    [deal] = list_deals(resolved)
    led = ledger(resolved, deal.id)
    assert led is not None
    got = [(d.date, d.holder, d.count, d.running_total) for d in led.deliveries]
    assert got == [
        ("2031-03-03", "Northern Front", 10, 10),
        ("2031-03-03", "Northern Front", 13, 23),
        ("2031-03-03", "Republic of Astrava", 39, 39),
        ("2031-03-05", "Northern Front", 7, 30),
    ]
    assert led.owed == {"Northern Front": 20, "Republic of Astrava": 111}
    # the Front's stated running total (25) is checked against 10 + 13, never counted as a batch
    [mismatch] = led.mismatches
    assert "stated running total 25" in mismatch and "vs 23" in mismatch
    # the American freed in a separate deal mediated by Oman stays outside the truce
    [outside] = led.outside
    assert "separate deal" in outside and " 1:" in outside


def test_ledger_of_an_unknown_deal_is_none(resolved: Store) -> None:
    assert ledger(resolved, "h-nothing") is None
    thai = list_happenings(resolved, HappeningFilters(nationality="thai"))[0]
    assert ledger(resolved, thai.id) is None  # not a deal


def test_eval_ledger_scores_sides_and_skips_unreported_exchanges(resolved: Store) -> None:
    report = evaluate_ledger(resolved, LEDGER)
    verdicts = {r.side.label(): r.right for r in report.results}
    assert verdicts == {
        "kessel-1 2031-03-03 Northern Front frees 10 Thai": True,
        "kessel-1 2031-03-03 Northern Front frees 13 Israeli": True,
        "kessel-1 2031-03-03 Republic of Astrava/Astrava frees 39 Kessian": True,
        "kessel-2 2031-03-05 Northern Front frees 8 Israeli": False,  # the reports say 7
    }
    assert report.skipped == ["kessel-3"]
    assert report.duplicates == 0
    assert report.to_dict()["share"] == 0.75
    assert report.format_text().splitlines()[-1].startswith(f"{LEDGER}: 3/4 sides right (75.0%)")


def _h(hid: str, count: int, outlets: int, nationality: tuple[str, ...] = ("Thai",)) -> Happening:
    return Happening(
        id=hid, type="release", status="occurred", holder="Northern Front",
        count=(count, "exact"), people={"nationality": list(nationality), "condition": None},
        date="2031-03-03", window=("2031-03-03", "2031-03-03"),
        location={"place": None, "facility": None}, intermediary=None, mediators=(),
        deal=None, aggregate=False, support=Support(outlets, outlets, outlets), figures=(),
        disagreements=(), records=(), rule="", first_seen=None, last_seen=None,
    )  # fmt: skip


def test_a_batch_counted_twice_is_a_duplicate() -> None:
    side = Side("x", "2031-03-03", ("Northern Front",), 10, ("Thai",), False)
    [result] = score_exchange([side], [_h("h1", 10, 3), _h("h2", 10, 1), _h("h3", 12, 1)])
    assert result.right and result.best is not None and result.best.id == "h1"
    assert [h.id for h in result.duplicates] == ["h2"]


def test_the_best_supported_candidate_decides() -> None:
    side = Side("x", "2031-03-04", ("Northern Front",), 10, ("Thai",), False)
    found = [_h("h1", 12, 3), _h("h2", 10, 1), _h("h3", 10, 5, ("Israeli",))]
    [result] = score_exchange([side], found)
    assert not result.right and result.best is not None and result.best.id == "h1"


def test_two_sides_of_one_holder_each_find_their_batch() -> None:
    sides = [
        Side("x", "2031-03-03", ("Northern Front",), 10, ("Thai",), False),
        Side("x", "2031-03-03", ("Northern Front",), 2, ("Thai",), False),
    ]
    results = score_exchange(sides, [_h("h1", 10, 3), _h("h2", 2, 1)])
    assert [r.right for r in results] == [True, True]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "line 1: not JSON"),
        ('{"exchanges": {}}', "'exchanges' must be a list"),
        ('{"exchanges": [{"id": "a", "date": "2031-13-01", "released": []}]}', "is not YYYY-MM-DD"),
        (
            '{"exchanges": [{"id": "a", "date": "2031-01-01", "released": [{"by": "X"}]}]}',
            r"exchanges\[0\].released\[0\]: 'count' must be a int",
        ),
    ],
)
def test_a_bad_ledger_names_file_and_place(
    resolved: Store, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=message) as info:
        evaluate_ledger(resolved, path)
    assert str(path) in str(info.value)


def test_ledger_json_round_trips(resolved: Store) -> None:
    [deal] = list_deals(resolved)
    led = ledger(resolved, deal.id)
    assert led is not None
    d = json.loads(json.dumps(led.to_dict()))
    assert d["owed"] == {"Northern Front": 20, "Republic of Astrava": 111}
    assert d["deal"]["id"] == deal.id


def _deal(hid: str, day: str, name: str | None, parties: tuple[str, ...] = ("A", "B")) -> Happening:
    from dataclasses import replace

    terms = tuple({"holder": p, "count": {"value": 10, "qualifier": "exact"}} for p in parties)
    return replace(
        _h(hid, 0, 1), type="deal", holder=None, count=None, date=day, window=(day, day),
        deal=name, terms=terms,
    )  # fmt: skip


def test_deal_reports_over_weeks_are_one_series() -> None:
    from custody.happenings.ledgers import series
    from custody.happenings.rules import load_rules

    deals = [
        _deal("d3", "2031-03-18", "the Kessel truce"),
        _deal("d1", "2031-03-01", "Kessel truce"),
        _deal("d2", "2031-03-09", None),
        _deal("d4", "2031-03-12", "Varna accord"),  # another name: another deal
        _deal("d5", "2031-03-05", "Kessel truce", ("C", "D")),  # other parties
        _deal("d6", "2031-06-01", "Kessel truce"),  # too long after
    ]
    got = [[d.id for d in g] for g in series(deals, load_rules())]
    assert got == [["d1", "d2", "d3"], ["d5"], ["d4"], ["d6"]]
    one_party = [_deal("e1", "2031-03-01", None, ("A",)), _deal("e2", "2031-03-03", "truce")]
    assert [[d.id for d in g] for g in series(one_party, load_rules())] == [["e1", "e2"]]
    assert got == [[d.id for d in g] for g in series(deals[::-1], load_rules())]
