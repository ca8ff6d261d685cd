"""Which files a list of command-line paths names: files, folders, globs, ``-``."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator
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


def suffix_and_stem(name: str) -> tuple[str, str]:
    """``Path(name).suffix`` and ``.stem``, without making a Path (as pathlib splits)."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[i:], name[:i]
    return "", name


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
"""Web archives (custody.ingest.warc), by the end of their names."""


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _taken(name: str) -> bool:
    """Whether a folder walk takes the file ``name``: a document by its extension
    (:data:`FORMATS`, a web archive or a Parquet table), but not a hidden file or the
    folder's README."""
    if name.startswith("."):
        return False
    suffix, stem = suffix_and_stem(name)
    known = suffix.lower() in FORMATS or suffix.lower() == ".parquet" or is_archive_name(name)
    return stem.upper() != "README" and known


def walk(folder: Path) -> Iterator[Path | InputError]:
    """Documents under ``folder``, recursively, in a stable order.

    Only files with a known extension (:data:`FORMATS`) are taken: a folder
    often holds other things (images, notes) that are not documents.
    """
    for item in _walk_names(folder):
        yield item if isinstance(item, InputError) else Path(item.name)


class Found(NamedTuple):
    """A file to read: its name as ``str(Path(...))`` gives it, whether it is a
    symbolic link (None: not known yet) and, when the walk that found it knows
    it, its real path (``str(Path(name).resolve())``; None: not known yet)."""

    name: str
    is_link: bool | None = None
    real: str | None = None


def _name_prefix(root: str, top: str) -> str | None:
    """What goes before a file name of the folder ``root`` to make
    ``str(Path(root, name))``, for a ``root`` that :func:`_walk_folders` gives
    under the folder ``top`` (a ``str(Path)``): worked out once a folder, not
    once a file. None where Path must be asked (other separators and drives).

    The walk joins folder names to ``top`` with the separator, as Path would,
    except that Path drops the "./" of a walk from ".".
    """
    if os.sep != "/":
        return None
    if top == ".":
        root = root[2:]  # "." -> "", "./sub" -> "sub"
    if not root:
        return ""
    return root if root.endswith("/") else root + "/"


def _is_link(entry: os.DirEntry[str]) -> bool | None:
    """Whether a listed entry is a symbolic link (the listing tells, without a
    stat, on most systems); None if that cannot be learnt now."""
    try:
        return entry.is_symlink()
    except OSError:
        return None


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """``entry.is_dir()`` as os.walk asks it: a link to a folder is one."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _walk_folders(
    top: str, onerror: Callable[[OSError], object]
) -> Iterator[tuple[str, list[str], list[str], dict[str, bool | None]]]:
    """``os.walk(top, onerror=onerror)`` that also says which files are links.

    The same walk (top down; the caller may prune and order the folder names
    in place; linked folders are listed but not entered; a folder that cannot
    be listed goes to ``onerror`` when the walk reaches it), each folder as
    (path, folder names, file names, {file name: is a link}). os.walk lists
    each folder once and drops what the listing says about links; learning it
    again (a second listing, or a stat a file) cost more than the walk itself.
    """
    folders: list[str] = []
    files: list[str] = []
    links: dict[str, bool | None] = {}
    linked_folders: set[str] = set()
    try:
        listing = os.scandir(top)
    except OSError as exc:
        onerror(exc)
        return
    with listing:
        while True:
            try:
                entry = next(listing, None)
            except OSError as exc:
                onerror(exc)
                return
            if entry is None:
                break
            is_link = _is_link(entry)
            if _is_folder(entry):
                folders.append(entry.name)
                if is_link:
                    linked_folders.add(entry.name)
            else:
                files.append(entry.name)
                links[entry.name] = is_link
    yield top, folders, files, links
    for name in folders:
        if name not in linked_folders:
            yield from _walk_folders(os.path.join(top, name), onerror)


def _walk_names(
    folder: Path, real_folder: Callable[[str], str] | None = None
) -> Iterator[Found | InputError]:
    """What :func:`walk` finds, as names: making a Path for each file and a stat
    of each to tell a link cost more than reading the (small) files.

    ``real_folder`` (``str(Path(folder).resolve())``, as the caller keeps it):
    each file that is not a link comes with its real path, from its folder's.
    """
    top = str(folder)
    errors: list[OSError] = []
    for root, dirs, files, links in _walk_folders(top, errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = [name for name in sorted(files) if _taken(name)]
        prefix = _name_prefix(root, top) if names else None
        real = os.path.join(real_folder(root), "") if names and real_folder else None
        for name in names:
            is_link = links[name]
            yield Found(
                str(Path(root, name)) if prefix is None else prefix + name,
                is_link,
                real + name if real is not None and is_link is False else None,
            )
        yield from _folder_errors(errors, folder)
    yield from _folder_errors(errors, folder)


def _folder_errors(errors: list[OSError], folder: Path) -> Iterator[InputError]:
    """The folders that could not be listed so far, in order (and forgotten)."""
    while errors:
        exc = errors.pop(0)
        yield InputError(str(exc.filename or folder), f"cannot read folder: {exc.strerror}")


def expand_names(paths: list[str]) -> Iterator[Found | InputError | None]:
    """Each file to read (a :class:`Found`: no Path made), standard input as None
    (a file may be named "-" too), or why a path gave none.

    A file reached twice (named and inside a named folder) is read once.
    """
    seen = _Seen()
    for given in paths:
        if given == STDIN:
            yield None
            continue
        for item in _named_by(given, seen.real_folder):
            if seen.first_time(item):
                yield item


def _named_by(given: str, real_folder: Callable[[str], str]) -> Iterator[Found | InputError]:
    """The files one command-line path names (a file, a folder, a pattern), or why none."""
    path = Path(given)
    if _is_glob(given) and not path.exists():
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            yield InputError(given, "no files match this pattern")
        for match in matches:
            found = Path(match)
            yield from (_walk_names(found, real_folder) if found.is_dir() else [Found(str(found))])
    elif path.is_dir():
        yield from _walk_names(path, real_folder)
    elif path.exists() or path.is_symlink():
        yield Found(str(path))
    else:
        yield InputError(given, "no such file or folder")


class _Seen:
    """The files already given out, by real path, resolving each folder once."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.real_folders: dict[str, str] = {}

    def real_folder(self, folder: str) -> str:
        """``str(Path(folder).resolve())``, worked out once a folder."""
        real = self.real_folders.get(folder)
        if real is None:
            real = self.real_folders[folder] = str(Path(folder or ".").resolve())
        return real

    def resolved(self, found: Found) -> str:
        """``str(Path(found.name).resolve())``, resolving each folder once, not
        each file in it.

        A file that is not a symbolic link resolves to its folder's real path
        joined with its name (a walk gives it so); a link is resolved in full,
        as before.
        """
        if found.real is not None:
            return found.real
        name = found.name
        is_link = found.is_link
        if is_link is None:
            is_link = os.path.islink(name)
        if is_link:
            return str(Path(name).resolve())
        folder, base = os.path.split(name)
        return os.path.join(self.real_folder(folder), base)

    def first_time(self, found: Found | InputError) -> bool:
        """Whether ``found`` is to be yielded: an error, or a file not reached before."""
        if isinstance(found, InputError):
            return True
        key = self.resolved(found)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True
