"""Build the compiled extractor (custody/compiled.py) into custody/_compiled/ with mypyc.

    .venv/bin/python scripts/build_compiled.py            # if stale or missing; 3-10 minutes
    .venv/bin/python scripts/build_compiled.py --force    # even if fresh
    .venv/bin/python scripts/build_compiled.py --require  # fail (status 1) if it cannot be built
    .venv/bin/python scripts/build_compiled.py --remove   # back to the pure modules only

Run by scripts/test.sh and scripts/demo.sh. Needs mypy (with mypyc; pinned by
constraints.txt), setuptools, a C compiler and the headers of the Python that runs it; when
one is missing it says so and leaves the pure Python modules in use (status 0, unless
``--require``). The sources are copied to a scratch folder first, so the hashes written to
the manifest are those of what was compiled; the new build replaces the old one whole.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ["CUSTODY_PURE"] = "1"  # this process never loads a build it replaces
sys.path.insert(0, str(ROOT))
from custody import compiled  # noqa: E402

PACKAGE = ROOT / "custody"
BUILD = PACKAGE / "_compiled"


def missing_tools() -> list[str]:
    """What the build needs and this machine lacks."""
    lacking = []
    if importlib.util.find_spec("mypyc") is None:
        lacking.append("mypyc (pip install -c constraints.txt mypy)")
    if importlib.util.find_spec("setuptools") is None:
        lacking.append("setuptools")
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        lacking.append(f"a C compiler ({cc}; Debian: gcc libc6-dev)")
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        lacking.append(f"the Python headers ({include}/Python.h; Debian: python3-dev)")
    return lacking


def copy_sources(scratch: Path) -> dict[str, str]:
    """custody/ as it is now (without builds and bytecode) into ``scratch``; the hashes of
    the copies of the modules to compile."""
    ignore = shutil.ignore_patterns("_compiled*", "__pycache__", "*.so")
    shutil.copytree(PACKAGE, scratch / "custody", ignore=ignore)
    copied = compiled.sources(scratch / "custody")
    return {name: compiled.source_hash(path) for name, path in copied.items()}


def run_mypyc(scratch: Path, log: Path) -> bool:
    files = [str(p.relative_to(scratch)) for p in compiled.sources(scratch / "custody").values()]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with open(log, "w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", *files],
            cwd=scratch,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            check=False,
        )
    return done.returncode == 0


def install_products(scratch: Path, hashes: dict[str, str]) -> int:
    """Move the libraries into custody/_compiled/ (a new folder renamed over the old)."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    groups = [p.name[: -len(suffix)] for p in scratch.glob(f"*__mypyc{suffix}")]
    if len(groups) != 1:
        raise SystemExit(f"build_compiled: expected one shared library, found {groups}")
    new = PACKAGE / f"_compiled.new-{os.getpid()}"
    new.mkdir()
    shutil.copy2(scratch / f"{groups[0]}{suffix}", new)
    for name in hashes:
        source = compiled.library(scratch, name)
        target = compiled.library(new, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    manifest = {
        "format": compiled.FORMAT,
        "python": compiled.python_id(),
        "group": groups[0],
        "sources": hashes,
        "mypy": _mypy_version(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (new / compiled.MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    old = PACKAGE / f"_compiled.old-{os.getpid()}"
    if BUILD.exists():
        BUILD.rename(old)
    new.rename(BUILD)
    shutil.rmtree(old, ignore_errors=True)
    return len(hashes)


def _mypy_version() -> str:
    from importlib.metadata import version

    return version("mypy")


def build(require: bool) -> int:
    lacking = missing_tools()
    if lacking:
        print(
            "build_compiled: not built, this machine lacks "
            + "; ".join(lacking)
            + ": the extractor runs in pure Python (slower, the same records)"
        )
        return 1 if require else 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="custody-mypyc-") as tmp:
        scratch = Path(tmp)
        hashes = copy_sources(scratch)
        log = PACKAGE.parent / "build" / "mypyc.log"
        log.parent.mkdir(exist_ok=True)
        print(f"build_compiled: compiling {len(hashes)} modules with mypyc (log: {log})")
        if not run_mypyc(scratch, log):
            tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
            print("\n".join(tail), file=sys.stderr)
            print(
                "build_compiled: mypyc failed; the extractor runs in pure Python", file=sys.stderr
            )
            return 1 if require else 0
        count = install_products(scratch, hashes)
    print(f"build_compiled: {count} modules in {BUILD} ({time.monotonic() - started:.0f} s)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if fresh")
    parser.add_argument("--require", action="store_true", help="fail if it cannot be built")
    parser.add_argument("--remove", action="store_true", help="remove the build")
    args = parser.parse_args()
    if args.remove:
        shutil.rmtree(BUILD, ignore_errors=True)
        print(f"build_compiled: removed {BUILD}")
        return 0
    files, why = compiled.check(BUILD, PACKAGE)
    if files is not None and not args.force:
        print(f"build_compiled: {BUILD} is up to date")
        return 0
    return build(args.require)


if __name__ == "__main__":
    sys.exit(main())
