#!/usr/bin/env bash
# Set-up command 1: install custody into ./.venv, ingest the bundled examples
# into the embedded SQLite store (custody.db, or $CUSTODY_DB) and print its
# events table. Needs only Python 3.11+ (scripts/venv.sh: $PYTHON, Debian's python3 or
# python3) and PyPI; with a C compiler and the Python headers the extractor is compiled.
#
# examples/ holds good documents; examples/bad/ holds inputs that must be
# refused. The good ones are ingested and must all succeed (any failure
# stops the demo). The bad ones are then run through `custody extract`,
# which writes nothing to the store, to show that each is reported with its
# file and line, the rest are still read, and the exit status is 1.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/venv.sh
make_venv # $PYTHON, else Debian's python3 (3.11 or newer), else python3 on PATH
# pip's output is shown only when an install fails.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "== installing custody into .venv (pinned by constraints.txt)"
if ! { .venv/bin/python -m pip install --quiet --upgrade pip \
    && .venv/bin/python -m pip install --quiet -c constraints.txt -e '.[compiled]'; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "demo: installing custody failed (pip's output above)" >&2
  exit 1
fi
# The extractor compiled with mypyc (about 3 CPU minutes, once; kept while the sources are
# unchanged) when a C compiler and the Python headers are there; otherwise it runs in pure
# Python (the same records, slower), as the script says.
echo "== compiling the extractor (scripts/build_compiled.py)"
.venv/bin/python scripts/build_compiled.py
custody=.venv/bin/custody
db="${CUSTODY_DB:-custody.db}"

# The good examples: every file directly in examples/, except its README.
good=()
for f in examples/*; do
  [ -f "$f" ] && [ "$(basename "$f")" != README.md ] && good+=("$f")
done
echo "== custody --db $db ingest examples/* (not examples/bad/)"
"$custody" --db "$db" ingest "${good[@]}"

echo
echo "== custody extract examples/bad/  (inputs that must be refused; nothing is stored)"
status=0
"$custody" extract examples/bad/ >/dev/null || status=$?
if [ "$status" -ne 1 ]; then
  echo "demo: expected exit status 1 for examples/bad/, got $status" >&2
  exit 1
fi
echo "exit status 1: each bad input reported above, the readable lines still extracted"

echo
echo "== custody --db $db events --format table"
"$custody" --db "$db" events --format table
