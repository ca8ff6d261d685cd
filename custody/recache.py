"""Compiled regular expressions kept between runs, as Python keeps bytecode.

custody compiles some 700 patterns (many of them tries of lexicon words), and
Python's ``re`` compiler, written in Python, spends about a fifth of a second of
every ``custody extract`` call on them. What it produces for a pattern is a list
of integers that depends only on the pattern, its flags and the Python build, so
it is kept in ``custody/__pycache__/`` beside the bytecode and handed straight to
the engine (``_sre.compile``) the next time: the pattern object is the same (equal,
as ``re`` compares patterns, to a fresh compile; tests/test_recache.py).

Only patterns compiled by custody's own modules are served from, or written to,
the cache; any other caller gets ``re``'s compiler untouched. The cache is written
at exit when a run compiled patterns it did not hold (the first run, and after the
patterns change), unless the folder cannot be written; ``CUSTODY_NO_RE_CACHE`` set
turns it off (neither read nor written). A cache from another Python build is not
read, and the cache is used only when a pattern made from it equals one ``re``
compiles (checked once a process).

``memo`` keeps, in the same file, the results of the pure functions that build
patterns (tries of lexicon words, the letters a pattern may start with), which cost
as much again as compiling; and the compiled code of the methods :mod:`dataclasses`
writes for custody's classes (:func:`_dataclass_exec`), which Python would otherwise
compile from their source at every start.
"""

from __future__ import annotations

import atexit
import functools
import importlib.util
import marshal
import os
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # re's own compiler (Python 3.11 and later); without it the cache stays off
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre: Any = _compiler._sre
    _DEBUG: int = _compiler.SRE_FLAG_DEBUG
except (ImportError, AttributeError):  # pragma: no cover - another Python's re
    _compiler = _parser = _sre = None
    _DEBUG = 0
_ENTRY = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_ARRAY_TYPE = "I"
"""The code is kept as bytes (one unsigned int of the engine's size each): read back
without making an object per number, made a list only for the patterns used."""


def _ints(code: bytes) -> list[int]:
    return array(_ARRAY_TYPE, code).tolist()


_MAX_ENTRIES = 5000
"""Past this many patterns (old ones pile up as the lexicons change), the cache is
rewritten with only those of the latest run."""


def _key() -> str:
    """What the compiled code depends on besides the pattern: the engine and the build."""
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


class PatternCache:
    """The compiled code of patterns, read from ``path`` and written back at exit
    when new patterns were compiled."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], _ENTRY] = {}
        self.values: dict[tuple[Any, ...], Any] = {}  # what memo() keeps
        if path is not None:
            self._read(path)
        self.used: set[Any] = set()
        self.new = False
        self.plain = _compiler.compile

    def _read(self, path: Path) -> None:
        try:
            key, entries, values = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if key == _key() and isinstance(entries, dict) and isinstance(values, dict):
            self.entries, self.values = entries, values

    def compile(self, p: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``, from the cache for custody's own string patterns."""
        if type(p) is not str or flags & _DEBUG or not _from_custody():
            return self.plain(p, flags)
        key = (p, int(flags))
        entry = self.entries.get(key)
        if entry is None:
            entry = _compile_code(p, flags)
            self.entries[key] = entry
            self.new = True
        self.used.add(key)
        flags_out, code, groups, groupindex, indexgroup = entry
        return _sre.compile(p, flags_out, _ints(code), groups, groupindex, indexgroup)

    def write(self) -> None:
        """Write the cache back if a pattern was added (atomically: a temporary file
        renamed over the old one); any failure leaves it as it was."""
        if not self.new or self.path is None:
            return
        entries, values = self.entries, self.values
        if len(entries) + len(values) > _MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
            values = {k: v for k, v in values.items() if k in self.used}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            with open(tmp, "wb") as f:
                marshal.dump((_key(), entries, values), f)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            try:
                tmp.unlink()
            except OSError:
                pass
        self.new = False


def _compile_code(pattern: str, flags: int) -> _ENTRY:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``
    (the same steps; errors are raised as it raises them)."""
    p = _parser.parse(pattern, flags)
    code = array(_ARRAY_TYPE, _compiler._code(p, flags)).tobytes()
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        int(flags | p.state.flags),
        code,
        p.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


_COMPILED_BODIES = [0]
"""How many of custody's compiled modules (custody/compiled.py) are running their body."""


class compiling_for_custody:  # noqa: N801 - used as a function, in a with statement
    """While custody/compiled.py's loader imports a compiled module of custody: that
    module's body, and the bodies of the compiled modules it imports, call ``re`` from C
    code, which has no Python frame for :func:`_from_custody` to read."""

    def __enter__(self) -> None:
        _COMPILED_BODIES[0] += 1

    def __exit__(self, *exc: object) -> None:
        _COMPILED_BODIES[0] -= 1


def _from_custody() -> bool:
    """Is the pattern being compiled for one of custody's modules? (The caller of
    ``re.compile``/``re.search``/...: above this function, ``PatternCache.compile``,
    ``re._compile`` and ``re.compile``; or a compiled module of custody being imported.)"""
    if _COMPILED_BODIES[0]:
        return True
    try:
        frame = sys._getframe(4)
    except ValueError:
        return False
    return str(frame.f_globals.get("__name__", "")).startswith("custody")


