"""rules.json is checked when loaded: a bad value is an error naming the file and the key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custody.happenings.rules import RULES_FILE, RulesError, load_rules, parse_rules


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    return data


def test_the_shipped_rules_load() -> None:
    rules = load_rules()
    assert rules.day_tolerance == 1 and rules.is_authority("icrc")
    assert rules.counts_agree(12, 10) and not rules.counts_agree(175, 22)
    assert rules.deal_words("the Kessel truce") == {"kessel"}
    assert rules.deal_words("a ceasefire deal") == frozenset()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"day_tolerance": "one"}, "key 'day_tolerance' must be a int"),
        ({"authorities": ["ICRC", ""]}, "key 'authorities' must list non-empty strings"),
        ({"near_duplicate": {"shingle_words": 5, "num_perm": 64, "bands": 10, "rows": 4,
                             "threshold": 0.5, "seed": 1}}, "bands x rows must equal num_perm"),
        ({"count_tolerance": {"absolute": 2}}, "count_tolerance: key 'relative'"),
    ],
)  # fmt: skip
def test_a_bad_value_names_the_key(change: dict[str, Any], message: str) -> None:
    data = shipped() | change
    with pytest.raises(RulesError, match=message):
        parse_rules(data, "rules.json")


def test_an_unreadable_file_names_it(tmp_path: Path) -> None:
    bad = tmp_path / "rules.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(RulesError, match=f"{bad}: cannot read the happenings rules"):
        load_rules(bad)
