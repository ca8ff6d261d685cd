"""The grouping and consensus settings, read once from ``rules.json`` (knowledge in data).

A bad file is an error naming the file and the key: the package ships it, but a
domain expert may edit it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from custody.errors import CustodyError

RULES_FILE = Path(__file__).with_name("rules.json")


class RulesError(CustodyError):
    """``rules.json`` is missing a key or has a value of the wrong kind."""


@dataclass(frozen=True)
class NearDuplicate:
    shingle_words: int
    num_perm: int
    bands: int
    rows: int
    threshold: float
    seed: int


@dataclass(frozen=True)
class Rules:
    day_tolerance: int
    undated_window_days: int
    planned_window_days: int
    deal_gap_days: int
    deal_horizon_days: int
    count_absolute: int
    count_relative: float
    authorities: frozenset[str]
    separate_track_words: tuple[str, ...]
    deal_name_stopwords: frozenset[str]
    generic_deal_words: frozenset[str]
    near_duplicate: NearDuplicate

    def counts_agree(self, a: int, b: int) -> bool:
        """Two figures that may be an early and a corrected report of one batch."""
        return abs(a - b) <= max(self.count_absolute, self.count_relative * max(a, b))

    def deal_words(self, name: str | None) -> frozenset[str]:
        """The words that tell one deal from another ('the Kessel truce' -> {'kessel'})."""
        words = (name or "").casefold().replace("-", " ").split()
        skip = self.deal_name_stopwords | self.generic_deal_words
        return frozenset(w for w in words if w not in skip and not w.isdigit())

    def is_authority(self, actor: str | None) -> bool:
        return actor is not None and actor.casefold() in self.authorities


def _get(d: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = d.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise RulesError(f"{where}: key {key!r} must be a {kind.__name__}, got {value!r}")
    return value


def _strings(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _get(d, key, list, where)
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: key {key!r} must list non-empty strings")
    return tuple(value)


def parse_rules(d: Any, where: str) -> Rules:
    if not isinstance(d, dict):
        raise RulesError(f"{where}: expected a JSON object")
    counts = _get(d, "count_tolerance", dict, where)
    near = _get(d, "near_duplicate", dict, where)
    nd = NearDuplicate(
        shingle_words=_get(near, "shingle_words", int, f"{where}: near_duplicate"),
        num_perm=_get(near, "num_perm", int, f"{where}: near_duplicate"),
        bands=_get(near, "bands", int, f"{where}: near_duplicate"),
        rows=_get(near, "rows", int, f"{where}: near_duplicate"),
        threshold=float(_get(near, "threshold", float, f"{where}: near_duplicate")),
        seed=_get(near, "seed", int, f"{where}: near_duplicate"),
    )
    if nd.bands * nd.rows != nd.num_perm:
        raise RulesError(f"{where}: near_duplicate bands x rows must equal num_perm")
    return Rules(
        day_tolerance=_get(d, "day_tolerance", int, where),
        undated_window_days=_get(d, "undated_window_days", int, where),
        planned_window_days=_get(d, "planned_window_days", int, where),
        deal_gap_days=_get(d, "deal_gap_days", int, where),
        deal_horizon_days=_get(d, "deal_horizon_days", int, where),
        count_absolute=_get(counts, "absolute", int, f"{where}: count_tolerance"),
        count_relative=float(_get(counts, "relative", float, f"{where}: count_tolerance")),
        authorities=frozenset(a.casefold() for a in _strings(d, "authorities", where)),
        separate_track_words=_strings(d, "separate_track_words", where),
        deal_name_stopwords=frozenset(_strings(d, "deal_name_stopwords", where)),
        generic_deal_words=frozenset(_strings(d, "generic_deal_words", where)),
        near_duplicate=nd,
    )


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RulesError(f"{path}: cannot read the happenings rules: {exc}") from None
    return parse_rules(data, str(path))
