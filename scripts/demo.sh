#!/usr/bin/env bash
# Set-up command 1: install custody into ./.venv and run the main job on the
# bundled examples (ingest into the embedded SQLite store, extract, print events).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e .
db="${CUSTODY_DB:-custody.db}"
.venv/bin/custody --db "$db" ingest examples/ || true   # examples/bad/ fails on purpose
.venv/bin/custody --db "$db" events --format table
