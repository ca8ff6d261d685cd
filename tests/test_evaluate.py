"""Scoring rules of docs/event-record.md ("What is reportable", "Scoring")."""

from __future__ import annotations

import importlib
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import custody.ingest
from custody.cli import main
from custody.errors import CustodyError, RecordError
from custody.evaluate import (
    Report,
    assign,
    evaluate_files,
    is_hit,
    pair,
    score_document,
    slot_outcome,
)
from custody.record import (
    Count,
    Document,
    Event,
    Evidence,
    Location,
    People,
    Term,
    document_line,
)

# ``custody.extract`` is shadowed by the function re-exported in custody/__init__.py
EXTRACT = importlib.import_module("custody.extract")


def release(value: int | None = 5, **changes: Any) -> Event:
    count = Count(value) if value is not None else None
    return Event(type="release", count=count).with_(**changes)


def named(*names: str, **changes: Any) -> Event:
    return release(None, people=People(names=names)).with_(**changes)


def deal(status: str = "occurred", values: tuple[int, ...] = (50,)) -> Event:
    terms = tuple(Term(holder="Hamas", count=Count(v)) for v in values)
    return Event(type="deal", status=status, terms=terms)


def report(
    gold: list[Event], pred: list[Event], published: tuple[Any, Any] = (None, None)
) -> Report:
    g_doc, p_doc = Document("d", published=published[0]), Document("d", published=published[1])
    return Report("gold", "pred", [score_document(g_doc, gold, p_doc, pred)])


def write_lines(path: Path, lines: list[tuple[Document, list[Event]]], text_dir: str = "") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for doc, events in lines:
            d = document_line(doc, events)
            if text_dir:
                d["document"]["path"] = f"{text_dir}/{doc.id}.txt"
            out.write(json.dumps(d) + "\n")
    return path


# ---------------------------------------------------------------- reportable


def test_unreportable_records_are_dropped_on_both_sides() -> None:
    gold = [release(5), release(None)]  # no count, no name: not scored
    pred = [release(5), release(None, holder="Hamas"), Event(type="deal")]
    r = report(gold, pred)
    assert (r.events.hits, r.events.predicted, r.events.gold) == (1, 1, 1)
    assert r.events.precision == r.events.recall == 1.0


def test_deal_reportable_only_with_a_counted_term() -> None:
    uncounted = Event(type="deal", terms=(Term(holder="Israel"),))
    r = report([deal()], [deal(), uncounted])
    assert (r.events.predicted, r.events.gold, r.events.hits) == (1, 1, 1)


# ---------------------------------------------------------------- hits


@pytest.mark.parametrize(
    "pred",
    [
        release(5, type="detention"),
        release(5, status="planned"),
        release(5, aggregate=True),
        release(6),
    ],
)
def test_no_hit_when_type_status_aggregate_or_count_differ(pred: Event) -> None:
    assert not is_hit(pred, release(5))


def test_hit_ignores_qualifier_and_other_slots() -> None:
    pred = release(5, count=Count(5, "about"), holder="Israel", date="2020-01-01")
    assert is_hit(pred, release(5, holder="Hamas"))


def test_records_without_counts_need_names_that_meet() -> None:
    # The spec: counts must be equal only when both records have one; otherwise
    # the names must meet. Two uncounted records with other names are no hit.
    assert not is_hit(named("A"), named("B"))
    assert not is_hit(release(None), release(None))


def test_a_name_meets_its_last_words() -> None:
    assert is_hit(named("Abu Safiya"), named("Hussam Abu Safiya"))
    assert is_hit(named("Hussam Abu Safiya"), named("abu safiya"))
    assert not is_hit(named("Hussam"), named("Hussam Abu Safiya"))  # first words do not
    assert not is_hit(named("Safiya Ali"), named("Hussam Abu Safiya"))
    assert not is_hit(named("bu Safiya"), named("Hussam Abu Safiya"))  # whole words only


def test_record_without_count_hits_on_intersecting_names_case_insensitively() -> None:
    gold = release(1, people=People(names=("Maher Al-Akhras", "X")))
    assert is_hit(named("maher  al-akhras"), gold)
    assert not is_hit(named("Someone Else"), gold)


