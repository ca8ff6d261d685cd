"""Happenings on a real store (SQLite and PostgreSQL): grouping, consensus, support, increments.

The corpus (tests/happenings/corpus.jsonl, made by tests/happenings/make_corpus.py)
is invented reports of an invented truce, in this project's own words, with
hand-made records: the rules are tested without depending on the extractor.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from custody.happenings import (
    Happening,
    HappeningFilters,
    get_happening,
    list_happenings,
    resolve,
    update,
)
from custody.happenings.group import url_day
from custody.happenings.tables import document_copies, happenings
from custody.record import Count, Document, Event, event_from_dict
from custody.store import Store

CORPUS = Path(__file__).parent / "happenings" / "corpus.jsonl"


def corpus() -> list[tuple[Document, list[Event]]]:
    out = []
    for n, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        d = json.loads(line)
        meta = d["document"]
        doc = Document(text=d["text"], **meta)
        out.append((doc, [event_from_dict(e, f"line {n}") for e in d["events"]]))
    return out


def fill(store: Store, docs: list[tuple[Document, list[Event]]] | None = None) -> None:
    for doc, events in docs or corpus():
        store.save(doc, events, "test")


def dump(store: Store) -> list[dict[str, Any]]:
    return [h.to_dict() for h in list_happenings(store)]


def thai(store: Store) -> Happening:
    [h] = list_happenings(store, HappeningFilters(nationality="thai"))
    return h


@pytest.fixture
def resolved(store: Store) -> Store:
    fill(store)
    resolve(store)
    return store


def test_copies_of_one_wire_story_count_as_one_outlet(resolved: Store) -> None:
    h = thai(resolved)
    assert h.support.records == 4 and h.support.documents == 4
    # wire-a and courier-copy are one story: 3 outlets, not 4
    assert h.support.outlets == 3
    with resolved.engine.connect() as conn:
        pairs = set(conn.execute(select(document_copies.c.document_id, document_copies.c.copy_id)))
    assert pairs == {("wire-a", "courier-copy"), ("courier-copy", "wire-a")}


def test_an_intermediarys_later_figure_settles_the_early_one(resolved: Store) -> None:
    h = thai(resolved)
    assert h.count == (10, "exact")
    assert h.rule.startswith("authority: ICRC (icrc-note)")
    figures = {f.value: f for f in h.figures}
    assert set(figures) == {10, 12}
    assert figures[12].documents == ("courier-copy", "evening-post", "wire-a")
    assert figures[10].outlets == ("ICRC",)
    assert any(d.startswith("count: 10 (ICRC) vs 12 (") for d in h.disagreements)


def test_without_an_authority_the_most_outlets_win(store: Store) -> None:
    fill(store, [(d, e) for d, e in corpus() if d.id != "icrc-note"])
    resolve(store)
    h = thai(store)
    assert h.count == (12, "exact") and h.rule == "one figure"


def test_an_undated_report_joins_the_dated_happening_in_its_window(resolved: Store) -> None:
    h = thai(resolved)
    assert ("evening-post", 0) in {(r.document, r.index) for r in h.records}
    assert h.date == "2031-03-03" and h.first_seen == "2031-03-04"
    assert h.last_seen == "2031-03-05"


def test_an_undated_report_outside_every_window_stays_undated(store: Store) -> None:
    docs = corpus()
    late = [
        (replace(d, published="2031-04-20") if d.id == "evening-post" else d, e) for d, e in docs
    ]
    fill(store, late)
    resolve(store)
    thais = list_happenings(store, HappeningFilters(nationality="thai"))
    assert len(thais) == 2
    undated = next(h for h in thais if h.date is None)
    assert undated.window == ("2031-04-16", "2031-04-20")
    assert [r.document for r in undated.records] == ["evening-post"]


def test_parts_and_totals_stay_apart(resolved: Store) -> None:
    same_day = list_happenings(
        resolved, HappeningFilters(holder="northern front", since="2031-03-03", until="2031-03-03")
    )
    batches = sorted((h.count, tuple(h.people["nationality"])) for h in same_day if not h.aggregate)
    assert batches == [((10, "exact"), ("Thai",)), ((13, "exact"), ("Israeli",))]
    [total] = [h for h in same_day if h.aggregate]
    assert total.count == (25, "exact")


def test_no_happening_mixes_holders_or_days(resolved: Store) -> None:
    for h in list_happenings(resolved):
        refs = {(r.document, r.index) for r in h.records}
        records = [
            (e.holder, e.date)
            for doc, evs in corpus()
            for i, e in enumerate(evs)
            if (doc.id, i) in refs
        ]
        assert len({holder for holder, _ in records}) == 1
        days = sorted(d for _, d in records if d and len(d) == 10)
        if days:
            from datetime import date

            gap = date.fromisoformat(days[-1]) - date.fromisoformat(days[0])
            assert gap.days <= 1


def test_fewer_happenings_than_records(resolved: Store) -> None:
    records = sum(len(e) for _, e in corpus())
    assert len(list_happenings(resolved)) < records


def test_ingest_increments_equal_a_full_resolve(store: Store) -> None:
    for doc, events in corpus():
        store.save(doc, events, "test")
        update(store, [doc.id])
    incremental = dump(store)
    resolve(store)
    assert dump(store) == incremental


def test_changing_one_document_updates_only_what_it_touches(resolved: Store) -> None:
    before = {h.id: h for h in list_happenings(resolved)}
    [(doc, [event])] = [(d, e) for d, e in corpus() if d.id == "icrc-note"]
    resolved.save(replace(doc, published="2031-03-06"), [event.with_(count=Count(11))], "test")
    written = update(resolved, ["icrc-note"])
    after = {h.id: h for h in list_happenings(resolved)}
    block = [h for h in before.values() if h.holder == "Northern Front" and h.type == "release"]
    assert written == len([h for h in block if not h.aggregate])  # that block only
    assert after[thai(resolved).id].count == (11, "exact")
    untouched = [i for i in before if before[i].holder != "Northern Front"]
    assert all(after[i] == before[i] for i in untouched)


def test_removing_a_document_removes_its_records_from_happenings(resolved: Store) -> None:
    assert resolved.delete("evening-post")
    update(resolved, ["evening-post"])
    assert "evening-post" not in {r.document for r in thai(resolved).records}
    with resolved.engine.connect() as conn:
        linked = conn.execute(select(func.count()).select_from(happenings)).scalar_one()
    assert linked == len(list_happenings(resolved))


def test_filters_and_get(resolved: Store) -> None:
    assert {h.type for h in list_happenings(resolved, HappeningFilters(type="deal"))} == {"deal"}
    strong = list_happenings(resolved, HappeningFilters(min_support=3))
    assert sorted(h.people["nationality"][0] for h in strong) == ["Kessian", "Thai"]
    assert list_happenings(resolved, HappeningFilters(min_support=4)) == []
    truce = list_happenings(resolved, HappeningFilters(deal="kessel"))
    assert truce and all("Kessel" in (h.deal or "") for h in truce)
    h = thai(resolved)
    assert get_happening(resolved, h.id) == h
    assert get_happening(resolved, "h-nothing") is None


def test_jsonl_shape(resolved: Store) -> None:
    d = thai(resolved).to_dict()
    for key in (
        "id", "type", "status", "holder", "count", "people", "date", "location", "intermediary",
        "mediators", "deal", "aggregate", "support", "figures", "disagreements", "records", "rule",
    ):  # fmt: skip
        assert key in d, key
    assert d["support"] == {"records": 4, "documents": 4, "outlets": 3}
    assert d["figures"][0].keys() == {"value", "qualifier", "documents", "outlets"}
    assert d["records"][0].keys() == {"document", "index"}


def test_url_day() -> None:
    assert url_day("https://x.example/world/2025/Jan/25/story") == "2025-01-25"
    assert url_day("https://x.example/2025/02/30/story") is None  # no such day
    assert url_day("https://x.example/videos/20221127-026") == "2022-11-27"
    assert url_day("https://x.example/node/2588472/middle-east") is None
    assert url_day(None) is None


def test_migration_builds_the_tables_the_code_uses(store: Store) -> None:
    from sqlalchemy import inspect

    from custody.happenings import tables

    found = inspect(store.engine)
    for table in tables.metadata.sorted_tables:
        assert {c["name"] for c in found.get_columns(table.name)} == set(table.c.keys())
    assert store.schema_version() >= 2


def test_a_damaged_stored_record_is_an_error_naming_it(store: Store) -> None:
    from sqlalchemy import update as sql_update

    from custody.errors import StoreError
    from custody.store import events

    fill(store)
    with store.engine.begin() as conn:
        conn.execute(
            sql_update(events)
            .where(events.c.document_id == "wire-a")
            .values(record_json="{not json")
        )
    with pytest.raises(StoreError, match="wire-a#0 is damaged"):
        resolve(store)
    assert list_happenings(store) == []  # nothing half-written


def _item(doc: str, count: int | None, day: str | None, **kw: Any) -> Any:
    from custody.happenings.group import Item

    fields: dict[str, Any] = dict(
        document=doc, index=0, type="release", status="occurred", holder="Russia",
        count=count, qualifier="exact", nationality=frozenset(), categories=(), names=(),
        condition=None, date=day, place=None, facility=None, intermediary=None, mediators=(),
        deal=None, aggregate=False, source_actor=None, terms=(), published="2031-05-02",
        outlet=doc,
    )  # fmt: skip
    fields.update(kw)
    return Item(**fields)


def _groups(items: list[Any]) -> list[list[str]]:
    from custody.happenings.group import cluster_block
    from custody.happenings.rules import load_rules

    return sorted(sorted(it.document for it in c.items) for c in cluster_block(items, load_rules()))


def test_bodies_and_living_are_two_batches() -> None:
    items = [
        _item("a", 95, "2031-05-01"),
        _item("b", 89, "2031-05-01", condition="deceased"),
        _item("c", 90, "2031-05-01", condition="deceased"),
    ]
    assert _groups(items) == [["a"], ["b", "c"]]


def test_consecutive_days_join_only_with_the_same_figure() -> None:
    items = [
        _item("a", 390, "2031-05-01"),
        _item("b", 390, "2031-05-02"),  # the same batch, dated a day later by one outlet
        _item("c", 307, "2031-05-02"),  # the next day's batch
        _item("d", 303, "2031-05-03"),
    ]
    assert _groups(items) == [["a", "b"], ["c"], ["d"]]


def test_figures_far_apart_are_two_batches_on_one_day() -> None:
    items = [_item("a", 175, "2031-05-01"), _item("b", 22, "2031-05-01"), _item("c", 12, None)]
    # the undated 12 (published 2 May) fits the 22 batch's figure? no: 12 vs 22 is too far
    assert _groups(items) == [["a"], ["b"], ["c"]]


def _doc(doc_id: str, published: str, text: str) -> Document:
    return Document(id=doc_id, text=text, source=doc_id.split("-")[0], published=published)


def _release(count: int, day: str | None) -> Event:
    from custody.record import Count, People

    return Event(
        type="release", holder="Northern Front", count=Count(count),
        people=People(nationality=("Thai",)), date=day,
    )  # fmt: skip


def test_an_update_rewrites_only_the_segments_it_touches(store: Store) -> None:
    spring = [
        (_doc("a-1", "2031-03-04", "first march report"), [_release(12, "2031-03-03")]),
        (_doc("b-1", "2031-03-05", "second report of the march handover"), [_release(12, None)]),
    ]
    autumn = [
        (_doc("c-1", "2031-09-10", "a september report"), [_release(5, "2031-09-09")]),
        (_doc("d-1", "2031-09-11", "another september report, undated"), [_release(5, None)]),
    ]
    fill(store, spring + autumn)
    resolve(store)
    before = {h.id: h for h in list_happenings(store)}
    doc, _ = autumn[1]
    store.save(replace(doc, published="2031-09-12"), [_release(6, None)], "test")
    assert update(store, [doc.id]) == 1  # the september segment only: one happening
    after = {h.id: h for h in list_happenings(store)}
    march = [i for i, h in before.items() if h.date == "2031-03-03"]
    assert march and all(after[i] == before[i] for i in march)
    [september] = [h for h in after.values() if h.date == "2031-09-09"]
    assert september.support.records == 2 and september.count == (5, "exact")
    incremental = dump(store)
    resolve(store)
    assert dump(store) == incremental


def test_a_record_moved_to_another_day_leaves_its_old_happening_whole(store: Store) -> None:
    docs = [
        (_doc("a-1", "2031-03-04", "the march handover, first"), [_release(12, "2031-03-03")]),
        (_doc("b-1", "2031-03-04", "the march handover, again"), [_release(12, "2031-03-03")]),
        (_doc("c-1", "2031-03-05", "the march handover, late"), [_release(12, None)]),
    ]
    fill(store, docs)
    resolve(store)
    doc, _ = docs[0]
    store.save(replace(doc, published="2031-06-02"), [_release(12, "2031-06-01")], "test")
    update(store, [doc.id])
    incremental = dump(store)
    resolve(store)
    assert dump(store) == incremental
    march = [h for h in list_happenings(store) if h.date == "2031-03-03"]
    assert [h.support.records for h in march] == [2]


def test_an_update_takes_the_documents_an_earlier_one_never_reached(store: Store) -> None:
    fill(store)  # saved, as by an ingest killed before its update
    assert update(store, []) > 0
    incremental = dump(store)
    assert thai(store).support.records == 4
    resolve(store)
    assert dump(store) == incremental
    assert update(store, []) == 0  # nothing left behind
