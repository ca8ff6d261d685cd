"""The extractor compiled with mypyc, used only when it was built from the sources as they are.

``scripts/build_compiled.py`` compiles ``custody/extract/*.py`` and ``custody/calendar.py``
with mypyc (docs/benchmark.md, fourteenth session) into ``custody/_compiled/`` (ignored by
git): one shared library holding every module, a small library a module that Python imports,
and ``manifest.json``, the hash of each source it was built from and the Python it was built
for. :func:`install`, called by ``custody/__init__`` before the extractor is imported, puts
a finder in front of Python's own that serves those modules from ``custody/_compiled/``, if
and only if every source still has the hash it was built from, the set of sources is the
same and the Python is the same; otherwise none of them is used (the compiled modules call
each other directly, so they are used all together or not at all), the ``.py`` files are
imported as always, and one warning says why on standard error (so too when a library cannot
be loaded: :func:`guard` forgets the finder and imports the ``.py`` files). The compiled
libraries are never beside the sources, where Python would import them before an edited
``.py``.

``CUSTODY_PURE`` set to anything but ``0`` or the empty string turns the compiled modules off;
``custody --version`` says which is in use (:func:`describe`).

A compiled function checks its arguments' and variables' types against their annotations:
a loose annotation that no test reaches would be a ``TypeError`` on some odd text. The
extractor's entry point (``custody.extract.extract``) is therefore wrapped (:func:`_guarded`):
a ``TypeError`` from the compiled extractor makes a warning naming the document, and the
document is extracted again by the pure modules in a child process (``python -m
custody.compiled``), whose records, or error, are the result.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from custody import recache

PACKAGE = Path(__file__).parent
BUILD = PACKAGE / "_compiled"
MANIFEST = "manifest.json"
FORMAT = 1
"""The manifest's format; a manifest of another format is not used."""
_STATE: dict[str, Any] = {"in_use": False, "why": "not installed"}


def sources(package: Path = PACKAGE) -> dict[str, Path]:
    """The modules compiled, by name: every module of ``custody/extract`` and the calendar."""
    found = {"custody.calendar": package / "calendar.py"}
    for path in sorted((package / "extract").glob("*.py")):
        name = "custody.extract" if path.stem == "__init__" else f"custody.extract.{path.stem}"
        found[name] = path
    return found


def source_hash(path: Path) -> str:
    """The hash of a source file's bytes (Python's own hash for hash-based bytecode)."""
    return importlib.util.source_hash(path.read_bytes()).hex()


def python_id() -> str:
    """What a compiled module depends on besides its source: the interpreter's build."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return f"{sys.version}|{sys.implementation.cache_tag}|{suffix}"


def library(build: Path, name: str) -> Path:
    """Where the build keeps the library of module ``name`` (as mypyc lays it out)."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    parts = name.split(".")
    if name == "custody.extract":
        parts.append("__init__")
    return build.joinpath(*parts[:-1], parts[-1] + suffix)


def check(build: Path = BUILD, package: Path = PACKAGE) -> tuple[dict[str, Path] | None, str]:
    """The libraries to import by module name, or None and why the compiled build is not
    used (a reason starting with 'stale' is worth a warning)."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, "not built (scripts/build_compiled.py)"
    except (OSError, ValueError) as exc:
        return None, f"stale: unreadable {build / MANIFEST} ({exc})"
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None, f"stale: {build / MANIFEST} is of another format"
    if manifest.get("python") != python_id():
        return None, "stale: it was built for another Python"
    built = manifest.get("sources")
    now = sources(package)
    if not isinstance(built, dict) or set(built) != set(now):
        return None, "stale: the extractor's modules are not those it was built from"
    changed = [name for name, path in now.items() if source_hash(path) != built[name]]
    if changed:
        shown = ", ".join(str(now[n].relative_to(package.parent)) for n in changed[:3])
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        return None, f"stale: {shown}{more} changed since it was built"
    files = {name: library(build, name) for name in now}
    files[str(manifest.get("group"))] = build / (str(manifest.get("group")) + _suffix())
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        return None, f"stale: {missing[0]} is missing"
    return files, "compiled"


def _suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


class _Loader(importlib.machinery.ExtensionFileLoader):
    """Python's loader of extension modules; while a compiled module of custody runs its
    body (and imports the others), the patterns it compiles are custody's
    (:func:`custody.recache.compiling_for_custody`: compiled code has no Python frame)."""

    def create_module(self, spec: Any) -> Any:
        with recache.compiling_for_custody():
            return super().create_module(spec)

    def exec_module(self, module: Any) -> None:
        with recache.compiling_for_custody():
            super().exec_module(module)


class _Finder:
    """Finds custody's compiled modules (and their shared library) in the build."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        found = self.files.get(name)
        if found is None:
            return None
        package = name == "custody.extract"
        return importlib.util.spec_from_file_location(
            name,
            found,
            loader=_Loader(name, str(found)),
            submodule_search_locations=[str(found.parent)] if package else None,
        )