def test_two_counted_records_do_not_hit_on_names() -> None:
    assert not is_hit(
        release(4, people=People(names=("A",))), release(3, people=People(names=("A",)))
    )


def test_deals_hit_when_statuses_agree_whatever_the_terms() -> None:
    assert is_hit(deal("occurred", (1,)), deal("occurred", (50, 150)))
    assert not is_hit(deal("planned"), deal("occurred"))
    assert not is_hit(release(50), deal())


# ---------------------------------------------------------------- pairing


def test_pairing_is_optimal_where_greedy_is_not() -> None:
    # P0 (no count) hits G0 and G1 by name and agrees more with G0; P1 hits
    # only G0 by count. Greedy (best pair first) takes P0-G0 and leaves one
    # hit; the optimal pairing has two.
    g0 = release(1, people=People(names=("A",)), holder="Hamas", date="2023-11-24")
    g1 = release(2, people=People(names=("B",)))
    p0 = named("A", "B", holder="Hamas", date="2023-11-24")
    p1 = release(1)
    assert sorted(pair([p0, p1], [g0, g1])) == [(0, 1), (1, 0)]
    assert report([g0, g1], [p0, p1]).events.hits == 2


def test_uncounted_records_pair_by_names_first() -> None:
    gold = [named("A", holder="Hamas"), named("B", holder="Israel")]
    pred = [named("B", holder="Hamas"), named("A", holder="Israel")]
    assert pair(pred, gold) == [(0, 1), (1, 0)]


def test_pairing_breaks_ties_by_agreement() -> None:
    gold = [release(115, holder="Israel"), release(115, holder="Hamas")]
    pred = [release(115, holder="Hamas"), release(115, holder="Israel")]
    assert pair(pred, gold) == [(0, 1), (1, 0)]
    assert report(gold, pred).slots["holder"].correct == 2


@given(
    st.integers(1, 5).flatmap(
        lambda n: st.lists(
            st.lists(st.sampled_from([0.0, 1.0, 2.5, 3.0, 7.25]), min_size=n, max_size=n),
            min_size=1,
            max_size=5,
        )
    )
)
def test_assign_matches_brute_force(weights: list[list[float]]) -> None:
    rows, cols = len(weights), len(weights[0])
    got = assign(weights)
    assert len({r for r, _ in got}) == len(got) == len({c for _, c in got}) == min(rows, cols)
    if rows <= cols:
        totals = (
            sum(weights[r][c] for r, c in enumerate(cs))
            for cs in itertools.permutations(range(cols), rows)
        )
    else:
        totals = (
            sum(weights[r][c] for c, r in enumerate(rs))
            for rs in itertools.permutations(range(rows), cols)
        )
    assert sum(weights[r][c] for r, c in got) == pytest.approx(max(totals))


# ---------------------------------------------------------------- figures


def test_event_and_release_count_figures() -> None:
    gold = [release(13), release(24, aggregate=True), release(50, status="planned"), release(3)]
    pred = [release(13), release(24, aggregate=True), release(7)]
    r = report(gold, pred)
    assert (r.events.hits, r.events.predicted, r.events.gold) == (2, 3, 4)
    assert r.events.precision == pytest.approx(2 / 3)
    assert r.events.recall == pytest.approx(0.5)
    assert r.events.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # release-count: only occurred, non-aggregate releases with a count
    assert (r.release_count.hits, r.release_count.predicted, r.release_count.gold) == (1, 2, 2)


def test_release_count_needs_a_hit_with_a_counted_gold_release() -> None:
    gold = [release(1, people=People(names=("A",)))]
    pred = [named("A")]  # a hit by name, but the prediction has no count
    r = report(gold, pred)
    assert r.events.hits == 1
    assert (r.release_count.hits, r.release_count.predicted, r.release_count.gold) == (0, 0, 1)