_PROBE = r"(?P<who>\b[A-Z][\w'-]+)(?i:\s+(?:was|were) freed)?(?=\s)|(?<!\d)\d{1,3}(?:,\d{3})*"


def _same_as_re() -> bool:
    """Does a pattern made from its code as the cache makes it equal the one ``re``
    compiles, on this Python? (If ``re``'s internals ever change, the cache is off.)"""
    if _sre is None or array(_ARRAY_TYPE).itemsize != _sre.CODESIZE:
        return False
    try:
        flags, code, groups, groupindex, indexgroup = _compile_code(_PROBE, 2)
        made = _sre.compile(_PROBE, flags, _ints(code), groups, groupindex, indexgroup)
        plain = _compiler.compile(_PROBE, 2)
    except Exception:  # noqa: BLE001 - any change in re's internals turns the cache off
        return False
    return bool(made == plain and made.groupindex == plain.groupindex)


_CACHE: PatternCache | None = None

F = TypeVar("F", bound=Callable[..., Any])


def memo(fn: F) -> F:
    """``fn``'s results kept in the cache with the patterns: for the pure functions
    that make patterns from patterns and word lists (a trie of a lexicon list, the
    letters a pattern may start with), which cost as much as compiling them. A result
    is kept for the arguments it was made from (lists as tuples) and for the source of
    ``fn``'s module as it is now (an edit of the module makes every result of it new);
    a result that is a set is given as a new set each time. Arguments or results that
    cannot be kept (``marshal``) are computed each time."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    source: list[bytes] = []  # the module source's hash, read on the first call

    @functools.wraps(fn)
    def kept(*args: Any, **kwargs: Any) -> Any:
        cache = _CACHE
        if cache is None:
            return fn(*args, **kwargs)
        if not source:
            source.append(_source_hash(fn))
        given = tuple(_keyable(a) for a in args)
        named = tuple(sorted((k, _keyable(v)) for k, v in kwargs.items()))
        key = (name, source[0], given, named)
        try:
            found = cache.values[key]
        except KeyError:
            found = fn(*args, **kwargs)
            if _marshals((key, found)):
                cache.values[key] = found
                cache.new = True
        except TypeError:  # an argument that cannot be a key
            return fn(*args, **kwargs)
        cache.used.add(key)
        return set(found) if isinstance(found, set) else found

    return kept  # type: ignore[return-value]


def _keyable(arg: Any) -> Any:
    if isinstance(arg, list):
        return tuple(arg)
    if isinstance(arg, set):
        return frozenset(arg)
    if isinstance(arg, int) and type(arg) is not int and type(arg) is not bool:
        return int(arg)  # re.I and the other flags
    return arg


def _marshals(value: Any) -> bool:
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


def _source_hash(fn: Callable[..., Any]) -> bytes:
    """The hash Python gives a module's source for hash-based bytecode files (of the
    ``.py`` file also for a compiled module of custody, which custody/compiled.py uses
    only while its source is the one it was built from)."""
    path = Path(sys.modules[fn.__module__].__file__ or "")
    if path.suffix != ".py" and fn.__module__.startswith("custody."):
        path = Path(__file__).parent.parent.joinpath(*fn.__module__.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    try:
        return importlib.util.source_hash(path.read_bytes())
    except OSError:
        return b"%d" % id(fn)  # unreadable source: kept for this process only


def _dataclass_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` as :mod:`dataclasses` calls it to make a class's methods from their
    source (``__init__``, ``__eq__``, ``__hash__``...), with the compiled code of
    custody's classes kept in the cache: compiling that source at every start cost a
    third of custody's start-up. Compiled as ``exec`` compiles a string called from
    dataclasses (file ``<string>``, no ``__future__`` flags: dataclasses has none), so
    the methods are the same; any other caller's source is compiled as before."""
    cache = _CACHE
    if not isinstance(source, (str, bytes)):  # code: nothing to compile
        exec(source, globals, locals)  # noqa: S102
        return
    name = globals.get("__name__") if isinstance(globals, dict) else None
    custodys = isinstance(name, str) and name.startswith("custody")
    if cache is None or type(source) is not str or not custodys:
        exec(_compiled(source), globals, locals)  # noqa: S102
        return
    key = ("dataclasses.exec", source)
    code = cache.values.get(key)
    if code is None:
        code = cache.values[key] = _compiled(source)
        cache.new = True
    cache.used.add(key)
    exec(code, globals, locals)  # noqa: S102


def _compiled(source: str | bytes) -> Any:
    """``source`` compiled as a string given to ``exec`` by a module without
    ``__future__`` imports (this module has one: not inherited)."""
    return compile(source, "<string>", "exec", dont_inherit=True)


def _install_dataclass_exec() -> None:
    import dataclasses

    if "exec" not in vars(dataclasses):  # not if something else replaced it already
        dataclasses.exec = _dataclass_exec  # type: ignore[attr-defined]


def install() -> None:
    """Serve custody's patterns from the cache from now on (once per process)."""
    global _CACHE
    if _CACHE is not None or os.environ.get("CUSTODY_NO_RE_CACHE"):
        return
    if not _same_as_re():
        return
    tag = sys.implementation.cache_tag
    path = Path(__file__).parent / "__pycache__" / f"re-patterns.{tag}.marshal" if tag else None
    _CACHE = PatternCache(path)
    _compiler.compile = _CACHE.compile
    _install_dataclass_exec()
    atexit.register(_CACHE.write)
