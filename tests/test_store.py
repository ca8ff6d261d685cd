"""The store on SQLite and on a real PostgreSQL (tests marked ``postgres``)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select

import custody.store as store_module
import custody.store_write as store_write
from custody.errors import StoreError
from custody.migrations import current_version, latest_version, migrate, steps
from custody.record import (
    CONDITIONS,
    EVENT_TYPES,
    QUALIFIERS,
    STATUSES,
    Count,
    Document,
    Event,
    Evidence,
    Location,
    People,
    Provenance,
    Term,
    event_from_dict,
)
from custody.store import Filters, Store, content_hash, database_url, open_store

# ---------------------------------------------------------------- strategies
# Any valid record: what event_from_dict(e.to_dict()) gives back unchanged.
# Text is any Unicode without NUL (PostgreSQL text cannot hold it) or lone
# surrogates (not encodable as UTF-8, so never in a decoded document).

texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
maybe = st.none() | texts
names = st.lists(texts, max_size=3).map(tuple)
counts = st.builds(Count, value=st.integers(), qualifier=st.sampled_from(QUALIFIERS))
people_st = st.builds(
    People,
    nationality=names,
    categories=names,
    names=names,
    affiliation=names,
    condition=st.none() | st.sampled_from(CONDITIONS),
)
offsets = st.integers(min_value=0, max_value=2**40)
evidence_st = st.builds(Evidence, start=offsets, end=offsets, text=texts)
dates = st.none() | st.from_regex(r"\A[0-9]{4}-[0-9]{2}(-[0-9]{2})?\Z")
events_st = st.builds(
    Event,
    type=st.sampled_from(EVENT_TYPES),
    status=st.sampled_from(STATUSES),
    holder=maybe,
    count=st.none() | counts,
    people=people_st,
    date=dates,
    location=st.builds(Location, place=maybe, facility=maybe),
    intermediary=maybe,
    mediators=names,
    deal=maybe,
    terms=st.lists(
        st.builds(Term, holder=maybe, count=st.none() | counts, people=people_st), max_size=2
    ).map(tuple),
    aggregate=st.booleans(),
    source_actor=maybe,
    evidence=st.lists(evidence_st, max_size=3).map(tuple),
    provenance=st.lists(
        st.builds(Provenance, field=texts, value=texts, rule=texts, span=st.none() | evidence_st),
        max_size=3,
    ).map(tuple),
)
documents_st = st.builds(
    Document,
    id=texts.filter(bool),
    text=st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00")),
    source=maybe,
    url=maybe,
    title=maybe,
    published=st.none() | st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"),
    language=texts,
    path=maybe,
)


def test_strategy_gives_valid_records() -> None:
    """Sanity: the strategy's records survive the JSON form unchanged."""

    @given(events_st)
    def check(ev: Event) -> None:
        assert event_from_dict(ev.to_dict()).with_(provenance=ev.provenance) == ev

    check()


# ---------------------------------------------------------------- helpers

TEXT = "Hamas released 13 Israelis and 10 Thais in Rafah on Friday. Israel freed 39 women."


def doc(doc_id: str = "d1", text: str = TEXT, **meta: str | None) -> Document:
    base: dict[str, str | None] = {"source": "Radio X", "published": "2023-11-24"}
    return Document(id=doc_id, text=text, path=f"/in/{doc_id}.txt", **{**base, **meta})  # type: ignore[arg-type]


def release(**changes: object) -> Event:
    ev = Event(
        type="release",
        holder="Hamas",
        count=Count(13),
        people=People(nationality=("Israeli",), categories=("civilians",)),
        date="2023-11-24",
        location=Location(place="Rafah"),
        intermediary="ICRC",
        evidence=(Evidence(0, 26, TEXT[0:26]),),
        provenance=(
            Provenance("holder", "Hamas", "actors.json:Hamas", Evidence(0, 5, "Hamas")),
            Provenance("count", "13", "number:bare"),
        ),
    )
    return ev.with_(**changes)


def all_events(s: Store, **filters: str) -> list[tuple[str, list[Event]]]:
    return [(d.id, evs) for d, evs in s.events(Filters(**filters))]


