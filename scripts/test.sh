#!/usr/bin/env bash
# Set-up command 2: install custody with its test extras into ./.venv and run
# the whole test suite (PostgreSQL tests start their own server; see tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
