#!/usr/bin/env bash
# Set-up command 2: install custody with its test extras into ./.venv and run
# the whole test suite (PostgreSQL tests start their own server; see tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
make_venv # $PYTHON, else Debian's python3 (3.11 or newer), else python3 on PATH
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[test,compiled]'
# The extractor compiled with mypyc when a C compiler and the Python headers are there
# (a few minutes, once: it is kept while the sources are unchanged); otherwise the pure
# modules, said so. CUSTODY_PURE=1 runs the suite on the pure modules anyway.
# CUSTODY_REQUIRE_COMPILED=1 (CI) makes a failed build an error.
.venv/bin/python scripts/build_compiled.py ${CUSTODY_REQUIRE_COMPILED:+--require}
.venv/bin/custody --version
exec .venv/bin/python -m pytest -q "$@"