def counts_of(s: Store) -> dict[str, int]:
    with s.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in store_module.metadata.sorted_tables
        }


# ---------------------------------------------------------------- save / read


def test_save_and_read_back(store: Store) -> None:
    d = doc()
    records = [release(), release(type="holding", count=Count(190, "about"), evidence=())]
    assert store.save(d, records, "v1") == "ingested"
    [(got_doc, got)] = list(store.events())
    assert got_doc == d
    assert got == records
    [stored] = list(store.documents())
    assert stored.document == d
    assert stored.event_count == 2
    assert stored.extractor_version == "v1"
    assert stored.content_hash == content_hash(d)


def test_document_without_records(store: Store) -> None:
    assert store.save(doc(), [], "v1") == "ingested"
    assert all_events(store) == [("d1", [])]
    assert store.save(doc(), [], "v1") == "unchanged"


def test_resave_identical_is_unchanged_and_writes_nothing(store: Store) -> None:
    store.save(doc(), [release()], "v1")
    before = list(store.documents())
    assert store.save(doc(), [release(holder="Someone else")], "v1") == "unchanged"
    assert list(store.documents()) == before  # same ingested_at: nothing written
    assert all_events(store) == [("d1", [release()])]
    assert store.is_current(doc(), "v1")
    assert not store.is_current(doc(), "v2")


def test_new_extractor_version_replaces_records(store: Store) -> None:
    store.save(doc(), [release(), release(count=Count(10))], "v1")
    new = [release(holder="Israel", count=Count(39))]
    assert store.save(doc(), new, "v2") == "updated"
    assert all_events(store) == [("d1", new)]
    [stored] = list(store.documents())
    assert stored.extractor_version == "v2"
    assert counts_of(store)["events"] == 1
    assert counts_of(store)["provenance"] == 2
    assert counts_of(store)["evidence"] == 1


def test_changed_text_or_metadata_replaces_records(store: Store) -> None:
    store.save(doc(), [release()], "v1")
    assert store.save(doc(text=TEXT + " More."), [], "v1") == "updated"
    assert all_events(store) == [("d1", [])]
    assert store.save(doc(text=TEXT + " More.", title="New title"), [release()], "v1") == "updated"
    assert all_events(store) == [("d1", [release()])]
    assert counts_of(store)["events"] == 1


def test_ingest_runs_extractor_only_when_needed(store: Store) -> None:
    calls: list[str] = []

    def extract(d: Document) -> list[Event]:
        calls.append(d.id)
        return [release()]

    assert store.ingest(doc(), extract, "v1") == "ingested"
    assert store.ingest(doc(), extract, "v1") == "unchanged"
    assert store.ingest(doc(), extract, "v2") == "updated"
    assert calls == ["d1", "d1"]


class Boom(Exception):
    pass


def _fail_on_second_event(monkeypatch: pytest.MonkeyPatch) -> None:
    real = store_write._child_rows
    seen = []

    def failing(event_id: int, ev: Event) -> object:
        seen.append(ev)
        if len(seen) == 2:
            raise Boom("disk on fire")
        return real(event_id, ev)

    monkeypatch.setattr(store_write, "_child_rows", failing)


def test_failure_mid_save_of_new_document_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_on_second_event(monkeypatch)
    with pytest.raises(Boom):
        store.save(doc(), [release(), release(count=Count(2))], "v1")
    assert all_events(store) == []
    assert counts_of(store) == dict.fromkeys(counts_of(store), 0)


def test_failure_mid_replace_keeps_the_old_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(doc(), [release()], "v1")
    before = (list(store.documents()), counts_of(store))
    _fail_on_second_event(monkeypatch)
    with pytest.raises(Boom):
        store.save(doc(), [release(count=Count(1)), release(count=Count(2))], "v2")
    assert (list(store.documents()), counts_of(store)) == before
    assert all_events(store) == [("d1", [release()])]


def test_database_error_is_a_store_error_and_rolls_back(store: Store) -> None:
    store.save(doc(), [release()], "v1")
    # A count too large for any integer column... is kept only in the JSON, so
    # force a real database error instead: NUL is refused by PostgreSQL, and
    # a lone surrogate cannot be encoded for either backend.
    bad = release(holder="\udc80")
    with pytest.raises(StoreError, match="could not save document 'd1'"):
        store.save(doc(text="changed"), [bad], "v1")
    assert all_events(store) == [("d1", [release()])]


