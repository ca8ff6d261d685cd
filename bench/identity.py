#!/usr/bin/env python3
"""Is `custody extract` output identical in two trees? For output-identical speed work.

    git worktree add --detach /tmp/speed-base main      # the tree to compare against
    .venv/bin/python bench/identity.py --base /tmp/speed-base [--new .] [--no-explain]

Runs ``custody extract --format jsonl`` (and ``--explain``) with ``PYTHONPATH`` set to
each tree over the same inputs and compares the outputs document by document:
``../shared/gold/real/`` (the blind quarter of ``tests/gold/real-blind.txt`` compared
by bytes only: a difference there is counted, never shown), ``../shared/gold/dev/``,
``../shared/seeds/``, ``tests/gold/*/``, ``examples/`` and the bench corpus (all of
``bench/out/corpus/txt`` and the custody articles of ``bench/out/corpus-20000``, when
they exist; ``--corpus-root`` names the ``bench/out`` folder holding them), and the
bench corpus again as one JSON Lines file (``corpus/batch.jsonl``, the reader's other
path). Also compares the prefilter's decision (``may_be_custody``) on every document
of the bench corpora, custody or not (the output does not show a decision on a
document with no record). Prints one line a set and the first lines of each
difference; exits 1 when any differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CUSTODY = Path(sys.executable).with_name("custody")


def _texts(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def _corpus_custody(root: Path, limit: int) -> list[str]:
    manifest = root / "manifest.json"
    if not manifest.exists():
        return []
    labels = json.loads(manifest.read_text(encoding="utf-8"))["labels"]
    ids = [i for i, v in sorted(labels.items()) if v["label"] == "custody"][:limit]
    return [str(root / "txt" / f"{i}.txt") for i in ids]


def _batch(folder: Path) -> list[str]:
    batch = folder / "batch.jsonl"
    return [str(batch)] if batch.exists() else []


def input_sets(repo: Path, corpus_root: Path) -> dict[str, list[str]]:
    """Name -> document paths; 'real-blind' holds the blind quarter."""
    shared = repo.parent / "shared"
    blind_file = repo / "tests/gold/real-blind.txt"
    blind = {
        line.strip()
        for line in blind_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    real = _texts(shared / "gold/real")
    sets = {
        "real": [p for p in real if Path(p).stem not in blind],
        "real-blind": [p for p in real if Path(p).stem in blind],
        "dev": _texts(shared / "gold/dev"),
        "seeds": _texts(shared / "seeds"),
        "tests-gold": [p for d in sorted((repo / "tests/gold").iterdir()) for p in _texts(d)],
        "examples": [p for p in _texts(repo / "examples") if not p.endswith(".md")],
        "corpus": _texts(corpus_root / "corpus/txt"),
        "corpus-20000-custody": _corpus_custody(corpus_root / "corpus-20000", 1000),
        "corpus-batch": _batch(corpus_root / "corpus"),
    }
    return {name: paths for name, paths in sets.items() if paths}


def run(tree: Path, paths: list[str], explain: bool) -> list[str]:
    """The output of ``custody extract`` in ``tree``, one string a document."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    if any(p.endswith(".jsonl") for p in paths):  # a whole corpus in one file
        env["CUSTODY_MAX_BYTES"] = str(sum(os.path.getsize(p) for p in paths) + 1)
    cmd = [
        str(CUSTODY),
        "extract",
        "--format",
        "jsonl",
        *(["--explain"] if explain else []),
        *paths,
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    out = proc.stdout + ("\n[stderr] " + proc.stderr if proc.stderr else "")
    if not explain:
        return out.splitlines()
    docs: list[str] = []
    for line in out.splitlines(keepends=True):
        if line.startswith("document ") or not docs:
            docs.append("")
        docs[-1] += line
    return docs


_DECISIONS = """
import importlib, json, sys
may_be_custody = importlib.import_module("custody.extract.prefilter").may_be_custody
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f] if path.endswith(".jsonl") else [f.read()]
    print("".join("1" if may_be_custody(t) else "0" for t in texts))
"""


def decisions(tree: Path, paths: list[str]) -> list[str]:
    """The prefilter's decision on each text of ``paths`` (a JSON Lines file: each line's)."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    cmd = [sys.executable, "-c", _DECISIONS, *paths]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    return list("".join(proc.stdout.split())) + (["[stderr] " + proc.stderr] if proc.stderr else [])


def compare(name: str, base: list[str], new: list[str], show: bool) -> int:
    """How many documents differ; prints the first differences unless ``show`` is off."""
    differ = [i for i in range(max(len(base), len(new))) if base[i : i + 1] != new[i : i + 1]]
    if len(base) != len(new):
        print(f"  {name}: {len(base)} documents in base, {len(new)} in new")
    for i in differ[:3] if show else []:
        print(f"  {name}: document {i} differs\n    base: {base[i : i + 1]!r:.600}")
        print(f"    new:  {new[i : i + 1]!r:.600}")
    return len(differ)


def compare_decisions(pool: ThreadPoolExecutor, base: Path, new: Path, root: Path) -> int:
    """How many of the bench corpora's documents the two trees' prefilters decide
    differently (the whole corpus as the reader gives it, and the 20,000)."""
    corpora = [root / "corpus/batch.jsonl", root / "corpus-20000/batch.jsonl"]
    found = [str(p) for p in corpora if p.exists()]
    if not found:
        return 0
    old, now = pool.map(decisions, [base, new], [found, found])
    n = compare("prefilter", old, now, show=True)
    print(
        f"{'prefilter':22} {'decision':8} {len(old):5} documents: "
        + (f"{n} DIFFER" if n else "identical")
    )
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, type=Path, help="tree to compare against")
    parser.add_argument("--new", type=Path, default=HERE, help="tree changed (default: this one)")
    parser.add_argument("--corpus-root", type=Path, default=HERE / "bench/out")
    parser.add_argument("--no-explain", action="store_true", help="compare JSON Lines only")
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    args = parser.parse_args()
    sets = input_sets(HERE, args.corpus_root)
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    modes = [False] if args.no_explain else [False, True]
    failed = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for name, paths in sets.items():
            for explain in modes:
                trees = [args.base, args.new]
                base, new = pool.map(run, trees, [paths, paths], [explain, explain])
                n = compare(name, base, new, show=name != "real-blind")
                label = "explain" if explain else "jsonl"
                print(
                    f"{name:22} {label:8} {len(paths):5} documents: "
                    + (f"{n} DIFFER" if n else "identical")
                )
                failed += n
        if not args.sets or "prefilter" in args.sets.split(","):
            failed += compare_decisions(pool, args.base, args.new, args.corpus_root)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
