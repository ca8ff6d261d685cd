"""``custody export``: CSV, JSON Lines, Parquet and PLOVER, written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from serve_data import documents, fill, resolve

from custody.cli import main
from custody.exports.parquet import RECORD_SCHEMA, records_table
from custody.exports.plover import plover_event
from custody.record import Count, Document, Event, People, parse_document_line
from custody.store import Filters, open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "export.db")
    with open_store(path) as s:
        fill(s)
        resolve(s)
    return path


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", db, "export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_jsonl_is_the_record_format(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    run(db, "--format", "jsonl", "-o", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    parsed = [parse_document_line(json.loads(line), "export") for line in lines]
    expected = {doc.id: [e.to_dict() for e in evs] for doc, evs in documents()}
    assert {d.id: [e.to_dict() for e in evs] for d, evs in parsed} == expected


def test_csv_one_row_per_record_with_bom_and_lists_joined(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    run(db, "--format", "csv", "--bom", "-o", str(out), "--type", "detention")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["document"], row["record_index"], row["count_value"]) == (
        "east-detention",
        "0",
        "40",
    )
    assert row["names"] == "Amal Haddad" and row["nationality"] == "Palestinian"
    assert row["evidence"].count(" | ") == 1
    plain = tmp_path / "all.csv"
    run(db, "--format", "csv", "-o", str(plain))
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(plain.open(encoding="utf-8")))) == 8


def test_parquet_round_trips_with_nested_structs(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.parquet"
    run(db, "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    assert table.schema.equals(RECORD_SCHEMA)
    rows = table.to_pylist()
    assert len(rows) == 8
    north = [r for r in rows if r["document_id"] == "north-release"]
    assert [r["record_index"] for r in north] == [0, 1]
    first = north[0]
    assert first["people"]["nationality"] == ["Thai"] and first["count"]["value"] == 13
    assert first["location"] == {"place": "Rafah crossing", "facility": None}
    ev = first["evidence"][0]
    text = documents()[0][0].text
    assert text[ev["start"] : ev["end"]] == ev["text"]
    deal = [r for r in rows if r["type"] == "deal"][0]
    assert [t["holder"] for t in deal["terms"]] == ["Russia", "Ukraine"]
    docs = tmp_path / "d.parquet"
    run(db, "--what", "documents", "--format", "parquet", "-o", str(docs))
    assert pq.read_table(docs).num_rows == 5


def test_records_table_is_the_function_spark_uses() -> None:
    table = records_table(documents())
    assert table.num_rows == 8 and table.schema.equals(RECORD_SCHEMA)


def test_plover_events(db: str, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    run(db, "--format", "plover", "-o", str(out))
    events = {e["id"]: e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    freed = events["north-release:0"]
    assert (freed["event"], freed["mode"], freed["context"]) == ("RETREAT", "release", [])
    assert freed["source"] == {"actor": "Hamas", "country": "PS", "kind": "armed_group"}
    assert freed["recipient"]["country"] == "TH"
    assert freed["cite_info"]["url"] == "https://example.org/north"
    assert freed["cite_info"]["outlet"] == "Harbour Line News"
    text = documents()[0][0].text
    span = freed["text_offsets"][0]
    assert text[span["start"] : span["end"]] == freed["event_text"]
    assert events["north-release:1"]["context"] == ["future"]
    arrest = events["east-detention:0"]
    assert (arrest["event"], arrest["mode"]) == ("COERCE", "arrest")
    assert arrest["source"]["country"] == "IL"
    assert events["swap-deal:0"]["event"] == "AGREE"


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (Event(type="detention", holder="Boko Haram"), ("ASSAULT", "abduct")),
        (Event(type="detention", holder="Russia"), ("COERCE", "arrest")),
        (Event(type="release", status="demanded", source_actor="Qatar", holder="Hamas"),
         ("DEMAND", None)),
        (Event(type="detention", status="denied", holder="Israel"), ("REJECT", None)),
        (Event(type="release", status="hypothetical"), ("RETREAT", "release")),
    ],
)  # fmt: skip
def test_plover_mapping(event: Event, expected: tuple[str, str | None]) -> None:
    doc = Document(id="d", text="x", published="2024-01-02")
    got = plover_event(doc, 0, event)
    assert (got["event"], got["mode"]) == expected
    assert got["date"] == "2024-01-02" and got["date_is_publication"] is True
    if event.status == "hypothetical":
        assert got["context"] == ["hypothetical"]
    if event.status == "demanded":
        assert got["source"]["actor"] == "Qatar" and got["recipient"]["actor"] == "Hamas"


def test_happenings_export(db: str, tmp_path: Path) -> None:
    out = tmp_path / "h.csv"
    run(db, "--what", "happenings", "--format", "csv", "-o", str(out), "--type", "deal")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["type"] for r in rows] == ["deal"]
    table = tmp_path / "h.parquet"
    run(db, "--what", "happenings", "--format", "parquet", "-o", str(table))
    rows = pq.read_table(table).to_pylist()
    with_figures = [r for r in rows if r["figures"]]
    assert rows and with_figures
    assert all(r["records"] and r["support"]["records"] >= 1 for r in rows)
    deal = [r for r in rows if r["type"] == "deal"][0]
    assert {t["holder"] for t in json.loads(deal["terms_json"])} == {"Russia", "Ukraine"}
    lines = tmp_path / "h.jsonl"
    run(db, "--what", "happenings", "--format", "jsonl", "-o", str(lines))
    assert all(json.loads(line)["id"] for line in lines.read_text().splitlines())


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.parquet"
    out.write_text("the previous export")
    with open_store(db) as s:
        s.save(
            Document(id="huge", text="x"),
            [Event(type="release", count=Count(2**70), people=People())],
            "test-1",
        )
    result = CliRunner().invoke(main, ["--db", db, "export", "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 1
    assert "document 'huge', record 0" in result.output and "64-bit" in result.output
    assert out.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.db", "export.db-shm",
                                                          "export.db-wal", "r.parquet"]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--what", "happenings", "--format", "plover"], "not offered"),
        (["--what", "documents", "--format", "plover"], "not offered"),
    ],
)
def test_formats_not_offered_are_errors(
    db: str, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "x"
    result = CliRunner().invoke(main, ["--db", db, "export", *args, "-o", str(out)])
    assert result.exit_code == 1 and message in result.output
    assert not out.exists()


def test_missing_folder_is_an_error(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["--db", db, "export", "-o", str(tmp_path / "no" / "such" / "file.csv")]
    )
    assert result.exit_code == 1 and "does not exist" in result.output


def test_filters_apply(db: str, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    run(db, "--format", "csv", "-o", str(out), "--holder", "HAMAS", "--since", "2024-04")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {(r["document"], r["type"]) for r in rows} == {
        ("holding-note", "holding"), ("xss-doc", "release")
    }  # fmt: skip
    with open_store(db) as s:
        assert sum(len(e) for _, e in s.events(Filters(holder="hamas", since="2024-04"))) == 2
