"""Documents in: files, folders, globs, standard input -> Document objects.

STUB (to be replaced by the ingestion work): plain-text files only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from custody.errors import InputError
from custody.record import Document
from custody.settings import Settings


def read_paths(paths: list[str], settings: Settings) -> Iterator[Document | InputError]:
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield InputError(str(f), str(exc))
                continue
            yield Document(id=f.stem, text=text, path=str(f))
