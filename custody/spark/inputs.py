"""The Spark job's inputs: which files, and reading one of them on an executor.

An input is a web archive (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) or
a JSON Lines batch (``.jsonl``, ``.ndjson``), as a local path or a URL a
cluster can read (``s3://``, ``hdfs://``, ``gs://``... through pyarrow's file
systems, or ``http(s)://``). Any other file named on the command line is a
*listing*: one input a line (blank lines and ``#`` comments skipped; a
relative local path is taken from the listing's folder), as Common Crawl
publishes ``warc.paths`` for each crawl. A local folder or glob stands for the
inputs under it.

:func:`read_input` reads one input with the readers of ``custody ingest``
(a local file through :func:`custody.ingest.read_paths` itself); a remote one
is first copied to a local temporary file, as cc-pyspark does, and its
messages name the URL.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from custody.errors import CustodyError, InputError
from custody.ingest.paths import is_archive_name
from custody.record import Document
from custody.settings import Settings

BATCH_SUFFIXES = (".jsonl", ".ndjson")
FETCH_TIMEOUT = 60.0  # seconds without a byte from an http(s) server


class JobError(CustodyError):
    """The job cannot run as asked (no inputs, an unreadable listing, ...)."""


def is_input_name(name: str) -> bool:
    return is_archive_name(name) or name.lower().endswith(BATCH_SUFFIXES)


def is_remote(name: str) -> bool:
    scheme = urlsplit(name).scheme
    return len(scheme) > 1 and scheme != "file"  # 'C:' is a drive, not a scheme


def local_path(name: str) -> str:
    """The path of a local input (``file:`` URLs too)."""
    return urlsplit(name).path if name.startswith("file:") else name


def _listing_lines(name: str) -> list[str]:
    """The inputs a listing names (a local file or a URL; gzip'd when named .gz)."""
    with _fetched(name) as local:
        try:
            data = Path(local).read_bytes()
        except OSError as exc:
            raise JobError(f"{name}: cannot read the listing: {exc.strerror or exc}") from None
    if name.endswith(".gz"):
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise JobError(f"{name}: not a gzip'd listing: {exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JobError(f"{name}: a listing must be UTF-8 text ({exc.reason})") from None
    folder = "" if is_remote(name) else os.path.dirname(os.path.abspath(local_path(name)))
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found.append(line if is_remote(line) or not folder else os.path.join(folder, line))
    return found


def _local_inputs(name: str) -> list[str]:
    """Inputs under a local folder or glob; a local file is itself or a listing."""
    path = local_path(name)
    if glob.has_magic(path) and not os.path.exists(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            raise JobError(f"{name}: no files match this pattern")
        return [i for m in matches for i in _local_inputs(m)]
    if os.path.isdir(path):
        found = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [os.path.join(root, f) for f in sorted(files) if is_input_name(f)]
        return [os.path.abspath(f) for f in found]
    if not os.path.exists(path):
        raise JobError(f"{name}: no such file or folder")
    if is_input_name(path):
        return [os.path.abspath(path)]
    return _listing_lines(path)


def expand_inputs(names: list[str]) -> list[str]:
    """The inputs named (files, folders, globs, listings, URLs), each once, in order."""
    found: list[str] = []
    for name in names:
        if is_remote(name):
            found += [name] if is_input_name(urlsplit(name).path) else _listing_lines(name)
        else:
            found += _local_inputs(name)
    if not found:
        raise JobError(f"no inputs in {', '.join(names)}")
    return list(dict.fromkeys(found))


class _fetched:
    """A local copy of ``name`` (itself when it is local), removed on exit."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.copy: str | None = None

    def __enter__(self) -> str:
        if not is_remote(self.name):
            return local_path(self.name)
        suffix = "".join(Path(urlsplit(self.name).path).suffixes[-2:])
        handle, self.copy = tempfile.mkstemp(prefix="custody-", suffix=suffix)
        with os.fdopen(handle, "wb") as out:
            try:
                _copy_remote(self.name, out)
            except OSError as exc:
                raise InputError(self.name, f"cannot fetch: {exc}") from None
        return self.copy

    def __exit__(self, *_: object) -> None:
        if self.copy is not None:
            os.unlink(self.copy)


def _copy_remote(name: str, out: IO[bytes]) -> None:
    if urlsplit(name).scheme in ("http", "https"):
        from urllib.request import urlopen

        with urlopen(name, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 -- http(s) only
            shutil.copyfileobj(response, out)
        return
    import pyarrow

    try:
        fs, path = arrow_filesystem(name)
        with fs.open_input_stream(path) as stream:
            shutil.copyfileobj(stream, out)
    except (pyarrow.ArrowException, ValueError) as exc:
        raise OSError(str(exc)) from None


def arrow_filesystem(uri: str) -> tuple[Any, str]:
    """A pyarrow file system and the path in it of a local path or URL.

    Hadoop's names are taken as pyarrow's: ``s3a://`` and ``s3n://`` are
    ``s3://``; ``file:/path`` (as Hadoop qualifies a local path) is ``/path``.
    """
    import pyarrow.fs

    scheme = urlsplit(uri).scheme
    if scheme in ("s3a", "s3n"):
        uri = "s3" + uri[len(scheme) :]
    elif not is_remote(uri):
        return pyarrow.fs.LocalFileSystem(), os.path.abspath(local_path(uri))
    fs, path = pyarrow.fs.FileSystem.from_uri(uri)
    return fs, str(path)


def read_input(name: str, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of one input, read as ``custody ingest`` reads them."""
    from custody.ingest import read_paths

    if not is_remote(name):
        yield from read_paths([local_path(name)], settings)
        return
    try:
        with _fetched(name) as local:
            yield from _read_copy(local, name, settings)
    except InputError as exc:
        yield exc


def _read_copy(local: str, name: str, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of a local copy, with messages naming the original ``name``."""
    from custody.ingest.jsonl import read_jsonl_stream
    from custody.ingest.warc import read_archive

    with open(local, "rb") as stream:
        if is_archive_name(urlsplit(name).path):
            yield from read_archive(stream, name, settings)
        else:
            yield from read_jsonl_stream(stream, name, settings.language)
