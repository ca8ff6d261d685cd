"""Which files a list of command-line paths names: files, folders, globs, ``-``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

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


def _skipped(name: str) -> bool:
    """Files a folder walk leaves out: hidden files and the folder's README."""
    return name.startswith(".") or _suffix_and_stem(name)[1].upper() == "README"


def walk(folder: Path) -> Iterator[Path | InputError]:
    """Documents under ``folder``, recursively, in a stable order.

    Only files with a known extension (:data:`FORMATS`) are taken: a folder
    often holds other things (images, notes) that are not documents.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not _skipped(name) and _suffix_and_stem(name)[0].lower() in FORMATS:
                yield Path(root, name)
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
    seen: set[str] = set()
    real_folders: dict[str, str] = {}

    def resolved(found: Path) -> str:
        """``str(found.resolve())``, resolving each folder once, not each file in it.

        A file that is not a symbolic link resolves to its folder's real path
        joined with its name; a link is resolved in full, as before.
        """
        name = str(found)
        if os.path.islink(name):
            return str(found.resolve())
        folder, base = os.path.split(name)
        real = real_folders.get(folder)
        if real is None:
            real = real_folders[folder] = str(Path(folder or ".").resolve())
        return os.path.join(real, base)

    def once(found: Path | InputError) -> Iterator[Path | InputError]:
        if isinstance(found, InputError):
            yield found
            return
        key = resolved(found)
        if key not in seen:
            seen.add(key)
            yield found

    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if _is_glob(given) and not path.exists():
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield InputError(given, "no files match this pattern")
            for match in matches:
                found = Path(match)
                for item in walk(found) if found.is_dir() else [found]:
                    yield from once(item)
        elif path.is_dir():
            for item in walk(path):
                yield from once(item)
        elif path.exists() or path.is_symlink():
            yield from once(path)
        else:
            yield InputError(given, "no such file or folder")
