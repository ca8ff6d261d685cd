"""The cache of compiled patterns (custody/recache.py) gives the patterns re gives."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from custody import recache


def _plain(pattern: str, flags: int) -> re.Pattern[str]:
    compiled: re.Pattern[str] = recache._CACHE.plain(pattern, flags) if recache._CACHE else None  # type: ignore[assignment]
    return compiled


def test_the_cache_is_on_in_this_python() -> None:
    # custody/__init__ installs it, unless re's internals differ from what it expects
    assert recache._same_as_re()
    assert recache._CACHE is not None
    assert re._compiler.compile == recache._CACHE.compile  # type: ignore[attr-defined]


def test_every_pattern_of_the_extractor_is_the_one_re_compiles() -> None:
    importlib.import_module("custody.extract.lexicon").load_lexicon()
    cache = recache._CACHE
    assert cache is not None
    compiled = sorted(key for key in cache.used if key in cache.entries)
    assert len(compiled) > 300  # the extractor's patterns went through it
    for pattern, flags in compiled:
        entry = cache.entries[pattern, flags]
        made = recache._sre.compile(pattern, entry[0], recache._ints(entry[1]), *entry[2:])
        plain = _plain(pattern, flags)
        assert made == plain, pattern
        assert made.groupindex == plain.groupindex
        assert made.groups == plain.groups and made.flags == plain.flags


def test_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "re-patterns.marshal"
    first = recache.PatternCache(path)
    pattern = r"(?P<count>\d+) (?:hostages|prisoners) (?:were )?freed"
    entry = recache._compile_code(pattern, int(re.I))
    first.entries[pattern, int(re.I)] = entry
    first.new = True
    first.write()
    assert path.exists() and not list(path.parent.glob("*.tmp"))
    second = recache.PatternCache(path)
    assert second.entries == {(pattern, int(re.I)): entry}
    made = recache._sre.compile(pattern, entry[0], recache._ints(entry[1]), *entry[2:])
    assert made == re.compile(pattern, re.I)
    assert made.search("Then 12 PRISONERS were freed.").group("count") == "12"


@pytest.mark.parametrize("content", [b"", b"not marshal", None])
def test_an_unreadable_or_foreign_cache_is_ignored(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "re-patterns.marshal"
    if content is None:  # a cache written by another Python build
        import marshal

        path.write_bytes(marshal.dumps(("another python", {("x", 0): (0, b"", 0, {}, ())})))
    else:
        path.write_bytes(content)
    assert recache.PatternCache(path).entries == {}


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = recache.PatternCache(blocker / "re-patterns.marshal")
    cache.entries["a", 0] = recache._compile_code("a", 0)
    cache.new = True
    cache.write()  # no exception
    assert blocker.read_text() == "not a folder"


def test_other_callers_get_re_untouched() -> None:
    cache = recache._CACHE
    assert cache is not None
    pattern = r"only-a-test-pattern-\d+"
    re.purge()
    compiled = re.compile(pattern)  # called from tests, not from custody
    assert (pattern, 0) not in cache.entries
    assert compiled.match("only-a-test-pattern-7")


def test_errors_are_re_errors_as_before() -> None:
    bad = "(?P<x>a"
    with pytest.raises(re.error) as plain:
        recache._CACHE.plain(bad, 0)  # type: ignore[union-attr]
    with pytest.raises(re.error) as cached:
        recache._compile_code(bad, 0)
    assert str(plain.value) == str(cached.value)


def test_every_kept_result_is_the_one_the_function_gives() -> None:
    importlib.import_module("custody.extract.lexicon").load_lexicon()
    regex = importlib.import_module("custody.extract.regex")
    gate = importlib.import_module("custody.extract.gate")
    prefixes = importlib.import_module("custody.extract.prefixes")
    cache = recache._CACHE
    assert cache is not None
    plain = {
        "custody.extract.gate.required_words": gate.required_words.__wrapped__,
        "custody.extract.regex.alternation": regex.alternation.__wrapped__,
        "custody.extract.prefixes._prefixes": prefixes._prefixes.__wrapped__,
        "custody.extract.prefixes.start_ways": prefixes.start_ways.__wrapped__,
        "custody.extract.regex._scan_entry": regex._scan_entry.__wrapped__,
    }
    kept = [key for key in cache.used if key in cache.values and len(key) == 4]
    assert {key[0] for key in kept} == set(plain)
    for key in kept:
        name, _, args, named = key
        assert cache.values[key] == plain[name](*args, **dict(named)), key


def test_a_kept_set_is_a_new_set_each_time() -> None:
    regex = importlib.import_module("custody.extract.regex")
    first = regex.literal_prefixes(r"\b(?:hostages?|prisoners?)\b")
    assert first == {"hos", "pri"}
    first.add("zzz")
    assert regex.literal_prefixes(r"\b(?:hostages?|prisoners?)\b") == {"hos", "pri"}


def test_memo_without_the_cache_calls_the_function(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, ...]] = []

    @recache.memo
    def joined(words: list[str]) -> str:
        calls.append(tuple(words))
        return "|".join(words)

    monkeypatch.setattr(recache, "_CACHE", None)
    assert joined(["a", "b"]) == "a|b" and joined(["a", "b"]) == "a|b"
    assert len(calls) == 2


def test_without_re_internals_the_cache_stays_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python whose ``re`` has no ``_compiler`` module: the plain compiler, no cache."""
    monkeypatch.setattr(recache, "_sre", None)
    monkeypatch.setattr(recache, "_CACHE", None)
    assert recache._same_as_re() is False
    recache.install()
    assert recache._CACHE is None


_CLASS = """
@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 2
"""


def _point(name: str, monkeypatch: pytest.MonkeyPatch) -> type:
    """The class Point of a new module ``name``."""
    import dataclasses
    import sys
    import types

    module = types.ModuleType(name)
    module.dataclasses = dataclasses  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)
    exec(_CLASS, vars(module))  # noqa: S102
    return module.Point  # type: ignore[attr-defined,no-any-return]


def test_dataclass_methods_are_the_ones_python_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    assert dataclasses.exec is recache._dataclass_exec  # type: ignore[attr-defined]
    cache = recache._CACHE
    assert cache is not None
    kept = _point("custody.example", monkeypatch)  # a custody module's class: methods kept
    other = _point("elsewhere", monkeypatch)  # compiled as before
    with monkeypatch.context() as m:
        m.delattr(dataclasses, "exec")
        plain = _point("custody.example", monkeypatch)  # what dataclasses makes without it
    for cls in (kept, other):
        assert cls(1) == cls(1, 2) and hash(cls(1)) == hash(cls(1, 2))
        assert repr(cls(3)) == "Point(x=3, y=2)"
        for method in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__"):
            made, want = getattr(cls, method), getattr(plain, method)
            assert made.__annotations__ == want.__annotations__, method
            assert made.__code__.co_filename == want.__code__.co_filename, method
            assert made.__code__.co_code == want.__code__.co_code, method
            assert made.__code__.co_flags == want.__code__.co_flags, method
    sources = [key[1] for key in cache.values if key[0] == "dataclasses.exec"]
    assert any("def __init__(self,x:_type_x,y:_type_y=" in s for s in sources)  # Point
    assert not any("elsewhere" in s for s in sources)
