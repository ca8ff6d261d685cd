#!/usr/bin/env python3
"""Extraction alone over a list of documents, for counting instructions.

    valgrind --tool=callgrind --callgrind-out-file=cg.out \\
        .venv/bin/python -I bench/extract_only.py [--root TREE] read|extract LIST

LIST names one document path a line. ``read`` only imports, reads the documents and
loads the lexicon; ``extract`` also extracts each document once. The garbage
collector is off, so two runs differ only by the work done: the instructions of
``extract`` minus those of ``read`` are extraction's (docs/benchmark.md). ``--root``
measures another tree of the package (a worktree at another commit); ``-I``
ignores PYTHONPATH, hence the option.
"""

from __future__ import annotations

import argparse
import gc
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", help="a tree holding the custody package to measure")
    parser.add_argument("mode", choices=["read", "extract"])
    parser.add_argument("list", help="a file naming one document path a line")
    args = parser.parse_args()
    if args.root:
        sys.path.insert(0, args.root)
    gc.disable()
    from custody.errors import InputError
    from custody.extract import extract
    from custody.extract.lexicon import load_lexicon
    from custody.ingest import read_paths
    from custody.settings import load_settings

    with open(args.list, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    docs = [d for d in read_paths(paths, load_settings()) if not isinstance(d, InputError)]
    load_lexicon()
    records = sum(len(extract(d)) for d in docs) if args.mode == "extract" else 0
    print(f"{len(docs)} documents, {records} records", file=sys.stderr)


if __name__ == "__main__":
    main()
