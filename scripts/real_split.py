"""Set aside the blind quarter of the real-news gold set (issue: accuracy on real news).

A fixed seeded draw, spread over the id prefixes (rg-, ru-, rp-, ra-, rm-, re-):
from each prefix's ids, sorted, round(n/4) are drawn with ``random.Random(SEED)``.
The ids are written to tests/gold/real-blind.txt. Never read a blind text or its
per-document results: score the blind part by its summary only
(``custody eval ../shared/gold/real.jsonl --ids tests/gold/real-blind.txt``) and
develop on the rest (``--exclude-ids tests/gold/real-blind.txt``).

    python scripts/real_split.py ../shared/gold/real.jsonl > tests/gold/real-blind.txt
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict

SEED = 20261206


def blind_ids(ids: list[str], seed: int = SEED) -> list[str]:
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        by_prefix[i.split("-", 1)[0]].append(i)
    chosen: list[str] = []
    for prefix in sorted(by_prefix):
        group = sorted(by_prefix[prefix])
        k = int(len(group) / 4 + 0.5)
        chosen.extend(sorted(random.Random(f"{seed}:{prefix}").sample(group, k)))
    return chosen


def main(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        ids = [json.loads(line)["document"]["id"] for line in lines if line.strip()]
    print(f"# blind quarter of real.jsonl: seed {SEED}, round(n/4) per id prefix")
    print("# made by scripts/real_split.py; read only the summary figures of these")
    for i in blind_ids(ids):
        print(i)


if __name__ == "__main__":
    main(sys.argv[1])