def test_per_type_figures() -> None:
    gold = [release(1), Event(type="detention", count=Count(2)), deal()]
    pred = [release(1), Event(type="detention", count=Count(3))]
    r = report(gold, pred)
    d = r.to_dict()["per_type"]
    assert list(d) == ["release", "detention", "deal"]
    assert (d["detention"]["hits"], d["detention"]["predicted"], d["detention"]["gold"]) == (
        0,
        1,
        1,
    )
    assert d["deal"]["recall"] == 0.0 and d["release"]["f1"] == 1.0


def test_empty_gold_and_empty_predictions_score_perfectly() -> None:
    r = report([], [])
    assert r.events.precision == r.events.recall == r.events.f1 == 1.0


def test_nothing_predicted_scores_zero() -> None:
    r = report([release(3)], [])
    assert r.events.precision == r.events.recall == r.events.f1 == 0.0


# ---------------------------------------------------------------- slots


def test_qualifier_slot() -> None:
    gold = release(5, count=Count(5, "at_least"))
    assert (
        slot_outcome("count.qualifier", release(5, count=Count(5, "at_least")), gold) == "correct"
    )
    assert slot_outcome("count.qualifier", release(5), gold) == "wrong"
    named_gold = release(1, people=People(names=("A",)))
    assert slot_outcome("count.qualifier", named("A"), named_gold) == "missing"
    assert slot_outcome("count.qualifier", named_gold, named("A")) == "extra"


@pytest.mark.parametrize(
    ("status", "pred", "gold", "outcome"),
    [
        ("occurred", "2023-11-24", "2023-11-24", "correct"),
        ("occurred", "2023-11-25", "2023-11-24", "correct"),
        ("occurred", "2023-12-01", "2023-11-30", "correct"),
        ("occurred", "2023-11-26", "2023-11-24", "wrong"),
        ("planned", "2023-11-25", "2023-11-24", "wrong"),
        ("occurred", "2023-11", "2023-11-24", "wrong"),
        ("occurred", "2023-11", "2023-11", "correct"),
        ("occurred", None, "2023-11-24", "missing"),
        ("occurred", "2023-11-24", None, "extra"),
        ("occurred", None, None, None),
    ],
)
def test_date_slot(status: str, pred: str | None, gold: str | None, outcome: str | None) -> None:
    p = release(5, status=status, date=pred)
    g = release(5, status=status, date=gold)
    assert slot_outcome("date", p, g) == outcome


@pytest.mark.parametrize(
    ("pred", "gold", "outcome"),
    [
        (Location(place="Gaza"), Location(place="Gaza Strip"), "correct"),
        (Location(place="the gaza strip"), Location(place="Gaza Strip"), "correct"),
        (Location(facility="Ofer prison"), Location("Ramallah", "Ofer Prison"), "correct"),
        (Location(place="Rafah"), Location(place="Gaza Strip"), "wrong"),
        (Location(place="Ofer"), Location(facility="Ofer prison"), "wrong"),
        (Location(), Location(place="Rafah"), "missing"),
        (Location(place="Rafah"), Location(), "extra"),
    ],
)
def test_location_slot(pred: Location, gold: Location, outcome: str) -> None:
    assert slot_outcome("location", release(location=pred), release(location=gold)) == outcome


@pytest.mark.parametrize("slot", ["people.nationality", "people.categories", "mediators"])
def test_set_slots_need_set_equality(slot: str) -> None:
    def ev(*values: str) -> Event:
        if slot == "mediators":
            return release(mediators=values)
        field = slot.split(".")[1]
        return release(people=People(**{field: values}))

    assert slot_outcome(slot, ev("b", "A"), ev("a", "B")) == "correct"
    assert slot_outcome(slot, ev("A"), ev("A", "B")) == "wrong"
    assert slot_outcome(slot, ev("A", "B", "C"), ev("A", "B")) == "wrong"
    assert slot_outcome(slot, ev(), ev("A")) == "missing"
    assert slot_outcome(slot, ev("A"), ev()) == "extra"
    assert slot_outcome(slot, ev(), ev()) is None


