"""The corpus-layer commands through the CLI, on a store filled from the test corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_happenings import fill

from custody.cli import main
from custody.store import open_store

LEDGER = Path(__file__).parent / "happenings" / "ledger.json"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "c.db")
    with open_store(path) as store:
        fill(store)
    return path


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db, *args], catch_exceptions=False)


def test_happenings_before_and_after_resolve(db: str) -> None:
    before = run(db, "happenings")
    assert "no happenings stored yet" in before.stderr
    done = run(db, "resolve")
    assert done.exit_code == 0 and done.output.strip().endswith("happenings")
    table = run(db, "happenings", "--nationality", "thai").output.splitlines()
    assert table[0].split()[:4] == ["ID", "TYPE", "STATUS", "HOLDER"]
    [row] = table[2:]
    assert "Northern Front" in row and " 10 " in row and "4/4/3" in row and "authority: ICRC" in row


def test_happenings_jsonl_and_csv(db: str) -> None:
    run(db, "resolve")
    lines = run(db, "happenings", "--format", "jsonl", "--min-support", "3").output.splitlines()
    found = [json.loads(line) for line in lines]
    assert sorted(h["people"]["nationality"][0] for h in found) == ["Kessian", "Thai"]
    rows = list(csv.DictReader(io.StringIO(run(db, "happenings", "--format", "csv").output)))
    thai = next(r for r in rows if r["nationality"] == "Thai")
    assert thai["count"] == "10" and thai["outlets"] == "3" and "12 (" in thai["figures"]


def test_happenings_filters(db: str) -> None:
    run(db, "resolve")
    out = run(db, "happenings", "--type", "deal", "--format", "jsonl").output.splitlines()
    assert [json.loads(x)["type"] for x in out] == ["deal"]
    dated = run(db, "happenings", "--since", "2031-03-05", "--holder", "NORTHERN FRONT",
                "--format", "jsonl").output.splitlines()  # fmt: skip
    assert [json.loads(x)["count"]["value"] for x in dated] == [7]
    bad = CliRunner().invoke(main, ["--db", db, "happenings", "--since", "March"])
    assert bad.exit_code == 2 and "is not YYYY" in bad.output


def test_ingest_updates_happenings(tmp_path: Path) -> None:
    db = str(tmp_path / "i.db")
    doc = tmp_path / "report.txt"
    doc.write_text(
        "Hamas frees 12 Thai hostages in Gaza\n\n"
        "GAZA, Nov 24, 2023 - Hamas released 12 Thai nationals on Friday, Thailand's "
        "prime minister said.\n",
        encoding="utf-8",
    )
    assert run(db, "ingest", str(doc)).exit_code == 0
    with open_store(db) as store:
        from custody.happenings import list_happenings

        incremental = [h.to_dict() for h in list_happenings(store)]
    assert incremental, "ingest wrote no happening"
    assert run(db, "resolve").exit_code == 0
    with open_store(db) as store:
        assert [h.to_dict() for h in list_happenings(store)] == incremental


def test_ledger_command(db: str) -> None:
    run(db, "resolve")
    out = run(db, "ledger").output
    assert "Kessel truce" in out and "owed:" in out and "stated running total 25" in out
    assert "Northern Front: 20" in out and "outside the deal:" in out
    one = run(db, "ledger", "kessel", "--json")
    assert json.loads(one.output)["owed"] == {"Northern Front": 20, "Republic of Astrava": 111}
    missing = CliRunner().invoke(main, ["--db", db, "ledger", "no such deal"])
    assert missing.exit_code == 1 and "no deal matches 'no such deal'" in missing.output


def test_person_and_people(db: str) -> None:
    out = run(db, "person", "samir al-haddad").output.splitlines()
    assert [line.split()[1] for line in out] == ["detention", "hunger_strike", "release"]
    as_json = [
        json.loads(x)
        for x in run(db, "person", "Samir Al-Haddad", "--json").output.split("\n")
        if x
    ]
    assert as_json[0]["document"] == "valley-news-1"
    nobody = CliRunner().invoke(main, ["--db", db, "person", "Nobody"])
    assert nobody.exit_code == 1 and "no stored record names 'Nobody'" in nobody.output
    people = run(db, "people").output
    assert "Lina al-Haddad" in people and "detention occurred" in people
    listed = [json.loads(x)["name"] for x in run(db, "people", "--json").output.splitlines()]
    assert "Dana Wells" in listed


def test_eval_ledger_command(db: str) -> None:
    run(db, "resolve")
    out = run(db, "eval-ledger", str(LEDGER)).output.splitlines()
    assert out[-1].startswith(f"{LEDGER}: 3/4 sides right (75.0%), 0 duplicates")
    assert any("kessel-2" in line and "WRONG (best has 7)" in line for line in out)
    figures = json.loads(run(db, "eval-ledger", str(LEDGER), "--json").output)
    assert figures["right"] == 3 and figures["skipped_exchanges"] == ["kessel-3"]


def test_eval_ledger_bad_file(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "l.json"
    bad.write_text('{"exchanges": 3}', encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", db, "eval-ledger", str(bad)])
    assert result.exit_code == 1 and f"{bad}: 'exchanges' must be a list" in result.output