def _pure_asked() -> bool:
    return os.environ.get("CUSTODY_PURE", "") not in ("", "0")


def install() -> None:
    """Use the compiled modules from now on if they are fresh (once per process; before
    ``custody.extract`` or ``custody.calendar`` is imported)."""
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    if _pure_asked():
        _STATE.update(in_use=False, why="CUSTODY_PURE is set")
        return
    files, why = check()
    _STATE.update(in_use=files is not None, why=why)
    if files is None:
        if why.startswith("stale"):
            _warn(why)
        return
    sys.meta_path.insert(0, _Finder(files))


def _warn(why: str) -> None:
    sys.stderr.write(
        f"custody: warning: the compiled extractor in {BUILD} is {why}; running the "
        "pure Python modules (python scripts/build_compiled.py builds it again)\n"
    )


def _fall_back(exc: ImportError) -> None:
    """The compiled modules could not be loaded: forget them, and the finder."""
    finders = [f for f in sys.meta_path if isinstance(f, _Finder)]
    for finder in finders:
        sys.meta_path.remove(finder)
        for name in finder.files:
            sys.modules.pop(name, None)
    why = f"stale: it could not be loaded ({exc})"
    _STATE.update(in_use=False, why=why)
    _warn(why)


def in_use() -> bool:
    """Is the extractor that was imported the compiled one?"""
    module = sys.modules.get("custody.extract")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")


def describe() -> str:
    """Which extractor runs, for ``custody --version``."""
    if in_use():
        return f"extractor compiled with mypyc ({BUILD})"
    return f"extractor in pure Python ({_STATE['why']})"


Extract = Callable[[Any], Any]


def guard() -> None:
    """Import the extractor; if compiled, wrap its ``extract`` with :func:`_guarded`."""
    try:
        module: Any = importlib.import_module("custody.extract")
    except ImportError as exc:
        if not any(isinstance(f, _Finder) for f in sys.meta_path):
            raise
        _fall_back(exc)
        module = importlib.import_module("custody.extract")
    if in_use() and not getattr(module.extract, "_guarded", False):
        module.extract = _guarded(module.extract)


def _guarded(extract: Extract) -> Extract:
    def run(document: Any) -> Any:
        try:
            return extract(document)
        except TypeError as exc:
            where = getattr(document, "path", None) or getattr(document, "id", "?")
            sys.stderr.write(
                f"custody: warning: {where}: the compiled extractor failed ({exc}); "
                "extracted again by the pure Python modules\n"
            )
            return extract_pure(document)

    run._guarded = True  # type: ignore[attr-defined]
    run.__doc__ = extract.__doc__
    return run


def extract_pure(document: Any) -> list[Any]:
    """``document``'s records as the pure modules give them, from a child process (the
    document and its records pickled: the records with their provenance)."""
    import pickle
    import subprocess

    from custody.errors import CustodyError

    env = {**os.environ, "CUSTODY_PURE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "custody.compiled"],
        input=pickle.dumps(document),
        capture_output=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise CustodyError(f"the pure extractor failed too: {' '.join(why)}")
    events: list[Any] = pickle.loads(done.stdout)
    return events


def main() -> None:
    """The records of the document pickled on standard input, from the pure modules,
    pickled on standard output (what :func:`extract_pure` runs)."""
    import pickle

    from custody.extract import extract

    document = pickle.load(sys.stdin.buffer)
    pickle.dump(extract(document), sys.stdout.buffer)


if __name__ == "__main__":
    main()