@pytest.mark.parametrize("slot", ["holder", "intermediary"])
def test_actor_slots(slot: str) -> None:
    assert slot_outcome(slot, release(**{slot: "icrc"}), release(**{slot: "ICRC"})) == "correct"
    assert slot_outcome(slot, release(**{slot: "Qatar"}), release(**{slot: "ICRC"})) == "wrong"
    assert slot_outcome(slot, release(), release(**{slot: "ICRC"})) == "missing"
    assert slot_outcome(slot, release(**{slot: "ICRC"}), release()) == "extra"


def test_slot_accuracy_counts_missing_and_wrong_but_not_extra() -> None:
    gold = [release(1, holder="Hamas"), release(2, holder="Hamas"), release(3, holder="Hamas")]
    gold += [release(4), release(5, holder="Israel")]
    pred = [release(1, holder="Hamas"), release(2), release(3, holder="Israel")]
    pred += [release(4, holder="Israel"), release(6, holder="Israel")]  # 6: not a hit
    r = report(gold, pred)
    t = r.slots["holder"]
    assert (t.correct, t.missing, t.wrong, t.extra) == (1, 1, 1, 1)
    assert t.accuracy == pytest.approx(1 / 3)
    assert r.hits_with_wrong_slot == 1
    assert r.wrong_slot_rate == pytest.approx(1 / 4)


def test_slots_are_scored_over_hits_only() -> None:
    r = report([release(1, holder="Hamas")], [release(2, holder="Israel")])
    assert r.slots["holder"].accuracy is None and r.wrong_slot_rate is None


# ---------------------------------------------------------------- published


@pytest.mark.parametrize(
    ("pred", "gold", "outcome"),
    [
        ("2023-11-24", "2023-11-24", "correct"),
        (None, "2023-11-24", "missing"),
        ("2023-11-25", "2023-11-24", "wrong"),
        ("2023-11-24", None, "extra"),
    ],
)
def test_published(pred: str | None, gold: str | None, outcome: str) -> None:
    tally = report([], [], published=(gold, pred)).published.to_dict()
    assert {o: tally[o] for o in ("correct", "missing", "wrong", "extra")} == {
        o: int(o == outcome) for o in ("correct", "missing", "wrong", "extra")
    }


def test_published_both_empty_is_counted_apart() -> None:
    r = report([], [], published=(None, None))
    assert r.published_both_empty == 1 and r.published.accuracy is None


# ---------------------------------------------------------------- files


def test_files_score_predictions_by_document_id(tmp_path: Path) -> None:
    gold = write_lines(
        tmp_path / "gold.jsonl",
        [
            (Document("a", published="2024-01-02"), [release(3)]),
            (Document("b"), [release(4), named("X")]),
        ],
    )
    pred = write_lines(
        tmp_path / "pred.jsonl",
        [(Document("zz"), [release(9)]), (Document("a", published="2024-01-02"), [release(3)])],
    )
    r = evaluate_files(gold, pred)
    assert (r.events.hits, r.events.predicted, r.events.gold) == (1, 1, 3)  # b: no line
    assert r.unknown_ids == ["zz"]
    assert r.published.correct == 1
    docs = r.to_dict()["documents"]
    assert [d["id"] for d in docs] == ["a", "b"]
    assert [m["count"] for m in docs[1]["misses"]] == [{"value": 4, "qualifier": "exact"}, None]


def test_gold_against_itself_is_perfect(tmp_path: Path) -> None:
    events = [
        release(115, holder="Israel", date="2024-08-24", location=Location(place="Gaza")),
        release(115, holder="Hamas", people=People(nationality=("Israeli",))),
        deal(values=(115, 115)).with_(mediators=("Qatar",)),
        named("A", type="hunger_strike", holder="Israel"),
    ]
    gold = write_lines(tmp_path / "g.jsonl", [(Document("a", published="2024-08-24"), events)])
    d = evaluate_files(gold, gold).to_dict()
    assert d["events"]["f1"] == d["release_count"]["f1"] == 1.0
    assert all(s["accuracy"] in (1.0, None) for s in d["slots"].values())
    assert d["published"]["accuracy"] == 1.0 and d["wrong_slot_rate"] == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ('{"format": 1, "document": {"id": "b"}, "events": [{"type": "arrest"}]}', "type"),
        ('{"format": 1, "document": {"id": "a"}, "events": []}', "repeats line 1"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"format": 1, "document": {"id": "a"}, "events": []}\n\n' + line + "\n")
    with pytest.raises(RecordError, match=message) as info:
        evaluate_files(gold, gold)
    assert str(info.value).startswith(f"{gold}:3: ")


