"""The compiled extractor (custody/compiled.py): used only when built from the sources as
they are, all modules or none; its TypeErrors handed to the pure modules."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from custody import compiled, recache
from custody.record import Document

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "GAZA (Reuters) - Hamas freed three Israeli hostages on Sunday under a truce deal "
    "mediated by Qatar and Egypt, and Israel released 90 Palestinian prisoners in return."
)
FRESH = compiled.check()[0] is not None


def _fake_package(root: Path) -> Path:
    """A package with the shape of custody's: two extractor modules and the calendar."""
    package = root / "custody"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "__init__.py").write_text("from custody.extract.a import f\n")
    (package / "extract" / "a.py").write_text("def f() -> int:\n    return 1\n")
    (package / "calendar.py").write_text("DAYS = 7\n")
    return package


def _fake_build(package: Path) -> Path:
    build = package / "_compiled"
    names = compiled.sources(package)
    manifest = {
        "format": compiled.FORMAT,
        "python": compiled.python_id(),
        "group": "abc__mypyc",
        "sources": {n: compiled.source_hash(p) for n, p in names.items()},
    }
    build.mkdir()
    (build / compiled.MANIFEST).write_text(json.dumps(manifest))
    paths = [compiled.library(build, name) for name in names]
    for path in [*paths, build / f"abc__mypyc{compiled._suffix()}"]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    return build


def test_a_build_is_used_only_when_every_source_is_the_one_built(tmp_path: Path) -> None:
    package = _fake_package(tmp_path)
    assert compiled.check(package / "_compiled", package) == (
        None,
        "not built (scripts/build_compiled.py)",
    )
    build = _fake_build(package)
    files, why = compiled.check(build, package)
    assert why == "compiled" and files is not None
    assert set(files) == {"custody.extract", "custody.extract.a", "custody.calendar", "abc__mypyc"}
    assert files["custody.extract"].name.startswith("__init__.")
    (package / "extract" / "a.py").write_text("def f() -> int:\n    return 2\n")
    assert compiled.check(build, package) == (
        None,
        "stale: custody/extract/a.py changed since it was built",
    )


def test_a_new_module_another_python_or_a_missing_library_make_it_stale(tmp_path: Path) -> None:
    package = _fake_package(tmp_path)
    build = _fake_build(package)
    (package / "extract" / "b.py").write_text("X = 1\n")
    assert compiled.check(build, package)[1].startswith("stale: the extractor's modules")
    (package / "extract" / "b.py").unlink()
    manifest = json.loads((build / compiled.MANIFEST).read_text())
    (build / compiled.MANIFEST).write_text(json.dumps({**manifest, "python": "2.7"}))
    assert compiled.check(build, package)[1] == "stale: it was built for another Python"
    (build / compiled.MANIFEST).write_text(json.dumps(manifest))
    compiled.library(build, "custody.calendar").unlink()
    assert compiled.check(build, package)[1].endswith("is missing")
    (build / compiled.MANIFEST).write_text("{")
    assert compiled.check(build, package)[1].startswith("stale: unreadable")


def _run(code: str, root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "CUSTODY_PURE"}
    environ.update(PYTHONPATH=str(root), **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )


PROBE = f"""
import json, custody
from custody import compiled
from custody.record import Document
events = custody.extract(Document(id="d", text={TEXT!r}))
print(json.dumps([compiled.in_use(), [e.to_dict() for e in events]]))
"""


def _copy_tree(tmp_path: Path, with_build: bool) -> Path:
    root = tmp_path / "tree"
    skipped = ["__pycache__", "_compiled.*", *([] if with_build else ["_compiled"])]
    ignore = shutil.ignore_patterns(*skipped)
    shutil.copytree(ROOT / "custody", root / "custody", ignore=ignore)
    return root


def _pure_records() -> list[object]:
    done = _run(PROBE, ROOT, CUSTODY_PURE="1")
    assert done.returncode == 0, done.stderr
    in_use, records = json.loads(done.stdout)
    assert not in_use
    assert records
    return list(records)


def test_a_stale_build_warns_once_and_the_pure_modules_run(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, with_build=FRESH)
    package = root / "custody"
    if not FRESH:
        _fake_build(package)  # libraries that cannot load: never tried, as stale
    text = package / "extract" / "text.py"
    text.write_text(text.read_text(encoding="utf-8") + "\n# edited after the build\n")
    done = _run(PROBE, root)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("warning") == 1
    assert "custody/extract/text.py changed since it was built" in done.stderr
    in_use, records = json.loads(done.stdout)
    assert not in_use
    assert records == _pure_records()


def test_custody_pure_turns_a_build_off_without_a_word(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, with_build=False)
    _fake_build(root / "custody")
    with open(root / "custody" / "extract" / "text.py", "a", encoding="utf-8") as f:
        f.write("# edited after the build\n")
    done = _run("import custody.cli; print(custody.compiled.describe())", root, CUSTODY_PURE="1")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.strip() == "extractor in pure Python (CUSTODY_PURE is set)"