def test_huge_count_round_trips(store: Store) -> None:
    ev = release(count=Count(10**30, "more_than"))
    store.save(doc(), [ev], "v1")
    assert all_events(store) == [("d1", [ev])]


def test_delete(store: Store) -> None:
    store.save(doc(), [release()], "v1")
    assert store.delete("d1")
    assert not store.delete("d1")
    assert counts_of(store) == dict.fromkeys(counts_of(store), 0)


# ---------------------------------------------------------------- filters


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(
        doc("a", source="Radio X", published="2023-11-24"),
        [
            release(),
            release(
                type="detention", holder="Israel", people=People(nationality=("Palestinian",)),
                date="2023-11",
            ),
        ],
        "v1",
    )  # fmt: skip
    store.save(
        doc("b", source="Al Daily", published="2023-12-01"),
        [release(status="demanded", holder="hamas", date="2023-12-01",
                 people=People(nationality=("Thai", "Israeli")))],
        "v1",
    )  # fmt: skip
    store.save(doc("c", source="Radio X", published=None), [], "v1")
    return store


def _shape(s: Store, **filters: str) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    return [
        (doc_id, [(e.type, e.status, e.date) for e in evs])
        for doc_id, evs in all_events(s, **filters)
    ]


def test_no_filter_lists_every_document_in_publication_order(filled: Store) -> None:
    assert [d for d, _ in all_events(filled)] == ["a", "b", "c"]
    assert [d.document.id for d in filled.documents()] == ["a", "b", "c"]
    assert [d.event_count for d in filled.documents()] == [2, 1, 0]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "detention"}, [("a", [("detention", "occurred", "2023-11")])]),
        ({"status": "demanded"}, [("b", [("release", "demanded", "2023-12-01")])]),
        (
            {"holder": "HAMAS"},
            [("a", [("release", "occurred", "2023-11-24")]),
             ("b", [("release", "demanded", "2023-12-01")])],
        ),
        ({"nationality": "thai"}, [("b", [("release", "demanded", "2023-12-01")])]),
        ({"nationality": "Palestinian"}, [("a", [("detention", "occurred", "2023-11")])]),
        ({"since": "2023-12"}, [("b", [("release", "demanded", "2023-12-01")])]),
        # a month-only date overlaps a range that starts inside its month
        (
            {"since": "2023-11-25"},
            [("a", [("detention", "occurred", "2023-11")]),
             ("b", [("release", "demanded", "2023-12-01")])],
        ),
        (
            {"until": "2023-11"},
            [("a", [("release", "occurred", "2023-11-24"), ("detention", "occurred", "2023-11")])],
        ),
        ({"until": "2023-11-23"}, [("a", [("detention", "occurred", "2023-11")])]),
        ({"since": "2023-11-24", "until": "2023-11-24"},
         [("a", [("release", "occurred", "2023-11-24"), ("detention", "occurred", "2023-11")])]),
        ({"since": "2024"}, []),
        ({"source": "radio x"},
         [("a", [("release", "occurred", "2023-11-24"), ("detention", "occurred", "2023-11")]),
          ("c", [])]),
        ({"document": "b"}, [("b", [("release", "demanded", "2023-12-01")])]),
        ({"type": "release", "status": "occurred", "nationality": "Israeli"},
         [("a", [("release", "occurred", "2023-11-24")])]),
        ({"source": "Al Daily", "type": "detention"}, []),
    ],
)  # fmt: skip
def test_event_filters(filled: Store, filters: dict[str, str], expected: object) -> None:
    assert _shape(filled, **filters) == expected


def test_document_filters(filled: Store) -> None:
    def ids(**f: str) -> list[str]:
        return [d.document.id for d in filled.documents(Filters(**f))]

    assert ids(source="Radio X") == ["a", "c"]
    assert ids(nationality="Thai") == ["b"]
    assert ids(type="detention") == ["a"]
    assert ids(document="c") == ["c"]
    assert ids(holder="nobody") == []


