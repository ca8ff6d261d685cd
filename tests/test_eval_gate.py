"""Accuracy gate: extraction on the project's own annotated examples must not
get worse than the figures pinned in tests/eval_floors.json (after
trafilatura's tests/eval_gate.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custody.evaluate import Report, evaluate_files, read_ids

HERE = Path(__file__).parent
FLOORS_FILE = HERE / "eval_floors.json"
GOLD_FILES = sorted((HERE / "gold").glob("*.jsonl"))

FLOORS = ("event_f1", "release_count_f1", "holder_accuracy", "date_accuracy", "place_accuracy")
CEILINGS = ("max_wrong_slot_rate", "published_wrong")


def measure(report: Report) -> dict[str, float]:
    """The gated figures; an accuracy with nothing to score counts as 0."""
    return {
        "event_f1": report.events.f1,
        "release_count_f1": report.release_count.f1,
        "holder_accuracy": report.slots["holder"].accuracy or 0.0,
        "date_accuracy": report.slots["date"].accuracy or 0.0,
        "place_accuracy": report.slots["location"].accuracy or 0.0,
        "max_wrong_slot_rate": report.wrong_slot_rate or 0.0,
        "published_wrong": report.published.wrong + report.published.extra,
    }


def load_floors() -> dict[str, Any]:
    floors: dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return floors


def test_floors_file_is_well_formed() -> None:
    for name, entry in load_floors().items():
        if name.startswith("_"):
            continue
        assert set(entry) == set(FLOORS + CEILINGS), f"{FLOORS_FILE.name}: {name}"
        assert all(isinstance(v, int | float) for v in entry.values()), name


@pytest.mark.parametrize(
    "gold",
    GOLD_FILES
    or [
        pytest.param(
            None, marks=pytest.mark.skip(reason="no annotated examples in tests/gold/*.jsonl yet")
        )
    ],
    ids=lambda p: p.name if p else "none",
)
def test_extraction_holds_its_floors(gold: Path) -> None:
    check_floors(gold.name, measure(evaluate_files(gold, None)))


# The shared gold sets beside the repository (CI has them; a lone clone does not).
# real.jsonl is scored in two parts: the part developed on and the blind quarter
# set aside in tests/gold/real-blind.txt (scripts/real_split.py).
SHARED = HERE.parent.parent / "shared" / "gold"
BLIND = HERE / "gold" / "real-blind.txt"
SHARED_SETS = {
    "shared:dev.jsonl": ("dev.jsonl", None, frozenset()),
    "shared:seeds.jsonl": ("seeds.jsonl", None, frozenset()),
    "shared:real.jsonl (not blind)": ("real.jsonl", None, "blind"),
    "shared:real.jsonl (blind quarter)": ("real.jsonl", "blind", frozenset()),
}


@pytest.mark.parametrize("name", sorted(SHARED_SETS))
def test_shared_gold_holds_its_floors(name: str) -> None:
    filename, only, exclude = SHARED_SETS[name]
    gold = SHARED / filename
    if not gold.is_file():
        pytest.skip(f"{gold} is missing: the shared gold data lies beside the repository in CI")
    blind = read_ids(BLIND)
    report = evaluate_files(
        gold,
        None,
        only=blind if only == "blind" else None,
        exclude=blind if exclude == "blind" else frozenset(),
    )
    check_floors(name, measure(report))


def check_floors(name: str, figures: dict[str, float]) -> None:
    pinned = json.dumps({k: round(v, 3) for k, v in figures.items()})
    entry = load_floors().get(name)
    assert entry is not None, f"add floors for {name} to {FLOORS_FILE.name}; measured: {pinned}"
    failures = [
        f"{k} {figures[k]:.3f} < floor {entry[k]}" for k in FLOORS if figures[k] < entry[k] - 1e-9
    ]
    failures += [
        f"{k} {figures[k]:.3f} > ceiling {entry[k]}"
        for k in CEILINGS
        if figures[k] > entry[k] + 1e-9
    ]
    assert not failures, f"{name}: {'; '.join(failures)} (measured: {pinned})"
