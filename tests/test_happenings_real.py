"""The corpus layer on the real articles of ../shared/gold (skipped when it is missing).

scripts/real_ledgers.py ingests real.jsonl as JSON Lines (text from real/<path>,
url, outlet and publication date as annotated) through `custody ingest`, runs
`custody eval-ledger` on every ledger and checks the happenings. The issue's
floor is 90% of sides right; what is asserted here is what this layer
guarantees whatever the extractor gives (the measured shares are in
docs/happenings.md): no duplicates, no mixed holders or days, fewer happenings
than records, and no share below the one-happening-per-record baseline.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
BASELINE = {"gaza_2025": 0.25, "ukraine_exchanges": 0.36}  # each record its own happening


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    if not (GOLD / "real.jsonl").is_file() or not (GOLD / "ledgers").is_dir():
        pytest.skip(f"{GOLD} (real.jsonl, ledgers/) is missing: the shared data is not here")
    spec = importlib.util.spec_from_file_location(
        "real_ledgers", ROOT / "scripts" / "real_ledgers.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: dict[str, Any] = module.run(GOLD, None)
    return out


def test_every_ledger_is_scored_without_duplicates(result: dict[str, Any]) -> None:
    assert set(result["ledgers"]) == set(BASELINE)
    for name, report in result["ledgers"].items():
        assert report["sides"] > 0, name
        assert report["duplicates"] == 0, (name, [r for r in report["results"] if r["duplicates"]])
        assert report["share"] >= BASELINE[name], (name, report["share"])


def test_fewer_happenings_than_records_none_mixed(result: dict[str, Any]) -> None:
    check = result["check"]
    assert check["happenings"] < check["records"]
    assert check["mixed"] == []
