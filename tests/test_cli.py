"""The store commands (ingest, documents, events) through Click's CliRunner."""

from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import custody.cli as cli
from custody.record import (
    Count,
    Document,
    Event,
    Evidence,
    Location,
    People,
    Provenance,
    parse_document_line,
)

extraction = importlib.import_module("custody.extract")

GOOD = {
    "alpha": "Hamas released 13 Israelis in Rafah.",
    "beta": "Israel freed 39 Palestinian women and children.",
}


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def bad_file(inbox: Path) -> Path:
    bad = inbox / "broken.txt"
    bad.write_bytes(b"first line\nbinary \x00\x01\x02 data\n")
    return bad


def fake_event(doc: Document) -> Event:
    """One record per document, made from the document so filters can tell them apart."""
    alpha = doc.id == "alpha"
    return Event(
        type="release" if alpha else "detention",
        status="occurred" if alpha else "planned",
        holder="Hamas" if alpha else "Israel",
        count=Count(13) if alpha else Count(39, "at_least"),
        people=People(nationality=("Israeli",) if alpha else ("Palestinian",)),
        date="2023-11-24" if alpha else "2023-12",
        location=Location(place="Rafah" if alpha else None),
        evidence=(Evidence(0, len(doc.text), doc.text),),
        provenance=(Provenance("holder", "Hamas" if alpha else "Israel", "actors.json"),),
    )


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"n": 0}

    def extract(doc: Document) -> list[Event]:
        calls["n"] += 1
        return [] if doc.id == "empty" else [fake_event(doc)]

    monkeypatch.setattr(extraction, "extract", extract)
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "test-1", raising=False)
    return calls


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "custody.db")


