# Sourced by scripts/demo.sh and scripts/test.sh: make_venv makes ./.venv if it is missing,
# from $PYTHON if set; else from Debian's /usr/bin/python3 when it is Python 3.11 or newer
# and can make a venv (python3-venv): built with profile-guided optimisation and its library
# linked in, it runs custody's code with 13-16% fewer instructions than a Python built
# without them, as pyenv's is by default (docs/benchmark.md, fourteenth session); else from
# python3 on PATH. An existing .venv is kept (remove it to make it from another Python).
make_venv() {
  [ -x .venv/bin/python ] && return 0
  local python="${PYTHON:-}"
  if [ -z "$python" ]; then
    python=python3
    if /usr/bin/python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' \
      2>/dev/null && /usr/bin/python3 -m venv .venv >/dev/null 2>&1; then
      return 0
    fi
    rm -rf .venv
  fi
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "custody needs Python 3.11 or newer; '$python' is not (set PYTHON=/path/to/python3.11)" >&2
    return 1
  fi
  "$python" -m venv .venv
}
