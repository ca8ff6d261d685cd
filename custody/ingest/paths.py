"""Which files a list of command-line paths names: files, folders, globs, ``-``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from custody.errors import InputError

STDIN = "-"

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""Format by file extension. A file named explicitly with another extension
(or standard input) is sniffed from its first bytes."""


def _is_glob(pattern: str) -> bool:
    return glob.has_magic(pattern)


def _suffix_and_stem(name: str) -> tuple[str, str]:
    """``Path(name).suffix`` and ``.stem``, without making a Path (as pathlib splits)."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[i:], name[:i]
    return "", name


def _taken(name: str) -> bool:
    """Whether a folder walk takes the file ``name``: a document by its extension
    (:data:`FORMATS`), but not a hidden file or the folder's README."""
    if name.startswith("."):
        return False
    suffix, stem = _suffix_and_stem(name)
    return stem.upper() != "README" and suffix.lower() in FORMATS


def walk(folder: Path) -> Iterator[Path | InputError]:
    """Documents under ``folder``, recursively, in a stable order.

    Only files with a known extension (:data:`FORMATS`) are taken: a folder
    often holds other things (images, notes) that are not documents.
    """
    for item in _walk_names(folder):
        yield item if isinstance(item, InputError) else Path(item.name)


class Found(NamedTuple):
    """A file to read: its name as ``str(Path(...))`` gives it, and whether it
    is a symbolic link (None: not known yet)."""

    name: str
    is_link: bool | None = None


def _file_name(root: str, name: str, top: str) -> str:
    """``str(Path(root, name))`` for a ``root`` that os.walk gives under the folder
    ``top`` (a ``str(Path)``), without making a Path.

    os.walk joins folder names to ``top`` with the separator, as Path would,
    except that Path drops the "./" of a walk from ".".
    """
    if os.sep != "/":  # other separators and drives: let Path say
        return str(Path(root, name))
    if top == ".":
        root = root[2:]  # "." -> "", "./sub" -> "sub"
    if not root:
        return name
    return root + name if root.endswith("/") else root + "/" + name


def _listing(folder: str) -> tuple[set[str], set[str]] | None:
    """The names in ``folder`` and the names of its symbolic links, from one
    listing (the directory entries tell a link: no stat a file); None if the
    folder cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except OSError:
        return None
    return {e.name for e in listed}, {e.name for e in listed if e.is_symlink()}


def _walk_names(folder: Path) -> Iterator[Found | InputError]:
    """What :func:`walk` finds, as names: making a Path for each file and a stat
    of each to tell a link cost more than reading the (small) files."""
    top = str(folder)
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = [name for name in sorted(files) if _taken(name)]
        listing = _listing(root) if names else None
        for name in names:
            is_link = None  # a name the listing did not see is asked later, by a stat
            if listing is not None and name in listing[0]:
                is_link = name in listing[1]
            yield Found(_file_name(root, name, top), is_link)
        while errors:
            exc = errors.pop(0)
            yield InputError(str(exc.filename or folder), f"cannot read folder: {exc.strerror}")
    while errors:
        exc = errors.pop(0)
        yield InputError(str(exc.filename or folder), f"cannot read folder: {exc.strerror}")


def expand(paths: list[str]) -> Iterator[Path | str | InputError]:
    """Each file to read (a :class:`Path`, or :data:`STDIN`), or why a path gave none.

    A file reached twice (named and inside a named folder) is read once.
    """
    for item in expand_names(paths):
        if item is None:
            yield STDIN
        else:
            yield item if isinstance(item, InputError) else Path(item.name)


def expand_names(paths: list[str]) -> Iterator[Found | InputError | None]:
    """What :func:`expand` yields, with each file as a :class:`Found` (no Path
    made) and standard input as None (a file may be named "-" too)."""
    seen: set[str] = set()
    real_folders: dict[str, str] = {}

    def resolved(found: Found) -> str:
        """``str(Path(found.name).resolve())``, resolving each folder once, not
        each file in it.

        A file that is not a symbolic link resolves to its folder's real path
        joined with its name; a link is resolved in full, as before.
        """
        name = found.name
        is_link = found.is_link
        if is_link is None:
            is_link = os.path.islink(name)
        if is_link:
            return str(Path(name).resolve())
        folder, base = os.path.split(name)
        real = real_folders.get(folder)
        if real is None:
            real = real_folders[folder] = str(Path(folder or ".").resolve())
        return os.path.join(real, base)

    def first_time(found: Found | InputError) -> bool:
        """Whether ``found`` is to be yielded: an error, or a file not reached before."""
        if isinstance(found, InputError):
            return True
        key = resolved(found)
        if key in seen:
            return False
        seen.add(key)
        return True

    for given in paths:
        if given == STDIN:
            yield None
            continue
        path = Path(given)
        if _is_glob(given) and not path.exists():
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield InputError(given, "no files match this pattern")
            for match in matches:
                found = Path(match)
                for item in _walk_names(found) if found.is_dir() else [Found(str(found))]:
                    if first_time(item):
                        yield item
        elif path.is_dir():
            for item in _walk_names(path):
                if first_time(item):
                    yield item
        elif path.exists() or path.is_symlink():
            named = Found(str(path))
            if first_time(named):
                yield named
        else:
            yield InputError(given, "no such file or folder")