def jsonl(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- ingest


def test_ingest_summary_and_reingest(inbox: Path, db: str) -> None:
    first = run("--db", db, "ingest", str(inbox))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip().splitlines()[-1] == "2 ingested, 0 updated, 0 unchanged, 0 failed"
    assert first.stderr == ""  # no progress bar in a pipe
    again = run("--db", db, "ingest", str(inbox))
    assert again.stdout.strip() == "0 ingested, 0 updated, 2 unchanged, 0 failed"
    (inbox / "alpha.txt").write_text("Hamas released 14 Israelis.", encoding="utf-8")
    changed = run("--db", db, "ingest", str(inbox))
    assert changed.stdout.strip() == "0 ingested, 1 updated, 1 unchanged, 0 failed"


def test_bad_file_among_good_ones(inbox: Path, bad_file: Path, db: str) -> None:
    result = run("--db", db, "ingest", str(inbox))
    assert result.exit_code == 1
    assert result.stdout.strip() == "2 ingested, 0 updated, 0 unchanged, 1 failed"
    [error] = result.stderr.splitlines()
    assert error.startswith(f"error: {bad_file}:")
    listed = run("--db", db, "documents", "--format", "jsonl")
    assert [d["id"] for d in jsonl(listed)] == ["alpha", "beta"]


def test_missing_file_fails_but_batch_goes_on(inbox: Path, db: str) -> None:
    result = run("--db", db, "ingest", str(inbox / "nope.txt"), str(inbox / "alpha.txt"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 ingested, 0 updated, 0 unchanged, 1 failed"
    assert result.stderr.startswith(f"error: {inbox / 'nope.txt'}")


def test_ingest_needs_a_path(db: str) -> None:
    assert run("--db", db, "ingest").exit_code == 2


def test_new_extractor_version_updates(
    inbox: Path, db: str, fake_extractor: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("--db", db, "ingest", str(inbox)).exit_code == 0
    assert run("--db", db, "ingest", str(inbox)).stdout.strip().startswith("0 ingested, 0 updated")
    assert fake_extractor["n"] == 2  # unchanged documents are not extracted again
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "test-2")
    result = run("--db", db, "ingest", str(inbox))
    assert result.stdout.strip() == "0 ingested, 2 updated, 0 unchanged, 0 failed"


def test_extractor_without_version(
    inbox: Path, db: str, fake_extractor: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(extraction, "EXTRACTOR_VERSION")
    assert run("--db", db, "ingest", str(inbox)).exit_code == 0
    stored = run("--db", db, "documents", "--format", "csv").stdout
    assert "unversioned" in stored


def test_extractor_crash_on_one_document(
    inbox: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def extract(doc: Document) -> list[Event]:
        if doc.id == "beta":
            raise KeyError("no lexicon")
        return [fake_event(doc)]

    monkeypatch.setattr(extraction, "extract", extract)
    result = run("--db", db, "ingest", str(inbox))
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 ingested, 0 updated, 0 unchanged, 1 failed"
    assert "beta.txt: extraction failed: KeyError" in result.stderr
    # the failed document was not half-written
    assert [d["id"] for d in jsonl(run("--db", db, "documents", "--format", "jsonl"))] == ["alpha"]


def test_store_failure_on_one_document(
    inbox: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def extract(doc: Document) -> list[Event]:
        holder = "\udc80" if doc.id == "alpha" else "Israel"  # cannot be stored
        return [fake_event(doc).with_(holder=holder)]

    monkeypatch.setattr(extraction, "extract", extract)
    result = run("--db", db, "ingest", str(inbox))
    assert result.exit_code == 1
    assert "alpha.txt: could not save document 'alpha'" in result.stderr
    assert result.stdout.strip() == "1 ingested, 0 updated, 0 unchanged, 1 failed"


def test_progress_bar_only_on_a_terminal(
    inbox: Path, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    result = run("--db", db, "ingest", str(inbox))
    assert result.exit_code == 0
    assert "ingesting" in result.stderr
    assert result.stdout.strip() == "2 ingested, 0 updated, 0 unchanged, 0 failed"


# ---------------------------------------------------------------- database choice


def test_db_option_and_environment(inbox: Path, tmp_path: Path) -> None:
    by_option = tmp_path / "option.db"
    by_env = tmp_path / "env.db"
    env = {"CUSTODY_DB": str(by_env)}
    assert run("--db", str(by_option), "ingest", str(inbox), env=env).exit_code == 0
    assert by_option.exists() and not by_env.exists()  # --db wins over CUSTODY_DB
    assert run("ingest", str(inbox / "alpha.txt"), env=env).exit_code == 0
    assert by_env.exists()
    assert [d["id"] for d in jsonl(run("documents", "--format", "jsonl", env=env))] == ["alpha"]


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/x.db", "cannot open database '/no/such/folder/x.db'"),
        ("nosuch://x", "cannot use database nosuch://x"),
        ("postgresql+psycopg://u:hunter2@127.0.0.1:1/x", "cannot open database postgresql"),
        ("postgresql+psycopg://u@h:port/x", "bad database URL"),
    ],
)
def test_unusable_database_is_a_clear_error(db: str, message: str) -> None:
    for command in (["events"], ["documents"], ["ingest", "-"]):
        result = run("--db", db, *command)
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: {message}"), result.stderr
        assert "Traceback" not in result.output
        assert "hunter2" not in result.output


# ---------------------------------------------------------------- listing


@pytest.fixture
def filled(inbox: Path, db_url: str, fake_extractor: dict[str, int]) -> str:
    (inbox / "empty.txt").write_text("Nothing here.", encoding="utf-8")
    result = run("--db", db_url, "ingest", str(inbox))
    assert result.exit_code == 0, result.output
    return db_url


def test_events_jsonl_is_the_record_format(filled: str, inbox: Path) -> None:
    lines = jsonl(run("--db", filled, "events", "--format", "jsonl"))
    assert [line["document"]["id"] for line in lines] == ["alpha", "beta", "empty"]
    for line in lines:
        assert list(line) == ["format", "document", "events"]
        doc, events = parse_document_line(line)
        if doc.id == "empty":
            assert events == []
        else:
            text = GOOD[doc.id]
            source = Document(id=doc.id, text=text)
            assert events == [fake_event(source).with_(provenance=())]
            assert line["events"] == [fake_event(source).to_dict()]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--type", "release"], ["alpha"]),
        (["--status", "planned"], ["beta"]),
        (["--holder", "israel"], ["beta"]),
        (["--nationality", "Israeli"], ["alpha"]),
        (["--since", "2023-12-01"], ["beta"]),
        (["--until", "2023-11-30"], ["alpha"]),
        (["--since", "2023-11", "--until", "2023-11"], ["alpha"]),
        (["--source", "nowhere"], []),
        (["--document", "empty"], ["empty"]),
        (["--type", "release", "--holder", "Israel"], []),
    ],
)
def test_events_filters(filled: str, args: list[str], expected: list[str]) -> None:
    result = run("--db", filled, "events", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert [line["document"]["id"] for line in jsonl(result)] == expected
    for line in jsonl(result):
        assert len(line["events"]) == (0 if line["document"]["id"] == "empty" else 1)


def test_documents_filters(filled: str) -> None:
    def ids(*args: str) -> list[str]:
        result = run("--db", filled, "documents", "--format", "jsonl", *args)
        return [d["id"] for d in jsonl(result)]

    assert ids() == ["alpha", "beta", "empty"]
    assert ids("--type", "detention") == ["beta"]
    assert ids("--nationality", "israeli") == ["alpha"]
    assert ids("--document", "empty") == ["empty"]


def test_documents_formats(filled: str) -> None:
    [first, *_] = jsonl(run("--db", filled, "documents", "--format", "jsonl"))
    assert list(first) == ["id", "source", "url", "title", "published", "language"]
    assert (first["id"], first["language"]) == ("alpha", "en")
    rows = list(csv.DictReader(io.StringIO(run("--db", filled, "documents", "--format", "csv")
                                           .stdout)))  # fmt: skip
    assert [(r["id"], r["events"], r["extractor_version"]) for r in rows] == [
        ("alpha", "1", "test-1"),
        ("beta", "1", "test-1"),
        ("empty", "0", "test-1"),
    ]
    table = run("--db", filled, "documents").stdout.splitlines()
    assert table[0].split() == ["ID", "PUBLISHED", "SOURCE", "LANG", "EVENTS", "TITLE"]
    assert [line.split()[0] for line in table[2:]] == ["alpha", "beta", "empty"]


def test_events_csv(filled: str) -> None:
    text = run("--db", filled, "events", "--format", "csv", "--type", "detention").stdout
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["document"] == "beta"
    assert (row["type"], row["status"], row["holder"]) == ("detention", "planned", "Israel")
    assert (row["count_value"], row["count_qualifier"]) == ("39", "at_least")
    assert row["nationality"] == "Palestinian"
    assert row["aggregate"] == "false"
    assert GOOD["beta"] in row["evidence"]


def test_events_table(filled: str) -> None:
    lines = run("--db", filled, "events").stdout.splitlines()
    assert lines[0].split()[:4] == ["DOCUMENT", "TYPE", "STATUS", "HOLDER"]
    assert sum(line.startswith("DOCUMENT") for line in lines) == 1  # one header
    alpha = next(line for line in lines if line.startswith("alpha"))
    assert alpha.split()[:5] == ["alpha", "release", "occurred", "Hamas", "13"]
    assert "Israeli" in alpha and "Rafah" in alpha and "2023-11-24" in alpha
    beta = next(line for line in lines if line.startswith("beta"))
    assert ">=39" in beta
    assert any(line.startswith("empty") and "(no records)" in line for line in lines)


def test_bad_date_filter_is_a_usage_error(db: str) -> None:
    result = run("--db", db, "events", "--since", "24/11/2023")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_empty_store_lists_nothing(db: str) -> None:
    assert run("--db", db, "events", "--format", "jsonl").stdout == ""
    assert run("--db", db, "documents", "--format", "jsonl").stdout == ""


# ---------------------------------------------------------------- extract's views


def test_extract_table_and_explain(inbox: Path, fake_extractor: dict[str, int]) -> None:
    table = run("extract", "--format", "table", str(inbox)).stdout.splitlines()
    assert sum(line.startswith("DOCUMENT") for line in table) == 1
    assert any(line.startswith("alpha") for line in table)
    explained = run("extract", "--explain", str(inbox / "alpha.txt")).stdout
    assert "document alpha" in explained
    assert "record 1: release occurred" in explained
    assert "<- actors.json" in explained
    assert f'[0:{len(GOOD["alpha"])}] "{GOOD["alpha"]}"' in explained
    assert "differs" not in explained


def test_extract_start_up_leaves_unneeded_modules_unloaded() -> None:
    """logging, tomllib and hashlib are loaded only when used (a page that
    fails, a settings file, a hashed id): not for every command's start-up."""
    import subprocess
    import sys

    probe = (
        "import sys, custody.cli, custody.ingest, custody.output, custody.record; "
        "print(sorted(m for m in ('logging', 'tomllib', 'hashlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_settings_file_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.settings import load_settings

    monkeypatch.delenv("CUSTODY_MAX_BYTES", raising=False)
    (tmp_path / "custody.toml").write_text("[custody]\nmax_bytes = 1234\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_settings().max_bytes == 1234


def test_explain_tells_where_the_publication_date_came_from(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "KYIV, May 25, 2024 (Wire) -- Russia freed 75 Ukrainian soldiers on Saturday.\n",
        encoding="utf-8",
    )
    explained = run("extract", "--explain", str(dated)).stdout
    assert "  published 2024-05-25  <- published:the-header's-date-line" in explained
    fed = tmp_path / "fed.jsonl"
    fed.write_text(
        '{"id": "f", "text": "Hamas freed 3 hostages on Sunday.", "published": "2023-11-26"}\n',
        encoding="utf-8",
    )
    explained = run("extract", "--explain", str(fed)).stdout
    assert "published 2023-11-26  <- the input" in explained
    undated = tmp_path / "undated.txt"
    undated.write_text("Hamas freed 3 hostages on Sunday.\n", encoding="utf-8")
    explained = run("extract", "--explain", str(undated)).stdout
    assert "published -  <- nothing" in explained


def test_python_dash_m_custody_runs_the_cli(tmp_path: Path) -> None:
    """`python -m custody` runs the same commands as the `custody` script."""
    import os
    import subprocess
    import sys

    doc = tmp_path / "brief.txt"
    doc.write_text(
        "Rebels free soldiers\n\nRebels freed 14 soldiers in the north on Monday, the army said.\n",
        encoding="utf-8",
    )
    root = str(Path(cli.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-m", "custody", "extract", str(doc)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    events = json.loads(out.splitlines()[0])["events"]
    assert [e["count"]["value"] for e in events if e["type"] == "release"] == [14]
