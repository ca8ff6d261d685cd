#!/usr/bin/env bash
# The extractor compiled with mypyc, in a scratch copy of the committed tree, for
# measuring only (docs/benchmark.md, "thirteenth session (fast6)"): custody itself never
# imports compiled modules. Needs gcc, the Python headers and mypy (the [dev] extra).
#
#     bash bench/mypyc_try.sh [OUT]      # default /tmp/custody-mypyc; 2.5-4 min
#     .venv/bin/python -I bench/extract_only.py --root OUT extract LIST
#     .venv/bin/python bench/identity.py --base . --new OUT
#     cd OUT && PYTHONPATH=$PWD REPO/.venv/bin/python -m pytest -q   # (OUT/../shared must be
#                                          # the shared folder: a link to it)
#
# PYTHON names another interpreter (with mypy and setuptools importable) to build for.
# Compiles custody/extract/*.py and custody/calendar.py into one shared library beside
# the copies (custody/record.py is left out: its Document sets its fields through
# __dict__, which a compiled class has not).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/custody-mypyc}"
python="${PYTHON:-$PWD/.venv/bin/python}"
rm -rf "$out"
mkdir -p "$out"
git archive HEAD | tar -x -C "$out"
# mypyc's generated setup.py reads the pyproject.toml of the folder it runs in, and a
# setuptools older than 77 refuses its license field: the copy needs none
rm "$out/pyproject.toml"
cd "$out"
"$python" -m mypyc custody/extract/*.py custody/calendar.py >"$out/mypyc.log" 2>&1 \
  || { tail -30 "$out/mypyc.log" >&2; exit 1; }
git -C "$OLDPWD" show HEAD:pyproject.toml >pyproject.toml # (pytest's settings, for the suite)
echo "compiled: $(find custody -name '*.so' | wc -l) modules in $out (log: $out/mypyc.log)"