def test_filtered_events_keep_provenance(filled: Store) -> None:
    [(_, [ev])] = all_events(filled, document="a", type="release")
    assert ev == release()


# ---------------------------------------------------------------- round trip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(d=documents_st, records=st.lists(events_st, max_size=4))
def test_round_trip_any_record(store: Store, d: Document, records: list[Event]) -> None:
    store.delete(d.id)
    assert store.save(d, records, "v1") == "ingested"
    [(got_doc, got)] = list(store.events(Filters(document=d.id)))
    assert got_doc == d
    assert got == records
    assert store.save(d, records, "v1") == "unchanged"


# ---------------------------------------------------------------- schema, migrations


def test_schema_version_and_idempotent_migrations(db_url: str) -> None:
    with open_store(db_url) as s:
        assert s.schema_version() == latest_version() == len(steps()) >= 1
        s.save(doc(), [release()], "v1")
        assert migrate(s.engine) == []  # nothing left to apply
        with s.engine.connect() as conn:
            assert current_version(conn) == latest_version()
            versions = conn.exec_driver_sql("SELECT version FROM schema_version").all()
        assert [v for (v,) in versions] == list(range(1, latest_version() + 1))
    with open_store(db_url) as s:  # reopening migrates nothing and keeps the data
        assert all_events(s) == [("d1", [release()])]


def test_migrations_build_the_schema_the_store_uses(store: Store) -> None:
    found = inspect(store.engine)
    for table in store_module.metadata.sorted_tables:
        assert {c["name"] for c in found.get_columns(table.name)} == set(table.c.keys())
    assert found.has_table("schema_version")


def test_newer_database_is_refused(db_url: str) -> None:
    with open_store(db_url) as s, s.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO schema_version (version, description, applied_at) "
            "VALUES (999, 'from the future', 'x')"
        )
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(db_url)


def test_sqlite_file_is_wal_with_foreign_keys_and_readable_by_sqlite3(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with open_store(str(path)) as s:
        s.save(doc(), [release()], "v1")
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    con = sqlite3.connect(path)
    (record,) = con.execute("SELECT record_json FROM events").fetchone()
    assert json.loads(record) == release().to_dict()
    assert con.execute('SELECT "start", "end" FROM evidence').fetchall() == [(0, 26)]
    con.close()


def test_urls_and_paths() -> None:
    assert database_url("x.db").get_backend_name() == "sqlite"
    assert database_url("sqlite:///x.db").database == "x.db"
    assert database_url("postgresql+psycopg://u@h/db").get_backend_name() == "postgresql"
    with pytest.raises(StoreError, match="bad database URL"):
        database_url("postgresql+psycopg://u@h:notaport/db")


def test_in_memory_sqlite_url() -> None:
    with open_store("sqlite://") as s:
        s.save(doc(), [release()], "v1")
        assert all_events(s) == [("d1", [release()])]


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/x.db", "does not exist"),
        ("nosuchdialect://x", "cannot use database"),
        ("postgresql+psycopg://nobody:secret@127.0.0.1:1/x", "cannot open database"),
    ],
)
def test_unusable_database_is_a_clear_store_error(db: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as info:
        open_store(db)
    assert "secret" not in str(info.value)


# ---------------------------------------------------------------- the PostgreSQL fixture


@pytest.mark.parametrize(("ci", "outcome"), [("true", "failed"), ("", "skipped")])
def test_postgres_tests_fail_in_ci_without_binaries(tmp_path: Path, ci: str, outcome: str) -> None:
    """No initdb/pg_ctl: the postgres tests skip locally but FAIL in CI."""
    import shutil
    import subprocess
    import sys

    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "test_pg.py").write_text(
        "import conftest\n"
        "conftest._pg_bin_dir = lambda: None  # as on a machine without PostgreSQL\n"
        "def test_needs_server(pg_server):\n"
        "    pass\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci:
        env["CI"] = ci
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    summary = done.stdout.strip().splitlines()[-1]
    assert f"1 {'error' if outcome == 'failed' else outcome}" in summary, done.stdout
    assert "PostgreSQL server binaries" in done.stdout
    assert (done.returncode != 0) == (outcome == "failed")