@pytest.mark.skipif(not FRESH, reason="no fresh compiled build (scripts/build_compiled.py)")
def test_a_fresh_build_is_used_and_gives_the_pure_records(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path, with_build=True)
    done = _run(PROBE, root)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    in_use, records = json.loads(done.stdout)
    assert in_use
    assert records == _pure_records()


@pytest.mark.skipif(not FRESH, reason="no fresh compiled build (scripts/build_compiled.py)")
def test_the_compiled_modules_patterns_come_from_the_cache(tmp_path: Path) -> None:
    # compiled code has no Python frame: the loader tells the cache whose patterns they are
    root = _copy_tree(tmp_path, with_build=True)
    code = (
        "import custody\nfrom custody import recache, compiled\n"
        "c = recache._CACHE\n"
        "print(compiled.in_use(), len([k for k in c.used if k in c.entries]))"
    )
    first = _run(code, root)  # writes the cache
    second = _run(code, root)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    in_use, served = second.stdout.split()
    assert in_use == "True" and int(served) > 300


def test_in_this_run_the_build_is_used_when_fresh_and_not_turned_off() -> None:
    assert compiled.in_use() == (FRESH and not compiled._pure_asked())
    assert ("compiled with mypyc" in compiled.describe()) == compiled.in_use()


def test_a_type_error_of_the_compiled_build_is_extracted_again_by_the_pure_modules(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def strict(document: Document) -> list[object]:
        raise TypeError("str object expected; got None")

    doc = Document(id="d", text=TEXT, path="in/d.txt", title="A title")
    events = compiled._guarded(strict)(doc)
    assert [e.to_dict() for e in events] == _pure_records()
    assert "in/d.txt: the compiled extractor failed (str object expected; got None)" in (
        capsys.readouterr().err
    )


def test_the_pure_child_gives_the_records_of_this_process() -> None:
    import custody

    doc = Document(id="d", text=TEXT, published="2023-11-26", source="Reuters")
    assert compiled.extract_pure(doc) == custody.extract(doc)


def test_the_cache_flag_is_off_outside_a_compiled_import() -> None:
    assert recache._COMPILED_BODIES == [0]
    with recache.compiling_for_custody():
        assert recache._from_custody()
    assert recache._COMPILED_BODIES == [0]


_RECORDS = """
import pickle, sys
from custody import compiled
from custody.extract import extract
from custody.ingest import read_paths
from custody.settings import load_settings
docs = [d for d in read_paths(sys.argv[1:], load_settings()) if hasattr(d, "text")]
pickle.dump((compiled.in_use(), [(d.id, extract(d)) for d in docs]), sys.stdout.buffer)
"""


def _read_texts() -> list[str]:
    """Every annotated text that may be read (not the real articles' blind quarter)."""
    blind_file = ROOT / "tests" / "gold" / "real-blind.txt"
    blind = {line.strip() for line in blind_file.read_text(encoding="utf-8").splitlines()}
    folders = [p for p in sorted((ROOT / "tests" / "gold").iterdir()) if p.is_dir()]
    shared = ROOT.parent / "shared" / "gold"
    folders += [shared / "real", shared / "dev", ROOT / "examples"]
    return [
        str(p) for folder in folders for p in sorted(folder.glob("*.txt")) if p.stem not in blind
    ]


@pytest.mark.skipif(not FRESH, reason="no fresh compiled build (scripts/build_compiled.py)")
def test_the_compiled_build_gives_the_pure_records_on_every_read_set() -> None:
    import pickle

    paths = _read_texts()
    assert len(paths) > 300
    runs = []
    for pure in ("0", "1"):
        environ = {**os.environ, "CUSTODY_PURE": pure, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _RECORDS, *paths], env=environ, capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        runs.append(pickle.loads(done.stdout))
    (compiled_in_use, compiled_records), (pure_in_use, pure_records) = runs
    assert compiled_in_use and not pure_in_use
    assert len(compiled_records) == len(pure_records) == len(paths)
    differ = [a[0] for a, b in zip(compiled_records, pure_records, strict=True) if a != b]
    assert not differ, f"{len(differ)} documents differ, the first: {differ[:5]}"


def test_a_build_that_cannot_be_loaded_warns_once_and_the_pure_modules_run(
    tmp_path: Path,
) -> None:
    root = _copy_tree(tmp_path, with_build=False)
    _fake_build(root / "custody")  # the sources' hashes, but empty libraries
    done = _run(PROBE, root)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("warning") == 1
    assert "it could not be loaded" in done.stderr
    in_use, records = json.loads(done.stdout)
    assert not in_use
    assert records == _pure_records()