def test_bad_prediction_line_names_its_file(tmp_path: Path) -> None:
    gold = write_lines(tmp_path / "gold.jsonl", [(Document("a"), [])])
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"format": 2, "document": {"id": "a"}}\n')
    with pytest.raises(RecordError, match=rf"^{pred}:1: .*format"):
        evaluate_files(gold, pred)


# ---------------------------------------------------------------- extractor


def test_without_predictions_runs_extractor_on_text_not_gold_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Hamas released 3 hostages.", encoding="utf-8")
    gold = write_lines(
        tmp_path / "gold.jsonl", [(Document("a", published="2023-11-24"), [release(3)])], "texts"
    )
    seen: list[Document] = []

    def fake_extract(doc: Document) -> list[Event]:
        seen.append(doc)
        return [release(3, evidence=(Evidence(0, 5, "Hamas"),))]

    monkeypatch.setattr(EXTRACT, "extract", fake_extract)
    monkeypatch.delattr(custody.ingest, "read_text_document", raising=False)
    r = evaluate_files(gold, None)
    assert [(d.id, d.text, d.published) for d in seen] == [
        ("a", "Hamas released 3 hostages.", None)
    ]
    assert r.events.hits == 1 and r.published.missing == 1


def test_without_predictions_uses_ingestion_for_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("24 November 2023. Text.", encoding="utf-8")
    gold = write_lines(tmp_path / "gold.jsonl", [(Document("a", published="2023-11-24"), [])], ".")

    def read_text_document(text: str, doc_id: str, path: str) -> Document:
        assert path.endswith("a.txt")
        return Document(doc_id, text=text, published="2023-11-24")

    monkeypatch.setattr(custody.ingest, "read_text_document", read_text_document, raising=False)
    monkeypatch.setattr(EXTRACT, "extract", lambda doc: [])
    assert evaluate_files(gold, None).published.correct == 1


def test_without_predictions_a_missing_text_is_an_error(tmp_path: Path) -> None:
    gold = write_lines(tmp_path / "gold.jsonl", [(Document("a"), [])], "texts")
    with pytest.raises(CustodyError, match="a.txt"):
        evaluate_files(gold, None)
    no_path = write_lines(tmp_path / "nopath.jsonl", [(Document("a"), [])])
    with pytest.raises(RecordError, match=r"nopath.jsonl:1: document.path"):
        evaluate_files(no_path, None)


# ---------------------------------------------------------------- output


def test_text_output_leads_with_event_and_release_count(tmp_path: Path) -> None:
    r = report([release(3), release(4)], [release(3), release(9)])
    lines = r.format_text().splitlines()
    assert lines[0].startswith("event") and "F1 0.500" in lines[0]
    assert lines[1].startswith("release-count")
    assert lines[2].startswith("slots") and lines[3].startswith("published")
    assert "false positive" not in r.format_text()
    verbose = r.format_text(verbose=True)
    assert "false positive: release/occurred count 9" in verbose
    assert "miss: release/occurred count 4" in verbose


def test_cli_eval_json(tmp_path: Path) -> None:
    gold = write_lines(tmp_path / "gold.jsonl", [(Document("a"), [release(3), release(4)])])
    pred = write_lines(tmp_path / "pred.jsonl", [(Document("a"), [release(3)])])
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert d["events"]["precision"] == 1.0 and d["events"]["recall"] == 0.5
    assert d["documents"][0]["misses"][0]["count"]["value"] == 4


def test_cli_eval_bad_gold_exits_with_message(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("[]\n")
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(gold)])
    assert result.exit_code != 0
    assert f"{gold}:1:" in result.output
